"""Page geometry, colours, paragraph styles and Swedish wording shared by all parts.

One place for these keeps the reportlab pages, the stamped header/footer and the
merged attachment pages aligned to the same bands.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, time
from functools import cache
from xml.sax.saxutils import escape

from nämndklient.domain.dates import MONTH_NAMES
from nämndklient.packs import fonts

# A4 in points; the header and footer live in narrow bands at the top and bottom
# edge, and attachment pages are scaled into the space between them.
PAGE_W, PAGE_H = 595.2756, 841.8898
MARGIN_X = 64.0
MARGIN_TOP = 78.0
MARGIN_BOTTOM = 70.0
HEADER_BASELINE = 26.0  # from the top edge
FOOTER_BASELINE = 20.0  # from the bottom edge
BAND = 36.0  # attachment content stays this far from the top and bottom edge

INK = (0.13, 0.15, 0.18)
MUTED = (0.42, 0.45, 0.50)
ACCENT = (0.10, 0.30, 0.52)
BOX_FILL = (0.925, 0.945, 0.97)
RULE = (0.78, 0.80, 0.84)
ALERT = (0.70, 0.10, 0.10)

MONTHS = MONTH_NAMES


def sv_date(d: date) -> str:
    """`26 januari 2024`."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")


def sv_weekday_date_range(start: date, end: date) -> str:
    """`fredag 26 januari 2024`, `tisdag 26 mars – onsdag 27 mars 2024`: the cover says the weekday."""
    if end <= start:
        return f"{WEEKDAYS[start.weekday()]} {sv_date(start)}"
    first = f"{start.day} {MONTHS[start.month - 1]}" if start.year == end.year else sv_date(start)
    return f"{WEEKDAYS[start.weekday()]} {first} – {WEEKDAYS[end.weekday()]} {sv_date(end)}"


def sv_date_range(start: date, end: date) -> str:
    """`26–27 mars 2024`, `30 mars–2 april 2024`, or one date when they are equal."""
    if end <= start:
        return sv_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {MONTHS[end.month - 1]} {end.year}"
    if start.year == end.year:
        return f"{start.day} {MONTHS[start.month - 1]}–{sv_date(end)}"
    return f"{sv_date(start)}–{sv_date(end)}"


def sv_time(t: time) -> str:
    """`kl. 09.00`, as Swedish documents write times."""
    return f"kl. {t.hour:02d}.{t.minute:02d}"


def esc(text: str) -> str:
    """Escape text for reportlab's paragraph markup."""
    return escape(text)


@contextmanager
def flate_only() -> Iterator[None]:
    """Let reportlab compress streams with Flate alone, while it writes a part of the pack.

    reportlab's default wraps every page stream in ASCII85 too: slow to encode in pure
    Python, and qpdf would then have to decode and recompress it when writing the pack.
    The setting is global in reportlab, so it is restored afterwards.
    """
    from reportlab import rl_config

    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


def color(rgb: tuple[float, float, float]):  # -> reportlab Color
    from reportlab.lib.colors import Color

    return Color(*rgb)


@cache
def paragraph_styles() -> dict[str, object]:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    fonts.register_fonts()
    base = ParagraphStyle("nk-body", fontName=fonts.SERIF, fontSize=10.5, leading=15.5,
                          textColor=color(INK), spaceAfter=6, bulletFontName=fonts.SERIF)
    sans = ParagraphStyle("nk-sans", parent=base, fontName=fonts.SANS, fontSize=9.5, leading=13,
                          bulletFontName=fonts.SANS)
    return {
        "body": base,
        "sans": sans,
        "small": ParagraphStyle("nk-small", parent=sans, fontSize=8.5, leading=11.5,
                                textColor=color(MUTED), spaceAfter=2),
        "label": ParagraphStyle("nk-label", parent=sans, fontName=fonts.SANS_BOLD, fontSize=8.5,
                                leading=11, textColor=color(ACCENT), spaceAfter=3),
        "h1": ParagraphStyle("nk-h1", parent=sans, fontName=fonts.SANS_BOLD, fontSize=18, leading=23,
                             spaceAfter=8),
        "h2": ParagraphStyle("nk-h2", parent=sans, fontName=fonts.SANS_BOLD, fontSize=12, leading=16,
                             spaceBefore=10, spaceAfter=4),
        "h3": ParagraphStyle("nk-h3", parent=sans, fontName=fonts.SANS_BOLD, fontSize=10.5, leading=14,
                             spaceBefore=6, spaceAfter=3),
        "meta": ParagraphStyle("nk-meta", parent=sans, fontSize=9, leading=13, textColor=color(MUTED),
                               spaceAfter=0),
        "decision": ParagraphStyle("nk-decision", parent=base, fontName=fonts.SERIF, fontSize=10.5,
                                   leading=15, spaceAfter=4),
        "cell": ParagraphStyle("nk-cell", parent=sans, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_right": ParagraphStyle("nk-cell-r", parent=sans, fontSize=8.5, leading=11, spaceAfter=0,
                                     alignment=TA_RIGHT),
        "agenda": ParagraphStyle("nk-agenda", parent=sans, fontSize=10, leading=13.5, spaceAfter=0),
        "agenda_num": ParagraphStyle("nk-agenda-num", parent=sans, fontName=fonts.SANS_BOLD, fontSize=10,
                                     leading=13.5, spaceAfter=0),
        "agenda_page": ParagraphStyle("nk-agenda-page", parent=sans, fontSize=10, leading=13.5,
                                      spaceAfter=0, alignment=TA_RIGHT),
        "agenda_sub": ParagraphStyle("nk-agenda-sub", parent=sans, fontSize=8.5, leading=11.5,
                                     textColor=color(MUTED), spaceAfter=0),
        "agenda_sub_page": ParagraphStyle("nk-agenda-sub-page", parent=sans, fontSize=8.5, leading=11.5,
                                          textColor=color(MUTED), spaceAfter=0, alignment=TA_RIGHT),
    }


def table_style(*commands: tuple) -> list[tuple]:
    """Table commands that always name an embedded font (reportlab's default is Helvetica)."""
    return [("FONTNAME", (0, 0), (-1, -1), fonts.SANS), ("FONTSIZE", (0, 0), (-1, -1), 8.5), *commands]
