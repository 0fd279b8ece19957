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

from decimal import Context, Decimal, InvalidOperation
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

MAX_SCALE = 16  # decimals kept (a ratio Kolada computed has up to 16)
MAX_WHOLE = 24  # digits before the decimal point
MAX_DIGITS = 28  # significant digits in all: Decimal's default precision, so no later sum or format rounds
COLUMN_LENGTH = 40  # sign, digits, point and the zeros of a small fraction, with room


class AmountOutOfRange(ValueError):
    """A figure with more digits than an amount column keeps."""


def canonical(value: Decimal | int | str) -> str:
    """`Decimal('1.7E+3')` → `'1700'`, `Decimal('-1726.70')` → `'-1726.70'`: positional text, exactly."""
    try:
        d = value if isinstance(value, Decimal) else Decimal(value)
    except InvalidOperation as exc:
        raise AmountOutOfRange(f"{value!r} är inget tal") from exc
    if not d.is_finite():
        raise AmountOutOfRange(f"{value!r} är inget ändligt tal")
    if d.is_zero():
        return "0"
    exponent = d.as_tuple().exponent
    assert isinstance(exponent, int)
    if -exponent > MAX_SCALE:  # trailing zeros beyond the scale say nothing: drop them, nothing else
        d = d.normalize()
        exponent = d.as_tuple().exponent
        assert isinstance(exponent, int)
        if -exponent > MAX_SCALE:
            raise AmountOutOfRange(f"{value} har fler än {MAX_SCALE} decimaler")
    whole = d.adjusted() + 1  # digits before the point
    if whole > MAX_WHOLE:
        raise AmountOutOfRange(f"{value} har fler än {MAX_WHOLE} siffror före decimaltecknet")
    if len(d.normalize(Context(prec=MAX_DIGITS * 2)).as_tuple().digits) > MAX_DIGITS:
        raise AmountOutOfRange(f"{value} har fler än {MAX_DIGITS} siffror")
    return f"{d:f}"


def is_storable(value: Decimal) -> bool:
    try:
        canonical(value)
    except AmountOutOfRange:
        return False
    return True


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
