"""Column types that keep figures exactly as the documents state them.

SQLite has no decimal type: a `Numeric` column there is stored as a REAL, so
`99 999 999 999 999 999,9999` comes back as `1e17`. `ExactDecimal` stores the
canonical decimal text instead (`-1726.7`, never an exponent) and hands back a
`Decimal` equal to the one written, on SQLite and PostgreSQL alike. Nothing in
the application sums or sorts amounts in SQL, so text costs nothing there.

Limits: at most `MAX_WHOLE` digits before the point, `MAX_SCALE` after it and
`MAX_DIGITS` in all, the same for every amount (budget lines, measures,
investments, checks, KPI targets, Kolada and template values); a value outside
them is refused (`is_storable` lets an importer name the line first), never
rounded.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from ..domain.amounts import COLUMN_LENGTH, AmountOutOfRange, canonical, is_storable

__all__ = ["AmountOutOfRange", "ExactDecimal", "canonical", "is_storable"]


class ExactDecimal(TypeDecorator[Decimal]):
    """A Decimal stored as its canonical text; reads back equal, digit for digit."""

    impl = String(COLUMN_LENGTH)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, float):  # a float has already lost digits: never accept one silently
            raise AmountOutOfRange(f"{value!r} är ett flyttal; belopp lagras bara som Decimal")
        return canonical(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if isinstance(value, float):  # a REAL left by a database written before 0005_exact_amounts
            return Decimal(repr(value))
        return Decimal(str(value))

    @property
    def python_type(self) -> type[Decimal]:
        return Decimal
