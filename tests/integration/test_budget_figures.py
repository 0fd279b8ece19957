"""Every figure the budget outputs show is the documents' own, or labelled as computed.

Walks the demo database's `list budget|checks|measures|investments --format json`,
every cell, header and tooltip of the Budget view's table models, and the
pdftotext of the pack's appendix pages. Each figure must be in the region's
documents (resources/seeds/*.txt, compared as normalised decimals), or be
marked as the application's own: a JSON field named `computed`, a cell the
model marks computed (its row says "beräknad", its tooltip says who computed
it), or a figure a message or note labels ("… (beräknat)", "skillnaden …",
the rounding bands of the rule).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from nämndklient.cli.main import main
from tests.conftest import SEEDS
from tests.helpers.figures import figures, source_figures

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils behövs (make test)")

N = r"[-\u2212\u2013]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|[-\u2212\u2013]?\d+(?:,\d+)?"
UNIT = r"(?:\s*(?:Mkr|tkr|%))?"
# Where a message or note says that a figure is the application's own: the computed sum, the difference, the
# rule's rounding bands and counts. The figure is replaced by ‹c›; whatever figures remain must be the documents'.
LABELLED = [
    rf"(?P<n>{N}){UNIT}\s+\(beräknat\)",
    rf"skillnaden\s+(?P<n>{N})",
    rf"\bger\s+(?P<n>{N})",
    rf"standardavvikelser\s+\(?(?P<n>{N})",
    rf"samma\s+håll\s+(?P<n>{N})",
    rf"skiljer\s+(?P<n>{N})",
    rf"avrundningen\s+till\s+(?P<n>{N})",
    rf"sista\s+siffran\s+\((?P<n>{N})",
    rf"för\s+(?P<n>{N})\s+avrundade\s+rader",
    rf"(?P<n>{N})\s+av\s+(?P<m>{N})\s+kontroller",
    rf"(?P<n>{N})\s+kontroller\b",
]


@pytest.fixture(scope="module")
def source() -> set[Decimal]:
    found = source_figures(sorted(SEEDS.glob("*.txt")))
    assert Decimal("17.1") in found and Decimal("-1726.7") in found and Decimal(1754242) in found
    return found


def unlabelled(text: str) -> str:
    """The text with every figure it labels as computed taken out."""
    for pattern in LABELLED:
        text = re.sub(pattern, lambda m: m.group(0).replace(m["n"], "‹c›", 1).replace(m.groupdict().get("m") or
                                                                                       "\0", "‹c›", 1), text)
    return text


def strays(text: str, source: set[Decimal]) -> list[str]:
    """Figures in `text`, not labelled as computed, that no document states."""
    return [written for written, value in figures(unlabelled(text)) if value not in source]


def cli_json(db: Path, what: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    capsys.readouterr()
    assert main(["--db", str(db), "list", what, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_walk_sees_a_figure_that_is_not_the_documents(source: set[Decimal]) -> None:
    assert strays("Totalt 2024: 17,7 Mkr", source) == [] and strays("Totalt 2024: 17,8 Mkr", source) == ["17,8"]
    assert strays("angivet 17,1 Mkr, summan av delarna är 17,8 Mkr (beräknat)", source) == []
    assert strays("−1\u00a0754,3 Mkr i tabellen Nettobudgetram", source) == ["−1\u00a0754,3"]


def test_cli_budget_figures_are_the_documents(demo_db_path: Path, source: set[Decimal],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    budget = cli_json(demo_db_path, "budget", capsys)
    assert len(budget) == 69 and [b for b in budget if Decimal(str(b["amount"])) not in source] == []
    # the action plan's stated totals are listed as the plan states them
    totals = {b["year"]: b["amount"] for b in budget if b["table"] == "Åtgärdsplan för ekonomi i balans"}
    assert totals == {2024: 17.1, 2025: 17.6, 2026: 17.7}
    measures = cli_json(demo_db_path, "measures", capsys)
    effects = [Decimal(str(v)) for m in measures for v in m["effects"].values()]
    assert len(effects) == 39 and all(v in source for v in effects)
    investments = cli_json(demo_db_path, "investments", capsys)
    assert len(investments) == 15 and all(Decimal(str(i["amount"])) in source for i in investments)


def test_cli_checks_state_the_documents_figures_and_label_the_rest(demo_db_path: Path, source: set[Decimal],
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    checks = cli_json(demo_db_path, "checks", capsys)
    assert checks
    for c in checks:
        assert Decimal(str(c["stated"])) in source, c  # `stated` is the document's; `computed` says what it is
        assert strays(c["message"], source) == [], c["message"]
        assert c["unit"] in ("Mkr", "tkr") and f"\u00a0{c['unit']}" in c["message"]
        assert "-" not in re.sub(r"\w-\w|RS/", "", c["message"])  # minus signs are U+2212
        assert c["agrees"] == (c["outcome"] == "agrees")
    plan = [c for c in checks if c["table"] == "Åtgärdsplan för ekonomi i balans"]
    assert [(c["stated"], c["computed"], c["outcome"]) for c in plan] == [
        (17.1, 17.7, "disagrees"), (17.6, 18.3, "disagrees"), (17.7, 18.4, "disagrees")]


def test_every_figure_in_the_budget_views_models(demo_db: Any, source: set[Decimal], qapp: Any) -> None:
    from PySide6.QtCore import Qt

    from nämndklient.gui.budget.models import BudgetTableModel
    from nämndklient.services import budget_views as bv

    with demo_db.session() as s:
        views = bv.budget_tables(s)
    model = BudgetTableModel()
    walked = computed = 0
    for view in views:
        model.set_view(view)
        for col in range(model.columnCount()):
            head = model.headerData(col, Qt.Orientation.Horizontal)
            assert strays(head, source) == [], (view.title, head)
        for row in range(model.rowCount()):
            label = model.index(row, 0).data()
            assert strays(label, source) == [], (view.title, label)
            for col in range(1, model.columnCount()):
                index = model.index(row, col)
                cell = model.cell(row, col)
                shown = index.data() or ""
                tip = index.data(Qt.ItemDataRole.ToolTipRole) or ""
                if cell is not None and cell.computed:
                    assert "beräknad" in label and "Beräknad av Nämndklient" in tip, (view.title, label)
                    assert index.data(Qt.ItemDataRole.FontRole).italic()
                    computed += 1
                else:
                    assert strays(shown, source) == [], (view.title, label, shown)
                walked += len(figures(shown))
                assert strays(tip.replace("Beräknad av Nämndklient", ""), source) == [], (view.title, label, tip)
    assert walked > 120 and computed == 3  # the action plan's sum of rows, beside its stated "Totalt"


@needs_poppler
def test_every_figure_in_the_packs_appendix(demo_db_path: Path, source: set[Decimal], tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    assert main(["--db", str(demo_db_path), "pack", "RS:2024-01-26", "-o", str(out), "--appendix"]) == 0
    from pypdf import PdfReader

    pages = len(PdfReader(out).pages)
    appendix = []
    for page in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(out), "-"],
                              capture_output=True, text=True, check=True).stdout
        if "BILAGA TILL UTSKICKET" in text:
            appendix.append(text)
    assert len(appendix) >= 8
    walked = 0
    for text in appendix:
        # the page's furniture: running header (body and date) and "Sida X av Y"
        text = re.sub(r"\d{1,2} (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
                      r"december) \d{4}|Sida \d+ av \d+", "", text)
        lines = []
        for line in text.splitlines():
            if "(beräknad)" in line:  # a row of sums the application made, labelled
                assert re.search(r"\d", line)
                continue
            lines.append(line)
        rest = "\n".join(lines)
        walked += len(figures(rest))
        assert strays(rest, source) == [], text
    assert walked > 200
    whole = "\n".join(appendix)
    assert re.search(r"Totalt\s+⚠ 17,1\s+⚠ 17,6\s+⚠ 17,7", whole)  # the plan's total as stated, marked
    assert re.search(r"Summa av raderna \(beräknad\)\s+17,7\s+18,3\s+18,4", whole)
