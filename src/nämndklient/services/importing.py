"""Import documents: detect each file's kind, parse it, write it all in one transaction.

Parsing happens before the transaction opens, so a file that breaks its
structure is refused before anything is written. A dry run performs the whole
write and rolls it back, so what it reports is exactly what a real import would
change.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.records import ImportFailure, ImportReport, Skipped
from ..importers.detect import (
    KIND_WORDS,
    MAX_DOCUMENT_BYTES,
    MAX_JSON_BYTES,
    MAX_SPREADSHEET_BYTES,
    Kind,
    check_json_depth,
    check_size,
    check_text_shape,
    detect,
    refuse,
)
from ..importers.pdf_text import PdfText
from ..importers.wholeness import check_case_document, check_plan
from ..persistence.database import Database
from ..persistence.writer import Source, guard_personal, store_case_document, store_plan

Writer = Callable[..., None]
log = logging.getLogger(__name__)


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
    """The document's text, after its kind and size were checked: never more than the limits allow."""
    found = detect(path)
    if found.kind != Kind.TEXT:
        raise refuse(path, "ett textdokument (Plan och budget, tjänsteskrivelse eller protokollsutdrag)",
                     KIND_WORDS[found.kind])
    check_size(path, found.size, MAX_DOCUMENT_BYTES, "ett textdokument")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailure(str(path), 0, "en läsbar fil", exc.strerror) from exc
    check_size(path, len(data), MAX_DOCUMENT_BYTES, "ett textdokument")  # it may have grown since
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFailure(str(path), line, "text i UTF-8", f"byte 0x{data[exc.start]:02x}") from exc
    if "\x00" in text:
        raise ImportFailure(str(path), text[: text.index("\x00")].count("\n") + 1, "ett textdokument", "binärdata")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    check_text_shape(text, path)
    return text, data


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy or password-protected Word: refused with a reason


def read_document(path: Path) -> DocumentText:
    """The file's text as the structure parsers read it, whatever form it came in.

    The kind is told from the first bytes (importers.detect), never the file name: a PDF,
    a Word file (or the legacy/encrypted Word container, refused with a reason), or
    UTF-8 text within the limits.
    """
    from ..importers.docx_text import docx_to_text
    from ..importers.pdf_text import PDF_LIMITS, read_pdf

    found = detect(path)
    if found.kind == Kind.PDF:
        from ..importers.ocr import available_ocr

        check_size(path, found.size, PDF_LIMITS.bytes, "en PDF")
        data = _read_bytes(path)
        pdf = read_pdf(data, str(path), ocr=available_ocr())
        return DocumentText(pdf.text, data, PDF_MEDIA_TYPE, pdf)
    if found.kind == Kind.DOCX or (found.kind == Kind.BINARY and found.head.startswith(_OLE)):
        check_size(path, found.size, MAX_DOCUMENT_BYTES * 16, "ett Word-dokument")
        data = _read_bytes(path)
        return DocumentText(docx_to_text(data, str(path)), data, DOCX_MEDIA_TYPE)
    text, data = read_text(path)
    return DocumentText(text, data, TEXT_MEDIA_TYPE)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ImportFailure(str(path), 0, "en läsbar fil", exc.strerror) from exc


def _on_page(failure: ImportFailure, doc: DocumentText) -> ImportFailure:
    """A parser's line in a PDF's derived text, told as the page a member can open."""
    if doc.pdf is None or not failure.line:
        return failure
    page = doc.pdf.page_of_line(failure.line)
    where = f"{failure.file}, sida {page}" if page else failure.file
    return ImportFailure(where, 0, failure.expected, failure.found)


def _page_list(pages: list[int]) -> str:
    if not pages:
        return "någon sida"
    if len(pages) == 1:
        return f"sidan {pages[0]}"
    if pages == list(range(pages[0], pages[-1] + 1)):
        return f"sidorna {pages[0]}–{pages[-1]}"
    return "sidorna " + ", ".join(map(str, pages[:10])) + (" …" if len(pages) > 10 else "")


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
    try:
        if doc.pdf is not None:
            from ..importers.kallelse import looks_like_kallelse, parse_kallelse

            if looks_like_kallelse(doc.pdf):
                return "kallelse", parse_kallelse(doc.pdf, name), doc
        if looks_like_plan(text):
            plan = parse_plan(text, name, lenient=lenient, skipped=skipped)
            check_plan(text, plan, name, lenient=lenient, skipped=skipped)
            return "plan_och_budget", plan, doc
        if looks_like_case_document(text):
            case = parse_case_document(text, name, lenient=lenient, skipped=skipped)
            check_case_document(text, case, name, lenient=lenient, skipped=skipped)
            return "case_document", case, doc
    except ImportFailure as failure:
        raise _on_page(failure, doc) from failure
    except Exception as exc:  # RecursionError, a parser's bug: one sentence, the trace in the log
        log.error("Tolkningen av %s misslyckades", name, exc_info=True)
        raise ImportFailure(name, 0, "ett dokument som går att tolka", "ett fel i tolkningen (se loggen)") from exc
    if doc.pdf is not None and not text.strip():
        raise ImportFailure(name, 0, "en PDF med textlager (eller Tesseract installerat för inskannade sidor), "
                                     f"men fann inget textlager på {_page_list(doc.pdf.pages_without_text)}")
    first = next((i + 1 for i, line in enumerate(text.splitlines()) if line.strip()), 1)
    raise _on_page(ImportFailure(
        name, first, "ett känt dokument: Plan och budget, tjänsteskrivelse, protokollsutdrag eller kallelse"
    ), doc)


