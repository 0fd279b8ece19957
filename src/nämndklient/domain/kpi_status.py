"""Whether a KPI meets its target, read the way the plan means it, and only as far as it says.

The plan states targets both ways: `minska −48 %` jämfört med 2019 is met when
the outcome is at or below −48, `(öka) 36 %` when at or above 36. Most KPIs state
no direction at all. Their direction is unknown until the secretariat or the
member sets it, and the status says so: an outcome can be shown, and whether it
rises or falls, but not whether that is better or worse, nor whether a bare
target such as "70 %" is reached. The application may suggest a direction from
the wording; a suggestion is kept apart and never used for a status.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from .records import Comparison, Direction, DirectionSource

DEFAULT_TOLERANCE = Decimal("0.05")
"""'Nära' means within 5 % of the target's size: shown in the view, changeable there."""


class Status(StrEnum):
    MET = "met"
    NEAR = "near"
    NOT_MET = "not_met"
    DIRECTION_UNKNOWN = "direction_unknown"  # an outcome and a target, but nothing says which side is good
    NO_TARGET = "no_target"  # an outcome, but the plan sets no target value
    MISSING = "missing"  # no outcome


STATUS_LABELS = {
    Status.MET: "Uppnått",
    Status.NEAR: "Nära",
    Status.NOT_MET: "Ej uppnått",
    Status.DIRECTION_UNKNOWN: "Riktning okänd",
    Status.NO_TARGET: "Mål saknas",
    Status.MISSING: "Saknar värde",
}


class Trend(StrEnum):
    BETTER = "better"
    WORSE = "worse"
    UNCHANGED = "unchanged"
    RISING = "rising"  # direction unknown: it went up, which is neither better nor worse as far as anyone said
    FALLING = "falling"
    UNKNOWN = "unknown"


TREND_LABELS = {
    Trend.BETTER: "Förbättras",
    Trend.WORSE: "Försämras",
    Trend.UNCHANGED: "Oförändrad",
    Trend.RISING: "Ökar",
    Trend.FALLING: "Minskar",
    Trend.UNKNOWN: "–",
}

DIRECTION_LABELS = {
    Direction.INCREASE: "högre är bättre",
    Direction.DECREASE: "lägre är bättre",
}

SUGGESTION_MARK = "förslag, ej planens"
"""How a suggested direction is always labelled, wherever it is shown."""

# Words in a KPI's name from which the application suggests a direction. Suggestions only: the plan
# does not say it, so they never decide a status; the secretariat or the member can adopt one.
_SUGGEST_DECREASE = (
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
    "antibiotikarecept",
)
_SUGGEST_INCREASE = (
    "frisktal",
    "nöjdhet",
    "välbefinnande",
    "gott hälsotillstånd",
    "mår bra",
    "lösta vid första",
)


@dataclass(frozen=True)
class Suggestion:
    direction: Direction
    word: str  # the word of the name it was read from


def suggest_direction(name: str) -> Suggestion | None:
    """A guess from the wording, or None; None also when the words point both ways."""
    folded = name.casefold()
    down = next((w for w in _SUGGEST_DECREASE if w in folded), None)
    up = next((w for w in _SUGGEST_INCREASE if w in folded), None)
    if (down is None) == (up is None):
        return None
    return Suggestion(Direction.DECREASE, down) if down else Suggestion(Direction.INCREASE, up or "")


@dataclass(frozen=True)
class PersonDirection:
    """A direction the secretariat or the member set, and who and when."""

    direction: Direction
    set_by: str
    set_at: dt.datetime


@dataclass(frozen=True)
class ResolvedDirection:
    """A KPI's direction with where it comes from.

    `direction` is the effective one (the person's, else the document's) or None; the
    document's own words and the suggestion stay visible beside it.
    """

    direction: Direction | None
    source: DirectionSource
    document: Direction | None = None
    phrase: str | None = None  # the document's words for `document`
    person: PersonDirection | None = None
    suggestion: Suggestion | None = None


def resolve_direction(
    document: Direction | str | None,
    name: str = "",
    *,
    phrase: str | None = None,
    person: PersonDirection | None = None,
) -> ResolvedDirection:
    stated = Direction(document) if document else None
    suggestion = suggest_direction(name) if stated is None else None
    if person is not None:
        return ResolvedDirection(person.direction, DirectionSource.PERSON, stated, phrase, person, suggestion)
    if stated is not None:
        return ResolvedDirection(stated, DirectionSource.DOCUMENT, stated, phrase)
    if suggestion is not None:
        return ResolvedDirection(None, DirectionSource.SUGGESTION, suggestion=suggestion)
    return ResolvedDirection(None, DirectionSource.UNKNOWN)


def comparison_for(direction: Direction | str | None, stated: Comparison | str | None = None) -> Comparison | None:
    """The target's comparison as stated in its cell, else as the direction implies, else unknown."""
    if stated:
        return Comparison(stated)
    if not direction:
        return None
    return Comparison.AT_LEAST if Direction(direction) is Direction.INCREASE else Comparison.AT_MOST


def near_band(target: Decimal, tolerance: Decimal = DEFAULT_TOLERANCE) -> Decimal:
    """How far from the target still counts as 'Nära'."""
    return abs(target) * tolerance


def evaluate(
    target: Decimal | None,
    outcome: Decimal | None,
    comparison: Comparison | Direction | str | None,
    tolerance: Decimal = DEFAULT_TOLERANCE,
) -> Status:
    """Status of one outcome: met on the target itself, near within the band on the wrong side.

    `comparison` may be given as a direction (increase: at least the target). Without one the
    status is `direction_unknown`: nothing says on which side of "70 %" the good side is.
    """
    if outcome is None:
        return Status.MISSING
    if target is None:
        return Status.NO_TARGET
    if not comparison:
        return Status.DIRECTION_UNKNOWN
    at_least = str(comparison) in (Comparison.AT_LEAST.value, Direction.INCREASE.value)
    gap = outcome - target if at_least else target - outcome
    if gap >= 0:
        return Status.MET
    if -gap <= near_band(target, tolerance):
        return Status.NEAR
    return Status.NOT_MET


def trend(values: Sequence[Decimal | None], direction: Direction | str | None, *,
          steady: Decimal = Decimal("0.01")) -> Trend:
    """Compare the last known value with the one before it, direction-aware when the direction is known.

    A change smaller than `steady` (relative, 1 %) reads as unchanged: a
    rounding wobble should not look like a development. Without a direction a
    change is only rising or falling.
    """
    known = [v for v in values if v is not None]
    if len(known) < 2:
        return Trend.UNKNOWN
    previous, last = known[-2], known[-1]
    change = last - previous
    if abs(change) <= abs(previous) * steady:
        return Trend.UNCHANGED
    if not direction:
        return Trend.RISING if change > 0 else Trend.FALLING
    up_is_good = Direction(direction) is Direction.INCREASE
    return Trend.BETTER if (change > 0) == up_is_good else Trend.WORSE
