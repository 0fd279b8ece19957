"""Text for scanned pages: Tesseract, when the machine has it.

A page with no text layer (a scanned signature page, a faxed yttrande) is
rendered with pdfium (pypdfium2, which pdfplumber already brings) and read by
Tesseract through pytesseract, in Swedish when the Swedish model is installed.
The words come back with their boxes in PDF points, so they take the same path
as a text layer: lines, headings, search, highlights.

Without Tesseract nothing is guessed: the pages are reported as not searchable.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from functools import cache

__all__ = ["DPI", "OcrWord", "available_ocr", "ocr_languages", "ocr_page"]

DPI = 300
_BULLET_MISREADS = {"e", "¢", "°", "«", "»", "*", "o", "©", "®", "+"}
OcrWord = tuple[str, float, float, float, float, float]  # text, x0, x1, top, bottom, size (points)


@cache
def ocr_languages() -> str | None:
    """'swe+eng', 'swe' or 'eng' as installed; None when Tesseract is missing."""
    if shutil.which("tesseract") is None:
        return None
    try:
        import pytesseract

        langs = set(pytesseract.get_languages(config=""))
    except Exception:  # a broken Tesseract installation is the same as none
        return None
    wanted = [lang for lang in ("swe", "eng") if lang in langs]
    return "+".join(wanted) if wanted else None


def ocr_page(data: bytes, page: int) -> list[OcrWord]:
    """The words Tesseract reads on one page (1-based) of a PDF, in points from the top-left."""
    import pypdfium2
    import pytesseract

    langs = ocr_languages()
    if langs is None:
        return []
    pdf = pypdfium2.PdfDocument(io.BytesIO(data))
    try:
        bitmap = pdf[page - 1].render(scale=DPI / 72)
        image = bitmap.to_pil()
    finally:
        pdf.close()
    found = pytesseract.image_to_data(image, lang=langs, output_type=pytesseract.Output.DICT)
    scale = 72 / DPI
    kept = [i for i, t in enumerate(found["text"]) if (t or "").strip() and float(found["conf"][i]) >= 30]
    # A word's box is as tall as its letters ("för" is shorter than "Direktiv"): the type size is
    # the line's, from its tallest box, in 2-point steps so that a heading's lines agree.
    line_height: dict[tuple[int, int, int], float] = {}
    line_top: dict[tuple[int, int, int], float] = {}
    for i in kept:
        key = (found["block_num"][i], found["par_num"][i], found["line_num"][i])
        line_height[key] = max(line_height.get(key, 0.0), found["height"][i] * scale)
        line_top[key] = min(line_top.get(key, 1e9), found["top"][i] * scale)
    words: list[OcrWord] = []
    first_of_line: set[tuple[int, int, int]] = set()
    for i in kept:
        key = (found["block_num"][i], found["par_num"][i], found["line_num"][i])
        left, top = found["left"][i] * scale, line_top[key]  # Tesseract's own line, one baseline
        width = found["width"][i] * scale
        size = 2 * round(line_height[key] * 0.9 / 2)
        text = found["text"][i].strip()
        if key not in first_of_line:
            first_of_line.add(key)
            nxt = kept.index(i) + 1
            if text in _BULLET_MISREADS and nxt < len(kept) and found["text"][kept[nxt]].strip()[:1].isupper():
                text = "•"  # Tesseract reads a bullet as "e", "¢" or "°" at the start of a line
        words.append((text, left, left + width, top, top + line_height[key], float(size)))
    return words


def available_ocr() -> Callable[[bytes, int], list[OcrWord]] | None:
    """`ocr_page` when Tesseract is installed, else None (and the pages are said to be unsearchable)."""
    return ocr_page if ocr_languages() is not None else None
