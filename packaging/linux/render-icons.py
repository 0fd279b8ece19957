"""Render the application icon (one SVG) into the PNG, ICO and ICNS files the platforms want.

The one source is `resources/icons/namndklient.svg`, the icon the running application
shows in its windows. Run after editing it and commit the output: the build machines
then need neither Qt's SVG renderer nor Pillow.
Usage: `.venv/bin/python packaging/linux/render-icons.py`
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGING = HERE.parent
APP_ID = "se.regionjh.Namndklient"
SVG = PACKAGING.parent / "resources" / "icons" / "namndklient.svg"  # the single source
HICOLOR = HERE / "icons" / "hicolor"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO = PACKAGING / "windows" / "namndklient.ico"
ICNS = PACKAGING / "macos" / "namndklient.icns"


def render_pngs() -> dict[int, Path]:
    """Draw the SVG at each size with Qt, so every size is rendered from vectors rather than scaled."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: ogiltig SVG")
    written: dict[int, Path] = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            raise SystemExit(f"{out}: kunde inte skrivas")
        written[size] = out
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    return written


def write_ico_icns(pngs: dict[int, Path]) -> None:
    """Windows and macOS icons from the same pixels; Pillow writes both formats on any platform."""
    try:
        from PIL import Image
    except ImportError:  # PyInstaller then converts the 256 px PNG itself at build time
        print("Pillow saknas: hoppar över .ico och .icns", file=sys.stderr)
        return
    largest = Image.open(pngs[256])
    largest.save(ICO, format="ICO", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)],
                 append_images=[Image.open(pngs[s]) for s in (16, 24, 32, 48, 64, 128)])
    Image.open(pngs[512]).save(ICNS, format="ICNS",
                               append_images=[Image.open(pngs[s]) for s in (16, 32, 64, 128, 256)])


def main() -> None:
    pngs = render_pngs()
    write_ico_icns(pngs)
    for path in [*pngs.values(), ICO, ICNS]:
        if path.exists():
            print(path.relative_to(PACKAGING.parent))


if __name__ == "__main__":
    main()
