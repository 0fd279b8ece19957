"""An OParl meeting in the window: "inställt" on the card and the page, its times, its own files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nämndklient.publishing.oparl import import_oparl

T = "https://schema.oparl.org/1.1/"


@pytest.fixture
def oparl_db(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    (tmp_path / "Einladung.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    doc = {"data": [
        {"id": "https://ris.example/body/1", "type": T + "Body", "name": "Gemeinde Hürtgenwald"},
        {"id": "https://ris.example/meeting/1", "type": T + "Meeting", "name": "Bauausschuss", "cancelled": True,
         "start": "2024-12-17T17:00:00Z", "end": "2024-12-17T19:00:00Z",
         "invitation": {"id": "https://ris.example/file/1", "type": T + "File", "name": "Bekanntmachung",
                        "accessUrl": "https://ris.example/files/Einladung.pdf"}},
    ]}
    (tmp_path / "m.json").write_text(json.dumps(doc), encoding="utf-8")
    import_oparl(db, [tmp_path / "m.json"])
    return db


def test_a_cancelled_meeting_says_so_with_its_local_times_and_files(oparl_db, window) -> None:  # type: ignore[no-untyped-def]
    window.meetings.open_meeting("Gemeinde-Hurtgenwald:2024-12-17:1")
    page = window.meetings.meeting
    assert page.kind_label.text().startswith("INSTÄLLT · ")
    assert page.facts.text().startswith("Sammanträdet är inställt · ")
    assert "klockan 18:00–20:00" in page.facts.text()  # 17:00Z in December is 18:00 in Stockholm
    assert page.documents.text() == "Mötets handlingar: Kallelse (Bekanntmachung)"
    assert not page.documents.isHidden()
    window.meetings.open_meeting("RS:2024-01-26")
    assert page.documents.isHidden() and "INSTÄLLT" not in page.kind_label.text()
