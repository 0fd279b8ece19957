"""The command line on a member's copy: confidential content expires on open, `expire`, encrypted databases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from nämndklient.cli import security
from nämndklient.cli.main import main
from nämndklient.persistence.database import open_database
from nämndklient.persistence.models import AgendaItem, DocumentVersion
from nämndklient.services.encryption import encrypt_database
from tests.helpers.files import digest
from tests.unit.test_publish_support import MEETING, member_copy, publisher, secretariat_db

CONFIDENTIAL = f"{MEETING}/information-om-lokalförsörjning"  # confidential for 30 days after 10 September 2024


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def member(tmp_path: Path) -> Path:
    return member_copy(tmp_path)


def _content(path: Path) -> list[bytes | None]:
    db = open_database(path)
    try:
        with db.session() as s:
            item = s.scalar(select(AgendaItem).where(AgendaItem.key == CONFIDENTIAL))
            assert item is not None
            ids = [a.document_id for a in item.attachments]
            return list(s.scalars(select(DocumentVersion.content).where(DocumentVersion.document_id.in_(ids))))
    finally:
        db.dispose()


def test_expire_counts_from_the_given_day(member: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(member), "expire", "--today", "2024-10-10", "--format", "json")
    assert (code, json.loads(out)) == (0, [])  # the 30th day after the meeting: still confidential
    assert all(_content(member))

    code, out, _ = run(capsys, "--db", str(member), "expire", "--today", "2024-10-11", "--format", "json")
    [row] = json.loads(out)
    assert code == 0 and row["key"] == CONFIDENTIAL and row["lapsed_on"] == "2024-10-10" and row["documents"] == 1
    assert _content(member) == [None]

    code, out, _ = run(capsys, "--db", str(member), "expire", "--today", "2024-10-12")
    assert code == 0 and "Inget sekretessärende" in out  # nothing left to remove


def test_any_command_on_a_members_copy_removes_what_has_lapsed(member: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(member), "list", "items", "--format", "json")
    assert code == 0
    assert f"Sekretesstiden har gått ut: innehållet i {CONFIDENTIAL} togs bort." in err
    states = {i["key"]: i["state"] for i in json.loads(out)}
    assert states[CONFIDENTIAL] == "expired"
    assert _content(member) == [None]


def test_publishing_leaves_the_secretariats_confidential_content(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    sec = secretariat_db(tmp_path / "sec.sqlite")
    sec.dispose()
    keys = publisher(tmp_path / "keys")
    code, _, err = run(capsys, "--db", str(tmp_path / "sec.sqlite"), "publish", MEETING,
                       "-o", str(tmp_path / "p.zip"), "--key", str(keys.key))
    assert code == 0, err
    assert all(_content(tmp_path / "sec.sqlite"))


@pytest.mark.usefixtures("ring", "fast_kdf")
def test_every_command_opens_an_encrypted_database_with_the_passphrase_file(
    demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(security, "WRONG_PASSPHRASE_DELAY", 0.0)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    encrypt_database(demo_db_path, "rätt lösenfras")
    before = digest(demo_db_path)

    monkeypatch.delenv(security.ENV_PASSPHRASE_FILE, raising=False)
    code, _, err = run(capsys, "--db", str(demo_db_path), "list", "meetings")
    assert code == 2 and "är krypterad: ange lösenfrasen" in err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("fel lösenfras\n", encoding="utf-8")
    monkeypatch.setenv(security.ENV_PASSPHRASE_FILE, str(wrong))
    code, _, err = run(capsys, "--db", str(demo_db_path), "list", "meetings")
    assert code == 2 and "Lösenfrasen stämmer inte" in err
    assert digest(demo_db_path) == before

    right = tmp_path / "right.txt"
    right.write_text("rätt lösenfras\n", encoding="utf-8")
    monkeypatch.setenv(security.ENV_PASSPHRASE_FILE, str(right))
    code, out, err = run(capsys, "--db", str(demo_db_path), "list", "meetings", "--format", "json")
    assert code == 0, err
    assert "RS:2024-01-26" in {m["key"] for m in json.loads(out)}
