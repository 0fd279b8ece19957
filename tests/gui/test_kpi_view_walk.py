"""Every cell of the KPI overview, the KPI detail and the Uppdrag table on the demo database, against the plan.

A target is shown as the plan states it, with ≥/≤ only where the plan (or a person) says which side is
good; a direction is shown as the plan's with its words, a person's with the name, or as unknown with
at most a suggestion marked "förslag, ej planens"; a status or trend appears only where there is
something to judge, and no assignment has a status the plan does not give.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import Any

import pytest
from PySide6.QtCore import Qt

from nämndklient.domain.records import DirectionSource
from nämndklient.gui.charts.fmt import format_number
from nämndklient.gui.context import AppContext
from nämndklient.gui.kpis.models import KpiOverviewModel
from nämndklient.gui.kpis.view import KpiSection
from tests.conftest import SEEDS

pytestmark = pytest.mark.gui
PLAN_LINES = (SEEDS / "001_cfd44e3ece793d5a.txt").read_text(encoding="utf-8").split("\n")


def plan_target_cell(name: str) -> str:
    rows = [line.split("\t") for line in PLAN_LINES if "\t" in line and line.split("\t")[0].rstrip(".") == name]
    assert len(rows) == 1, name
    return rows[0][2].strip() if len(rows[0]) > 2 else ""


@pytest.fixture
def section(ctx: AppContext, qtbot: Any) -> KpiSection:
    widget = KpiSection(ctx)
    qtbot.addWidget(widget)
    widget.resize(1500, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_every_overview_cell_and_detail_says_only_what_the_plan_says(section: KpiSection) -> None:
    model = section.overview.model
    m = KpiOverviewModel
    assert model.rowCount() == 36
    for i, r in enumerate(model.rows()):
        cell = {c: model.index(i, c).data() for c in range(model.columnCount())}
        stated = plan_target_cell(r.name)
        if not stated and r.baseline == "riket":  # "(målet är att ha en lägre kostnadsutveckling)" than riket
            assert cell[m.TARGET] == "≤ riket" and r.target is None and "lägre" in (r.direction_phrase or "")
        elif not stated:
            assert cell[m.TARGET] == "saknas" and r.target is None
        else:
            figure = format_number(r.target, r.unit)
            # the figure as the plan writes it, up to sv-SE spacing and the minus sign
            assert figure.replace("\u00a0", "").replace("−", "-") == stated.replace(" ", ""), r.name
            sign = {DirectionSource.DOCUMENT: ("≥ ", "≤ ")}.get(r.direction_source)
            if sign is None:
                assert cell[m.TARGET] == figure, r.name  # no side of the target the plan does not give
            else:
                assert cell[m.TARGET] == (sign[0] if r.direction == "increase" else sign[1]) + figure
        if r.direction_source is DirectionSource.DOCUMENT:
            assert cell[m.DIRECTION] in ("↑ planen", "↓ planen")
            line = PLAN_LINES[next(n for n, text in enumerate(PLAN_LINES) if text.startswith(r.name))]
            assert r.direction_phrase and r.direction_phrase in line
        elif r.suggestion:
            assert cell[m.DIRECTION].startswith("okänd (förslag ")
        else:
            assert cell[m.DIRECTION] == "okänd"
        assert (cell[m.STATUS], cell[m.LATEST], cell[m.TREND], cell[m.FORECAST]) == ("Saknar värde", "–", "–", "")
        assert cell[m.PERIOD] == "" and model.index(i, m.SPARK).data(Qt.ItemDataRole.AccessibleTextRole) == \
            "inga värden"

        assert section.overview.select(r.name)
        detail = section.detail
        said = detail.direction_text.text()
        if r.direction_source is DirectionSource.DOCUMENT:
            assert f"planen: ”{r.direction_phrase}”" in said
            assert detail.direction_box.currentText() == "som planen"  # not "okänd" beside the plan's words
        else:
            assert said.startswith("Riktning: okänd – planen anger inte")
            assert ("Förslag, ej planens:" in said) == (r.suggestion is not None)
        facts = detail.facts.text()
        assert "Inget utfall inläst" in facts and "antaget" not in facts
        if r.target is not None and r.comparison is None:
            assert "om målet nås kan inte avgöras utan riktning" in facts
        assert detail.status_text.text() == "Saknar värde"


def test_every_assignment_row_has_no_status_the_plan_does_not_give(section: KpiSection) -> None:
    model = section.assignments.model
    assert model.rowCount() == 37
    for i in range(model.rowCount()):
        assert model.index(i, model.STATUS).data() == "ingen status angiven"
        assert model.index(i, model.DATE).data() == "" and model.index(i, model.COMMENT).data() == ""
        assert model.index(i, model.SOURCE).data() == "Ingen rapport än"
        font = model.index(i, model.STATUS).data(Qt.ItemDataRole.FontRole)
        assert not font.bold()
    assert "ej påbörjad" not in section.assignments.counts.text().casefold()
