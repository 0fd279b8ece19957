"""A tjänsteskrivelse reaches its agenda item: by dnr, by title where the agenda has none, or by the member."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from nämndklient.cli.main import main
from nämndklient.domain import records as r
from nämndklient.domain.linking import CaseCandidate, CaseLink, ItemFacts, match_case, normalise_title
from nämndklient.persistence.database import open_database
from nämndklient.persistence.models import AgendaItem
from nämndklient.persistence.writer import guard_personal, store_meeting
from nämndklient.services.importing import import_paths
from tests.conftest import SEEDS

STYRMODELL = SEEDS / "002_82814d268af5d26e.txt"  # RS/342/2022, 2022-11-29
TITLE = "Direktiv för översyn av Region Jämtland Härjedalens styrmodell"


def _case(key: str, title: str, dnr: str | None = None, body: str | None = "RS",
          date: dt.date | None = dt.date(2022, 11, 29)) -> CaseCandidate:
    return CaseCandidate(key, title, dnr, body, date)


def _item(title: str, dnr: str | None = None, body: str = "RS") -> ItemFacts:
    return ItemFacts(title, dnr, body, dt.date(2022, 12, 6))


def test_dnr_decides_when_the_agenda_has_one() -> None:
    cases = [_case("a", "Något annat", "RS/342/2022"), _case("b", TITLE, "RS/1/2022")]
    found = match_case(_item(TITLE, "RS/342/2022"), cases)
    assert found is not None and found[0].key == "a" and found[1] is CaseLink.DNR
    assert match_case(_item(TITLE, "RS/999/2022"), cases) is None  # a dnr that is nowhere: no title guess


def test_title_only_when_one_plausible_case_has_it() -> None:
    cases = [_case("a", TITLE + ".")]
    found = match_case(_item("direktiv för översyn av region jämtland härjedalens styrmodell"), cases)
    assert found is not None and found[1] is CaseLink.TITLE
    assert match_case(_item(TITLE), [*cases, _case("b", TITLE)]) is None  # two candidates: nobody knows
    assert match_case(_item(TITLE), [_case("a", TITLE, date=dt.date(2023, 1, 1))]) is None  # after the meeting
    assert match_case(_item(TITLE, body="HSN"), cases) is None  # another body's case
    assert match_case(_item("Information"), [_case("a", "Information")]) is None  # too short to be a title


def test_normalised_titles_ignore_the_document_word() -> None:
    assert normalise_title("Protokollsutdrag: Uppsikt av HSN") == normalise_title("uppsikt av HSN")


def _meeting(title: str, dnr: str | None) -> r.MeetingRecord:
    return r.MeetingRecord(
        body_code="RS", start=dt.date(2022, 12, 6), end=dt.date(2022, 12, 6), kind=r.MeetingKind.MEETING,
        title="Regionstyrelsens sammanträde",
        items=(r.AgendaItemRecord(order=1, title=title, category="Beslutsärenden", presenters=(), dnr=dnr,
                                  confidential=False),),
        participants=None, place=None, start_time=None,
    )


@pytest.mark.parametrize("document_first", [True, False])
@pytest.mark.parametrize(("title", "dnr", "how"), [("Översyn av styrmodellen", "RS/342/2022", CaseLink.DNR),
                                                  (TITLE, None, CaseLink.TITLE)])
def test_the_item_finds_its_case_whichever_arrives_first(tmp_path: Path, document_first: bool, title: str,
                                                         dnr: str | None, how: CaseLink) -> None:
    db = open_database(tmp_path / "l.sqlite")
    if document_first:
        import_paths(db, [STYRMODELL])
    with db.session() as s:
        guard_personal(s)
        store_meeting(s, _meeting(title, dnr), r.ImportReport())
    if not document_first:
        import_paths(db, [STYRMODELL])
    with db.session() as s:
        item = s.scalars(select(AgendaItem)).one()
        assert item.case is not None and item.case.dnr == "RS/342/2022"
        assert item.case_link == how
        assert [d.title for d in item.case.documents] == [TITLE]
    db.dispose()


def test_the_members_link_reaches_the_pack_and_survives_a_new_publication(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "m.sqlite"
    item = "RS:2024-01-26/fördjupad-dialog-med-hsn-presidium"
    assert main(["--db", str(db), "list", "meetings"]) == 0  # the demo: no document reaches any item
    excerpt = SEEDS / "003_0345254484cbeff7.txt"
    assert main(["--db", str(db), "import", "--attach-to", item, str(excerpt)]) == 0
    capsys.readouterr()
    pack = tmp_path / "p.pdf"
    assert main(["--db", str(db), "pack", "RS:2024-01-26", "-o", str(pack)]) == 0
    from pypdf import PdfReader

    text = "\n".join(p.extract_text() for p in PdfReader(pack).pages)
    assert "Arbetsutskottet beslutar att lägga dialogen till handlingarna" in text
    # The plan (which publishes the calendar) is imported again under another name: the link stays.
    revised = tmp_path / "plan.txt"
    revised.write_text((SEEDS / "001_cfd44e3ece793d5a.txt").read_text(encoding="utf-8") + "\n")
    assert main(["--db", str(db), "import", str(revised)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "list", "items", "--format", "json"]) == 0
    items = {i["key"]: i for i in json.loads(capsys.readouterr().out)}
    with open_database(db).session() as s:
        row = s.scalar(select(AgendaItem).where(AgendaItem.key == item))
        assert row is not None and row.case is not None and row.case_link == CaseLink.MEMBER
    assert item in items
