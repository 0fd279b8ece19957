"""Spreadsheet cells as people and spreadsheet programs see them: formulas, quote prefixes, percent formats.

A text that starts with `= + - @` (or a tab or carriage return) is a formula to
Excel and LibreOffice when it arrives through CSV or the clipboard, and in XLSX
when it is written as one: an exported KPI name `=HYPERLINK(…)` would become a
live link. Text like that is written as text: in CSV with a leading single
quote (OWASP's advice; the spreadsheet hides it and keeps the cell text), in
XLSX as a string cell. Reading back strips that quote again.

A percentage typed as "85 %" is stored as 0.85 with a percent number format;
`percent_format` tells such a format from one that only shows a literal "%".
"""

from __future__ import annotations

import re
from decimal import Decimal

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_text(text: str) -> str:
    """Text for a CSV or clipboard cell: a formula-like text gets the quote prefix that keeps it text."""
    return QUOTE + text if formula_like(text) else text


def unquote(text: str) -> str:
    """The text a `csv_text` cell stood for: the quote prefix comes off only before a formula start."""
    if text.startswith(QUOTE) and formula_like(text[1:]):
        return text[1:]
    return text


_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')  # quoted text, escaped characters, [colour]/[locale] codes


def percent_format(number_format: str | None) -> bool:
    """True when the format multiplies by 100 and shows %: `0%`, `0.0 %`, `#,##0.00%`; not `0" %"` or `0\\%`."""
    if not number_format:
        return False
    return "%" in _LITERALS.sub("", number_format)


def from_fraction(fraction: Decimal) -> Decimal:
    """0.85 (stored) → 85 (shown as 85 %): exact, without a trailing exponent."""
    value = (fraction * 100).normalize()
    exponent = value.as_tuple().exponent
    return value.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else value
