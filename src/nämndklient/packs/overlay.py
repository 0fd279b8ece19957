"""Header, footer and watermarks for every page, drawn by reportlab only once each.

Typesetting 400 near-identical header/footer pages costs more than merging the
attachments, so the overlay is a *sheet* of parts instead: the static frame of a
page (rules, running header, watermarks) per orientation, each distinct context
line ("Ärende 5 · Bilaga 2: …"), the digits 0–9 and the words of "Sida X av Y".
The merge step turns each part into a form XObject and composes every page's
stamp from them with a few bytes of content stream.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass

from nämndklient.packs import fonts
from nämndklient.packs.styles import (
    ALERT,
    FOOTER_BASELINE,
    HEADER_BASELINE,
    MUTED,
    PAGE_H,
    PAGE_W,
    RULE,
    color,
    flate_only,
)

SIDE = 36.0
SIZE = 7.5
DIGITS = "0123456789"


@dataclass(frozen=True)
class StampSettings:
    left_header: str  # "Regionstyrelsen · 26 januari 2024"
    footer_left: str  # "Kallelse och handlingar" or "Personligt exemplar – Anna Andersson"
    watermarks: tuple[str, ...]
    marking: str  # centred in the footer in red: "UTKAST", "SEKRETESS", or ""


@dataclass(frozen=True)
class Sheet:
    """The overlay parts: `pages[name]` is the page index of a part, `widths[name]` its advance."""

    pdf: bytes
    pages: dict[str, int]
    widths: dict[str, float]


def fit(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def build_sheet(contexts: Sequence[str], settings: StampSettings, total: int) -> Sheet:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    fonts.register_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf, invariant=1, initialFontName=fonts.SANS, pageCompression=1)
    pages: dict[str, int] = {}
    widths: dict[str, float] = {}
    usable = PAGE_W - 2 * SIDE
    left = fit(settings.left_header, fonts.SANS, SIZE, usable * 0.45)
    context_room = usable - stringWidth(left, fonts.SANS, SIZE) - 24

    def part(name: str, size: tuple[float, float] = (PAGE_W, PAGE_H)) -> None:
        if pages:
            canvas.showPage()
        canvas.setPageSize(size)
        pages[name] = len(pages)

    for landscape in (False, True):
        width, height = (PAGE_H, PAGE_W) if landscape else (PAGE_W, PAGE_H)
        part("static-L" if landscape else "static-P", (width, height))
        _static(canvas, width, height, left, settings)

    part("blank")
    canvas.setFillColor(color(MUTED))
    canvas.setFont(fonts.SANS, 10)
    canvas.drawCentredString(0, 0, "Denna sida är avsiktligt tom")

    words = {"sida": "Sida ", "av": f" av {total}"}
    words.update({f"d{d}": d for d in DIGITS})
    words.update({f"c{i}": fit(c, fonts.SANS_BOLD, SIZE, context_room) for i, c in enumerate(contexts)})
    for name, text in words.items():
        part(name)
        canvas.setFillColor(color(MUTED))
        canvas.setFont(fonts.SANS_BOLD, SIZE)
        canvas.drawString(0, 0, text)
        widths[name] = stringWidth(text, fonts.SANS_BOLD, SIZE)
    canvas.showPage()
    with flate_only():
        canvas.save()
    return Sheet(buf.getvalue(), pages, widths)


def _static(canvas, width: float, height: float, left: str, settings: StampSettings) -> None:
    usable = width - 2 * SIDE
    top = height - HEADER_BASELINE
    canvas.setFillColor(color(MUTED))
    canvas.setFont(fonts.SANS, SIZE)
    canvas.drawString(SIDE, top, left)
    canvas.drawString(SIDE, FOOTER_BASELINE, fit(settings.footer_left, fonts.SANS, SIZE, usable * 0.55))
    canvas.setStrokeColor(color(RULE))
    canvas.setLineWidth(0.5)
    canvas.line(SIDE, top - 5, width - SIDE, top - 5)
    canvas.line(SIDE, FOOTER_BASELINE + 10, width - SIDE, FOOTER_BASELINE + 10)
    if settings.marking:
        canvas.setFillColor(color(ALERT))
        canvas.setFont(fonts.SANS_BOLD, SIZE)
        canvas.drawCentredString(width / 2, FOOTER_BASELINE, settings.marking)
    if settings.watermarks:
        _watermark(canvas, width, height, settings.watermarks)


def stamp_ops(sheet: Sheet, width: float, height: float, context: int, number: int,
              blank: bool) -> tuple[str, list[str]]:
    """Content operators for one page's stamp and the parts they use."""
    landscape = width > height
    used = ["static-L" if landscape else "static-P"]
    ops = [f"q /{_n(used[0])} Do Q"]

    def place(name: str, x: float, y: float) -> None:
        used.append(name)
        ops.append(f"q 1 0 0 1 {x:.2f} {y:.2f} cm /{_n(name)} Do Q")

    ctx = f"c{context}"
    place(ctx, width - SIDE - sheet.widths[ctx], height - HEADER_BASELINE)
    digits = [f"d{d}" for d in str(number)]
    x = width - SIDE - sheet.widths["av"] - sum(sheet.widths[d] for d in digits) - sheet.widths["sida"]
    place("sida", x, FOOTER_BASELINE)
    x += sheet.widths["sida"]
    for d in digits:
        place(d, x, FOOTER_BASELINE)
        x += sheet.widths[d]
    place("av", x, FOOTER_BASELINE)
    if blank:
        place("blank", width / 2, height / 2)
    return " ".join(ops), list(dict.fromkeys(used))


def _n(name: str) -> str:
    """Resource name of a part; prefixed so it cannot clash with an attachment's own names."""
    return f"NkOv-{name}"


def resource_name(name: str) -> str:
    return "/" + _n(name)


def _watermark(canvas, width: float, height: float, lines: Sequence[str]) -> None:
    """Light diagonal text; semi-transparent so the page stays readable underneath."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    angle = math.degrees(math.atan2(height, width))
    diagonal = math.hypot(width, height) * 0.72
    canvas.saveState()
    canvas.translate(width / 2, height / 2)
    canvas.rotate(angle)
    canvas.setFillColorRGB(0.55, 0.58, 0.62, alpha=0.11)
    sizes = [min(64.0, diagonal / max(stringWidth(t, fonts.SANS_BOLD, 1), 1)) for t in lines]
    y = sum(s * 1.15 for s in sizes) / 2
    for text, s in zip(lines, sizes, strict=True):
        y -= s
        canvas.setFont(fonts.SANS_BOLD, s)
        canvas.drawCentredString(0, y + s * 0.3, text)
        y -= s * 0.15
    canvas.restoreState()
