"""OParl JSON from files: identity by id, deleted markers, cancelled, local times, files, hostile input."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from nämndklient.cli.main import main
from nämndklient.domain.records import ImportFailure
from nämndklient.persistence.models import Body, Case
from nämndklient.publishing.oparl import import_oparl
from nämndklient.services import catalog
from tests.helpers.files import db_digest

DATA = Path(__file__).resolve().parents[1] / "data" / "oparl"
EXAMPLES = [DATA / n for n in ("Body-01.json", "Meeting-01.json", "Paper-01.json", "File-01.json")]
T = "https://schema.oparl.org/1.1/"


def meeting(n: int, start: str, **extra: Any) -> dict[str, Any]:
    return {"id": f"https://ris.example/meeting/{n}", "type": T + "Meeting", "name": f"Sitzung {n}",
            "start": start, "body": "https://ris.example/body/1", **extra}


def body() -> dict[str, Any]:
    return {"id": "https://ris.example/body/1", "type": T + "Body", "name": "Gemeinde Hürtgenwald"}


def write(folder: Path, name: str, doc: Any) -> Path:
    path = folder / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def meetings_of(db: Any) -> list[catalog.MeetingInfo]:
    with db.session() as s:
        return catalog.meetings(s)


def test_the_examples_import_and_the_missing_order_is_reported(empty_db) -> None:  # type: ignore[no-untyped-def]
    report = import_oparl(empty_db, EXAMPLES)
    assert any("saknar 'order'" in s.reason and "plats i listan" in s.reason for s in report.skipped)
    assert any("finns inte lokalt" in s.reason and "oparl-fetch" in s.reason for s in report.skipped)
    [m] = meetings_of(empty_db)
    assert m.key == "Koln:2013-01-04:281" and m.title == "4. Sitzung des Finanzausschusses"
    assert (m.start_time.isoformat(), m.end_time.isoformat()) == ("08:00:00", "12:00:00")  # type: ignore[union-attr]
    [item] = m.items
    assert (item.order, item.title, item.confidential) == (1, "Satzungsänderung für Ausschreibungen", False)
    with empty_db.session() as s:
        assert list(s.scalars(select(Case.dnr))) == ["1234/2014"]  # the Paper, with its reference as dnr
    again = import_oparl(empty_db, EXAMPLES)
    assert again.created == {} and again.updated == {}  # the same files again change nothing


def test_a_file_beside_the_json_is_stored_and_its_checksums_checked(empty_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    content = b"%PDF-1.4 test"
    (tmp_path / "bilaga.pdf").write_bytes(content)
    doc = json.loads((DATA / "File-01.json").read_text())
    doc["fileName"] = "bilaga.pdf"
    doc["sha1Checksum"] = hashlib.sha1(content).hexdigest()
    report = import_oparl(empty_db, [write(tmp_path, "File.json", doc)])
    assert report.created.get("dokument") == 1
    for field in ("sha512Checksum", "sha1Checksum"):
        bad = {**doc, field: "0" * (128 if field.startswith("sha512") else 40)}
        with pytest.raises(ImportFailure, match=f"fältet '{field}'.*kontrollsumman"):
            import_oparl(empty_db, [write(tmp_path, "File.json", bad)])


def test_the_import_command_routes_oparl_and_reports_skips(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "m.sqlite"
    assert main(["--db", str(db), "import", *map(str, EXAMPLES)]) == 0
    captured = capsys.readouterr()
    assert "OParl: nya" in captured.out and "saknar 'order'" in captured.err
    broken = tmp_path / "broken.json"
    broken.write_text('{"type": "https://schema.oparl.org/1.1/Meeting", "name": ')
    assert main(["--db", str(db), "import", str(broken)]) == 2


def test_two_meetings_of_one_body_on_one_day_stay_two_and_keep_their_keys(empty_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = {"data": [body(), meeting(1, "2007-03-01T17:00:00+01:00", agendaItem=[
        {"id": "https://ris.example/ai/1", "type": T + "AgendaItem", "name": "Mitteilungen", "number": "1."}]),
        meeting(2, "2007-03-01T18:00:00+01:00", agendaItem=[
            {"id": "https://ris.example/ai/2", "type": T + "AgendaItem", "name": "Mitteilungen", "number": "1."}])]}
    import_oparl(empty_db, [write(tmp_path, "m.json", doc)])
    ms = meetings_of(empty_db)
    assert [m.key for m in ms] == ["Gemeinde-Hurtgenwald:2007-03-01:1", "Gemeinde-Hurtgenwald:2007-03-01:2"]
    assert [[(i.number, i.withdrawn) for i in m.items] for m in ms] == [[("1.", False)], [("1.", False)]]
    # The server moves meeting 2 to the next day: the same meeting, the same key, its item not withdrawn.
    doc["data"][2]["start"] = "2007-03-02T18:00:00+01:00"
    report = import_oparl(empty_db, [write(tmp_path, "m.json", doc)])
    ms = meetings_of(empty_db)
    assert "sammanträden" not in report.created and len(ms) == 2
    assert ms[1].key == "Gemeinde-Hurtgenwald:2007-03-01:2" and ms[1].start.isoformat() == "2007-03-02"
    assert not any(i.withdrawn for m in ms for i in m.items)
    with empty_db.session() as s:  # the exact key finds it; body and date of two meetings names both
        assert catalog.find_meeting(s, "Gemeinde-Hurtgenwald:2007-03-01:2").start.isoformat() == "2007-03-02"


def test_deleted_markers_with_and_without_type_are_skipped_and_named(empty_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = {"data": [meeting(1, "2024-01-26T09:00:00+01:00"),
                    {"id": "https://ris.example/meeting/2", "deleted": True},
                    {"id": "https://ris.example/meeting/3", "type": T + "Meeting", "deleted": True}]}
    report = import_oparl(empty_db, [write(tmp_path, "m.json", doc)])  # strict: not refused
    named = " ".join(s.reason for s in report.skipped)
    assert "meeting/2 är raderat" in named and "meeting/3 är raderat" in named
    assert len(meetings_of(empty_db)) == 1


def test_cancelled_is_stored_and_shown(empty_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "m.json", {"data": [body(), meeting(1, "2024-01-26T09:00:00+01:00", cancelled=True),
                                               meeting(2, "2024-01-27T09:00:00+01:00")]})
    db = tmp_path / "c.sqlite"
    assert main(["--db", str(db), "import", str(path)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "list", "meetings", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [m["cancelled"] for m in rows] == [True, False]
    assert main(["--db", str(db), "list", "meetings"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert "inställt" in next(line for line in table if ":2024-01-26:" in line)
    assert "inställt" not in next(line for line in table if ":2024-01-27:" in line)


@pytest.mark.parametrize(("given", "day", "local"), [
    ("2024-01-26T08:00:00Z", "2024-01-26", "09:00"),  # winter: UTC+1
    ("2024-06-10T16:00:00Z", "2024-06-10", "18:00"),  # summer: UTC+2
    ("2024-01-25T23:30:00Z", "2024-01-26", "00:30"),  # the Swedish date, not UTC's
    ("2024-01-26T18:00:00+01:00", "2024-01-26", "18:00"),
    ("2024-01-26T09:00:00", "2024-01-26", "09:00"),  # no offset: Swedish local time
])
def test_times_are_converted_to_swedish_local_time(empty_db, tmp_path: Path, given: str, day: str, local: str) -> None:  # type: ignore[no-untyped-def]
    import_oparl(empty_db, [write(tmp_path, "m.json", meeting(1, given))])
    [m] = meetings_of(empty_db)
    assert (m.start.isoformat(), m.start_time.strftime("%H:%M")) == (day, local)  # type: ignore[union-attr]


def test_body_codes_keep_their_letters_or_use_the_id(empty_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cyrillic = {"id": "https://ris.example/body/77", "type": T + "Body", "name": "Москва", "shortName": ""}
    import_oparl(empty_db, [write(tmp_path, "a.json", body())])
    import_oparl(empty_db, [write(tmp_path, "b.json", cyrillic)])
    with empty_db.session() as s:
        assert sorted(s.scalars(select(Body.code))) == ["Gemeinde-Hurtgenwald", "OParl-77"]


def test_a_meetings_own_files_are_attached_when_found_by_their_url(empty_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "Einladung_23.01.2007.pdf").write_bytes(b"%PDF-1.4 einladung")
    files = tmp_path / "files"
    files.mkdir()
    (files / "protokoll.pdf").write_bytes(b"%PDF-1.4 protokoll")
    (files / "4711").write_bytes(b"%PDF-1.4 wortprotokoll")  # found by the last part of its id
    m = meeting(1, "2007-01-23T18:00:00+01:00", invitation={
        "id": "https://ris.example/file/1", "type": T + "File", "name": "Bekanntmachung",
        "accessUrl": "https://ris.example/files/XYZ/Einladung_23.01.2007.pdf"},
        resultsProtocol={"id": "https://ris.example/file/2", "type": T + "File", "name": "Niederschrift",
                         "downloadUrl": "https://ris.example/files/download/protokoll.pdf"},
        verbatimProtocol={"id": "https://ris.example/file/4711", "type": T + "File", "name": "Wortprotokoll"},
        auxiliaryFile=[{"id": "https://ris.example/file/3", "type": T + "File", "name": "Anlage",
                        "accessUrl": "https://ris.example/files/anlage.pdf"}])
    report = import_oparl(empty_db, [write(tmp_path, "m.json", m)])
    [info] = meetings_of(empty_db)
    assert [(d.role, d.title) for d in info.documents] == [("invitation", "Bekanntmachung"),
                                                          ("resultsProtocol", "Niederschrift"),
                                                          ("verbatimProtocol", "Wortprotokoll")]
    assert any("1 filer finns inte lokalt" in s.reason for s in report.skipped)  # the auxiliary file


def test_a_list_of_agenda_items_on_its_own_is_read(empty_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import_oparl(empty_db, [write(tmp_path, "m.json", meeting(1, "2024-01-26T09:00:00+01:00"))])
    items = {"data": [{"id": f"https://ris.example/ai/{n}", "type": T + "AgendaItem", "name": f"Punkt {n}",
                       "order": n, "meeting": "https://ris.example/meeting/1"} for n in (1, 2)]}
    import_oparl(empty_db, [write(tmp_path, "items.json", items)])
    [m] = meetings_of(empty_db)
    assert [(i.order, i.title) for i in m.items] == [(1, "Punkt 1"), (2, "Punkt 2")]
    orphan = {"data": [{**items["data"][0], "id": "https://ris.example/ai/9", "meeting": "https://ris.example/meeting/9"}]}
    report = import_oparl(empty_db, [write(tmp_path, "orphan.json", orphan)])
    assert any("meeting/9" in s.reason and "läs in sammanträdet först" in s.reason for s in report.skipped)


def _hostile() -> list[tuple[str, str, Any]]:
    """(field path, the field named in the message, bad value): the type errors an adversary found."""
    return [
        ("name", "name", ["en", "lista"]),
        ("start", "start", 1706256000),
        ("start", "start", "den 26 januari"),
        ("end", "end", "2024-01-25T09:00:00+01:00"),  # before the start
        ("cancelled", "cancelled", "ja"),
        ("agendaItem", "agendaItem", {"not": "a list"}),
        ("agendaItem.0.order", "order", "1"),
        ("agendaItem.0.public", "public", "no"),
        ("agendaItem.0.name", "name", {"x": 1}),
        ("location", "location", 5),
        ("invitation", "invitation", 17),
        ("paper.reference", "reference", ["RS", 1]),
        ("paper.reference", "reference", "R" * 200),
        ("paper.consultation", "consultation", "x"),
        ("invitation.fileName", "fileName", "../../etc/passwd"),
    ]


@pytest.mark.parametrize(("path", "field", "value"), _hostile())
def test_a_field_of_the_wrong_type_is_one_sentence_exit_2_and_nothing_changes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], path: str, field: str, value: Any) -> None:
    db = tmp_path / "h.sqlite"
    assert main(["--db", str(db), "import", *map(str, EXAMPLES)]) == 0
    before = db_digest(db)
    m = meeting(5, "2024-01-26T09:00:00+01:00", agendaItem=[
        {"id": "https://ris.example/ai/1", "type": T + "AgendaItem", "name": "Punkt", "order": 1}],
        invitation={"id": "https://ris.example/file/1", "type": T + "File", "name": "Kallelse"})
    paper = {"id": "https://ris.example/paper/1", "type": T + "Paper", "name": "Ärende", "reference": "RS/1/2024",
             "consultation": []}
    doc = {"data": [copy.deepcopy(m), paper]}
    target: Any = doc["data"][1] if path.startswith("paper.") else doc["data"][0]
    parts = path.removeprefix("paper.").split(".")
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    target[parts[-1]] = value
    bad = write(tmp_path, "bad.json", doc)
    capsys.readouterr()
    assert main(["--db", str(db), "import", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "bad.json" in err and f"'{field}'" in err, err
    assert "SQL" not in err and "Traceback" not in err and "Error" not in err
    assert "https://ris.example/" in err  # the object's id
    assert db_digest(db) == before


def test_lenient_skips_the_bad_object_and_reads_the_rest(empty_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = {"data": [meeting(1, "2024-01-26T09:00:00+01:00", cancelled="ja"), meeting(2, "2024-01-27T09:00:00+01:00")]}
    report = import_oparl(empty_db, [write(tmp_path, "m.json", doc)], lenient=True)
    assert [m.key.rsplit(":", 1)[1] for m in meetings_of(empty_db)] == ["2"]
    assert any("meeting/1, fältet 'cancelled'" in s.reason for s in report.skipped)


def test_deep_nesting_is_refused_in_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text('{"type": "https://schema.oparl.org/1.1/Meeting", "x": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert main(["--db", str(tmp_path / "d.sqlite"), "import", str(deep)]) == 2
    err = capsys.readouterr().err
    assert "deep.json" in err and "nästlad" in err and "Traceback" not in err


def test_a_symlink_or_a_file_outside_the_folder_is_never_read(empty_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "secret.txt"
    secret.write_text("hemligt")
    folder = tmp_path / "oparl"
    folder.mkdir()
    os.symlink(secret, folder / "link.pdf")
    f = {"id": "https://ris.example/file/1", "type": T + "File", "name": "X", "fileName": "link.pdf"}
    with pytest.raises(ImportFailure, match="symbolisk länk"):
        import_oparl(empty_db, [write(folder, "f.json", f)])
    for name in ("../secret.txt", "/etc/passwd", "sub/../../secret.txt"):
        with pytest.raises(ImportFailure, match="utan sökväg"):
            import_oparl(empty_db, [write(folder, "f.json", {**f, "fileName": name})])
    with empty_db.session() as s:
        assert catalog.documents(s) == []


def _agenda(n: int) -> dict[str, Any]:
    return meeting(1, "2024-01-26T09:00:00Z", agendaItem=[
        {"id": f"https://ris.example/ai/{i}", "type": T + "AgendaItem", "name": f"Punkt {i}", "order": i,
         "consultation": f"https://ris.example/c/{i}"} for i in range(1, n + 1)])


def test_a_long_agenda_takes_linear_time(tmp_path: Path) -> None:
    """Measured: 2 500 and 10 000 items (the adversary's 20 000 took over 10 minutes, quadratic)."""
    from nämndklient.persistence.database import open_database

    spent = []
    for n in (2_500, 10_000):
        db = open_database(tmp_path / f"{n}.sqlite")
        path = write(tmp_path, f"{n}.json", _agenda(n))
        started = time.process_time()
        import_oparl(db, [path])
        spent.append(time.process_time() - started)
        with db.session() as s:
            assert len(catalog.meetings(s)[0].items) == n
        db.dispose()
    assert spent[1] < 7 * spent[0], spent  # four times the work; quadratic would be sixteen


def test_a_dry_run_reports_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "dry.sqlite"
    assert main(["--db", str(db), "import", str(EXAMPLES[0])]) == 0
    before = db_digest(db)
    path = write(tmp_path, "m.json", {"data": [body(), meeting(1, "2024-01-26T09:00:00+01:00")]})
    capsys.readouterr()
    assert main(["--db", str(db), "import", "--dry-run", str(path)]) == 0
    assert "skulle ändra (inget skrevs): nya 1 organ, 1 sammanträden" in capsys.readouterr().out
    assert db_digest(db) == before
