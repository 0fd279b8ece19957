"""The Ärenden reader and the item view: the plan as real tables, a protocol's decision as a decision.

Read back from the reader's own QTextDocument: its tables, their cells' alignment and
weight, its lists, and the text a member sees.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument, QTextTable
from sqlalchemy import select

from nämndklient.persistence.database import Database
from nämndklient.persistence.models import AgendaItem, Document

PLAN = "plan_och_budget:RS/595/2023"
PROTOCOL = "protokollsutdrag:file:003_0345254484cbeff7.txt"
TJ = "tjansteskrivelse:RS/454/2023"
ITEM = "RS:2024-01-26/fördjupad-dialog-med-hsn-presidium"
MINUS, NBSP, SHY = "\u2212", "\u00a0", "\u00ad"


def tables_of(doc: QTextDocument) -> list[QTextTable]:
    return [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]


def cell_text(table: QTextTable, row: int, col: int) -> str:
    cell = table.cellAt(row, col)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), cursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace(SHY, "").replace("\u2029", "\n")


def cell_alignment(table: QTextTable, row: int, col: int) -> Qt.AlignmentFlag:
    return table.cellAt(row, col).firstCursorPosition().blockFormat().alignment()


def cell_bold(table: QTextTable, row: int, col: int) -> bool:
    cursor = table.cellAt(row, col).firstCursorPosition()
    cursor.movePosition(cursor.MoveOperation.NextCharacter, cursor.MoveMode.KeepAnchor)
    return cursor.charFormat().fontWeight() >= QFont.Weight.Bold


def table_with(doc: QTextDocument, header: str) -> QTextTable:
    return next(t for t in tables_of(doc) if cell_text(t, 0, 0) == header and t.columns() > 1)


def visible_text(reader) -> str:  # type: ignore[no-untyped-def]
    return reader.toPlainText().replace(SHY, "")


@pytest.fixture
def cases(window):  # type: ignore[no-untyped-def]
    window.show_section("cases")
    return window.sections["cases"]


# ---------------------------------------------------------------- the plan


def test_plan_tables_have_a_header_row_and_right_aligned_swedish_figures(cases, qtbot) -> None:
    cases.open_document(PLAN)
    doc = cases.reader.document()
    matrix = table_with(doc, "Mkr")
    assert matrix.columns() == 9
    assert [cell_text(matrix, 0, c) for c in range(9)] == [
        "Mkr", "Externa intäkter", "Interna intäkter", "Personalkostnader", "Läkemedel",
        "Övriga externa omkostnader", "Avskrivningar", "Interna kostnader", "Nettobudget"]
    assert all(cell_bold(matrix, 0, c) for c in range(9))  # the header row
    assert [cell_text(matrix, 1, c) for c in range(9)] == [
        "Regiondirektör", "163", "14", f"{MINUS}411", "0", f"{MINUS}54", "1", "2", f"{MINUS}285"]
    for col in range(1, 9):
        assert cell_alignment(matrix, 1, col) & Qt.AlignmentFlag.AlignRight
        assert cell_alignment(matrix, 0, col) & Qt.AlignmentFlag.AlignRight  # its header over it
    assert not cell_alignment(matrix, 1, 0) & Qt.AlignmentFlag.AlignRight
    assert cell_text(matrix, 4, 0) == "Summa tjänstemannabudget"
    assert cell_text(matrix, 4, 8) == f"{MINUS}1{NBSP}754"
    assert all(cell_bold(matrix, 4, c) for c in range(9))  # a stated total
    assert not cell_bold(matrix, 1, 3)


def test_action_plan_shows_the_stated_totals_bold(cases) -> None:
    cases.open_document(PLAN)
    plan = table_with(cases.reader.document(), "Planerad åtgärd (typ/benämning)")
    last = plan.rows() - 1
    assert cell_text(plan, last, 0) == "Totalt"
    assert [cell_text(plan, last, c) for c in (3, 4, 5)] == ["17,1", "17,6", "17,7"]
    assert all(cell_bold(plan, last, c) for c in (0, 3, 4, 5))
    assert cell_text(plan, 2, 0) == "Personalkostnader"
    assert plan.cellAt(0, 3).columnSpan() == 3 and cell_text(plan, 0, 3) == "Ekonomisk effekt (mkr)"


def test_plan_reads_without_hyphenation_or_contents_remnants(cases) -> None:
    cases.open_document(PLAN)
    text = visible_text(cases.reader)
    for remnant in ("Perso-nal", "Regiondi- rektör", "Innehållsförteckning", ".....", "<b>", "**",
                    "Målområde Hälsa- och sjukvård God och nära vård i hela Jämtland\n"):
        assert remnant not in text
    assert "Regiondirektör" in text and "Personalkostnader" in text


def test_plan_headings_are_headings(cases) -> None:
    cases.open_document(PLAN)
    doc = cases.reader.document()
    levels = {}
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            levels.setdefault(block.text(), block.blockFormat().headingLevel())
        block = block.next()
    assert levels["Plan och budget 2024"] == 1
    assert levels["Målområde Hälso- och sjukvård"] == 2
    assert levels["Att ta ansvar i en svår tid"] == 3
    assert levels["Långsiktiga nyckeltal"] == 4
    assert levels["Åtgärdsplan för ekonomi i balans"] == 5
    assert "Regionstyrelsens ordförande" not in levels  # a short line is not a heading by its length


def test_the_widest_table_fits_the_reader(cases, qtbot) -> None:
    cases.open_document(PLAN)
    qtbot.waitUntil(lambda: cases.reader.document().size().width() > 0)
    assert cases.reader.horizontalScrollBar().maximum() == 0


# ---------------------------------------------------------------- the protocol excerpt and the tjänsteskrivelse


def test_protocol_decision_is_shown_as_the_bodys_decision(cases) -> None:
    cases.open_document(PROTOCOL)
    text = visible_text(cases.reader)
    assert "REGIONSTYRELSENS ARBETSUTSKOTT BESLUTADE\nBeslut\nArbetsutskottet beslutar att lägga dialogen" in text
    assert "FÖRSLAG TILL BESLUT" not in text
    assert "Förslag till beslut" not in text


def test_protocol_beslutsunderlag_is_a_list_not_a_box(cases) -> None:
    cases.open_document(PROTOCOL)
    doc = cases.reader.document()
    heading = doc.find("Beslutsunderlag")
    assert heading.block().blockFormat().headingLevel() == 2 and heading.currentTable() is None
    found = doc.find("Uppsikt av hälso- och sjukvårdsnämnden", heading)
    assert found.block().textList() is not None  # a list entry
    assert found.currentTable() is None  # not inside a framed box


def test_tjansteskrivelse_proposal_is_still_boxed_as_a_proposal(cases) -> None:
    cases.open_document(TJ)
    text = visible_text(cases.reader)
    assert "FÖRSLAG TILL BESLUT\nRegiondirektörens förslag\nInitiativärendet anses besvarat." in text
    assert "BESLUTADE" not in text
    assert cases.reader.document().find("Initiativärendet anses besvarat.").currentTable() is not None


# ---------------------------------------------------------------- the item view


@pytest.fixture
def linked_item(db: Database) -> str:
    """The HSN dialogue item of 26 January with the protocol excerpt as its case document."""
    with db.session() as s:
        doc = s.scalar(select(Document).where(Document.key == PROTOCOL))
        item = s.scalar(select(AgendaItem).where(AgendaItem.key == ITEM))
        assert doc is not None and item is not None
        item.case = doc.case
        s.commit()
    return ITEM


def test_item_view_shows_the_protocol_decision_with_its_body(window, linked_item: str) -> None:
    window.meetings.open_item(linked_item)
    text = visible_text(window.meetings.item.reader)
    assert "Protokollsutdrag: Uppsikt av hälso- och sjukvårdsnämnden" in text
    assert "REGIONSTYRELSENS ARBETSUTSKOTT BESLUTADE" in text
    assert "FÖRSLAG TILL BESLUT" not in text


def test_item_view_of_the_plan_uses_its_tables(window, db: Database) -> None:
    with db.session() as s:
        plan = s.scalar(select(Document).where(Document.key == PLAN))
        item = s.scalar(select(AgendaItem).where(AgendaItem.key == "RS:2024-05-28/uppföljning-av-regionstyrelsens-plan-2024"))
        assert plan is not None and item is not None
        item.case = plan.case
        s.commit()
    window.meetings.open_item("RS:2024-05-28/uppföljning-av-regionstyrelsens-plan-2024")
    doc = window.meetings.item.reader.document()
    matrix = table_with(doc, "Mkr")
    assert cell_text(matrix, 1, 3) == f"{MINUS}411"
    assert cell_alignment(matrix, 1, 3) & Qt.AlignmentFlag.AlignRight


# ---------------------------------------------------------------- the screenshot of a document at a passage


def test_screenshot_of_a_document_at_a_passage(db: Database, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from nämndklient.gui.screenshot import take_screenshot

    out = take_screenshot(db, f"case:{PLAN}#Budgetramar per område inom", tmp_path / "plan.png")
    image = QImage(str(out))
    assert image.width() == 1280 and image.height() == 800
    with pytest.raises(LookupError):
        take_screenshot(db, f"case:{PLAN}#ingen sådan text finns", tmp_path / "none.png")
    assert not (tmp_path / "none.png").exists()
