"""The dates a meeting or a document may carry: 9999-12-31 is no meeting, and broke every calendar view."""

from __future__ import annotations

import datetime as dt

MONTH_NAMES = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)  # fmt: skip
"""The Swedish month names, January first: one list for every parser and every printed date."""
MONTH_NUMBERS = {name: n for n, name in enumerate(MONTH_NAMES, 1)}

EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2199, 12, 31)


def in_range(value: dt.date | None) -> bool:
    return value is None or EARLIEST <= value <= LATEST
