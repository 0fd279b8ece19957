"""SIGKILL during a passphrase change: afterwards one key opens the database and every backup, never a mix.

Two ways to kill: at a random moment of a real run (most land before the commit),
and right after the k-th rename of the commit itself (the journal then has to be
finished by the next start). After each kill the member's next start (open_key,
then open_database) must find: the database opening with exactly one of the old
and the new passphrase, every backup opening with that same one only, no
temporary file or journal left, and the member's note still there.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nämndklient.persistence import cipher, integrity, recovery
from nämndklient.persistence.database import backup_sqlite, open_database
from nämndklient.services.encryption import encrypt_database, open_key
from nämndklient.services.personal import main_note, save_item_note

OLD, NEW = "den gamla lösenfrasen", "den nya lösenfrasen"
ITEM = "RS:2024-01-26/ekonomisk-rapport"
NOTE = "Anteckning som måste överleva"
BACKUPS = 6

DRIVER = r"""
import os, signal, sys
from pathlib import Path
from nämndklient.persistence import cipher, recovery
cipher.SCRYPT_N = 2**10
from nämndklient.services import encryption
path, old, new, after = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
if after >= 0:
    real = os.replace
    count = [0]
    def replace(src, dst):
        real(src, dst)
        count[0] += 1
        if count[0] > after and str(dst).endswith((".bak", ".sqlite")):
            os.kill(os.getpid(), signal.SIGKILL)
    recovery.os.replace = replace
key = encryption.open_key(path, old)
encryption.change_passphrase(path, key, new)
print("done")
"""


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory, demo_db_file: Path) -> Path:
    """An encrypted database with a note and several backups under OLD."""
    old_n = cipher.SCRYPT_N
    cipher.SCRYPT_N = 2**10
    try:
        folder = tmp_path_factory.mktemp("prepared")
        path = folder / "demo.sqlite"
        shutil.copyfile(demo_db_file, path)
        db = open_database(path)
        with db.session() as s:
            save_item_note(s, ITEM, NOTE)
        db.dispose()
        conv = encrypt_database(path, OLD)
        assert conv.key is not None
        for i in range(BACKUPS - 1):
            backup_sqlite(path, f"manuell-{i}", key=conv.key)
    finally:
        cipher.SCRYPT_N = old_n
    return path


def fresh(prepared: Path, tmp_path: Path) -> Path:
    for f in prepared.parent.iterdir():
        shutil.copyfile(f, tmp_path / f.name)
    return tmp_path / prepared.name


def run_driver(path: Path, after: int, kill_at: float | None = None) -> int:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(path), OLD, NEW, str(after)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if kill_at is not None:
        time.sleep(kill_at)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=120)
    return proc.returncode


def opens(path: Path, passphrase: str) -> bool:
    return integrity.opens_with(path, cipher.key_for_file(path, passphrase))


def check_consistent(path: Path) -> str:
    """The next start's view; returns the passphrase that now opens everything."""
    key = None
    for passphrase in (NEW, OLD):
        try:
            key = open_key(path, passphrase)  # finishes a committed change first
        except Exception:
            continue
        current = passphrase
        break
    assert key is not None, "neither passphrase opens the database: lost"
    other = OLD if current == NEW else NEW
    assert opens(path, current) and not opens(path, other)
    baks = sorted(path.parent.glob(path.name + ".*.bak"))
    assert len(baks) >= BACKUPS
    for bak in baks:
        assert opens(bak, current) and not opens(bak, other), f"{bak.name} under the other passphrase"
    db = open_database(path, key=key)
    with db.session() as s:
        assert main_note(s, ITEM) == NOTE
    db.dispose()
    left = [p.name for p in path.parent.iterdir() if p.name.endswith((".tmp", ".json", "-journal"))]
    assert left == [], left
    return current


def test_kills_at_random_moments(prepared: Path, tmp_path: Path, fast_kdf: None) -> None:
    (tmp_path / "whole").mkdir()
    path = fresh(prepared, tmp_path / "whole")
    start = time.monotonic()
    assert run_driver(path, -1) == 0  # an uninterrupted run, to know how long one takes
    duration = time.monotonic() - start
    assert check_consistent(path) == NEW

    rng = random.Random(15)
    outcomes = []
    for run in range(5):
        folder = tmp_path / f"run{run}"
        folder.mkdir()
        path = fresh(prepared, folder)
        code = run_driver(path, -1, kill_at=rng.uniform(0.1, duration))
        assert code in (0, -signal.SIGKILL)
        outcomes.append((code, check_consistent(path)))
    assert any(code == -signal.SIGKILL for code, _ in outcomes), outcomes  # the kills did land


@pytest.mark.parametrize("after", [0, 3, BACKUPS])
def test_kills_inside_the_commit_are_finished_at_the_next_start(
        prepared: Path, tmp_path: Path, after: int, fast_kdf: None) -> None:
    path = fresh(prepared, tmp_path)
    assert run_driver(path, after) == -signal.SIGKILL
    assert recovery.journal_path(path).exists()  # killed after the commit point, before the end
    assert check_consistent(path) == NEW
