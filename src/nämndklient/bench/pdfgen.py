"""Real PDF attachments, written fast enough for ten years of material.

reportlab lays out about a thousand pages a second; the large database needs
hundreds of thousands. These PDFs are written by hand instead: the standard
Helvetica fonts (no embedding: every PDF reader has them, WinAnsi covers å, ä
and ö), and per file a few page bodies of Swedish prose, compressed once and
shared by the file's pages, each page with its own heading, page number and
diarienummer. The result is a valid PDF 1.4 that pdfium, qpdf and pypdf read
and render like any officer's attachment.
"""

from __future__ import annotations

import random
import zlib
from functools import cache

from .generate import sentence

LINES_PER_PAGE = 44
BODY_TEMPLATES = 48  # distinct page bodies per seed
BODIES_PER_FILE = 4  # distinct bodies in one file; its pages cycle through them


def _pdf_text(text: str) -> bytes:
    """A PDF string literal in WinAnsi (cp1252), with its delimiters escaped."""
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _wrap(text: str, width: int = 96) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line] if line else lines


@cache
def page_bodies(seed: int) -> tuple[bytes, ...]:
    """Compressed content streams of prose paragraphs, the same for the same seed."""
    rng = random.Random(seed)
    bodies = []
    for _ in range(BODY_TEMPLATES):
        lines: list[str] = []
        while len(lines) < LINES_PER_PAGE:
            lines += [*_wrap(" ".join(sentence(rng) for _ in range(rng.randint(2, 5)))), ""]
        ops = [b"BT /F1 10 Tf 13 TL 60 742 Td"]
        ops += [_pdf_text(line) + b" '" for line in lines[:LINES_PER_PAGE]]
        ops.append(b"ET")
        bodies.append(zlib.compress(b"\n".join(ops), 6))
    return tuple(bodies)


class _Writer:
    def __init__(self) -> None:
        self.parts: list[bytes] = [b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"]
        self.size = len(self.parts[0])
        self.offsets: list[int] = []

    def add(self, body: bytes) -> int:
        self.offsets.append(self.size)
        number = len(self.offsets)
        chunk = b"%d 0 obj\n" % number + body + b"\nendobj\n"
        self.parts.append(chunk)
        self.size += len(chunk)
        return number

    def stream(self, data: bytes, compressed: bool) -> int:
        head = b"<< /Length %d%s >>\nstream\n" % (len(data), b" /Filter /FlateDecode" if compressed else b"")
        return self.add(head + data + b"\nendstream")

    def finish(self, root: int) -> bytes:
        xref = [b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.offsets) + 1)]
        xref += [b"%010d 00000 n \n" % off for off in self.offsets]
        trailer = b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(self.offsets) + 1, root, self.size)
        return b"".join([*self.parts, *xref, trailer])


def attachment_pdf(rng: random.Random, pages: int, title: str, dnr: str, *, seed: int = 10) -> bytes:
    """A PDF of `pages` A4 pages: a heading and page number on each, prose from the shared bodies."""
    bodies = page_bodies(seed)
    chosen = rng.sample(range(len(bodies)), min(BODIES_PER_FILE, pages))
    w = _Writer()
    # Object numbers are fixed up front: 1 catalog, 2 pages, 3–4 fonts, then bodies, then pages.
    w.add(b"<< /Type /Catalog /Pages 2 0 R >>")
    first_page = 5 + len(chosen)
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * n) for n in range(pages))
    w.add(b"<< /Type /Pages /Count %d /Kids [%s] /MediaBox [0 0 595 842] >>" % (pages, kids))
    w.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    w.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    body_objects = [w.stream(bodies[n], compressed=True) for n in chosen]
    fonts = b"<< /Font << /F1 3 0 R /F2 4 0 R >> >>"
    for n in range(pages):
        head = (b"BT /F2 13 Tf 60 790 Td " + _pdf_text(title[:80]) + b" Tj ET\n"
                b"BT /F1 9 Tf 60 40 Td " + _pdf_text(f"Dnr {dnr}    Sida {n + 1} av {pages}") + b" Tj ET")
        page = w.add(b"<< /Type /Page /Parent 2 0 R /Resources %s /Contents [%d 0 R %d 0 R] >>"
                     % (fonts, first_page + 2 * n + 1, body_objects[n % len(body_objects)]))
        assert page == first_page + 2 * n
        w.stream(head, compressed=False)
    return w.finish(1)
