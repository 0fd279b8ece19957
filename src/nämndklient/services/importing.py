"""Import documents: detect each file's kind, parse it, write it all in one transaction.

Parsing happens before the transaction opens, so a file that breaks its
structure is refused before anything is written. A dry run performs the whole
write and rolls it back, so what it reports is exactly what a real import would
change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.records import ImportFailure, ImportReport, Skipped
from ..importers.pdf_text import PdfText
from ..persistence.database import Database
from ..persistence.writer import Source, guard_personal, store_case_document, store_plan

Writer = Callable[..., None]


class DryRunDone(Exception):
    """Raised inside the transaction to roll back a dry run."""


TEXT_MEDIA_TYPE = "text/plain; charset=utf-8"
PDF_MEDIA_TYPE = "application/pdf"
DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass(frozen=True)
class DocumentText:
    """A document as read: the text the parsers see, the bytes as they came, and a PDF's pages."""

    text: str
    data: bytes
    media_type: str
    pdf: PdfText | None = None


@dataclass
class ImportOutcome:
    report: ImportReport = field(default_factory=ImportReport)
    kinds: dict[str, str] = field(default_factory=dict)  # file name -> detected kind
    dry_run: bool = False


def read_text(path: Path) -> tuple[str, bytes]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailure(str(path), 0, "en läsbar fil", exc.strerror) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFailure(str(path), line, "text i UTF-8", f"byte 0x{data[exc.start]:02x}") from exc
    if "\x00" in text:
        raise ImportFailure(str(path), text[: text.index("\x00")].count("\n") + 1, "ett textdokument", "binärdata")
    return text.replace("\r\n", "\n").replace("\r", "\n"), data


def read_document(path: Path) -> DocumentText:
    """The file's text as the structure parsers read it, whatever form it came in.

    The kind is told from the content, never the file name: a PDF by its header,
    a Word file by its ZIP package (or the legacy/encrypted Word container, which
    is refused with a reason), anything else as UTF-8 text.
    """
    from ..importers.docx_text import docx_to_text, looks_like_docx
    from ..importers.pdf_text import looks_like_pdf, read_pdf

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailure(str(path), 0, "en läsbar fil", exc.strerror) from exc
    if looks_like_pdf(data):
        from ..importers.ocr import available_ocr

        pdf = read_pdf(data, str(path), ocr=available_ocr())
        return DocumentText(pdf.text, data, PDF_MEDIA_TYPE, pdf)
    if looks_like_docx(data):
        return DocumentText(docx_to_text(data, str(path)), data, DOCX_MEDIA_TYPE)
    text, data = read_text(path)
    return DocumentText(text, data, TEXT_MEDIA_TYPE)


def _on_page(failure: ImportFailure, doc: DocumentText) -> ImportFailure:
    """A parser's line in a PDF's derived text, told as the page a member can open."""
    if doc.pdf is None or not failure.line:
        return failure
    page = doc.pdf.page_of_line(failure.line)
    where = f"{failure.file}, sida {page}" if page else failure.file
    return ImportFailure(where, 0, failure.expected, failure.found)


def parse_file(path: Path, *, lenient: bool, skipped: list[Skipped],
               doc: DocumentText | None = None) -> tuple[str, object, DocumentText]:
    """Return (kind, record, the document) for one file, or raise ImportFailure.

    `doc` is the file already read (say, with OCR progress shown), so it is not read twice.
    """
    from ..importers.case_document import looks_like_case_document, parse_case_document
    from ..importers.plan_och_budget import looks_like_plan, parse_plan

    doc = doc or read_document(path)
    text = doc.text
    name = str(path)
    if doc.pdf is not None:
        from ..importers.kallelse import looks_like_kallelse, parse_kallelse

        if looks_like_kallelse(doc.pdf):
            return "kallelse", parse_kallelse(doc.pdf, name), doc
    try:
        if looks_like_plan(text):
            return "plan_och_budget", parse_plan(text, name, lenient=lenient, skipped=skipped), doc
        if looks_like_case_document(text):
            return "case_document", parse_case_document(text, name, lenient=lenient, skipped=skipped), doc
    except ImportFailure as failure:
        raise _on_page(failure, doc) from failure
    if doc.pdf is not None and not text.strip():
        pages = doc.pdf.pages_without_text
        raise ImportFailure(name, 0, "en PDF med textlager (eller Tesseract installerat för inskannade sidor)",
                            f"inget textlager på {_page_list(pages)}")
    first = next((i + 1 for i, line in enumerate(text.splitlines()) if line.strip()), 1)
    raise _on_page(ImportFailure(
        name, first, "ett känt dokument: Plan och budget, tjänsteskrivelse, protokollsutdrag eller kallelse"
    ), doc)


