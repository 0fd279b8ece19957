"""Attach files to agenda items: tjänsteskrivelser as the item's case, other PDFs as beslutsunderlag."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from ..domain.records import DocumentKind, ImportFailure, ImportReport
from ..persistence import keys
from ..persistence.database import Database
from ..persistence.models import AgendaItem, Case, ItemDocument
from ..persistence.writer import Source, guard_personal, store_document


def pdf_page_count(data: bytes, name: str) -> int:
    """Refuse what is not a readable PDF, naming the file; return its page count."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.startswith(b"%PDF"):
        raise ImportFailure(name, 0, "en PDF-fil", data[:8].decode("latin-1"))
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ImportFailure(name, 0, "en PDF utan lösenordsskydd", "krypterad PDF")
        return len(reader.pages)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise ImportFailure(name, 0, "en läsbar PDF-fil", str(exc)) from exc


def _split(paths: list[Path]) -> tuple[list[tuple[Path, object, object]], list[Path]]:
    """Tjänsteskrivelser and protocol excerpts (in any form) apart from other PDFs, which are attachments."""
    from .importing import parse_file

    documents: list[tuple[Path, object, object]] = []
    others: list[Path] = []
    for path in paths:
        try:
            kind, record, doc = parse_file(path, lenient=False, skipped=[])
        except ImportFailure:
            if path.read_bytes()[:5] != b"%PDF-":
                raise  # neither a known document nor a PDF: the parser's reason is the one to give
            others.append(path)
            continue
        if kind != "case_document":
            raise ImportFailure(str(path), 0, "en tjänsteskrivelse, ett protokollsutdrag eller en bilaga i PDF",
                                "Plan och budget, som inte hör till ett enskilt ärende")
        documents.append((path, record, doc))
    return documents, others


def attach_files(db: Database, item_key: str, paths: list[Path]) -> ImportReport:
    """Attach files to an agenda item: a tjänsteskrivelse becomes the item's case, a PDF its attachment.

    The member's choice of case is kept apart (personal_case_link), so a later publication of
    the meeting does not undo it.
    """
    from ..domain.linking import CaseLink
    from ..persistence.models import CaseLinkChoice
    from ..persistence.writer import store_case_document

    report = ImportReport()
    documents, pdfs = _split(paths)
    files = [(p, p.read_bytes()) for p in pdfs]
    counts = [pdf_page_count(data, str(p)) for p, data in files]
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
        for (path, data), pages in zip(files, counts, strict=True):
            doc = store_document(
                s,
                key=keys.document_key(DocumentKind.ATTACHMENT, None, f"{item_key}/{path.name}"),
                kind=DocumentKind.ATTACHMENT,
                title=path.stem.replace("_", " "),
                source=Source(path.name, "pdf", data, "application/pdf"),
                text="",
                details={},
                case=item.case,
                date=item.meeting.start,
                report=report,
                page_count=pages,
            )
            if not any(a.document_id == doc.id for a in item.attachments):
                order = s.scalar(select(func.count()).where(ItemDocument.item_id == item.id)) or 0
                item.attachments.append(ItemDocument(document=doc, order=order))
    if chosen is not None:
        with db.session() as s:  # the member's own choice, written apart from the published rows
            link = s.scalar(select(CaseLinkChoice).where(CaseLinkChoice.item_key == item_key))
            if link is None:
                s.add(CaseLinkChoice(item_key=item_key, case_key=chosen))
            else:
                link.case_key = chosen
    return report
