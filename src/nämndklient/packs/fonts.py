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


_WIDTH_CACHE_LIMIT = 50_000  # strings per font; words repeat, so this is rarely reached


def _measured_font_class():
    from reportlab.pdfbase.ttfonts import TTFont

    class MeasuredTTFont(TTFont):
        """A TTFont that remembers the advance width of the strings it has measured.

        Line breaking measures every word of every paragraph and the same words come
        back all the time; the result is the same float reportlab computes itself.
        """

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._units: dict[str, float] = {}

        def stringWidth(self, text, size, encoding="utf8"):
            if not isinstance(text, str):
                text = text.decode(encoding or "utf8")
            units = self._units.get(text)
            if units is None:
                if len(self._units) >= _WIDTH_CACHE_LIMIT:
                    self._units.clear()
                g = self.face.charWidths.get
                dw = self.face.defaultWidth
                units = self._units[text] = sum(g(ord(u), dw) for u in text)
            return 0.001 * size * units

    return MeasuredTTFont


@cache
def register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    font_class = _measured_font_class()
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(font_class(name, str(resource_path(f"fonts/{filename}"))))
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD_ITALIC)
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, SERIF_BOLD)
    addMapping(SERIF, 0, 1, SERIF)
    addMapping(SERIF, 1, 1, SERIF_BOLD)
