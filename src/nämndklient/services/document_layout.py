"""The layout of a plan for the reader, read from the document's stored source.

The plan's import keeps its figures and its plain text; the reader needs its headings
and tables too. Those are read from the very bytes the current version was imported
from, so a database made before this reader existed shows its plan as tables as well.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.layout import LayoutBlock
from ..domain.records import DocumentKind
from ..importers.plan_layout import plan_layout
from ..persistence.models import Document, DocumentVersion

__all__ = ["document_layout"]


def document_layout(session: Session, key: str) -> tuple[LayoutBlock, ...] | None:
    """Headings, paragraphs and tables of a plan; None for other documents or when no source is kept."""
    doc = session.scalar(select(Document).where(Document.key == key))
    if doc is None or doc.kind != DocumentKind.PLAN_OCH_BUDGET:
        return None
    row = session.execute(
        select(DocumentVersion.sha256, DocumentVersion.content).where(
            DocumentVersion.document_id == doc.id, DocumentVersion.version == doc.version
        )
    ).first()
    if row is None or not row.content:  # content removed (expired) or never stored
        return None
    return _layout(row.sha256, bytes(row.content))


@lru_cache(maxsize=4)
def _layout(_sha256: str, content: bytes) -> tuple[LayoutBlock, ...] | None:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    return plan_layout(text) or None
