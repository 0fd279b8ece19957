"""Follow-up periods as the region writes them: `2024`, `2024-T1`, `2024-03`.

Outcomes arrive per year, per tertial or per month; ordering and charting them
together needs one comparable position on a time axis, and an import needs to
refuse `2024-T4` or `2024-13` with a message the member understands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class PeriodKind(StrEnum):
    YEAR = "year"
    TERTIAL = "tertial"
    MONTH = "month"


_PATTERN = re.compile(r"^\s*(?P<year>\d{4})(?:\s*-\s*(?:(?P<t>[Tt])(?P<tn>\d)|(?P<m>\d{1,2})))?\s*$")


class PeriodError(ValueError):
    """Text that is not a period; the message says what would be."""


@dataclass(frozen=True, order=True)
class Period:
    year: int
    kind: PeriodKind
    number: int = 0  # tertial 1–3 or month 1–12; 0 for a whole year

    @property
    def text(self) -> str:
        if self.kind is PeriodKind.TERTIAL:
            return f"{self.year}-T{self.number}"
        if self.kind is PeriodKind.MONTH:
            return f"{self.year}-{self.number:02d}"
        return str(self.year)

    @property
    def end_month(self) -> int:
        """The last month the period covers: what 'how far into the year' means."""
        if self.kind is PeriodKind.TERTIAL:
            return self.number * 4
        if self.kind is PeriodKind.MONTH:
            return self.number
        return 12

    @property
    def position(self) -> float:
        """Place on a time axis in years; a year value sits at its end, like the last tertial."""
        if self.kind is PeriodKind.YEAR:
            return float(self.year)
        return self.year - 1 + self.end_month / 12

    def __str__(self) -> str:
        return self.text


def parse_period(text: str | int) -> Period:
    m = _PATTERN.match(str(text))
    if not m:
        raise PeriodError(f"{text!r} är inte en period: skriv år (2024), tertial (2024-T1) eller månad (2024-03)")
    year = int(m["year"])
    if m["t"]:
        n = int(m["tn"])
        if not 1 <= n <= 3:
            raise PeriodError(f"{text!r}: ett år har tertial T1–T3")
        return Period(year, PeriodKind.TERTIAL, n)
    if m["m"]:
        n = int(m["m"])
        if not 1 <= n <= 12:
            raise PeriodError(f"{text!r}: månad ska vara 01–12")
        return Period(year, PeriodKind.MONTH, n)
    return Period(year, PeriodKind.YEAR)


def period_sort_key(text: str) -> tuple[float, int, str]:
    """Sort stored period text chronologically; unreadable text last, never an error."""
    try:
        p = parse_period(text)
    except PeriodError:
        return (float("inf"), 0, text)
    order = {PeriodKind.MONTH: 0, PeriodKind.TERTIAL: 1, PeriodKind.YEAR: 2}[p.kind]
    return (p.position, order, text)
