"""Attach files to agenda items: tjänsteskrivelser as the item's case, other PDFs as beslutsunderlag.

Each page of an attached PDF is indexed on its own (see `kallelse_store.index_pages`), so a word
on page 17 is found on page 17. Pages without a text layer are read by Tesseract when it is
installed, reporting each page as it goes; the pages that stay unsearchable are handed back, so
the member is told which they are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from ..domain.records import DocumentKind, ImportFailure, ImportReport
from ..persistence import keys
from ..persistence.database import Database
from ..persistence.models import AgendaItem, Case, ItemDocument
from ..persistence.writer import Source, guard_personal, store_document
from .importing import DocumentText

Progress = Callable[[int, int, str], None]
"""(page, pages, file name): Tesseract is reading that page of that file now."""


@dataclass(frozen=True)
class Unsearchable:
    """Pages of an attached PDF that have no text, and so cannot be found by search."""

    file: str
    pages: tuple[int, ...]  # 1-based
    ocr_missing: bool  # True: Tesseract is not installed; False: it read no words there


@dataclass
class AttachOutcome:
    report: ImportReport = field(default_factory=ImportReport)
    unsearchable: list[Unsearchable] = field(default_factory=list)


def pdf_page_count(data: bytes, name: str) -> int:
    """Refuse what is not a readable PDF, naming the file; return its page count (importers.pdf_text's checks)."""
    from ..importers.pdf_text import inspect_pdf

    return inspect_pdf(data, name)[0]


def read_attachment(path: Path, progress: Progress | None = None) -> DocumentText:
    """The file as the parsers read it; a PDF's scanned pages through Tesseract, page by page reported."""
    from ..importers.ocr import available_ocr
    from ..importers.pdf_text import looks_like_pdf, read_pdf
    from .importing import PDF_MEDIA_TYPE, read_document

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailure(str(path), 0, "en läsbar fil", exc.strerror) from exc
    if not looks_like_pdf(data):
        return read_document(path)
    ocr = available_ocr()
    reading = ocr
    if ocr is not None and progress is not None:
        try:
            total = pdf_page_count(data, str(path))
        except ImportFailure:
            total = 0  # read_pdf names what is wrong with the file
        reading = lambda pdf_bytes, page: (progress(page, total, path.name), ocr(pdf_bytes, page))[1]  # noqa: E731
    pdf = read_pdf(data, str(path), ocr=reading)
    return DocumentText(pdf.text, data, PDF_MEDIA_TYPE, pdf)


def _split(paths: list[Path], progress: Progress | None = None
           ) -> tuple[list[tuple[Path, object, object]], list[tuple[Path, DocumentText]]]:
    """Tjänsteskrivelser and protocol excerpts (in any form) apart from other PDFs, which are attachments."""
    from .importing import parse_file

    documents: list[tuple[Path, object, object]] = []
    others: list[tuple[Path, DocumentText]] = []
    for path in paths:
        read = read_attachment(path, progress)
        try:
            kind, record, doc = parse_file(path, lenient=False, skipped=[], doc=read)
        except ImportFailure:
            if read.pdf is None:
                raise  # neither a known document nor a PDF: the parser's reason is the one to give
            others.append((path, read))
            continue
        if kind != "case_document":
            found = "en kallelse, som importeras för sig" if kind == "kallelse" \
                else "Plan och budget, som inte hör till ett enskilt ärende"
            raise ImportFailure(str(path), 0, "en tjänsteskrivelse, ett protokollsutdrag eller en bilaga i PDF", found)
        documents.append((path, record, doc))
    return documents, others


def attach_files(db: Database, item_key: str, paths: list[Path]) -> ImportReport:
    """Attach files to an agenda item: a tjänsteskrivelse becomes the item's case, a PDF its attachment."""
    return attach_documents(db, item_key, paths).report


def attach_documents(db: Database, item_key: str, paths: list[Path],
                     progress: Progress | None = None) -> AttachOutcome:
    """Attach files to an agenda item: a tjänsteskrivelse becomes the item's case, a PDF its attachment.

    Every file is read (and refused, naming it) before anything is written. The member's choice
    of case is kept apart (personal_case_link), so a later publication of the meeting does not
    undo it. An attachment's pages go into the search index one by one; when a file replaces an
    earlier version with fewer pages, the pages it no longer has leave the index.
    """
    from ..domain.linking import CaseLink
    from ..importers.ocr import available_ocr
    from ..persistence import search_index
    from ..persistence.kallelse_store import index_pages
    from ..persistence.models import CaseLinkChoice
    from ..persistence.writer import store_case_document

    outcome = AttachOutcome()
    report = outcome.report
    documents, pdfs = _split(paths, progress)
    ocr_missing = available_ocr() is None
    for path, read in pdfs:
        assert read.pdf is not None
        if read.pdf.pages_without_text:
            outcome.unsearchable.append(Unsearchable(path.name, tuple(read.pdf.pages_without_text), ocr_missing))
    chosen: str | None = None
    with db.session() as s:
        guard_personal(s)
        item = s.scalar(select(AgendaItem).where(AgendaItem.key == item_key))
        if item is None:
            raise LookupError(f"Ärendet {item_key!r} finns inte i databasen.")
        for path, record, doc in documents:
            source = Source(path.name, "case_document", doc.data, doc.media_type)  # type: ignore[attr-defined]
            store_case_document(s, record, source, report)  # type: ignore[arg-type]
            case = s.scalar(select(Case).where(Case.key == keys.case_key(record.dnr, path.name)))  # type: ignore[attr-defined]
            if case is not None and item.case_id != case.id:
                item.case, item.case_link = case, CaseLink.MEMBER
                report.count("updated", "ärendepunkter kopplade till sina handlingar")
            if case is not None:
                chosen = case.key
        for path, read in pdfs:
            assert read.pdf is not None
            pages = [p.text for p in read.pdf.pages]
            doc = store_document(
                s,
                key=keys.document_key(DocumentKind.ATTACHMENT, None, f"{item_key}/{path.name}"),
                kind=DocumentKind.ATTACHMENT,
                title=path.stem.replace("_", " "),
                source=Source(path.name, "pdf", read.data, "application/pdf"),
                text="",
                details={},
                case=item.case,
                date=item.meeting.start,
                report=report,
                page_count=len(pages),
            )
            if not any(a.document_id == doc.id for a in item.attachments):
                order = s.scalar(select(func.count()).where(ItemDocument.item_id == item.id)) or 0
                item.attachments.append(ItemDocument(document=doc, order=order))
            gone = [ref for ref in search_index.page_refs(s, [doc.key]) if int(ref.rsplit("#", 1)[1]) > len(pages)]
            search_index.remove_many(s, gone)
            index_pages(s, doc.key, doc.title, pages, item.meeting)
    if chosen is not None:
        with db.session() as s:  # the member's own choice, written apart from the published rows
            link = s.scalar(select(CaseLinkChoice).where(CaseLinkChoice.item_key == item_key))
            if link is None:
                s.add(CaseLinkChoice(item_key=item_key, case_key=chosen))
            else:
                link.case_key = chosen
    return outcome
