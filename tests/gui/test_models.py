"""The item models pass Qt's model tester; display through QLocale, sort by raw values and Swedish collation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from nämndklient.gui.models.agenda import AgendaModel
from nämndklient.gui.models.base import SORT_ROLE
from nämndklient.gui.models.documents import DocumentsModel, HistoryModel
from nämndklient.gui.models.meetings import MeetingsModel, MonthModel
from nämndklient.gui.models.search import SearchModel
from nämndklient.services import catalog, reading


def test_meetings_and_month_models(qtmodeltester, db) -> None:
    with db.session() as s:
        rows = reading.all_meetings(s)
    model = MeetingsModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "26–27 mars 2024"
    assert model.index(1, 0).data(SORT_ROLE) == dt.date(2024, 3, 26)
    model.sort(4, Qt.SortOrder.DescendingOrder)
    assert model.row(model.index(0, 0)).items == max(r.items for r in rows)
    month = MonthModel()
    month.set_meetings(rows)
    month.set_month(2024, 3)
    qtmodeltester.check(month)
    assert month.headerData(0, Qt.Orientation.Horizontal) == "Måndag"


def test_agenda_model(qtmodeltester, db) -> None:
    with db.session() as s:
        meeting = catalog.find_meeting(s, "RS:2024-03-26")
    model = AgendaModel()
    model.set_items(meeting.items)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.rowCount(model.index(0, 0)) == 4


def test_documents_sort_swedish(qtmodeltester, db) -> None:
    with db.session() as s:
        docs = reading.case_documents(s)
    model = DocumentsModel()
    model.set_rows(docs)
    qtmodeltester.check(model)
    model.sort(3)
    titles = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert titles.index("Uppföljning av hälso- och sjukvårdsnämndens verksamhetsplan 2023") < titles.index(
        "Svar på initiativärende från Robert Hamberg (M) om att stärka förutsättningarna för hälso- och "
        "sjukvårdsnämnden") or titles == sorted(titles)
    from dataclasses import replace

    model.set_rows([replace(docs[0], title=t) for t in ("Örebro", "Ärende", "Åtgärd", "Zon", "Avtal")])
    model.sort(3)
    assert [model.index(r, 3).data() for r in range(5)] == ["Avtal", "Zon", "Åtgärd", "Ärende", "Örebro"]
    history = HistoryModel()
    with db.session() as s:
        history.set_rows(reading.case_history(s, "RS/342/2022"))
    qtmodeltester.check(history)


def test_search_model(qtmodeltester, db) -> None:
    model = SearchModel()
    with db.session() as s:
        model.set_groups(reading.search_grouped(s, "sjukvard"))
    qtmodeltester.check(model)
    assert model.hit_count() > 0


def test_start_list_prefers_upcoming(db) -> None:
    with db.session() as s:
        early = reading.start_list(s, dt.date(2024, 3, 27))
        late = reading.start_list(s, dt.date(2026, 1, 1))
    assert early.upcoming and early.meetings[0].key == "RS:2024-03-26"  # still on its second day
    assert not late.upcoming and late.meetings[0].key == "RS:2024-12-10"


def test_mark_words_folds_only_without_diacritics() -> None:
    from nämndklient.persistence.search_index import HIGHLIGHT_END as E
    from nämndklient.persistence.search_index import HIGHLIGHT_START as S

    assert reading.mark_words("Hälso- och sjukvård", "sjukvard") == f"Hälso- och {S}sjukvård{E}"
    assert reading.mark_words("far och får", "får") == f"far och {S}får{E}"
