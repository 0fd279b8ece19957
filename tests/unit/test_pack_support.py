"""Shared helpers for the meeting-pack tests (kept in a test_pack_* module on purpose)."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from nämndklient.packs.spec import PackAttachment, PackOptions
from tests.helpers.pack_sample import make_pdf, sample_meeting

CREATED = datetime(2026, 11, 23, 10, 15)

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
                                   reason="poppler-utils (pdftotext, pdffonts) saknas")
needs_qpdf = pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf saknas")


def options(**kw) -> PackOptions:
    return PackOptions(created=CREATED, **kw)


def page_texts(path: Path, layout: bool = False, nodiag: bool = False) -> list[str]:
    """Text of every page, as pdftotext extracts it (pages split on form feed)."""
    flags = (["-layout"] if layout else []) + (["-nodiag"] if nodiag else [])
    args = ["pdftotext", "-enc", "UTF-8", *flags, str(path), "-"]
    out = subprocess.run(args, capture_output=True, check=True, text=True).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def outline_of(path: Path) -> list[tuple[int, str, int]]:
    """(level, title, 0-based page) for every bookmark, in order."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    found: list[tuple[int, str, int]] = []

    def walk(nodes, level: int) -> None:
        for node in nodes:
            if isinstance(node, list):
                walk(node, level + 1)
            else:
                found.append((level, node.title, reader.get_destination_page_number(node)))

    walk(reader.outline, 0)
    return found


def encrypted_pdf(password: str = "hemligt") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(2, "Krypterad"))))
    writer.encrypt(password)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def broken_meeting():
    """One item with a good attachment and the three kinds of broken ones."""
    meeting = sample_meeting(items=1, attachments=1, pages=2)
    item = meeting.items[0]
    good = make_pdf(3, "Hel")
    atts = (
        PackAttachment("Hel bilaga", "hel.pdf", good),
        PackAttachment("Word-fil", "protokoll.docx", b"PK\x03\x04 not a pdf at all"),
        PackAttachment("Avklippt", "avklippt.pdf", good[: len(good) // 2]),
        PackAttachment("Låst", "last.pdf", encrypted_pdf()),
    )
    return meeting.__class__(**{**meeting.__dict__, "items": (item.__class__(**{**item.__dict__,
                                                                                 "attachments": atts}),)})


def diagonal_text(path: Path) -> list[str]:
    """Per page, the letters that only exist as diagonal text (the watermark), sorted."""
    full = page_texts(path)
    straight = page_texts(path, nodiag=True)
    out = []
    for a, b in zip(full, straight, strict=True):
        rest = sorted("".join(a.split()))
        for ch in "".join(b.split()):
            rest.remove(ch)
        out.append("".join(rest))
    return out
