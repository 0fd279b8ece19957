"""Make small real PDFs for tests."""

from __future__ import annotations

import io


def make_pdf(pages: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=1)
    for text in pages:
        canvas.drawString(72, 750, text)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()
