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
    words: list[OcrWord] = []
    for i, text in enumerate(found["text"]):
        text = (text or "").strip()
        if not text or float(found["conf"][i]) < 30:
            continue
        left, top = found["left"][i] * scale, found["top"][i] * scale
        width, height = found["width"][i] * scale, found["height"][i] * scale
        words.append((text, left, left + width, top, top + height, round(height * 1.25, 0)))
    return words


def available_ocr() -> Callable[[bytes, int], list[OcrWord]] | None:
    """`ocr_page` when Tesseract is installed, else None (and the pages are said to be unsearchable)."""
    return ocr_page if ocr_languages() is not None else None
