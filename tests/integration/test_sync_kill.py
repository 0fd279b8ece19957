"""Killing a sync from the central store at random points loses nothing and never records a version without it."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nämndklient.persistence.database import open_database
from nämndklient.publishing.package_reader import PAUSE_ENV
from nämndklient.publishing.sync import pull, push
from nämndklient.services import personal
from tests.helpers.postgres import PostgresServer, postgres_server  # noqa: F401 - the fixture
from tests.unit.test_publish_support import ITEM_TS, MEETING, QUOTE_GONE, QUOTE_MOVED, revise, secretariat_db

pytestmark = pytest.mark.slow


def _state(path: Path) -> tuple[str, list[tuple[object, ...]], dict[str, int], list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        notes = con.execute("SELECT id, target_key, text, quote FROM personal_note ORDER BY id").fetchall()
        docs = dict(con.execute("SELECT key, version FROM document").fetchall())
        seen = con.execute("SELECT meeting_key, version FROM publication WHERE role = 'seen'").fetchall()
        for key, version, newest in con.execute(
                "SELECT d.key, d.version, (SELECT max(v.version) FROM document_version v WHERE v.document_id = d.id)"
                " FROM document d"):
            assert version == newest, key  # never half a new version
    finally:
        con.close()
    return integrity, notes, docs, seen


def test_sigkill_during_a_sync_loses_nothing(postgres_server: PostgresServer, tmp_path: Path) -> None:  # noqa: F811
    url = postgres_server.create_database()
    sec = secretariat_db(tmp_path / "sec.sqlite")
    push(sec, MEETING, url)
    member_path = tmp_path / "member.sqlite"
    member = open_database(member_path)
    pull(member, url)
    with member.session() as s:
        personal.add_item_note(s, ITEM_TS, "Passagen", quote=QUOTE_MOVED)
        personal.add_item_note(s, ITEM_TS, "Försvinner", quote=QUOTE_GONE)
    member.dispose()
    revise(sec, tmp_path / "revised")
    assert push(sec, MEETING, url).version == 2
    sec.dispose()
    _, notes_before, _, _ = _state(member_path)

    env = {**os.environ, PAUSE_ENV: "0.15"}
    argv = [sys.executable, "-m", "nämndklient.cli.main", "--db", str(member_path), "sync", "--from", url]
    rng = random.Random(2024)
    outcomes = set()
    for _ in range(8):
        child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 2.0))
        child.kill()
        child.wait()
        integrity, notes, docs, seen = _state(member_path)
        assert integrity == "ok" and notes == notes_before
        version = docs["tjansteskrivelse:RS/454/2023"]
        assert seen == [(MEETING, version)]  # the store's version and its content together, or neither
        outcomes.add(version)
        if outcomes == {2}:
            break
    assert 1 in outcomes  # at least one kill landed inside the transaction

    done = subprocess.run(argv, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    integrity, notes, docs, seen = _state(member_path)
    assert integrity == "ok" and notes == notes_before and seen == [(MEETING, 2)]
    again = subprocess.run(argv, capture_output=True, text=True)
    assert again.returncode == 0 and "0 ändrade" in again.stdout and again.stderr == ""
