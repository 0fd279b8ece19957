"""Killing the process in the middle of a package import leaves a consistent database and every note intact."""

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
from nämndklient.publishing.package_reader import PAUSE_ENV, fetch_package
from nämndklient.publishing.package_writer import publish
from nämndklient.publishing.signing import TrustStore
from nämndklient.services import personal
from tests.unit.test_publish_support import (
    ITEM_TS,
    MEETING,
    QUOTE_GONE,
    QUOTE_MOVED,
    publisher,
    revise,
    secretariat_db,
)

pytestmark = pytest.mark.slow


def _state(path: Path) -> tuple[str, list[tuple[object, ...]], list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        notes = con.execute("SELECT id, target_key, text, quote FROM personal_note ORDER BY id").fetchall()
        versions = con.execute(
            "SELECT d.key, d.version, d.sha256, (SELECT max(v.version) FROM document_version v WHERE v.document_id = d.id),"
            " (SELECT v.sha256 FROM document_version v WHERE v.document_id = d.id AND v.version = d.version)"
            " FROM document d ORDER BY d.key"
        ).fetchall()
    finally:
        con.close()
    return integrity, notes, versions


def test_sigkill_at_random_points_of_an_import_loses_nothing(tmp_path: Path) -> None:
    trust = TrustStore()  # the tests' private config dir, inherited by the child process
    pub = publisher(tmp_path / "keys", trust)
    sec = secretariat_db(tmp_path / "sec.sqlite")
    publish(sec, MEETING, tmp_path / "v1.zip", pub.key)
    revise(sec, tmp_path / "revised")
    publish(sec, MEETING, tmp_path / "v2.zip", pub.key)
    sec.dispose()

    member_path = tmp_path / "member.sqlite"
    member = open_database(member_path)
    fetch_package(member, tmp_path / "v1.zip", trust_store=trust)
    with member.session() as s:
        personal.add_item_note(s, ITEM_TS, "Passagen", quote=QUOTE_MOVED)
        personal.add_item_note(s, ITEM_TS, "Försvinner", quote=QUOTE_GONE)
        personal.save_item_note(s, ITEM_TS, "Min huvudanteckning")
    member.dispose()
    _, notes_before, _ = _state(member_path)

    env = {**os.environ, PAUSE_ENV: "0.15"}
    argv = [sys.executable, "-m", "nämndklient.cli.main", "--db", str(member_path), "import", str(tmp_path / "v2.zip")]
    rng = random.Random(20240910)
    outcomes = set()
    for _ in range(8):
        child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 1.6))
        child.kill()
        child.wait()
        integrity, notes, versions = _state(member_path)
        assert integrity == "ok"
        assert notes == notes_before
        for key, version, sha, newest, version_sha in versions:
            assert version == newest and sha == version_sha, key  # never half a new version
        outcomes.add(dict((k, v) for k, v, *_ in versions)["tjansteskrivelse:RS/454/2023"])
        if outcomes == {2}:
            break  # the import finished before the kill: nothing more to interrupt
    assert 1 in outcomes  # at least one kill landed inside the transaction

    done = subprocess.run(argv, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    integrity, notes, versions = _state(member_path)
    assert integrity == "ok" and notes == notes_before
    assert dict((k, v) for k, v, *_ in versions)["tjansteskrivelse:RS/454/2023"] == 2
    assert _seen(member_path) == [(MEETING, 2)]

    # The old package, validly signed, after all this: refused, nothing written.
    older = subprocess.run([*argv[:-1], str(tmp_path / "v1.zip")], capture_output=True, text=True)
    assert older.returncode == 2 and "en äldre version ersätter aldrig en nyare" in older.stderr
    assert _state(member_path) == (integrity, notes, versions)


def _seen(path: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT meeting_key, version FROM publication WHERE role = 'seen'").fetchall()
    finally:
        con.close()


def test_a_kill_never_leaves_a_version_recorded_without_its_content(tmp_path: Path) -> None:
    """The seen version and the content it describes are written in one transaction: both or neither."""
    trust = TrustStore()
    pub = publisher(tmp_path / "keys", trust)
    sec = secretariat_db(tmp_path / "sec.sqlite")
    publish(sec, MEETING, tmp_path / "v1.zip", pub.key)
    revise(sec, tmp_path / "revised")
    publish(sec, MEETING, tmp_path / "v2.zip", pub.key)
    sec.dispose()
    member_path = tmp_path / "member.sqlite"
    member = open_database(member_path)
    fetch_package(member, tmp_path / "v1.zip", trust_store=trust)
    member.dispose()

    env = {**os.environ, PAUSE_ENV: "0.1"}
    argv = [sys.executable, "-m", "nämndklient.cli.main", "--db", str(member_path), "import", str(tmp_path / "v2.zip")]
    rng = random.Random(15)
    for _ in range(6):
        child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 1.2))
        child.kill()
        child.wait()
        integrity, _, versions = _state(member_path)
        assert integrity == "ok"
        ts_version = dict((k, v) for k, v, *_ in versions)["tjansteskrivelse:RS/454/2023"]
        assert _seen(member_path) == [(MEETING, ts_version)]  # version 1 with the old text, 2 with the new
