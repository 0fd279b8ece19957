"""The KPI section offscreen: overview, detail chart series, notes, exports and assignments."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlalchemy import select

from nämndklient.gui.context import AppContext
from nämndklient.gui.kpis.models import ROW_ROLE, STATUS_TEXT, AssignmentModel, KpiOverviewModel
from nämndklient.gui.kpis.overview import GROUP_ROLE
from nämndklient.gui.kpis.view import KpiSection
from nämndklient.persistence.models import AssignmentTracking, Note
from nämndklient.services import assignments as asg
from nämndklient.services import kpi_values as kv

pytestmark = pytest.mark.gui
FRISK = "Frisktal per enhet inom regionstyrelsens förvaltningsområde"
CO2 = ("Regionens koldioxidutsläpp från tjänstereor och interna transporter inom alla verksamheter "
       "(minska jämfört med 2019)")


@pytest.fixture
def section(ctx: AppContext, qtbot: Any) -> KpiSection:
    widget = KpiSection(ctx)
    qtbot.addWidget(widget)
    widget.resize(1500, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def load_values(ctx: AppContext, tmp_path: Path, section: KpiSection) -> None:
    """A Kolada file (region, nation, peer; K/M/T) and a filled template with a forecast."""
    with ctx.db.session() as s:
        kv.set_kolada_mapping(s, "N00005", FRISK)
    entries = []
    for year, (t, k, m, nation) in {2020: (66, 65, 67, 64), 2021: (67.5, 66, 69, 65), 2022: (69, 68.2, None, 66),
                                    2023: (68.4, 67, 70, 66.5)}.items():
        entries.append({"kpi": "N00005", "municipality": "0023", "period": year, "values": [
            {"gender": g, "value": v, "count": 1, "status": ""} for g, v in (("T", t), ("K", k), ("M", m))]})
        entries.append({"kpi": "N00005", "municipality": "0000", "period": year,
                        "values": [{"gender": "T", "value": nation, "count": 1, "status": ""}]})
    entries.append({"kpi": "N00005", "municipality": "0064", "period": 2023,
                    "values": [{"gender": "T", "value": 67.2, "count": 1, "status": ""}]})
    entries.append({"kpi": "U00999", "municipality": "0023", "period": 2023,
                    "values": [{"gender": "T", "value": 3, "count": 1, "status": ""}]})
    (tmp_path / "kolada.json").write_text(json.dumps({"values": entries}), encoding="utf-8")
    report = section.import_file(tmp_path / "kolada.json")
    assert report is not None and report.skipped
    assert "U00999" in section.message.text()
    template = tmp_path / "mall.xlsx"
    with ctx.db.session() as s:
        kv.export_outcome_template(s, template)
    wb = load_workbook(template)
    ws = wb["Nyckeltal"]
    ws.append([FRISK, "Stödverksamhet", "2024", "69,5", "T", "region", "prognos", "Delårsrapport"])
    ws.append(["Sjuktal per enhet inom regionstyrelsens förvaltningsområde", "", "2023", "5,2", "T", "", "", ""])
    ws.append([CO2, "", "2023", "\u221251",
               "", "", "", ""])
    wb.save(template)
    assert section.import_file(template) is not None, section.message.text()


def test_models_pass_the_model_tester(section: KpiSection, qtmodeltester: Any, ctx: AppContext, tmp_path: Path) -> None:
    load_values(ctx, tmp_path, section)
    qtmodeltester.check(section.overview.model)
    qtmodeltester.check(section.overview.proxy)
    qtmodeltester.check(section.assignments.model)
    empty = KpiOverviewModel()
    qtmodeltester.check(empty)
    qtmodeltester.check(AssignmentModel())


def test_demo_shows_missing_values_honestly(section: KpiSection, tmp_path: Path) -> None:
    model = section.overview.model
    assert model.rowCount() == 36
    statuses = {model.index(r, model.STATUS).data() for r in range(model.rowCount())}
    assert statuses == {"Saknar värde"}
    assert "Saknar värde: 36" in section.overview.summary.text()
    assert model.index(0, model.STATUS).data(Qt.ItemDataRole.DecorationRole) is not None  # not colour alone
    section.grab().save(str(tmp_path / "kpi-demo.png"))


def test_filters_sort_and_tolerance(section: KpiSection, ctx: AppContext, tmp_path: Path, qtbot: Any) -> None:
    load_values(ctx, tmp_path, section)
    ov = section.overview
    ov.area_box.setCurrentIndex(ov.area_box.findData("Ledningsprocesser"))
    assert ov.proxy.rowCount() == 15
    ov.horizon_box.setCurrentIndex(ov.horizon_box.findData("financial"))
    assert ov.proxy.rowCount() == 7
    ov.area_box.setCurrentIndex(0)
    ov.horizon_box.setCurrentIndex(0)
    # Frisktal 68,4 % and Sjuktal 5,2: the plan states no direction for either, so neither is judged
    ov.status_box.setCurrentIndex(ov.status_box.findData("direction_unknown"))
    names = {ov.proxy.index(i, 0).data() for i in range(ov.proxy.rowCount())}
    assert names == {FRISK, "Sjuktal per enhet inom regionstyrelsens förvaltningsområde"}
    ov.status_box.setCurrentIndex(0)
    sick = next(r for r in ov.model.rows() if r.name.startswith("Sjuktal per enhet inom"))
    assert ov.model.index(ov.model.rows().index(sick), KpiOverviewModel.TARGET).data() == "5"  # no ≤ the plan lacks
    # the member sets both directions in the detail pane (Sjuktal by adopting the suggestion)
    for name, direction in ((FRISK, "increase"), (sick.name, None)):
        assert ov.select(name)
        detail = section.detail
        if direction is None:
            assert detail.use_suggestion.isVisible()
            detail.use_suggestion.click()
        else:
            detail.direction_box.setCurrentIndex(detail.direction_box.findData(direction))
        detail.direction_by.setText("Eva Ek")
        with qtbot.waitSignal(ctx.events.personal_changed):
            detail.direction_save.click()
    assert "satt av Eva Ek" in section.detail.direction_text.text()
    # Frisktal 68,4 % against ≥ 70 % is 2,3 % short; Sjuktal 5,2 against ≤ 5 is 4 % over: both 'Nära' at 5 %
    ov.status_box.setCurrentIndex(ov.status_box.findData("near"))
    names = {ov.proxy.index(i, 0).data() for i in range(ov.proxy.rowCount())}
    assert names == {FRISK, "Sjuktal per enhet inom regionstyrelsens förvaltningsområde"}
    ov.status_box.setCurrentIndex(ov.status_box.findData("met"))
    assert {ov.proxy.index(i, 0).data() for i in range(ov.proxy.rowCount())} == {
        CO2}
    ov.status_box.setCurrentIndex(0)
    ov.tolerance.setValue(3)
    statuses = {r.name: r.status.value for r in ov.model.rows()}
    assert statuses[FRISK] == "near" and statuses["Sjuktal per enhet inom regionstyrelsens förvaltningsområde"] \
        == "not_met"
    ov.table.sortByColumn(KpiOverviewModel.LATEST, Qt.SortOrder.DescendingOrder)
    assert ov.proxy.index(0, 0).data(ROW_ROLE).name == FRISK
    row = next(r for r in ov.model.rows() if r.name.startswith("Sjuktal per enhet inom"))
    i = ov.model.rows().index(row)
    assert ov.model.index(i, KpiOverviewModel.TARGET).data() == "≤ 5"
    assert ov.model.index(i, KpiOverviewModel.LATEST).data() == "5,2"


def test_detail_chart_series_hover_and_exports(section: KpiSection, ctx: AppContext, tmp_path: Path) -> None:
    load_values(ctx, tmp_path, section)
    assert section.overview.select(FRISK)
    detail = section.detail
    items = {i.name(): i for i in detail.chart.getPlotItem().listDataItems()}
    assert set(items) == {"Regionen, totalt", "Regionen, kvinnor", "Regionen, män", "Regionen, totalt, prognos",
                          "Riket, totalt", "Jämförelse 0064, totalt", "Mål: 70\u00a0%"}
    assert len(items["Regionen, totalt"].xData) == 4
    assert len(items["Regionen, män"].xData) == 3  # 2022 is null in Kolada: missing, not zero
    assert items["Regionen, totalt, prognos"].opts["pen"].style() == Qt.PenStyle.DashLine
    assert items["Regionen, totalt"].opts["pen"].style() == Qt.PenStyle.SolidLine
    assert list(items["Mål: 70\u00a0%"].yData) == [70, 70]
    hit = detail.chart.nearest(2023.0, 68.4)
    assert hit is not None
    assert detail.chart.hover_text(*hit) in ("Regionen, totalt\n2023: 68,4\u00a0%",)
    assert "Källa: Delårsrapport, Kolada" in detail.facts.text()
    assert "Prognos helår: 69,5\u00a0%" in detail.facts.text()
    for fmt in ("png", "svg", "csv", "xlsx"):
        detail.export(fmt, tmp_path / f"frisk.{fmt}")
        assert (tmp_path / f"frisk.{fmt}").stat().st_size > 100
    assert (tmp_path / "frisk.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in (tmp_path / "frisk.svg").read_bytes()[:500]
    ws = load_workbook(tmp_path / "frisk.xlsx").active
    assert [c.value for c in ws[1]][:4] == ["Nyckeltal", "Period", "Värde", "Enhet"]
    assert isinstance(ws["C2"].value, int | float)
    csv_text = (tmp_path / "frisk.csv").read_text(encoding="utf-8-sig")
    assert f"{FRISK};2023;68,4;%;T;region;utfall;Kolada" in csv_text
    section.grab().save(str(tmp_path / "kpi-values.png"))


def test_member_note_is_stored_as_a_kpi_note(section: KpiSection, ctx: AppContext, qtbot: Any) -> None:
    section.overview.select(FRISK)
    qtbot.keyClicks(section.detail.note, "Fråga om sjukskrivningar i T2")
    section.detail.flush_note()
    with ctx.db.session() as s:
        note = s.scalar(select(Note).where(Note.target_kind == "kpi"))
        assert note is not None and note.target_key == FRISK and note.text.startswith("Fråga")
    section.overview.select("Sjuktal per enhet")
    section.overview.select(FRISK)
    assert section.detail.note.toPlainText() == "Fråga om sjukskrivningar i T2"


def test_unknown_file_is_refused_with_a_message(section: KpiSection, tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text('{"nothing": 1}', encoding="utf-8")
    assert section.import_file(tmp_path / "x.json") is None
    assert "Inget lästes in" in section.message.text()


def test_assignments_counts_filters_and_tracking(section: KpiSection, ctx: AppContext, qtbot: Any) -> None:
    view = section.assignments
    # the plan carries no status: none is presumed, none is counted as "ej påbörjad"
    assert view.counts.text().startswith("37 uppdrag · ingen status angiven: 37 —")
    assert "Stödverksamhet: 0 av 13 med status" in view.counts.text() and "<b>" not in view.counts.text()
    model = view.model
    assert {model.index(i, model.STATUS).data() for i in range(model.rowCount())} == {"ingen status angiven"}
    font = model.index(0, model.STATUS).data(Qt.ItemDataRole.FontRole)
    assert font is not None and not font.bold() and font.italic()
    assert all(model.row_at(i).status is None for i in range(model.rowCount()))
    view.only_ours.setChecked(True)
    ours = view.model.rowCount()
    assert 0 < ours < 37
    assert all("RS" in view.model.row_at(i).responsible for i in range(ours))
    view.only_ours.setChecked(False)
    view.only_not_started.setChecked(True)
    assert view.model.rowCount() == 0  # nobody said any of them is not started
    view.only_not_started.setChecked(False)
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    key = view.current().key
    assert view.status.currentIndex() == -1 and view.status.placeholderText() == "ingen status angiven"
    assert not view.save.isEnabled()  # nothing chosen, nothing to save
    view.status.setCurrentIndex(view.status.findData("ej påbörjad"))
    view.comment.setText("Inte startat än")
    with qtbot.waitSignal(ctx.events.personal_changed):
        view.save.click()
    with ctx.db.session() as s:
        tracked = s.scalar(select(AssignmentTracking))
        assert (tracked.assignment_key, tracked.status, tracked.comment) == (key, "ej påbörjad", "Inte startat än")
    assert "ingen status angiven: 36 · ej påbörjad: 1 —" in view.counts.text()
    view.only_not_started.setChecked(True)
    assert view.model.rowCount() == 1
    assert view.model.index(0, view.model.STATUS).data(Qt.ItemDataRole.FontRole).bold()  # a status given, bold
    assert view.model.index(0, view.model.SOURCE).data() == "Egen uppföljning"
    view.only_not_started.setChecked(False)
    view.select(key)
    view.clear.click()
    assert "ingen status angiven: 37 —" in view.counts.text()


def test_assignment_key_is_stable_and_distinct() -> None:
    a = asg.assignment_key("Tillse att vård ges i rimlig tid")
    assert a == asg.assignment_key("  Tillse att  vård ges i rimlig tid ")
    assert a != asg.assignment_key("Tillse att vård ges i rimlig tid.")
    with pytest.raises(ValueError, match="Okänd status"):
        asg.set_tracking(None, a, "klar")  # type: ignore[arg-type]


def test_every_control_has_an_accessible_name(section: KpiSection) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTabBar,
        QTableView,
    )

    unnamed = []
    for kind in (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTableView, QAbstractSpinBox):
        for w in section.findChildren(kind):
            # Qt's own parts: a spin box's line edit, a line edit's clear button, a tab bar's arrows
            inner = isinstance(w.parent(), QAbstractSpinBox | QComboBox | QLineEdit | QTabBar)
            if not inner and not w.accessibleName() and w.metaObject().className() not in ("QToolButton", "QTableCornerButton"):
                unnamed.append(f"{type(w).__name__}:{w.text() if hasattr(w, 'text') else ''}")
    assert unnamed == []


def test_benchmark_renders_a_hundred_kpis() -> None:
    from nämndklient.gui.kpis.benchmark import render_kpi_overview_benchmark

    seconds = render_kpi_overview_benchmark(100, 10)
    assert 0 < seconds < 10


def test_kpi_value_decimal_in_rows(ctx: AppContext, section: KpiSection, tmp_path: Path) -> None:
    load_values(ctx, tmp_path, section)
    with ctx.db.session() as s:
        row = next(r for r in kv.kpi_overview(s) if r.name == FRISK)
    assert row.latest_value == D("68.4") and row.forecast == D("69.5")


def test_goal_areas_head_their_kpis(section: KpiSection, ctx: AppContext, tmp_path: Path, qtmodeltester: Any) -> None:
    load_values(ctx, tmp_path, section)
    ov = section.overview
    grouped = ov.grouped
    qtmodeltester.check(grouped)
    heads = grouped.heading_rows()
    assert [grouped.index(r, 0).data(GROUP_ROLE) for r in heads] == [
        "Hälso- och sjukvård", "Stödverksamhet", "Ledningsprocesser"]
    assert grouped.rowCount() == 36 + 3
    assert grouped.index(heads[1], 0).data() == "Stödverksamhet · 18 nyckeltal"
    assert not grouped.flags(grouped.index(heads[1], 0)) & Qt.ItemFlag.ItemIsSelectable
    assert ov.table.columnSpan(heads[1], 0) == grouped.columnCount()
    assert ov.table.isColumnHidden(KpiOverviewModel.AREA)  # the heading says it
    # sorting keeps the groups: the best outcome first inside each goal area
    ov.table.sortByColumn(KpiOverviewModel.LATEST, Qt.SortOrder.DescendingOrder)
    assert grouped.heading_rows() == heads
    assert grouped.index(heads[1] + 1, 0).data(ROW_ROLE).name == FRISK
    assert ov.select(CO2) and ov.current().name == CO2  # selection survives the grouping
    ov.group_box.setChecked(False)
    assert grouped.rowCount() == 36 and not ov.table.isColumnHidden(KpiOverviewModel.AREA)
    assert ov.current().name == CO2
    assert grouped.index(0, 0).data(ROW_ROLE).name == FRISK


def test_labelled_filters_and_essential_columns_at_laptop_width(section: KpiSection, qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel

    section.resize(1090, 740)  # the section's share of a 1280 × 800 window
    qtbot.wait(20)
    ov = section.overview
    buddies = {lab.text(): lab.buddy() for lab in ov.findChildren(QLabel) if lab.buddy() is not None}
    assert buddies["Mål&område:"] is ov.area_box and buddies["S&tatus:"] is ov.status_box
    assert buddies["&Beslutad av:"] is ov.decided_box and buddies["Sö&k:"] is ov.search
    assert ov.search.placeholderText() == "Sök nyckeltal"
    for box in (ov.area_box, ov.horizon_box, ov.decided_box, ov.status_box):
        assert box.width() >= box.sizeHint().width()  # never clipped to "Alla må"
    assert ov.search.width() > 300
    table = ov.table
    assert table.horizontalScrollBar().value() == 0
    m = KpiOverviewModel
    for col in (m.NAME, m.STATUS, m.TARGET, m.LATEST, m.SPARK):
        assert not table.isColumnHidden(col)
        right = table.horizontalHeader().sectionViewportPosition(col) + table.columnWidth(col)
        assert right <= table.viewport().width(), col
    assert table.columnWidth(m.NAME) >= ov.name_minimum()
    assert table.rowHeight(1) >= table.fontMetrics().lineSpacing() + 14  # room around the text


def test_detail_goes_below_the_list_when_narrow_and_beside_when_wide(section: KpiSection, qtbot: Any) -> None:
    section.resize(1090, 740)
    qtbot.wait(20)
    assert section.split.orientation() == Qt.Orientation.Vertical and not section.detail.beside
    assert section.split.sizes()[1] < 140  # empty: only its hint
    assert section.overview.select(FRISK)
    assert section.split.sizes()[1] > 250  # chosen: the pane opens
    section.resize(1900, 950)
    qtbot.wait(20)
    assert section.split.orientation() == Qt.Orientation.Horizontal and section.detail.beside
    sizes = section.split.sizes()
    assert sizes[0] > sizes[1]


def test_table_words_are_translatable_literals() -> None:
    import inspect

    from nämndklient.domain.kpi_status import STATUS_LABELS
    from nämndklient.gui.kpis import models

    assert STATUS_TEXT == STATUS_LABELS  # the same Swedish words, now where lupdate can read them
    source = inspect.getsource(models)
    for word in ("Uppnått", "Saknar värde", "Senaste utfall", "Långsiktigt", "Förbättras", "Statuskälla"):
        assert 'QT_TRANSLATE_NOOP("' in source and f'"{word}")' in source, word
    assert "self.tr(self.HEADERS" not in source and "self.tr(STATUS_LABELS" not in source


def test_a_long_name_wraps_onto_a_taller_row_that_follows_the_column(section: KpiSection) -> None:
    """Row heights come from the name column alone (fit_rows), and follow its width."""
    ov, m = section.overview, KpiOverviewModel
    table, model = ov.table, ov.table.model()
    rows = [r for r in range(model.rowCount()) if not ov.grouped.is_heading(r)]
    longest = max(rows, key=lambda r: len(str(model.index(r, m.NAME).data())))
    shortest = min(rows, key=lambda r: len(str(model.index(r, m.NAME).data())))
    one_line = table.rowHeight(shortest)
    table.horizontalHeader().resizeSection(m.NAME, table.fontMetrics().horizontalAdvance("M") * 10)
    assert table.rowHeight(longest) > one_line  # wrapped onto more lines
    assert table.rowHeight(shortest) >= one_line
    table.horizontalHeader().resizeSection(m.NAME, table.fontMetrics().horizontalAdvance("M") * 200)
    assert table.rowHeight(longest) == one_line  # room enough: one line again