def _page_list(pages: list[int]) -> str:
    if not pages:
        return "någon sida"
    if len(pages) == 1:
        return f"sidan {pages[0]}"
    return f"sidorna {pages[0]}–{pages[-1]}" if pages == list(range(pages[0], pages[-1] + 1)) \
        else "sidorna " + ", ".join(map(str, pages[:10])) + (" …" if len(pages) > 10 else "")


def import_paths(
    db: Database, paths: Iterable[Path], *, dry_run: bool = False, lenient: bool = False
) -> ImportOutcome:
    outcome = ImportOutcome(dry_run=dry_run)
    parsed: list[tuple[Path, str, object, DocumentText]] = []
    for path in paths:
        try:
            kind, record, doc = parse_file(path, lenient=lenient, skipped=outcome.report.skipped)
        except ImportFailure as failure:
            if not lenient:
                raise
            outcome.report.skipped.append(Skipped(failure.file, failure.line, str(failure)))
            continue
        outcome.kinds[path.name] = kind
        parsed.append((path, kind, record, doc))

    try:
        with db.session() as session:
            guard_personal(session)
            for path, kind, record, doc in parsed:
                source = Source(name=path.name, kind=kind, data=doc.data, media_type=doc.media_type)
                if kind == "plan_och_budget":
                    store_plan(session, record, source, outcome.report)  # type: ignore[arg-type]
                elif kind == "kallelse":
                    from ..persistence.kallelse_store import store_kallelse

                    store_kallelse(session, record, doc.pdf, source, outcome.report)  # type: ignore[arg-type]
                else:
                    store_case_document(session, record, source, outcome.report)  # type: ignore[arg-type]
            if dry_run:
                raise DryRunDone
    except DryRunDone:
        pass
    return outcome


def value_file_kind(path: Path) -> str | None:
    """'kolada' or 'outcome_template' when the file's content says so; None for documents."""
    from ..importers.kolada import looks_like_kolada
    from ..importers.outcome_template import looks_like_outcome_template

    try:
        data = path.read_bytes()
    except OSError:
        return None  # read_text names the problem when the file is imported as a document
    from ..importers.docx_text import looks_like_docx
    from ..importers.pdf_text import looks_like_pdf

    if looks_like_pdf(data) or looks_like_docx(data):
        return None  # documents, never values: no sniffing of their bytes as CSV
    if looks_like_kolada(data, path.name):
        return "kolada"
    if looks_like_outcome_template(data, path.name):
        return "outcome_template"
    return None


def import_value_file(db: Database, path: Path, kind: str, *, dry_run: bool = False) -> ImportReport:
    """Kolada values or a filled outcome template, in one transaction; a dry run only parses."""
    from ..importers.kolada import parse_kolada
    from ..importers.outcome_template import parse_template
    from .kpi_values import import_kolada, import_outcome_template

    if dry_run:
        report = ImportReport()
        data = path.read_bytes()
        if kind == "kolada":
            report.count("created", "värden (Kolada)", len(parse_kolada(data, str(path))))
        else:
            content = parse_template(data, str(path))
            report.count("created", "nyckeltalsvärden", len(content.kpi_values))
            report.count("created", "budgetutfall", len(content.budget_values))
        return report
    return import_kolada(db, path) if kind == "kolada" else import_outcome_template(db, path)


def import_seed_documents(db: Database) -> ImportOutcome:
    """Fill a new database with the region's own documents shipped in the package."""
    from ..resources import seed_documents

    return import_paths(db, seed_documents())
