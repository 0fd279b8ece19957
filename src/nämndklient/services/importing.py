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
from ..importers.wholeness import check_case_document, check_plan
from ..persistence.database import Database
from ..persistence.writer import Source, guard_personal, store_case_document, store_plan

Writer = Callable[..., None]
log = logging.getLogger(__name__)


class DryRunDone(Exception):
    """Raised inside the transaction to roll back a dry run."""


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


def parse_file(path: Path, *, lenient: bool, skipped: list[Skipped]) -> tuple[str, object, bytes]:
    """Return (kind, record, raw bytes) for one file, or raise ImportFailure."""
    from ..importers.case_document import looks_like_case_document, parse_case_document
    from ..importers.plan_och_budget import looks_like_plan, parse_plan

    text, data = read_text(path)
    name = str(path)
    try:
        if looks_like_plan(text):
            plan = parse_plan(text, name, lenient=lenient, skipped=skipped)
            check_plan(text, plan, name, lenient=lenient, skipped=skipped)
            return "plan_och_budget", plan, data
        if looks_like_case_document(text):
            case = parse_case_document(text, name, lenient=lenient, skipped=skipped)
            check_case_document(text, case, name, lenient=lenient, skipped=skipped)
            return "case_document", case, data
    except ImportFailure:
        raise
    except Exception as exc:  # RecursionError, a parser's bug: one sentence, the trace in the log
        log.error("Tolkningen av %s misslyckades", name, exc_info=True)
        raise ImportFailure(name, 0, "ett dokument som går att tolka", "ett fel i tolkningen (se loggen)") from exc
    first = next((i + 1 for i, line in enumerate(text.splitlines()) if line.strip()), 1)
    raise ImportFailure(
        name, first, "ett känt dokument: Plan och budget, tjänsteskrivelse eller protokollsutdrag"
    )


@dataclass
class Prepared:
    """Documents parsed and checked, not yet written: what a refused file leaves is nothing at all."""

    parsed: list[tuple[Path, str, object, bytes]] = field(default_factory=list)
    kinds: dict[str, str] = field(default_factory=dict)
    skipped: list[Skipped] = field(default_factory=list)
    lenient: bool = False


def prepare_documents(paths: Iterable[Path], *, lenient: bool = False) -> Prepared:
    prepared = Prepared(lenient=lenient)
    for path in paths:
        try:
            kind, record, data = parse_file(path, lenient=lenient, skipped=prepared.skipped)
        except ImportFailure as failure:
            if not lenient:
                raise
            prepared.skipped.append(Skipped(failure.file, failure.line, str(failure)))
            continue
        prepared.kinds[path.name] = kind
        prepared.parsed.append((path, kind, record, data))
    return prepared


def import_prepared(db: Database, prepared: Prepared, *, dry_run: bool = False) -> ImportOutcome:
    outcome = ImportOutcome(dry_run=dry_run, kinds=dict(prepared.kinds))
    outcome.report.skipped.extend(prepared.skipped)
    try:
        with db.session() as session:
            guard_personal(session)
            for path, kind, record, data in prepared.parsed:
                source = Source(name=path.name, kind=kind, data=data, strict=not prepared.lenient)
                if kind == "plan_och_budget":
                    store_plan(session, record, source, outcome.report)  # type: ignore[arg-type]
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
    found = detect(path)
    kind = found.kind
    if path.suffix.casefold() == ".zip" and kind != Kind.ZIP:
        raise refuse(path, "ett mötespaket (ett zip-arkiv), som filnamnet säger", KIND_WORDS[kind])
    if kind == Kind.PDF:
        if not attach:
            raise refuse(path, "ett dokument i text (en PDF-fil bifogas till ett ärende med --attach-to ÄRENDE)",
                         KIND_WORDS[kind])
        return "pdf"
    if attach:
        raise refuse(path, "en PDF-fil att bifoga", KIND_WORDS[kind])
    if kind == Kind.ZIP:
        return "package"  # its own limits: publishing.package_reader
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
        if b"schema.oparl.org/1." in found.head:
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
