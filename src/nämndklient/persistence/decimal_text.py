"""Decimals stored as their exact text, for values that arrive with more digits than `Amount` keeps.

SQLite has no decimal type: a NUMERIC column turns `'31.32959689'` into a float
and `Numeric(18, 4)` then rounds it to 31.3296. Kolada publishes values with up
to eight decimals, so a KPI value is kept as the canonical text of the
`Decimal` it was read as (in a TEXT column, which SQLite never converts) and
read back into the same `Decimal`. The member sees the figure as published.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

MAX_CHARS = 64


class DecimalText(TypeDecorator[Decimal]):
    """An exact `Decimal` in a text column, never rounded on the way in or out."""

    impl = String(MAX_CHARS)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, bool):
            raise TypeError("ett tal väntades, fick ett sanningsvärde")
        # A float (a benchmark's or a test's) by its shortest repr: 0.1 is "0.1", not 0.1000000000000000055…
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if not number.is_finite():
            raise ValueError(f"ett ändligt tal väntades, fick {number}")
        text = format(number, "f")
        if len(text) > MAX_CHARS:
            raise ValueError(f"talet har fler än {MAX_CHARS} tecken")
        return text

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        try:
            return Decimal(str(value))
        except InvalidOperation:  # pragma: no cover - only this type writes the column
            return None
