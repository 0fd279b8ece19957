"""Colours and text size that follow the system: light or dark palette, the member's zoom.

Nothing here hard-codes a colour for text on the window background; badges use
fixed pairs chosen for WCAG AA contrast (at least 4.5:1) in both light and dark
palettes, and each badge also carries a word, so colour is never the only cue.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

MIN_SCALE, MAX_SCALE, STEP = 80, 200, 10


@dataclass(frozen=True)
class Badge:
    text: str
    background: QColor
    foreground: QColor


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette or QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


# (light background, light text), (dark background, dark text): each pair ≥ 7:1.
_PAIRS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "unread": (("#dbe8ff", "#0b3a8c"), ("#1d3d73", "#e3edff")),
    "read": (("#e4efe4", "#1d5a23"), ("#1f4a24", "#dcf5de")),
    "changed": (("#ffedc2", "#5c3d00"), ("#5c3d00", "#ffe6a8")),
    "flagged": (("#ffe0dc", "#8a1b0f"), ("#6e1a12", "#ffdcd6")),
    "joint": (("#efe3fb", "#4b2380"), ("#3f2466", "#eddcff")),
    "withdrawn": (("#e8e8e8", "#3a3a3a"), ("#3a3a3a", "#e8e8e8")),
    "expired": (("#e6e9ef", "#2b3445"), ("#2b3445", "#e6e9ef")),  # slate: content gone, the record stays
}


def dark_palette() -> QPalette:
    """What a desktop in dark mode hands the application (Fusion's colours): for screenshots and tests."""
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1f1f1f", QPalette.ColorRole.AlternateBase: "#2a2a2a",
        QPalette.ColorRole.Text: "#e8e8e8", QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e8e8e8", QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e8e8e8", QPalette.ColorRole.PlaceholderText: "#a0a0a0",
        QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.Mid: "#555555", QPalette.ColorRole.Dark: "#1a1a1a",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#808080"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#808080"))
    return p


def badge_colors(kind: str, palette: QPalette | None = None) -> tuple[QColor, QColor]:
    light, dark = _PAIRS.get(kind, _PAIRS["withdrawn"])
    bg, fg = dark if is_dark(palette) else light
    return QColor(bg), QColor(fg)


def contrast_ratio(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def subtle_text(palette: QPalette) -> QColor:
    """Secondary text: the palette's PlaceholderText, which themes keep readable."""
    return palette.color(QPalette.ColorRole.PlaceholderText)


class TextScale:
    """Ctrl++ / Ctrl+− / Ctrl+0: scale the application font from the system's own size."""

    def __init__(self, base: QFont | None = None) -> None:
        self.base = QFont(base or QGuiApplication.font())
        self.percent = 100

    def apply(self, percent: int) -> int:
        self.percent = max(MIN_SCALE, min(MAX_SCALE, percent))
        font = QFont(self.base)
        size = self.base.pointSizeF() if self.base.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * self.percent / 100)
        QGuiApplication.setFont(font)
        return self.percent

    def bigger(self) -> int:
        return self.apply(self.percent + STEP)

    def smaller(self) -> int:
        return self.apply(self.percent - STEP)

    def reset(self) -> int:
        return self.apply(100)
