"""Real OParl servers' material (`../shared/realdata/oparl`): every file imports or is refused by name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nämndklient.cli.main import main
from tests.helpers.realdata import realdata

OPARL = realdata() / "oparl"
CRAWL = OPARL / "huertgenwald" / "crawl"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_huertgenwald_crawl_gives_all_346_live_meetings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "h.sqlite")
    # Only the first page is named: the other 14 are found through links.next among the folder's files.
    code, out, err = run(capsys, "--db", db, "import", str(CRAWL / "meeting-01.json"), str(CRAWL / "body.json"))
    assert code == 0, err
    assert "346 sammanträden" in out
    assert err.count("är raderat på servern") == 21  # every deleted marker, by id
    assert "meeting/1082 är raderat" in err
    code, out, _ = run(capsys, "--db", db, "list", "meetings", "--format", "json")
    meetings = json.loads(out)
    assert len(meetings) == 346 and len({m["key"] for m in meetings}) == 346
    assert not any(i["withdrawn"] for m in meetings for i in m["items"])
    assert sum(len(m["items"]) for m in meetings) == 5106
    assert all(m["body"] == "Gemeinde-Hurtgenwald" and m["body_name"] == "Gemeinde Hürtgenwald" for m in meetings)
    # The two meetings of 1 March 2007 (Gemeinderat, Haupt- und Finanzausschuss) stay two, with their times.
    day = sorted((m["start_time"], m["end_time"], m["title"]) for m in meetings if m["start"] == "2007-03-01")
    assert len(day) == 2 and day[0][0] == "17:00:00" and day[1][0] == "18:00:00"
    assert all(m["end_time"] for m in meetings)


def test_the_whole_crawl_folder_imports_and_names_what_it_does_not_read(tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(tmp_path / "all.sqlite"), "import", str(CRAWL))
    assert code == 0, err
    assert "346 sammanträden" in out and "2097 ärenden" in out
    assert "missing_ids.json: ingen OParl-fil" in err  # the validator's own list, not OParl
    assert "objekt av typen Person lästes inte" in err and "objekt av typen Organization lästes inte" in err
    assert err.count("är raderat på servern") == 21 + 18
    assert "filer finns inte lokalt" in err and "oparl-fetch" in err


SINGLE_FILES = sorted(p for p in OPARL.rglob("*.json") if p.parent != CRAWL)


@pytest.mark.parametrize("path", SINGLE_FILES, ids=[p.relative_to(OPARL).as_posix() for p in SINGLE_FILES])
def test_every_single_file_imports(tmp_path: Path, capsys: pytest.CaptureFixture[str], path: Path) -> None:
    code, out, err = run(capsys, "--db", str(tmp_path / "one.sqlite"), "import", str(path))
    assert code == 0, err
    assert "OParl" in out and "Traceback" not in err


def test_the_validators_list_of_missing_ids_is_refused_by_name(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "x.sqlite"), "import", str(CRAWL / "missing_ids.json"))
    assert code == 2 and "missing_ids.json" in err and len(err.strip().splitlines()) == 1


def test_the_excerpt_keeps_both_meetings_of_the_day_and_typed_tombstones_are_skipped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "e.sqlite")
    hw = OPARL / "huertgenwald"
    assert run(capsys, "--db", db, "import", str(hw / "EXCERPT-meeting-page1-2007-03-01.json"))[0] == 0
    code, _, err = run(capsys, "--db", db, "import", str(hw / "DERIVED-meeting-page11-typed-tombstones.json"))
    assert code == 0 and err.count("är raderat på servern") == 2
    meetings = json.loads(run(capsys, "--db", db, "list", "meetings", "--format", "json")[1])
    assert len(meetings) == 4 and sum(m["start"] == "2007-03-01" for m in meetings) == 2


def test_wuppertal_keeps_its_times_and_names_its_three_missing_files(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "w.sqlite")
    code, _, err = run(capsys, "--db", db, "import", str(OPARL / "wuppertal"))
    assert code == 0 and "3 filer finns inte lokalt" in err
    [m] = json.loads(run(capsys, "--db", db, "list", "meetings", "--format", "json")[1])
    assert (m["key"], m["start_time"], m["end_time"]) == ("I0001:2020-09-29:19160", "15:00:00", "15:10:00")
