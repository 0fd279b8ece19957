"""OParl 1.1 JSON from files: the real examples import, the missing `order` is reported, not fatal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from nämndklient.cli.main import main
from nämndklient.domain.records import ImportFailure
from nämndklient.persistence.models import Case
from nämndklient.publishing.oparl import import_oparl
from nämndklient.services import catalog

DATA = Path(__file__).resolve().parents[1] / "data" / "oparl"
EXAMPLES = [DATA / n for n in ("Body-01.json", "Meeting-01.json", "Paper-01.json", "File-01.json")]


def test_the_examples_import_and_the_missing_order_is_reported(empty_db) -> None:  # type: ignore[no-untyped-def]
    report = import_oparl(empty_db, EXAMPLES)
    assert any("saknar 'order'" in s.reason and "positionen 1" in s.reason for s in report.skipped)
    assert any("finns inte lokalt" in s.reason for s in report.skipped)
    with empty_db.session() as s:
        [meeting] = catalog.meetings(s)
        assert meeting.key == "Köln:2013-01-04" and meeting.title == "4. Sitzung des Finanzausschusses"
        [item] = meeting.items
        assert (item.order, item.title, item.confidential) == (1, "Satzungsänderung für Ausschreibungen", False)
        assert list(s.scalars(select(Case.dnr))) == ["1234/2014"]  # the Paper, with its reference as dnr
    again = import_oparl(empty_db, EXAMPLES)
    assert again.created == {}  # the same files again change nothing


def test_a_file_beside_the_json_is_stored_and_its_checksum_checked(empty_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "bilaga.pdf").write_bytes(b"%PDF-1.4 test")
    doc = json.loads((DATA / "File-01.json").read_text())
    doc["fileName"] = "bilaga.pdf"
    (tmp_path / "File.json").write_text(json.dumps(doc))
    report = import_oparl(empty_db, [tmp_path / "File.json"])
    assert report.created.get("dokument") == 1
    doc["sha512Checksum"] = "0" * 128
    (tmp_path / "File.json").write_text(json.dumps(doc))
    with pytest.raises(ImportFailure, match="kontrollsumma"):
        import_oparl(empty_db, [tmp_path / "File.json"])


def test_the_import_command_routes_oparl_and_reports_skips(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "m.sqlite"
    assert main(["--db", str(db), "import", *map(str, EXAMPLES)]) == 0
    captured = capsys.readouterr()
    assert "OParl: nya" in captured.out and "saknar 'order'" in captured.err
    broken = tmp_path / "broken.json"
    broken.write_text('{"type": "https://schema.oparl.org/1.1/Meeting", "name": ')
    assert main(["--db", str(db), "import", str(broken)]) == 2
