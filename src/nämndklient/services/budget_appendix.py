"""The Budget view's tables as the pack's appendix prints them.

The same figures as the view: stated totals as stated and bold, computed sums
in italics and labelled, a figure whose check does not agree marked ⚠, and the
checks' own messages (the table's units and signs, the other table named)
under the table.
"""

from __future__ import annotations

from ..domain.agreement import Outcome, amount
from ..domain.numbers import format_number
from ..packs.spec import AppendixTable
from .budget_views import Cell, RowView, TableView

WARNING = "\u26a0"
COMPUTED_NOTE = ("Rader i kursiv stil märkta ”beräknad” är summor som Nämndklient har räknat fram av raderna "
                 "ovanför; de står inte i dokumentet.")


def _figure(c: Cell, unit: str) -> str:
    if c.value is None:
        return c.text or ""
    text = amount(c.value, unit) if unit else format_number(c.value)
    return f"{WARNING} {text}" if c.disagrees else text


def _style(r: RowView) -> str:
    if r.is_total or (any(c.is_total for c in r.cells) and all(c.is_total or c.value is None for c in r.cells)):
        return "total"
    if any(c.computed for c in r.cells):
        return "computed"
    return ""


def _notes(view: TableView) -> tuple[str, ...]:
    severity = {Outcome.DISAGREES.value: 0, Outcome.SMALL_DEVIATION.value: 1}
    notes = [view.note] if view.note else []
    findings = sorted((c for c in view.checks if not c.agrees), key=lambda c: severity.get(c.outcome, 2))
    notes += [f"{WARNING} {c.message}" for c in findings]
    agreeing = sum(c.agrees for c in view.checks)
    if agreeing == 1:
        notes.append("Den återstående kontrollen stämmer." if findings else "Kontrollen av tabellens summa stämmer.")
    elif agreeing:
        notes.append(f"Övriga {agreeing} kontroller stämmer." if findings
                     else f"Alla {agreeing} kontroller av tabellens summor stämmer.")
    if any(c.computed for r in view.rows for c in r.cells):
        notes.append(COMPUTED_NOTE)
    return tuple(notes)


def appendix_table(view: TableView) -> AppendixTable:
    """One budget view as a plain appendix table; the unit in the title, or on every figure when rows differ."""
    title = f"{view.title} ({view.unit})" if view.unit else view.title
    rows = tuple((r.label, *(_figure(c, r.unit or "") for c in r.cells)) for r in view.rows)
    return AppendixTable(title, (view.head, *view.columns), rows, row_styles=tuple(_style(r) for r in view.rows),
                         notes=_notes(view))


def appendix_tables(views: list[TableView]) -> list[AppendixTable]:
    return [appendix_table(v) for v in views if v.rows]
