"""A document laid out for reading: headings, paragraphs, lists and tables of cells, as plain data.

Importers build it from a document's export (`importers.plan_layout`); the reader and the
meeting pack typeset it. A figure in a cell is already text in Swedish format exactly as
the document states it (`format_stated`), marked numeric so it is set right-aligned, and
a total the document states is marked so it is set bold.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

__all__ = [
    "SOFT_HYPHEN",
    "BulletList",
    "Cell",
    "Heading",
    "LayoutBlock",
    "Paragraph",
    "RowKind",
    "Table",
    "TableRow",
    "format_stated",
]

SOFT_HYPHEN = "\u00ad"

RowKind = Literal["header", "body", "group", "subheader"]


@dataclass(frozen=True)
class Heading:
    level: int  # 1 for "#", the document's own levels
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Cell:
    text: str  # a figure already in Swedish format ("−1 726,7", "14,5 %"); lines of a list split by "\n"
    numeric: bool = False
    bold: bool = False
    span: int = 1
    # The label with U+00AD (soft hyphen) where the export had broken it: a narrow column may break
    # "Personalkostnader" there, with a hyphen only at the line's end; "" when it had no breaks.
    breaks: str = ""


@dataclass(frozen=True)
class TableRow:
    kind: RowKind
    cells: tuple[Cell, ...]
    total: bool = False  # a row the document states as a total ("Summa", "Totalt")


@dataclass(frozen=True)
class Table:
    header: tuple[TableRow, ...]  # empty when the document gives none (the meeting calendar)
    rows: tuple[TableRow, ...]
    columns: int
    numeric_columns: tuple[bool, ...]


LayoutBlock = Heading | Paragraph | BulletList | Table

_MINUS = "\u2212"
_NBSP = "\u00a0"


def format_stated(value: Decimal, unit: str | None = None) -> str:
    """A stated figure in Swedish format with exactly its stated decimals: `−1 726,7`, `5 302,0`, `14,5 %`."""
    sign = _MINUS if value < 0 else ""
    whole, _, frac = f"{abs(value):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", _NBSP)
    text = sign + grouped + ("," + frac if frac else "")
    return f"{text}{_NBSP}{unit}" if unit else text


