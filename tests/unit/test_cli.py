"""The command line is a contract: JSON shapes, exit codes and one-sentence errors."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from nämndklient import __version__
from nämndklient.cli.main import main
from tests.conftest import SEEDS
from tests.helpers.files import db_digest


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def checkpoint(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0 and "pack" in capsys.readouterr().out


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["list", "nonsense"])
    assert exc.value.code == 2


def test_importing_the_seeds_into_an_empty_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.sqlite")
    code, out, _ = run(capsys, "--db", db, "import", *map(str, sorted(SEEDS.glob("*.txt"))), "--format", "json")
    assert code == 0
    report = json.loads(out)
    assert report["kinds"] == {
        "000_ff8657e5c647dc6e.txt": "case_document",
        "001_cfd44e3ece793d5a.txt": "plan_och_budget",
        "002_82814d268af5d26e.txt": "case_document",
        "003_0345254484cbeff7.txt": "case_document",
        "004_15c26e256e8b5bd5.txt": "case_document",
    }
    assert report["created"]["sammanträden"] == 10 and report["created"]["dokument"] == 5


def test_list_meetings_json_shape(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(demo_db_path), "list", "meetings", "--format", "json")
    assert code == 0
    meetings = json.loads(out)
    assert len(meetings) == 10
    march = next(m for m in meetings if m["start"] == "2024-03-26")
    assert march["end"] == "2024-03-27" and march["body"] == "RS" and march["kind"] == "meeting"
    assert {"body", "start", "end", "title", "kind", "items"} <= set(march)
    first = march["items"][0]
    assert first["title"] == "Ekonomisk rapport" and first["category"] == "Återkommande ärenden"
    assert isinstance(first["presenters"], list)
    budget_day = next(m for m in meetings if m["start"] == "2024-04-11")
    assert budget_day["kind"] == "budget_day" and budget_day["items"] == []


def test_list_kpis_json_shape(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(demo_db_path), "list", "kpis", "--format", "json")
    kpis = json.loads(out)
    assert code == 0
    index = {k["name"]: k for k in kpis}
    assert index["Hälsofrämjandeindex (inom Regionstyrelsens förvaltningsområde)"]["target"] == 4.5
    co2 = next(k for k in kpis if k["name"].startswith("Regionens koldioxidutsläpp"))
    assert co2["target"] == -48 and co2["unit"] == "%" and co2["horizon"] == "short_term"
    assert co2["goal_area"] == "Ledningsprocesser" and co2["decided_by"] == "Regionstyrelsen"
    missing = next(k for k in kpis if k["name"].startswith("Kostnadsutveckling för läkemedel"))
    assert missing["target"] is None


def test_list_checks_json_shape_and_a_real_disagreement(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(demo_db_path), "list", "checks", "--format", "json")
    checks = json.loads(out)
    assert code == 0 and checks
    assert {"table", "column", "stated", "computed", "message"} <= set(checks[0])
    action_2025 = next(c for c in checks if c["table"].startswith("Åtgärdsplan") and c["column"] == "2025")
    assert action_2025["stated"] == 17.6 and action_2025["computed"] == 18.3 and action_2025["agrees"] is False


def test_search_json(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(demo_db_path), "search", "styrmodell", "--format", "json")
    hits = json.loads(out)
    assert code == 0 and hits[0]["title"] == "Direktiv för översyn av Region Jämtland Härjedalens styrmodell"


def test_a_file_of_unknown_kind_is_refused_naming_it_and_nothing_changes(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    checkpoint(demo_db_path)
    before = db_digest(demo_db_path)
    stray = tmp_path / "inköpslista.txt"
    stray.write_text("\n\nMjölk\nSmör\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", str(demo_db_path), "import", str(SEEDS / "000_ff8657e5c647dc6e.txt"), str(stray))
    assert code == 2
    assert err.count("\n") == 1 and "inköpslista.txt, rad 3" in err and "förväntade" in err
    assert "Traceback" not in err
    assert db_digest(demo_db_path) == before


def test_a_broken_plan_is_refused_with_its_line_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.sqlite"
    run(capsys, "--db", str(db), "import", str(SEEDS / "000_ff8657e5c647dc6e.txt"))
    checkpoint(db)
    before = db_digest(db)
    lines = (SEEDS / "001_cfd44e3ece793d5a.txt").read_text(encoding="utf-8").splitlines()
    bad = next(i for i, line in enumerate(lines) if line.startswith("Hälsofrämjandeindex (inom"))
    lines[bad] = lines[bad].replace("4,5", "fyra och en halv")
    broken = tmp_path / "plan.txt"
    broken.write_text("\n".join(lines), encoding="utf-8")
    code, _, err = run(capsys, "--db", str(db), "import", str(SEEDS / "002_82814d268af5d26e.txt"), str(broken))
    assert code == 2 and f"plan.txt, rad {bad + 1}" in err
    assert db_digest(db) == before
    code, _, err = run(capsys, "--db", str(db), "import", "--lenient", str(broken))
    assert code == 0 and f"rad {bad + 1}" in err


def test_dry_run_reports_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.sqlite"
    run(capsys, "--db", str(db), "list", "meetings")  # creates and seeds
    run(capsys, "--db", str(db), "note", "RS:2024-01-26/läkemedel", "Min anteckning")
    checkpoint(db)
    before = db_digest(db)
    revised = tmp_path / "000_ff8657e5c647dc6e.txt"
    revised.write_text((SEEDS / revised.name).read_text(encoding="utf-8").replace("2023-08-10", "2023-08-11"))
    code, out, _ = run(capsys, "--db", str(db), "import", "--dry-run", str(revised))
    assert code == 0 and "Skulle ändra" in out and "1 dokument" in out
    checkpoint(db)
    assert db_digest(db) == before


def test_bad_database_arguments_exit_2_with_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    letter = tmp_path / "brev.txt"
    letter.write_text("Hej!", encoding="utf-8")
    code, _, err = run(capsys, "--db", str(letter), "list", "meetings")
    assert code == 2 and err.strip().endswith("Filen lämnades orörd.") and err.count("\n") == 1
    assert letter.read_text(encoding="utf-8") == "Hej!"


def test_unknown_meeting_is_bad_input(demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(demo_db_path), "export-ics", "-o", str(tmp_path / "x.ics"),
                       "--meeting", "RS:2031-01-01")
    assert code == 2 and "RS:2031-01-01" in err and not (tmp_path / "x.ics").exists()


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    letter = tmp_path / "brev.txt"
    letter.write_text("Hej!", encoding="utf-8")
    from nämndklient.persistence.database import DatabaseError

    with pytest.raises(DatabaseError):
        main(["--db", str(letter), "--debug", "list", "meetings"])


def test_env_variable_chooses_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("NAMNDKLIENT_DB", str(tmp_path / "env.sqlite"))
    code, out, _ = run(capsys, "list", "meetings", "--format", "json")
    assert code == 0 and len(json.loads(out)) == 10 and (tmp_path / "env.sqlite").exists()


def test_export_ics_is_valid_icalendar(demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import datetime as dt

    from icalendar import Calendar

    out = tmp_path / "rs.ics"
    code, _, _ = run(capsys, "--db", str(demo_db_path), "export-ics", "-o", str(out))
    assert code == 0
    cal = Calendar.from_ical(out.read_bytes())
    events = cal.walk("VEVENT")
    assert len(events) == 10
    march = next(e for e in events if e.decoded("dtstart") == dt.date(2024, 3, 26))
    assert march.decoded("dtend") == dt.date(2024, 3, 28)  # exclusive end: covers 26 and 27
    assert str(march["uid"]) == "RS:2024-03-26@namndklient"
    budget = next(e for e in events if e.decoded("dtstart") == dt.date(2024, 4, 11))
    assert "Gemensam budgetdag" in str(budget["summary"]) and "Ledamöter och ersättare" in str(budget["description"])
