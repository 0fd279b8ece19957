"""A *Plan och budget* as something to read: headings, paragraphs, lists and real tables.

The importer (`plan_och_budget`, `plan_tables`) reads the plan's figures; this module
reads its *layout* from the same export, for the reader. Word tables arrive as
tab-separated rows with HTML left in them, headers broken by hyphenation
("Perso-nal-kost-nader") and repeated after page breaks, and a table of contents whose
entries are split over two lines. Here each table becomes a header and rows of cells,
each figure parsed and marked as a number so it can be set right-aligned in Swedish
format exactly as stated (the decimals the document writes, no more and no fewer), and
the stated totals are marked so they can be set bold. The table of contents is left
out: its page numbers mean nothing on screen, and its halves are not headings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from nämndklient.domain.layout import (
    SOFT_HYPHEN,
    BulletList,
    Cell,
    Heading,
    LayoutBlock,
    Paragraph,
    RowKind,
    Table,
    TableRow,
    format_stated,
)
from nämndklient.domain.numbers import parse_quantity, strip_markup

from .plan_tables import budget_table_kind, is_total_label, join_broken_words, mark_broken_words

__all__ = [
    "SOFT_HYPHEN",
    "BulletList",
    "Cell",
    "Heading",
    "LayoutBlock",
    "Paragraph",
    "Table",
    "TableRow",
    "format_stated",
    "plan_layout",
]

# ---------------------------------------------------------------- inline text

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_TOC_LINE = re.compile(r"\.{4,}\s*(?:<b>)?\s*\d+\s*(?:</b>)?\s*$")
_TOC_HEADINGS = {"innehållsförteckning", "innehåll"}
_TITLE = re.compile(r"plan och budget\s+\d{4}", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*\u2022\u2013]|\d{1,2}[.)])\s+(.*)$")
_SUP = re.compile(r"<sup>\s*([0-9]+)\s*</sup>", re.IGNORECASE)
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_LIST_ITEM = re.compile(r"</li>\s*<li[^>]*>", re.IGNORECASE)
_EMPHASIS = re.compile(r"(?<![\\*\w])\*(?!\s)([^*]+?)(?<!\s)\*(?![*\w])")
_BOLD_CELL = re.compile(r"^\s*(?:<b>|\*\*).*(?:</b>|\*\*)\s*$", re.IGNORECASE | re.DOTALL)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_SENTENCE_END = re.compile(r"[.!?:;)”\"]$")


def _inline(text: str) -> str:
    """Text without markup: superscript footnote marks kept as ¹, emphasis and escapes undone."""
    text = _SUP.sub(lambda m: m[1].translate(_SUPERSCRIPT), text)
    text = _LIST_ITEM.sub("\n", text)
    text = strip_markup(text)
    text = _EMPHASIS.sub(r"\1", text).replace("\\*", "*")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _label(text: str) -> str:
    """A header or row label: hyphenation of the export undone ("Regiondi- rektör" → "Regiondirektör")."""
    return join_broken_words(_inline(text))


def _breaks(text: str) -> str:
    marked = mark_broken_words(_inline(text), SOFT_HYPHEN)
    return marked if SOFT_HYPHEN in marked else ""


# ---------------------------------------------------------------- tables


@dataclass
class _Raw:
    """A cell as read: its text, whether the document set it bold, its figure if it is one."""

    text: str
    bold: bool
    value: Decimal | None = None
    unit: str | None = None
    more: list[str] = field(default_factory=list)  # text continued on later rows, each with its separator

    @property
    def filled(self) -> bool:
        return bool(self.text or self.more)

    def last(self) -> str:
        return self.more[-1] if self.more else self.text

    def add(self, text: str, sep: str) -> None:
        """Continue the cell; joined once in `settle`, so a cell continued over many rows stays linear."""
        self.more.append(sep + text if self.filled else text)

    def settle(self) -> None:
        if self.more:
            self.text, self.more = self.text + "".join(self.more), []


def _raw_cells(line: str) -> list[_Raw]:
    out = []
    for c in line.split("\t"):
        text = _inline(c)
        q = parse_quantity(text) if text and "\n" not in text else None
        out.append(_Raw(text, bool(_BOLD_CELL.match(c)), q.value if q else None, q.unit if q else None))
    return out


def _is_group_row(cells: Sequence[_Raw]) -> bool:
    """ "26 januari" alone on its row: a heading inside the table, across all columns."""
    return len(cells) > 1 and cells[0].filled and not any(c.filled for c in cells[1:])


def _is_years_row(cells: Sequence[_Raw]) -> bool:
    filled = [c for c in cells if c.filled]
    return bool(filled) and not cells[0].filled and all(_YEAR.match(c.text) for c in filled)


def _has_figures(cells: Sequence[_Raw]) -> bool:
    return any(c.value is not None for c in cells[1:])


@dataclass
class _Builder:
    header: list[list[_Raw]] = field(default_factory=list)
    rows: list[list[_Raw]] = field(default_factory=list)
    kinds: list[RowKind] = field(default_factory=list)
    repeated: bool = False  # the last row was a repeated header
    _header_key: list[str] | None = None

    def header_key(self) -> list[str]:
        if not self.header:
            return []
        if self._header_key is None:
            self._header_key = _key(self.header[0])
        return self._header_key

    def add(self, cells: list[_Raw]) -> None:
        repeated, self.repeated = self.repeated, False
        if not self.header and not self.rows and not _is_group_row(cells):
            self.header.append(cells)
            return
        if len(self.header) == 1 and not self.rows and _is_years_row(cells):
            self.header.append(cells)  # "Ekonomisk effekt (mkr)" over 2024 | 2025 | 2026
            return
        if self.header and _key(cells) == self.header_key():
            self.repeated = True  # the header repeated after a page break
            return
        if repeated and len(self.header) > 1 and _key(cells) == _key(self.header[1]):
            return  # … with its second row
        if self.rows and self._continues_previous(cells):
            self.rows[-1][0].add(cells[0].text, " ")
            return
        if _is_group_row(cells):
            kind: RowKind = "group"
        elif not cells[0].filled and not _has_figures(cells) and not _is_years_row(cells):
            if self.rows and self.kinds[-1] == "body" and not _over_figures(cells, self.rows[-1]):
                _merge(self.rows[-1], cells)  # the row went on over a page break
                return
            kind = "subheader"  # "Total netto-budget" naming the column below it
        else:
            kind = "body"
        self.rows.append(cells)
        self.kinds.append(kind)

    def _continues_previous(self, cells: Sequence[_Raw]) -> bool:
        """A cell cut by a page break: lowercase text in the first column and nothing else on the row."""
        if self.kinds[-1] != "body" or not cells[0].filled or not cells[0].text[0].islower():
            return False
        if any(c.filled for c in cells[1:]):
            return False
        return not _SENTENCE_END.search(self.rows[-1][0].last()) or len(cells) <= 2

    def starts_new_table(self, cells: Sequence[_Raw]) -> bool:
        """Another table's header inside this one (the financing matrix right under the area matrix)."""
        if not self.header or _key(cells) == self.header_key():
            return False
        first = _label(cells[0].text).casefold()
        if first and first == self.header_key()[0] and not _has_figures(cells):
            return True
        return budget_table_kind([c.text for c in cells]) is not None and not _has_figures(cells)

    def build(self) -> Table:
        for r in [*self.header, *self.rows]:
            for c in r:
                c.settle()
        columns = max(1, max((_last_filled(r) + 1 for r in [*self.header, *self.rows]), default=1))
        numeric = []
        for i in range(columns):
            cells = [r[i] for r, k in zip(self.rows, self.kinds, strict=True) if k == "body" and i < len(r)]
            filled = [c for c in cells if c.filled]
            numeric.append(bool(filled) and i > 0 and sum(c.value is not None for c in filled) * 2 > len(filled))
        header_labels = [_label(c.text) for c in self.header[0]] if self.header else []
        total_cols = {i for i, t in enumerate(header_labels) if _is_total_column(t)}
        header = tuple(_header_row(r, self.header[i + 1] if i + 1 < len(self.header) else None, columns, numeric)
                       for i, r in enumerate(self.header))
        rows = []
        for r, kind in zip(self.rows, self.kinds, strict=True):
            if kind == "group":
                rows.append(TableRow("group", (Cell(r[0].text, bold=True, span=columns),)))
                continue
            if kind == "subheader":
                rows.append(TableRow("subheader", tuple(Cell(_label(c.text), numeric=numeric[i], bold=True)
                                                        for i, c in enumerate(_pad(r, columns)))))
                continue
            total = is_total_label(r[0].text) or (r[0].bold and _has_figures(r))
            cells = []
            for i, c in enumerate(_pad(r, columns)):
                if c.value is not None and (numeric[i] or i > 0):
                    text, is_number = format_stated(c.value, c.unit), True
                else:
                    text, is_number = (_label(c.text) if i == 0 and len(c.text.split()) <= 5 else c.text), False
                breaks = _breaks(c.text) if i == 0 and not is_number and text != c.text else ""
                cells.append(Cell(text, is_number, total or c.bold or i in total_cols, breaks=breaks))
            rows.append(TableRow("body", tuple(cells), total))
        return Table(header, tuple(rows), columns, tuple(numeric))


