"""A table of the pack's appendix (KPIs, budget tables): headers that fit, totals as stated, checks below.

Figures never break across lines, so a wide table first gets smaller type. When
even then the words of the headers cannot fit ("Personalkostnader",
"förtroendemannabudget" in nine columns), long words are hyphenated at Swedish
syllable boundaries ("Personal-/kostnader"), never drawn over their neighbours.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import cache

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from nämndklient.packs import fonts
from nämndklient.packs.spec import AppendixTable
from nämndklient.packs.styles import (
    ACCENT,
    BOX_FILL,
    MARGIN_X,
    PAGE_W,
    color,
    esc,
    paragraph_styles,
    table_style,
)

FRAME_W = PAGE_W - 2 * MARGIN_X
PAD = 14.0  # the table's own cell padding (6 + 6 pt) and a little air
SMALLEST = 6.5  # below this the type is no longer comfortable to read on paper
WARNING = "\u26a0"  # marks a figure whose check does not agree

_NUMERIC = re.compile(rf"^(?:{WARNING}\s)?[\s\u00a0\u202f+\-−–]*[\d\s\u00a0\u202f]+([,.]\d+)?\s*(%|Mkr|tkr|kr)?$")
_VOWELS = set("aeiouyåäöéü")


def _width(text: str, size: float, bold: bool = False) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, fonts.SANS_BOLD if bold else fonts.SANS, size)


_ONSETS = ({"skr", "str", "spr", "spl", "skv"},
           {"bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "kv", "pl", "pr", "tr", "tv"})


@cache
def syllable_breaks(word: str) -> tuple[int, ...]:
    """Where a Swedish word may be hyphenated: before the consonant that starts the next syllable, or before
    a cluster that can start one ("Per-so-nal-kost-na-der", "Av-skriv-ning-ar", "för-tro-en-de"), never
    leaving fewer than three letters on either side."""
    low = word.casefold()
    vowels = [i for i, ch in enumerate(low) if ch in _VOWELS]
    breaks = []
    for a, b in itertools.pairwise(vowels):
        cluster = low[a + 1:b]
        if not cluster or not cluster.isalpha():
            continue
        at = b - 1  # the last consonant starts the next syllable …
        for n, onsets in zip((3, 2), _ONSETS, strict=True):
            if len(cluster) >= n and cluster[-n:] in onsets:  # … unless a cluster that can start one does
                at = b - n
                break
        if low[at - 1:at + 1] in ("ck", "ng"):  # one sound each: "utveck-ling", "ning-ar"
            at += 1
        if 3 <= at <= len(word) - 3:
            breaks.append(at)
    return tuple(breaks)


def split_word(word: str, room: float, size: float, bold: bool) -> list[str]:
    """The word in as few hyphenated pieces as fit `room`; unbreakable pieces stay whole."""
    pieces, rest = [], word
    while _width(rest, size, bold) > room:
        fits = [b for b in syllable_breaks(rest) if _width(rest[:b] + "-", size, bold) <= room]
        if not fits:
            break
        cut = max(fits)
        pieces.append(rest[:cut] + "-")
        rest = rest[cut:]
    return [*pieces, rest]


def _narrowest(word: str, size: float, bold: bool, once: bool) -> float:
    """The width the widest piece needs when the word is hyphenated once (`once`) or wherever it may be."""
    breaks = syllable_breaks(word)
    if not breaks:
        return _width(word, size, bold)
    if once:
        return min(max(_width(word[:b] + "-", size, bold), _width(word[b:], size, bold)) for b in breaks)
    cuts = (0, *breaks, len(word))
    return max(_width(word[a:b] + ("-" if b < len(word) else ""), size, bold) for a, b in itertools.pairwise(cuts))


def column_widths(t: AppendixTable, ncols: int, numeric: Sequence[bool], size: float,
                  hyphenate: str = "") -> list[float] | None:
    """Widths from the real text; None when they cannot fit. A number is never split, a word only when
    `hyphenate` says so: "once" (one hyphen per word at most) or "all" (wherever Swedish allows)."""
    def word(text: str, bold: bool) -> float:
        return _narrowest(text, size, bold, hyphenate == "once") if hyphenate else _width(text, size, bold)

    least, wish = [], []
    for c in range(ncols):
        head = t.columns[c] if c < len(t.columns) else ""
        cells = [r[c] for r in t.rows if c < len(r)]
        longest_word = max([word(w, True) for w in head.split()] + [0.0])
        if numeric[c]:
            need = max([_width(v, size, True) for v in cells] + [longest_word])
            least.append(need + PAD)
            wish.append(max(need, _width(head, size, True)) + PAD)
        else:
            least.append(max([longest_word, *(word(w, True) for v in cells for w in v.split()), 24.0]) + PAD)
            wish.append(max([_width(v, size, True) for v in cells] + [_width(head, size, True)]) + PAD)
    if sum(least) > FRAME_W:
        return None
    spare = FRAME_W - sum(least)
    want = [w - m for w, m in zip(wish, least, strict=True)]
    total_want = sum(want) or 1.0
    return [m + spare * (w / total_want) for m, w in zip(least, want, strict=True)]


def _fit(t: AppendixTable, ncols: int, numeric: Sequence[bool], base: float) -> tuple[float, list[float], bool]:
    """The largest type at which the table fits: whole words first, then words hyphenated once, then more."""
    for hyphenate in ("", "once", "all"):
        size = base
        while size >= SMALLEST:
            widths = column_widths(t, ncols, numeric, size, hyphenate)
            if widths is not None:
                return size, widths, bool(hyphenate)
            size -= 0.5
    return SMALLEST, [FRAME_W / ncols] * ncols, True


def _wrapped(text: str, width: float, size: float, bold: bool) -> str:
    """Text with every word that is wider than the column hyphenated so that it is not drawn over the next one."""
    room = width - PAD + 2
    words = []
    for w in text.split(" "):
        words.append(" ".join(split_word(w, room, size, bold)) if w and _width(w, size, bold) > room else w)
    return " ".join(words)


def appendix_table(t: AppendixTable) -> list[Flowable]:
    st = paragraph_styles()
    ncols = max([len(t.columns), *(len(r) for r in t.rows)], default=1)
    numeric = [bool(t.rows) and all(_NUMERIC.match(r[c]) or r[c].strip() in ("", "–") for r in t.rows if c < len(r))
               for c in range(ncols)]
    base = st["cell"]
    size, col_w, hyphenate = _fit(t, ncols, numeric, base.fontSize)
    cell_style = ParagraphStyle("nk-cell-fit", parent=base, fontSize=size, leading=size * 1.3, splitLongWords=0)
    right_style = ParagraphStyle("nk-cell-fit-right", parent=cell_style, alignment=TA_RIGHT)
    styles = t.row_styles or ("",) * len(t.rows)

    def cell(text: str, c: int, kind: str = "") -> Paragraph:
        bold = kind in ("head", "total")
        if hyphenate and not (numeric[c] and kind != "head"):
            text = _wrapped(text, col_w[c], size, bold)
        markup = esc(text)
        if bold:
            markup = f"<b>{markup}</b>"
        elif kind == "computed":
            markup = f"<i>{markup}</i>"
        return Paragraph(markup, right_style if numeric[c] else cell_style)

    data = [[cell(t.columns[c] if c < len(t.columns) else "", c, "head") for c in range(ncols)]]
    data += [[cell(r[c] if c < len(r) else "", c, kind) for c in range(ncols)]
             for r, kind in zip(t.rows, styles, strict=True)]
    table = Table(data, colWidths=col_w, repeatRows=1)
    commands: list[tuple] = [
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, color(ACCENT)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), color(BOX_FILL)) for r in range(2, len(data), 2)]
    commands += [("LINEABOVE", (0, r + 1), (-1, r + 1), 0.5, color(ACCENT))
                 for r, kind in enumerate(styles) if kind == "total" and (r == 0 or styles[r - 1] != "total")]
    table.setStyle(TableStyle(table_style(*commands)))
    story: list[Flowable] = [Paragraph("BILAGA TILL UTSKICKET", st["label"]), Paragraph(esc(t.title), st["h1"]),
                             Spacer(1, 4), table]
    if t.notes:
        story.append(Spacer(1, 8))
        story += [Paragraph(esc(n), st["small"]) for n in t.notes]
    if t.charts:
        from nämndklient.packs.charts import chart_drawing

        for chart in t.charts:
            story += [Spacer(1, 10), KeepTogether([Paragraph(esc(chart.title), st["sans"]),
                                                   chart_drawing(chart, FRAME_W)])]
    return story
