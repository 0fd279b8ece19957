"""A laid-out document (a plan) on the pack's item pages: its headings, paragraphs, lists and tables.

The same layout the reader shows (`domain.layout`): figures right-aligned as the
document states them, its stated totals bold, a header row repeated on every page a
table runs over. A header word too long for its column is broken only where the
export had broken it (soft hyphens), with a hyphen at the end of the line; no figure
and no other word is ever split.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from nämndklient.domain import layout as lay
from nämndklient.packs import fonts
from nämndklient.packs.styles import (
    ACCENT,
    BOX_FILL,
    MARGIN_X,
    PAGE_W,
    RULE,
    color,
    esc,
    paragraph_styles,
    table_style,
)

FRAME_W = PAGE_W - 2 * MARGIN_X
_PAD = 8.0  # left + right cell padding (4 + 4 pt)


def layout_story(blocks: Sequence[lay.LayoutBlock]) -> list[Flowable]:
    st = paragraph_styles()
    heads = {1: st["h2"], 2: st["h3"]}
    minor = st["h3"].clone("nk-h4", fontSize=9.5, leading=13)
    bullet = st["body"].clone("nk-layout-li", leftIndent=16, bulletIndent=4, spaceAfter=3)
    out: list[Flowable] = []
    for block in blocks:
        if isinstance(block, lay.Heading):
            out += [CondPageBreak(60), Paragraph(esc(block.text), heads.get(block.level, minor))]
        elif isinstance(block, lay.Paragraph):
            out.append(Paragraph(esc(block.text), st["body"]))
        elif isinstance(block, lay.BulletList):
            out += [Paragraph(esc(item), bullet, bulletText="•") for item in block.items]
        else:
            out.append(layout_table(block))
    return out


def _width(text: str, bold: bool, size: float) -> float:
    return stringWidth(text, fonts.SANS_BOLD if bold else fonts.SANS, size)


def _pieces(cell: lay.Cell) -> list[str]:
    """The unbreakable pieces of a cell: words, and the parts of a word the export broke."""
    source = cell.breaks or cell.text
    return [p for word in source.split() for p in word.split(lay.SOFT_HYPHEN) if p]


def _fit(cell: lay.Cell, width: float, size: float, bold: bool) -> str:
    """Cell markup; a word wider than the column is broken at its soft hyphens, greedily."""
    if not cell.breaks:
        return "<br/>".join(esc(line) for line in cell.text.split("\n"))
    words = []
    for word in cell.breaks.split():
        parts = word.split(lay.SOFT_HYPHEN)
        if _width("".join(parts), bold, size) <= width:
            words.append(esc("".join(parts)))
            continue
        lines, current = [], parts[0]
        for part in parts[1:]:
            if _width(current + part + "-", bold, size) <= width:
                current += part
            else:
                lines.append(current + "-")
                current = part
        lines.append(current)
        words.append("<br/>".join(esc(x) for x in lines))
    return " ".join(words)


def _spread(low: list[float], high: list[float], room: float) -> list[float]:
    """From `low` towards `high` within `room`, each column in proportion to what it still wants."""
    want = [h - lo for lo, h in zip(low, high, strict=True)]
    spare = room - sum(low)
    if sum(want) <= spare:
        return high
    return [lo + spare * (w / sum(want)) for lo, w in zip(low, want, strict=True)]


def _columns(t: lay.Table, size: float) -> list[float] | None:
    """Widths from the text; None when they cannot fit.

    A column is never narrower than its longest unbreakable piece (a figure, a word, a part
    of a word the export broke); room goes first to keeping whole words whole, then to
    keeping whole cells on one line.
    """
    least = [0.0] * t.columns
    words = [0.0] * t.columns
    wish = [0.0] * t.columns
    for row in (*t.header, *t.rows):
        col = 0
        for cell in row.cells:
            if cell.span == 1 and col < t.columns:
                bold = cell.bold or row.kind != "body"
                figure = cell.numeric and row.kind == "body"  # a header over figures may still wrap
                pieces = [cell.text] if figure else _pieces(cell)
                hyphen = _width("-", bold, size) if cell.breaks else 0.0
                least[col] = max(least[col], *(_width(p, bold, size) + hyphen for p in pieces), 0.0)
                words[col] = max(words[col], *(_width(w, bold, size) for w in cell.text.split()), 0.0)
                wish[col] = max(wish[col], *(_width(line, bold, size) for line in cell.text.split("\n")), 0.0)
            col += cell.span
    least = [max(w, 6.0) + _PAD for w in least]  # an empty column still needs room for nothing
    words = [max(w + _PAD, m) for w, m in zip(words, least, strict=True)]
    wish = [max(w + _PAD, m) for w, m in zip(wish, words, strict=True)]
    if sum(least) > FRAME_W:
        return None
    if sum(words) > FRAME_W:
        return _spread(least, words, FRAME_W)
    return _spread(words, wish, FRAME_W)


def _whole_words(t: lay.Table, size: float, widths: Sequence[float]) -> bool:
    for row in (*t.header, *t.rows):
        col = 0
        for cell in row.cells:
            room = sum(widths[col:col + cell.span]) - _PAD
            bold = cell.bold or row.kind != "body"
            if any(_width(w, bold, size) > room + 0.01 for w in cell.text.split()):
                return False
            col += cell.span
    return True


def layout_table(t: lay.Table) -> Table:
    st = paragraph_styles()
    base = st["cell"].fontSize
    # The largest type at which every word stays whole, down to 7 pt; else the largest at which
    # the export's own breaks make it fit; else an even share (the text then wraps inside words).
    sizes = [base - 0.5 * i for i in range(int((base - 6) / 0.5) + 1)]
    fitted = [(size, w) for size in sizes if (w := _columns(t, size)) is not None]
    whole = [(size, w) for size, w in fitted if size >= 7 and _whole_words(t, size, w)]
    if whole:
        size, widths = whole[0]
    elif fitted:
        size, widths = fitted[0]
    else:
        size, widths = 6.0, [FRAME_W / t.columns] * t.columns
    left = ParagraphStyle("nk-lt", parent=st["cell"], fontSize=size, leading=size * 1.3, splitLongWords=0)
    right = ParagraphStyle("nk-lt-r", parent=left, alignment=TA_RIGHT)
    data: list[list[Paragraph | str]] = []
    commands: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    for r, row in enumerate((*t.header, *t.rows)):
        line: list[Paragraph | str] = []
        col = 0
        for cell in row.cells:
            span_w = sum(widths[col:col + cell.span])
            bold = cell.bold or row.kind in ("header", "subheader", "group")
            text = _fit(cell, span_w - _PAD, size, bold)
            style = right if t.numeric_columns[col] and cell.span == 1 and row.kind != "group" else left
            line.append(Paragraph(f"<b>{text}</b>" if bold else text, style))
            if cell.span > 1:
                commands.append(("SPAN", (col, r), (col + cell.span - 1, r)))
                line += [""] * (cell.span - 1)
            col += cell.span
        line += [""] * (t.columns - len(line))
        data.append(line)
        if row.kind == "group":
            commands.append(("LINEBELOW", (0, r), (-1, r), 0.5, color(RULE)))
        if row.total:
            commands.append(("BACKGROUND", (0, r), (-1, r), color(BOX_FILL)))
    if t.header:
        commands.append(("VALIGN", (0, 0), (-1, len(t.header) - 1), "BOTTOM"))
        commands.append(("LINEBELOW", (0, len(t.header) - 1), (-1, len(t.header) - 1), 0.8, color(ACCENT)))
    table = Table(data, colWidths=widths, repeatRows=len(t.header), splitInRow=1, spaceBefore=4, spaceAfter=10)
    table.setStyle(TableStyle(table_style(*commands)))
    return table
