"""Whether a KPI meets its target, read the way the plan means it.

The plan states targets both ways: `minska −48 %` jämfört med 2019 is met when
the outcome is at or below −48, `Frisktal 70 %` when at or above 70. Many KPIs
state no direction; those are read by a few wording rules and marked as
assumed, so the view can say so instead of pretending to know.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from .records import Direction

DEFAULT_TOLERANCE = Decimal("0.05")
"""'Nära' means within 5 % of the target's size: shown in the view, changeable there."""


class Status(StrEnum):
    MET = "met"
    NEAR = "near"
    NOT_MET = "not_met"
    MISSING = "missing"


STATUS_LABELS = {
    Status.MET: "Uppnått",
    Status.NEAR: "Nära",
    Status.NOT_MET: "Ej uppnått",
    Status.MISSING: "Saknar värde",
}


class Trend(StrEnum):
    BETTER = "better"
    WORSE = "worse"
    UNCHANGED = "unchanged"
    UNKNOWN = "unknown"


TREND_LABELS = {
    Trend.BETTER: "Förbättras",
    Trend.WORSE: "Försämras",
    Trend.UNCHANGED: "Oförändrad",
    Trend.UNKNOWN: "–",
}

# Words in a KPI's name that say lower is better, when the plan states no direction.
_LOWER_IS_BETTER = (
    "minska",
    "sänk",
    "lägre",
    "sjuktal",
    "personalomsättning",
    "kostnadsutveckling",
    "avfallsmängd",
    "koldioxid",
    "utsläpp",
    "energianvändning",
    "antal ärenden",
    "påfrestning",
    "inhyrd",
)


@dataclass(frozen=True)
class ResolvedDirection:
    direction: Direction
    assumed: bool  # not stated in the plan: read from the wording or defaulted


def resolve_direction(stated: str | None, name: str = "") -> ResolvedDirection:
    if stated:
        return ResolvedDirection(Direction(stated), False)
    folded = name.casefold()
    if any(word in folded for word in _LOWER_IS_BETTER):
        return ResolvedDirection(Direction.DECREASE, True)
    return ResolvedDirection(Direction.INCREASE, True)


def near_band(target: Decimal, tolerance: Decimal = DEFAULT_TOLERANCE) -> Decimal:
    """How far from the target still counts as 'Nära'."""
    return abs(target) * tolerance


def evaluate(
    target: Decimal | None,
    outcome: Decimal | None,
    direction: Direction | str,
    tolerance: Decimal = DEFAULT_TOLERANCE,
) -> Status:
    """Status of one outcome: met on the target itself, near within the band on the wrong side."""
    if target is None or outcome is None:
        return Status.MISSING
    gap = outcome - target if Direction(direction) is Direction.INCREASE else target - outcome
    if gap >= 0:
        return Status.MET
    if -gap <= near_band(target, tolerance):
        return Status.NEAR
    return Status.NOT_MET


def trend(values: Sequence[Decimal | None], direction: Direction | str, *, steady: Decimal = Decimal("0.01")) -> Trend:
    """Compare the last known value with the one before it, direction-aware.

    A change smaller than `steady` (relative, 1 %) reads as unchanged: a
    rounding wobble should not look like a development.
    """
    known = [v for v in values if v is not None]
    if len(known) < 2:
        return Trend.UNKNOWN
    previous, last = known[-2], known[-1]
    change = last - previous
    if abs(change) <= abs(previous) * steady:
        return Trend.UNCHANGED
    up_is_good = Direction(direction) is Direction.INCREASE
    return Trend.BETTER if (change > 0) == up_is_good else Trend.WORSE
