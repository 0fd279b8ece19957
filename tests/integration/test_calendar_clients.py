"""Every calendar export read back by three real parsers: icalendar, ical.js (Thunderbird's) and khal.

The exports are the demo's calendar (all-day meetings and joint days) plus real OParl meetings from
Hürtgenwald (18:00 in Germany is 18:00 in Stockholm), a meeting given in UTC, a cancelled one and a
timed one without a stated end. khal runs with TZ=UTC so that a right answer cannot be an accident of
the machine's own zone.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from nämndklient.cli.main import main
from tests.helpers.realdata import realdata

REPO = Path(__file__).resolve().parents[2]
ICALJS = REPO / "tests" / "js"
T = "https://schema.oparl.org/1.1/"
HW = realdata() / "oparl" / "huertgenwald"
OWN = [  # a cancelled meeting, one given in UTC, one with no stated end
    {"id": "https://ris.example/meeting/1", "type": T + "Meeting", "name": "Bauausschuss", "cancelled": True,
     "start": "2024-02-06T18:00:00+01:00", "end": "2024-02-06T20:00:00+01:00"},
    {"id": "https://ris.example/meeting/2", "type": T + "Meeting", "name": "Rat",
     "start": "2024-06-10T16:00:00Z", "end": "2024-06-10T18:30:00Z"},
    {"id": "https://ris.example/meeting/3", "type": T + "Meeting", "name": "Ohne Ende",
     "start": "2024-03-05T18:00:00+01:00"},
]


@pytest.fixture
def calendar_db(demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    own = tmp_path / "own" / "meetings.json"
    own.parent.mkdir()
    own.write_text(json.dumps({"data": OWN}), encoding="utf-8")
    for path in (HW / "body.json", HW / "EXCERPT-meeting-page1-2007-03-01.json", HW / "meeting-page1.json", own):
        assert main(["--db", str(demo_db_path), "import", str(path)]) == 0
    capsys.readouterr()
    return demo_db_path


def export(db: Path, out: Path, *extra: str) -> Calendar:
    assert main(["--db", str(db), "export-ics", "-o", str(out), *extra]) == 0
    return Calendar.from_ical(out.read_bytes())


def ical_js(path: Path) -> dict[str, Any]:
    done = subprocess.run(["node", str(ICALJS / "parse_ics.mjs"), str(path)], capture_output=True, text=True,
                          check=True, timeout=60)
    return json.loads(done.stdout)


def khal_list(path: Path, tmp_path: Path, start: str, end: str) -> str:
    home = tmp_path / "khal"
    (home / "cal").mkdir(parents=True, exist_ok=True)
    config = home / "config"
    config.write_text(f"""[calendars]
