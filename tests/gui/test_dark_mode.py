"""Dark mode: the views follow a dark palette, and every badge keeps WCAG AA contrast in both."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from nämndklient.gui.theme import _PAIRS, badge_colors, contrast_ratio, dark_palette


@pytest.mark.parametrize("kind", sorted(_PAIRS))
def test_badges_meet_aa_contrast_in_light_and_dark(kind: str, qtbot: QtBot) -> None:
    light = QPalette(QColor("#ffffff"))
    for palette in (light, dark_palette()):
        background, text = badge_colors(kind, palette)
        assert contrast_ratio(background, text) >= 4.5


def test_the_screenshot_of_a_meeting_in_dark_mode_is_dark_with_light_text(demo_db, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                          qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    from nämndklient.gui.screenshot import take_screenshot

    app = QApplication.instance()
    style, palette = app.style().name(), app.palette()  # type: ignore[union-attr]
    out = tmp_path / "dark.png"
    try:
        take_screenshot(demo_db, "meeting:RS:2024-01-26", out, theme="dark")
    finally:
        app.setStyle(style)  # type: ignore[union-attr]
        app.setPalette(palette)  # type: ignore[union-attr]
    image = QImage(str(out))
    corner = QColor(image.pixel(image.width() - 20, image.height() - 10))
    assert corner.lightness() < 80  # the window, not a white default
    title_area = [QColor(image.pixel(x, 104)).lightness() for x in range(215, 600)]
    assert max(title_area) > 180  # the heading is drawn light on dark
