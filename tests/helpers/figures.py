"""Figures in text, as normalised decimals: for tests that walk every figure an output shows.

`1 754 242`, `−1 726,7`, `-4,3`, `–973`, `14,5 %` and `17,1` become Decimals
(`1754242`, `-1726.7`, …) so that an output in sv-SE format (U+2212, no-break
spaces) can be compared with the source documents as the exporter wrote them.
Thousands are grouped by a single space of any kind; two or more spaces (the
columns of `pdftotext -layout`) or a tab separate figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

MINUSES = "-\u2212\u2013\u2012\u2014"
GROUP = " \u00a0\u202f\u2009"
NUMBER = re.compile(
    rf"(?<![\w,.])(?P<sign>[{MINUSES}])?(?P<int>\d{{1,3}}(?:[{GROUP}]\d{{3}})+(?!\d)|\d+)(?:,(?P<frac>\d+))?(?![\w])"
)
CELLS = re.compile(r"\t| {2,}")


def to_decimal(text: str) -> Decimal:
    """One figure as written (`−1 726,7`) → Decimal('-1726.7'), normalised (`5 302,0` == `5302`)."""
    m = NUMBER.fullmatch(text.strip())
    if m is None:
        raise ValueError(f"not a figure: {text!r}")
    return _value(m)


def _value(m: re.Match[str]) -> Decimal:
    digits = re.sub(f"[{GROUP}]", "", m["int"]) + (f".{m['frac']}" if m["frac"] else "")
    value = Decimal(digits)
    return (-value if m["sign"] else value).normalize() + Decimal(0)


def figures(text: str) -> list[tuple[str, Decimal]]:
    """Every figure in `text` with its written form; cells (tabs, runs of spaces) are read one by one."""
    out = []
    for line in text.splitlines():
        for cell in CELLS.split(line):
            out += [(m.group(0), _value(m)) for m in NUMBER.finditer(cell)]
    return out


def source_figures(paths: Iterable[Path]) -> set[Decimal]:
    """Every figure the documents state, grouped as written and also each group of digits on its own."""
    found: set[Decimal] = set()
    for path in paths:
        text = re.sub(r"</?[a-zA-Z][^>]*>", "", path.read_text(encoding="utf-8"))
        for _, value in figures(text):
            found.add(value)
        for m in re.finditer(rf"(?<!\d)[{MINUSES}]?\d+(?:,\d+)?", text):
            found.add(to_decimal(m.group(0)))
    return found