@dataclass
class Prepared:
    """Documents parsed and checked, not yet written: what a refused file leaves is nothing at all."""

    parsed: list[tuple[Path, str, object, DocumentText]] = field(default_factory=list)
    kinds: dict[str, str] = field(default_factory=dict)
    skipped: list[Skipped] = field(default_factory=list)
    lenient: bool = False


def prepare_documents(paths: Iterable[Path], *, lenient: bool = False) -> Prepared:
    prepared = Prepared(lenient=lenient)
    for path in paths:
        try:
            kind, record, doc = parse_file(path, lenient=lenient, skipped=prepared.skipped)
        except ImportFailure as failure:
            if not lenient:
                raise
            prepared.skipped.append(Skipped(failure.file, failure.line, str(failure)))
            continue
        prepared.kinds[path.name] = kind
        prepared.parsed.append((path, kind, record, doc))
    return prepared


def import_prepared(db: Database, prepared: Prepared, *, dry_run: bool = False) -> ImportOutcome:
    outcome = ImportOutcome(dry_run=dry_run, kinds=dict(prepared.kinds))
    outcome.report.skipped.extend(prepared.skipped)
    try:
        with db.session() as session:
            guard_personal(session)
            for path, kind, record, doc in prepared.parsed:
                source = Source(name=path.name, kind=kind, data=doc.data, media_type=doc.media_type,
                                strict=not prepared.lenient)
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


def import_paths(
    db: Database, paths: Iterable[Path], *, dry_run: bool = False, lenient: bool = False
) -> ImportOutcome:
    return import_prepared(db, prepare_documents(paths, lenient=lenient), dry_run=dry_run)


def classify(path: Path, *, attach: bool = False) -> str:
    """What an input file is, from its content: 'package', 'oparl', 'kolada', 'outcome_template',
    'pdf' or 'document'; anything else is refused naming the file and what it is.

    Only the first bytes are read to decide; JSON is checked for size and depth before any
    parser sees it. Nothing here runs a CSV reader over bytes of unknown kind.
    """
    if path.is_dir():  # a crawl of an OParl server: a folder of pages linked by links.next
        from ..publishing.oparl_read import looks_like_oparl

        if looks_like_oparl(path):
            return "oparl"
        raise refuse(path, "en fil, eller en mapp med JSON-sidor från en OParl-server")
    found = detect(path)
    kind = found.kind
    if path.suffix.casefold() == ".zip" and kind != Kind.ZIP:
        raise refuse(path, "ett mötespaket (ett zip-arkiv), som filnamnet säger", KIND_WORDS[kind])
    if kind == Kind.PDF:
        return "pdf" if attach else "document"  # a tjänsteskrivelse, a plan or a kallelse; else refused by name
    if kind == Kind.DOCX or (kind == Kind.BINARY and found.head.startswith(_OLE)):
        return "document"  # Word: read by importers.docx_text, which refuses macros and legacy files
    if attach and kind != Kind.TEXT:
        raise refuse(path, "en PDF-fil, ett Word-dokument eller ett textdokument att lägga till ärendet",
                     KIND_WORDS[kind])
    if kind == Kind.ZIP:
        return "package"  # its own limits: publishing.package_reader
    if kind == Kind.ODF:  # a template saved by LibreOffice as ODS
        check_size(path, found.size, MAX_SPREADSHEET_BYTES, "ett kalkylark")
        from ..importers.outcome_template import looks_like_outcome_template

        if looks_like_outcome_template(path.read_bytes(), path.name):
            return "outcome_template"
        raise refuse(path, "mallen för utfall (gör den med 'nämndklient export-template')",
                     "ett annat OpenDocument-dokument")
    if kind == Kind.XLSX:
        check_size(path, found.size, MAX_SPREADSHEET_BYTES, "ett kalkylark")
        from ..importers.outcome_template import looks_like_outcome_template

        if looks_like_outcome_template(path.read_bytes(), path.name):
            return "outcome_template"
        raise refuse(path, "mallen för utfall (gör den med 'nämndklient export-template')",
                     "ett annat Excel-ark")
    if kind == Kind.JSON:
        check_size(path, found.size, MAX_JSON_BYTES, "en JSON-fil")
        data = path.read_bytes()
        check_json_depth(data, path)
        if b"schema.oparl.org/1." in found.head or b"schema.oparl.org\\/1." in found.head:  # "\/" as servers escape it
            return "oparl"
        from ..importers.kolada import looks_like_kolada

        if looks_like_kolada(data, path.name):
            return "kolada"
        raise refuse(path, "JSON från Kolada (v3) eller OParl 1.1", "en annan JSON-fil")
    if kind == Kind.TEXT:
        check_size(path, found.size, MAX_DOCUMENT_BYTES, "ett textdokument")
        return "outcome_template" if _csv_template_header(found.head) else "document"
    raise refuse(path, "ett känt dokument (text, PDF, JSON, XLSX eller mötespaket)", KIND_WORDS[kind])


def _csv_template_header(head: bytes) -> bool:
    """The template's CSV starts with its KPI or budget header row; only that one line is read."""
    import csv

    from ..importers.outcome_template import looks_like_outcome_template

    first = head.removeprefix(b"\xef\xbb\xbf").split(b"\n", 1)[0].rstrip(b"\r")
    if b";" not in first and b"," not in first and b"\t" not in first:
        return False
    try:
        return looks_like_outcome_template(first, "")
    except (csv.Error, ValueError):
        return False


def value_file_kind(path: Path) -> str | None:
    """'kolada' or 'outcome_template' when the file's content says so; None for documents."""
    try:
        kind = classify(path)
    except ImportFailure:
        return None
    return kind if kind in ("kolada", "outcome_template") else None


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