[[nk]]
path = {home / 'cal'}
type = calendar
[locale]
local_timezone = Europe/Stockholm
default_timezone = Europe/Stockholm
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
[sqlite]
path = {home / 'khal.db'}
""", encoding="utf-8")
    env = {**os.environ, "TZ": "UTC", "HOME": str(home)}
    imported = subprocess.run(["khal", "-c", str(config), "import", "--batch", str(path)], capture_output=True,
                              text=True, env=env, timeout=300)
    assert imported.returncode == 0, imported.stderr
    listed = subprocess.run(["khal", "-c", str(config), "list", "--format", "{cancelled}{start} {end} {title}",
                             "--day-format", "", start, end], capture_output=True, text=True, env=env, timeout=120,
                            check=True)
    return listed.stdout


def test_the_whole_calendar_parses_everywhere_with_local_times(calendar_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.ics"
    cal = export(calendar_db, out)
    assert str(cal["method"]) == "PUBLISH" and str(cal["x-wr-calname"]) == "Sammanträden"
    assert [str(z["tzid"]) for z in cal.walk("VTIMEZONE")] == ["Europe/Stockholm"]
    events = cal.walk("VEVENT")
    assert len(events) == 10 + 25 + 3  # the excerpt's two meetings are on page 1 too: the same ids
    for ev in events:  # icalendar: an end is never before the start; every timed start has the zone
        start = ev.decoded("dtstart")
        end = ev.decoded("dtend") if "dtend" in ev else start + ev.decoded("duration")
        assert end >= start, ev["uid"]
        if isinstance(start, dt.datetime):
            assert ev["dtstart"].params["TZID"] == "Europe/Stockholm" and str(start.tzinfo) == "Europe/Stockholm"
    instants = {str(e["uid"]): e.decoded("dtstart") for e in events}
    by_summary = {str(e["summary"]): e for e in events}
    cancelled = by_summary["Inställt: OParl-import: Bauausschuss"]
    assert str(cancelled["status"]) == "CANCELLED"
    no_end = by_summary["OParl-import: Ohne Ende"]
    assert "dtend" not in no_end and no_end.decoded("duration") == dt.timedelta(0)
    assert "Sluttid anges inte" in str(no_end["description"])

    js = ical_js(out)  # ical.js
    assert js["method"] == "PUBLISH" and js["calname"] == "Sammanträden"
    assert len(js["events"]) == len(events)
    for e in js["events"]:  # ical.js reads our VTIMEZONE to the same instant as Python's zoneinfo
        if e["start"]["utc"]:
            expected = instants[e["uid"]].astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
            assert e["start"]["utc"] == expected, e
    evs = {e["summary"]: e for e in js["events"]}
    rat = evs["OParl-import: Rat"]  # given as 16:00Z in June: 18:00 in Stockholm
    assert (rat["start"]["local"], rat["start"]["utc"], rat["end"]["local"], rat["tzid"]) == (
        "2024-06-10T18:00:00", "2024-06-10T16:00:00.000Z", "2024-06-10T20:30:00", "Europe/Stockholm")
    assert evs["Inställt: OParl-import: Bauausschuss"]["status"] == "CANCELLED"
    assert evs["OParl-import: Ohne Ende"]["end"]["local"] == "2024-03-05T18:00:00"
    hw = [e for e in js["events"] if e["uid"].startswith("Gemeinde-Hurtgenwald:2007-03-01:")]
    assert sorted(e["start"]["local"] for e in hw) == ["2007-03-01T17:00:00", "2007-03-01T18:00:00"]
    march = next(e for e in js["events"] if e["uid"] == "RS:2024-03-26@namndklient")
    assert march["start"] == {"utc": None, "local": "2024-03-26", "zone": None, "date": True}
    assert march["end"]["local"] == "2024-03-28"  # exclusive: the 26th and the 27th

    listed = khal_list(out, tmp_path, "2007-03-01", "2007-03-02")  # khal
    assert "2007-03-01 17:00 2007-03-01" in listed and "2007-03-01 18:00 2007-03-01" in listed
    listed = khal_list(out, tmp_path, "2024-02-06", "2024-06-11")
    assert "CANCELLED 2024-02-06 18:00 2024-02-06 20:00 OParl-import: Bauausschuss" not in listed  # summary says it
    assert "CANCELLED 2024-02-06 18:00 2024-02-06 20:00 Inställt: OParl-import: Bauausschuss" in listed
    assert "2024-06-10 18:00 2024-06-10 20:30 OParl-import: Rat" in listed
    assert "2024-03-05 18:00 2024-03-05 18:00 OParl-import: Ohne Ende" in listed  # PT0S: ends as it starts
    assert "2024-04-11 Gemensam budgetdag" in listed  # the demo's joint day, all day


def test_a_single_meeting_is_no_calendar_of_its_own(calendar_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "one.ics"
    cal = export(calendar_db, out, "--meeting", "Gemeinde-Hurtgenwald:2007-03-01:337")
    assert "x-wr-calname" not in cal and str(cal["method"]) == "PUBLISH"
    [ev] = cal.walk("VEVENT")
    js = ical_js(out)
    assert js["calname"] is None and js["events"][0]["start"]["zone"] == "Europe/Stockholm"
    assert khal_list(out, tmp_path, "2007-03-01", "2007-03-02").strip().splitlines() == [
        "2007-03-01 18:00 2007-03-01 19:00 Gemeinde Hürtgenwald: Gemeinderat (9. 18. Sitzung)"]
    assert str(ev["uid"]) == "Gemeinde-Hurtgenwald:2007-03-01:337@namndklient"


def test_sequence_rises_when_a_meeting_changes_and_only_then(calendar_db: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    def sequences(cal: Calendar) -> dict[str, int]:
        return {str(e["uid"]): int(e["sequence"]) for e in cal.walk("VEVENT")}

    first = sequences(export(calendar_db, tmp_path / "1.ics"))
    assert set(first.values()) == {0}
    assert sequences(export(calendar_db, tmp_path / "2.ics")) == first  # nothing changed
    moved = json.loads(json.dumps(OWN))
    moved[1]["start"], moved[1]["end"] = "2024-06-11T16:00:00Z", "2024-06-11T18:00:00Z"
    own = tmp_path / "own" / "meetings.json"
    own.write_text(json.dumps({"data": moved}), encoding="utf-8")
    assert main(["--db", str(calendar_db), "import", str(own)]) == 0
    capsys.readouterr()
    third = sequences(export(calendar_db, tmp_path / "3.ics"))
    changed = {uid for uid, n in third.items() if n != first[uid]}
    uid = "OPARL:2024-06-10:2@namndklient"  # the key stays when the server moves the meeting
    assert changed == {uid} and third[uid] == 1
    assert next(e for e in ical_js(tmp_path / "3.ics")["events"] if e["uid"] == uid)["sequence"] == 1


def test_the_parsers_are_installed() -> None:
    """make test installs them (packaging/linux/install-system-deps.sh test): nothing here is skipped."""
    assert shutil.which("khal") and shutil.which("node")
    assert (ICALJS / "node_modules" / "ical.js" / "package.json").is_file()
