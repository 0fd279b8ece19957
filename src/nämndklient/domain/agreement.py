"""When a stated figure agrees with what it is checked against: the one rule, used by every number check.

A document's figures are rounded. A stated total and the sum of its stated rows
may therefore differ a little without anything being wrong, but not by any
amount rounding could in theory produce: thirteen rows all rounded the same way
is possible and never happens. The rule, written out in the README ("What the
import reads, and the checks") and in every check's message:

* Each figure's *unit* is one in its last stated digit: ``17,1`` → 0,1;
  ``59 025`` → 1. A bare ``0`` among figures with decimals is read at the
  finest of their units (``0`` and ``0,0`` look the same in a table).
* A **sum** of n rows: the stated total is off by at most half its own unit;
  each row's rounding error is uniform on ± half its unit, so the rows
  together have a standard deviation of √(Σ unit²/12). The difference is
  **stämmer** within half the total's unit plus two standard deviations (the
  band rounding explains about 19 times in 20), **liten avvikelse, troligen
  avrundning** up to three standard deviations, and **stämmer inte** beyond
  that. Neither band goes past the worst case (every row erring the same way),
  and a total of a single row is treated as the same figure stated twice.
* The **same figure** stated twice (in two tables, or in a table and the
  text) is rounded from one value, so it agrees when the finer figure rounds
  to the coarser one; one step in the coarser figure's last digit is
  **liten avvikelse, troligen avrundning** (one of them is a sum of rounded
  parts, or was rounded twice); more is **stämmer inte**.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from .numbers import decimals_of, format_number


class Outcome(StrEnum):
    """The three outcomes of a check; the value is the JSON code, `label` what a member reads."""

    AGREES = "agrees"
    SMALL_DEVIATION = "small_deviation"
    DISAGREES = "disagrees"

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self]


OUTCOME_LABELS = {
    Outcome.AGREES: "stämmer",
    Outcome.SMALL_DEVIATION: "liten avvikelse, troligen avrundning",
    Outcome.DISAGREES: "stämmer inte",
}


@dataclass(frozen=True)
class Judgement:
    """The outcome, and the figures it rests on (all in the stated figure's unit)."""

    outcome: Outcome
    difference: Decimal  # |stated − compared|
    plausible: Decimal  # up to this, rounding explains the difference: "stämmer"
    limit: Decimal  # up to this, "liten avvikelse"; beyond it, "stämmer inte"
    worst: Decimal  # every rounding erring the same way
    parts: int  # how many rows were summed
    unit: Decimal  # the coarsest unit involved, to print the bands with
    same: bool = False  # the same figure stated twice, not a sum


def unit_of(value: Decimal) -> Decimal:
    """One in the last stated digit: 17,1 → 0,1; 59 025 → 1."""
    return Decimal(1).scaleb(-decimals_of(value))


def _units(values: Sequence[Decimal]) -> list[Decimal]:
    units = [unit_of(v) for v in values]
    finest = min((u for v, u in zip(values, units, strict=True) if v != 0 or decimals_of(v)), default=None)
    if finest is None:
        return units
    return [finest if v == 0 and not decimals_of(v) else u for v, u in zip(values, units, strict=True)]


def _classify(difference: Decimal, plausible: Decimal, limit: Decimal) -> Outcome:
    if difference <= plausible:
        return Outcome.AGREES
    if difference <= limit:
        return Outcome.SMALL_DEVIATION
    return Outcome.DISAGREES


def judge_sum(stated: Decimal, parts: Sequence[Decimal]) -> Judgement:
    """A stated total against the sum of its stated rows."""
    if len(parts) == 1:
        return judge_same(stated, parts[0])
    total_unit, *part_units = _units([stated, *parts])
    half_total = total_unit / 2
    sd = (sum((u * u for u in part_units), Decimal(0)) / 12).sqrt()
    worst = half_total + sum((u / 2 for u in part_units), Decimal(0))
    plausible = min(half_total + 2 * sd, worst)
    limit = min(half_total + 3 * sd, worst)
    difference = abs(stated - sum(parts, Decimal(0)))
    return Judgement(_classify(difference, plausible, limit), difference, plausible, limit, worst, len(parts),
                     max([total_unit, *part_units]))


def judge_same(stated: Decimal, other: Decimal) -> Judgement:
    """The same figure stated twice, perhaps at different precision (1 754,2 Mkr and 1 754 242 tkr as Mkr)."""
    units = _units([stated, other])
    coarse, fine = max(units), min(units)
    slack = fine / 2 if fine < coarse else Decimal(0)
    plausible = coarse / 2 + slack
    limit = coarse + slack
    difference = abs(stated - other)
    return Judgement(_classify(difference, plausible, limit), difference, plausible, limit, limit, 1, coarse,
                     same=True)


def outcome_of(stated: Decimal, compared: Decimal, agrees: bool, limit: Decimal) -> Outcome:
    """The outcome again from what a check stores: whether it agreed, and its limit for "liten avvikelse"."""
    if agrees:
        return Outcome.AGREES
    return Outcome.SMALL_DEVIATION if abs(stated - compared) <= limit else Outcome.DISAGREES


def amount(value: Decimal, unit: str) -> str:
    """A figure for a member's eyes as stated: sv-SE digits, U+2212 minus, the decimals it was written with
    ("5 302,0"), a no-break space before the unit."""
    text = format_number(value)
    places, shown = decimals_of(value), len(text.partition(",")[2])
    if places > shown:
        text += ("" if shown else ",") + "0" * (places - shown)
    return f"{text}\u00a0{unit}" if unit else text


def _band(value: Decimal, j: Judgement, unit: str) -> str:
    """A band to one more decimal than the coarsest unit: 0,26 Mkr, 1,7 tkr."""
    return amount(value.quantize(j.unit / 10), unit)


def explain(j: Judgement, unit: str) -> str:
    """The outcome with the reason, for the end of a check's message: "stämmer inte: skillnaden 0,6 Mkr …"."""
    diff = amount(j.difference, unit)
    if not j.same:
        basis = (f"en halv enhet i summans sista siffra plus två standardavvikelser för {j.parts} avrundade rader "
                 f"ger {_band(j.plausible, j, unit)}")
        if j.outcome is Outcome.AGREES:
            if j.difference == 0:
                return "stämmer."
            return f"stämmer: skillnaden {diff} förklaras av avrundning ({basis})."
        if j.outcome is Outcome.SMALL_DEVIATION:
            return (f"liten avvikelse, troligen avrundning: skillnaden {diff} är mer än avrundning brukar ge "
                    f"({basis}), men högst tre standardavvikelser ({_band(j.limit, j, unit)}).")
        return (f"stämmer inte: skillnaden {diff} är större än avrundning rimligen förklarar ({basis}; "
                f"tre standardavvikelser {_band(j.limit, j, unit)}, alla rader avrundade åt samma håll "
                f"{_band(j.worst, j, unit)}).")
    step = amount(j.unit, unit)
    if j.outcome is Outcome.AGREES:
        return "stämmer." if j.difference == 0 else f"stämmer: skillnaden {diff} ryms i avrundningen till {step}."
    if j.outcome is Outcome.SMALL_DEVIATION:
        return (f"liten avvikelse, troligen avrundning: samma belopp skiljer {diff}, ett steg i sista siffran "
                f"({step}), som när det ena är en summa av avrundade delar.")
    return f"stämmer inte: samma belopp skiljer {diff}, mer än ett steg i sista siffran ({step})."