def _over_figures(cells: Sequence[_Raw], above: Sequence[_Raw]) -> bool:
    return any(c.filled and i < len(above) and above[i].value is not None for i, c in enumerate(cells))


def _merge(row: list[_Raw], more: Sequence[_Raw]) -> None:
    """Cell by cell, a row's continuation after the row's own text (list entries on new lines)."""
    row.extend(_Raw("", False) for _ in range(len(more) - len(row)))
    for i, c in enumerate(more):
        if c.filled:
            row[i].add(c.text, "\n")
            row[i].bold = row[i].bold and c.bold


def _key(cells: Sequence[_Raw]) -> list[str]:
    return [_label(c.text).casefold() for c in cells]


def _last_filled(cells: Sequence[_Raw]) -> int:
    return max((i for i, c in enumerate(cells) if c.filled), default=0)


def _pad(cells: Sequence[_Raw], n: int) -> list[_Raw]:
    return [*cells[:n], *(_Raw("", False) for _ in range(n - len(cells)))]


def _is_total_column(text: str) -> bool:
    t = text.casefold()
    return is_total_label(text) or t.startswith(("nettobudget", "summa", "total"))


def _header_row(cells: Sequence[_Raw], below: Sequence[_Raw] | None, columns: int,
                numeric: Sequence[bool]) -> TableRow:
    """Header cells with the hyphenation undone; a cell over empty ones spans the row below's labels."""
    padded = _pad(cells, columns)
    under = _pad(below, columns) if below is not None else None
    out: list[Cell] = []
    i = 0
    while i < columns:
        span = 1
        if under is not None and padded[i].filled:
            while i + span < columns and not padded[i + span].filled and under[i + span].filled:
                span += 1
        out.append(Cell(_label(padded[i].text), numeric=numeric[i], bold=True, span=span,
                        breaks=_breaks(padded[i].text)))
        i += span
    return TableRow("header", tuple(out))


