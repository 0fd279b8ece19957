"""Numbers as Swedish documents write them, read exactly.

Word and PDF exports write `59 025`, `1 754 242`, `-1726,7`, `–973`, `−48%` and
`14,5 %`: spaces (also no-break and thin spaces) group thousands, a comma is the
decimal mark and any of three dashes is a minus. Money is never a float.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_MINUSES = "-\u2212\u2013\u2012\u2014"  # hyphen-minus, minus sign, en/figure/em dash
_SPACES = " \u00a0\u202f\u2009\u2007"
_NUMBER = re.compile(
    rf"^\s*(?P<sign>[{_MINUSES}+])?\s*"
    rf"(?P<int>\d{{1,3}}(?:[{_SPACES}]\d{{3}})+|\d+)"
    r"(?:[,.](?P<frac>\d+))?"
    rf"\s*(?P<unit>%|procent|mkr|tkr|kr|Mkr|tkr)?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    value: Decimal
    unit: str | None = None


def parse_quantity(text: str) -> Quantity | None:
    """`'14,5 %'` → Quantity(14.5, '%'); `''` → None; anything else not a number → None."""
    m = _NUMBER.match(strip_markup(text))
    if not m:
        return None
    digits = re.sub(f"[{_SPACES}]", "", m["int"])
    if m["frac"]:
        digits += "." + m["frac"]
    try:
        value = Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        return None
    if m["sign"] and m["sign"] != "+":
        value = -value
    unit = m["unit"]
    if unit:
        unit = {"procent": "%", "mkr": "Mkr", "tkr": "tkr", "kr": "kr"}.get(unit.lower(), unit)
    return Quantity(value, unit)


def parse_number(text: str) -> Decimal | None:
    q = parse_quantity(text)
    return q.value if q else None


_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def strip_markup(text: str) -> str:
    """Remove the HTML fragments (`<b>`, `<sup>`) and Markdown emphasis exports leave behind."""
    text = _TAG.sub("", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    return text.strip()


def decimals_of(value: Decimal) -> int:
    exp = value.as_tuple().exponent
    return -exp if isinstance(exp, int) and exp < 0 else 0


def json_number(value: Decimal | None) -> int | float | None:
    """A Decimal as a JSON number: whole numbers as integers, missing as null."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def format_number(value: Decimal | int | float | None) -> str:
    """Swedish format without Qt, for text outside the GUI: `1 754 242`, `−1 726,7`, `–` for missing."""
    if value is None:
        return "–"
    # A Decimal with the decimals the document stated ("2,0" stays "2,0"; figures are stored exactly);
    # a float has no stated decimals, so it is shown without trailing zeros.
    d = value if isinstance(value, Decimal) else Decimal(str(value)).normalize()
    sign = "\u2212" if d < 0 else ""
    whole, _, frac = f"{abs(d):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", "\u00a0")
    return sign + grouped + ("," + frac if frac else "")
