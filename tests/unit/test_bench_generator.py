"""The bench material: real PDFs, deterministic, stored the way attached files are."""

from __future__ import annotations

import io
import random
from pathlib import Path

from pypdf import PdfReader

from nämndklient.bench.pdfgen import attachment_pdf


def test_attachment_pdfs_are_real_deterministic_and_swedish() -> None:
    one = attachment_pdf(random.Random(4), 7, "Uppföljning av tandvården (bilaga)", "RS/12/2024")
    assert one == attachment_pdf(random.Random(4), 7, "Uppföljning av tandvården (bilaga)", "RS/12/2024")
    assert one != attachment_pdf(random.Random(5), 7, "Uppföljning av tandvården (bilaga)", "RS/12/2024")
    reader = PdfReader(io.BytesIO(one), strict=True)
    assert len(reader.pages) == 7
    text = reader.pages[6].extract_text()
    assert "Uppföljning av tandvården (bilaga)" in text and "Sida 7 av 7" in text and "RS/12/2024" in text
    assert any(ch in text for ch in "åäö")


def test_large_database_stores_attachments_like_attached_files(tmp_path: Path) -> None:
    from nämndklient.bench.large import PACK_PAGES, build_large_database, pack_meeting_key
    from nämndklient.persistence.database import open_database
    from nämndklient.services import catalog

    path = build_large_database(tmp_path / "l.sqlite", years=1, meetings_per_year=1, items_per_meeting=2, notes=3,
                                kpis=3)
    db = open_database(path)
    try:
        with db.session() as s:
            pack = catalog.find_meeting(s, pack_meeting_key())
            assert len(pack.items) == 40
            details = [catalog.item_detail(s, i.key) for i in pack.items]
            pages = [a.page_count for d in details for a in d.attachments]
            assert sum(pages) == PACK_PAGES and pages[0] == 30
            first = details[0].attachments[0]
            content = catalog.document_content(s, first.key)
            assert content is not None and len(PdfReader(io.BytesIO(content)).pages) == 30
            other = next(m for m in catalog.meetings(s) if m.key != pack.key)
            assert all(len(catalog.item_detail(s, i.key).attachments) == 3 for i in other.items)
            assert len(catalog.kpis(s)) == 3
    finally:
        db.dispose()
