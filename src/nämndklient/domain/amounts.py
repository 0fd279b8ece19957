"""What an amount may be: the limits every stored figure is held to, and its canonical text.

Pure rules, shared by the importers (which name the line of a figure outside
them) and the `ExactDecimal` column type (which refuses it, never rounds it).
"""

from __future__ import annotations

from decimal import Context, Decimal, InvalidOperation

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