# ---------------------------------------------------------------- the walk


@dataclass
class _Walk:
    out: list[LayoutBlock | _Builder | _Lines | _Items] = field(default_factory=list)
    table: _Builder | None = None  # the table rows may still be added to
    table_open: bool = False  # only blank lines since its last row
    in_toc: bool = False

    def heading(self, level: int, text: str) -> None:
        self.table, self.table_open = None, False
        self.in_toc = text.casefold() in _TOC_HEADINGS
        if not self.in_toc and text:
            self.out.append(Heading(level, text))

    def row(self, line: str) -> None:
        cells = _raw_cells(line)
        if not any(c.filled for c in cells):
            return
        table = self.table
        if table is not None and not self.table_open and _key(cells) != table.header_key():
            table = None  # prose since: a new table, unless the old header repeats
        if table is not None and table.starts_new_table(cells):
            table = None
        if table is None:
            table = _Builder()
            self.out.append(table)
        table.add(cells)
        self.table, self.table_open = table, True

    def text(self, line: str) -> None:
        self.table_open = False
        bullet = _BULLET.match(line)
        text = _inline(bullet[1] if bullet else line)
        if not text:
            return
        last = self.out[-1] if self.out else None
        if bullet:
            if isinstance(last, _Items):
                last.items.append(text)
            else:
                self.out.append(_Items([text]))
        elif isinstance(last, _Lines) and not _SENTENCE_END.search(last.parts[-1]) and text[0].islower():
            last.parts.append(text)  # a paragraph cut by a page break
        else:
            self.out.append(_Lines([text]))


@dataclass
class _Lines:
    """A paragraph being read; parts are joined once at the end, so long runs stay linear."""

    parts: list[str]

    def build(self) -> Paragraph:
        return Paragraph(" ".join(self.parts))


@dataclass
class _Items:
    items: list[str]

    def build(self) -> BulletList:
        return BulletList(tuple(self.items))


def _is_toc_half(lines: Sequence[str], i: int) -> bool:
    """The first half of a contents entry broken over two lines ("<b>Målområde …</b>\t" / "Härjedalen ….. 7")."""
    nxt = next((lines[j] for j in range(i + 1, len(lines)) if lines[j].strip()), "")
    return bool(_TOC_LINE.search(nxt)) and not _TOC_LINE.search(lines[i]) and len(_inline(lines[i])) < 120


def plan_layout(text: str) -> tuple[LayoutBlock, ...]:
    """The plan after its title and body line, as blocks to typeset."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").split("\n")
    start = 0
    title = next((i for i, ln in enumerate(lines) if (m := _HEADING.match(ln)) and _TITLE.search(m[2])), None)
    if title is not None:
        start = title + 1
        body = next((i for i in range(start, len(lines)) if lines[i].strip()), None)
        if body is not None and not _HEADING.match(lines[body]) and "\t" not in lines[body]:
            start = body + 1  # the body's name: the reader shows it with the title
    walk = _Walk()
    for i in range(start, len(lines)):
        line = lines[i]
        if not line.strip():
            continue
        m = _HEADING.match(line)
        if m:
            walk.heading(len(m[1]), _inline(m[2]))
            continue
        if _TOC_LINE.search(line):
            continue  # a contents entry, wherever it stands
        if walk.in_toc and _is_toc_half(lines, i):
            continue
        walk.in_toc = False
        if "\t" in line:
            walk.row(line)
        else:
            walk.text(line)
    return tuple(b.build() if isinstance(b, _Builder | _Lines | _Items) else b for b in walk.out)
