"""Attach files (beslutsunderlag as PDF) to agenda items."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from ..domain.records import DocumentKind, ImportFailure, ImportReport
from ..persistence import keys
from ..persistence.database import Database
from ..persistence.models import AgendaItem, ItemDocument
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


def attach_files(db: Database, item_key: str, paths: list[Path]) -> ImportReport:
    """Store each PDF as a document of the item, a new version if its name was attached before."""
    report = ImportReport()
    files = [(p, p.read_bytes()) for p in paths]
    counts = [pdf_page_count(data, str(p)) for p, data in files]
    with db.session() as s:
        guard_personal(s)
        item = s.scalar(select(AgendaItem).where(AgendaItem.key == item_key))
        if item is None:
            raise LookupError(f"Ärendet {item_key!r} finns inte i databasen.")
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
    return report
