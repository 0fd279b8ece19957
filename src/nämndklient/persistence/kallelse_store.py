"""Write a read kallelse: the meeting through the one meeting writer, each item's pages as its papers.

Each item's page range becomes a PDF of its own (cut from the kallelse with
pikepdf, deterministically, so the same kallelse gives the same bytes), attached
to the item and opening at its first page; the range is kept in the document's
details so the member can see where in the kallelse it stood. Where an item's
pages hold a tjänsteskrivelse, it is read as one and becomes the item's case.
Importing the same kallelse again changes nothing; a revised one gives new
versions of the documents that changed, and notes stay with their items.
"""

from __future__ import annotations

import io
from pathlib import PurePath

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import records as r
from ..importers.kallelse import KallelseItem, KallelseRecord
from ..importers.pdf_text import PdfText
from . import search_index
from .models import AgendaItem, ItemDocument, Meeting
from .writer import Source, indexes_search, record_source, store_case_document, store_document, store_meeting

__all__ = ["cut_pages", "store_kallelse"]


def cut_pages(data: bytes, ranges: list[tuple[int, int]]) -> list[bytes]:
    """Each range of pages (1-based, inclusive) as a PDF of its own, the same bytes every time.

    The kallelse is opened once for all its items, not once per item.
    """
    import pikepdf

    parts: list[bytes] = []
    with pikepdf.open(io.BytesIO(data)) as whole:
        for first, last in ranges:
            with pikepdf.new() as part:
                part.pages.extend(whole.pages[first - 1:last])
                out = io.BytesIO()
                part.save(out, deterministic_id=True, compress_streams=True)
                parts.append(out.getvalue())
    return parts


def _item_text(pdf: PdfText, item: KallelseItem) -> str:
    assert item.first_page is not None and item.last_page is not None
    return "\n\n".join(p.text for p in pdf.pages[item.first_page - 1:item.last_page])


def _case_text(pdf: PdfText, item: KallelseItem) -> str:
    """The item's pages as a text export, without the kallelse's own heading for the item."""
    lines = [ln for i, ln in enumerate(pdf.text.splitlines())
             if item.first_page <= (pdf.page_of_line(i + 1) or 0) <= (item.last_page or 0)]  # type: ignore[operator]
    while lines and not lines[0].strip():
        lines = lines[1:]
    if lines and lines[0].startswith("#"):
        lines = lines[1:]
    return "\n".join(lines)


def index_pages(session: Session, doc_key: str, title: str, pages: list[str], meeting: Meeting) -> None:
    """Every page of an attachment on its own in the search index, so a hit can open at its page."""
    if not indexes_search(session):
        return
    for n, text in enumerate(pages, 1):
        search_index.upsert(session, search_index.SearchEntry(
            ref=f"page:{doc_key}#{n}", kind="page", title=f"{title}, sida {n}", body=text,
            meeting_key=meeting.key, body_code=meeting.body.code, year=meeting.start.year,
            date=meeting.start.isoformat()))


def store_kallelse(session: Session, rec: KallelseRecord, pdf: PdfText, source: Source, report: r.ImportReport) -> None:
    src = record_source(session, source, report)
    if src is None:
        return  # this very kallelse was read before
    meeting = store_meeting(session, rec.meeting, report, source_id=src.id)
    items = {i.order: i for i in meeting.items if not i.withdrawn}
    stem = PurePath(source.name).stem
    ranges = [(it.first_page, it.last_page) for it in rec.items if it.first_page and it.last_page]
    parts = iter(cut_pages(source.data, ranges))  # in agenda order, as the loop takes them
    for order, it in enumerate(rec.items, 1):
        row: AgendaItem = items[order]
        row.number = it.number
        if it.first_page is None or it.last_page is None:
            continue
        data = next(parts)
        pages = f"{it.first_page}" if it.first_page == it.last_page else f"{it.first_page}–{it.last_page}"
        case_text = _case_text(pdf, it)
        from ..importers.case_document import looks_like_case_document, parse_case_document

        if looks_like_case_document(case_text):
            try:
                case_rec = parse_case_document(case_text, f"{source.name}, sida {pages}", lenient=False, skipped=[])
            except r.ImportFailure:
                case_rec = None  # papers that are not a whole tjänsteskrivelse stay an attachment only
            if case_rec is not None:
                store_case_document(session, case_rec,
                                    Source(f"{source.name}#{it.number}", "kallelse", data, "application/pdf"), report)
        doc_key = f"{r.DocumentKind.ATTACHMENT}:kallelse:{row.key}"
        doc = store_document(
            session,
            key=doc_key,
            kind=r.DocumentKind.ATTACHMENT,
            title=f"{it.number}. {it.title}",
            source=Source(f"{stem}, sida {pages}.pdf", "kallelse", data, "application/pdf"),
            text=_item_text(pdf, it),
            details={"kallelse": source.name, "pages": [it.first_page, it.last_page]},
            case=row.case,
            date=rec.meeting.start,
            report=report,
            page_count=it.last_page - it.first_page + 1,
        )
        if not any(a.document_id == doc.id for a in row.attachments):
            order_no = session.scalar(select(func.count()).where(ItemDocument.item_id == row.id)) or 0
            row.attachments.append(ItemDocument(document=doc, order=order_no))
        index_pages(session, doc.key, doc.title,
                    [p.text for p in pdf.pages[it.first_page - 1:it.last_page]], meeting)
    session.flush()
