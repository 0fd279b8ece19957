"""Register the shipped DejaVu fonts with reportlab, once per process.

Every glyph the pack draws comes from these embedded TrueType fonts: reportlab's
built-in Helvetica is neither embedded nor able to draw Sami letters (ŋ, đ, ŧ).
"""

from __future__ import annotations

from functools import cache

from nämndklient.resources import resource_path

SANS = "NkSans"
SANS_BOLD = "NkSans-Bold"
SANS_ITALIC = "NkSans-Oblique"
SANS_BOLD_ITALIC = "NkSans-BoldOblique"
SERIF = "NkSerif"
SERIF_BOLD = "NkSerif-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
}


@cache
def register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path(f"fonts/{filename}"))))
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD_ITALIC)
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, SERIF_BOLD)
    addMapping(SERIF, 0, 1, SERIF)
    addMapping(SERIF, 1, 1, SERIF_BOLD)
