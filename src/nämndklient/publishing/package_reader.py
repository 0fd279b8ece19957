"""The member's side: verify a package completely, then write it in one transaction.

Everything that can refuse a package happens before the database is opened for
writing: the zip's directory (names, declared sizes), the signature over the
manifest, the trust decision, the schema, and each file streamed with a size cap
and checked against its SHA-512. Only then does one transaction store the
meeting, its cases and documents (a new version where the content changed),
mark dropped items withdrawn and re-anchor the member's notes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import records as r
from ..domain.linking import CaseLink
from ..persistence.database import Database
from ..persistence.models import (
    AgendaItem,
    Case,
    Document,
    ItemDocument,
    Meeting,
    TrustDecision,
    utcnow,
)
from ..persistence.writer import (
    Source,
    ensure_body,
    guard_personal,
    item_keys,
    set_signed_source,
    signed_conflict,
    store_document,
    store_meeting,
)
from ..services.personal import reanchor_meeting_notes
from . import freshness
from . import manifest as mf
from .package_writer import MANIFEST_NAME, SIGNATURE_NAME, PackageContent
from .signing import Signature, TrustStore, short_fingerprint, verify

MAX_MANIFEST = 20 * 1024 * 1024
MAX_FILE = 200 * 1024 * 1024
MAX_TOTAL = 1024 * 1024 * 1024
MAX_MEMBERS = 5001
MAX_RATIO = 200  # a document compressing better than 1:200 is a zip bomb, not a document
RATIO_SLACK = 4096  # a member of a few kB may compress further (headers, repeated whitespace)
CHUNK = 64 * 1024

log = logging.getLogger(__name__)

PAUSE_ENV = "NAMNDKLIENT_TEST_IMPORT_PAUSE"  # tests only: seconds to sleep between write steps


@dataclass(frozen=True)
class VerifiedPackage:
    content: PackageContent
    signer: str | None  # key fingerprint, None when unsigned
    trusted: bool
    name: str
    file: str = ""  # the path, as messages name it

    @property
    def origin(self) -> Origin:
        return Origin(self.signer or freshness.UNSIGNED, self.trusted, self.file or self.name)


@dataclass(frozen=True)
class Origin:
    """Who vouches for content being written: its publisher (for versions) and whether it is trusted."""

    publisher: str  # a key's fingerprint, `unsigned`, or `central:URL`
    signed: bool  # a trusted key, or the central store
    file: str  # what refusals name


@dataclass
class PackageReport:
    meeting: str
    signer: str | None
    trusted: bool
    report: r.ImportReport = field(default_factory=r.ImportReport)
    changed_documents: list[str] = field(default_factory=list)
    unchanged_documents: int = 0
    withdrawn_items: list[str] = field(default_factory=list)
    notes_moved: int = 0
    notes_orphaned: int = 0
    meeting_changed: bool = False
    version: int | None = None  # the publisher's version of the meeting that was read
    previous_version: int | None = None  # the version from the same publisher before it; None: the first
    skipped: str | None = None  # this very version was already read: the sentence that says so, nothing written
    declassified: list[str] = field(default_factory=list)  # items the publisher made public in this version


# --- verification: nothing here writes -----------------------------------------------


def _member_name_ok(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name or name.startswith("/") or ":" in name:
        return False
    parts = PurePosixPath(name).parts
    return ".." not in parts and "." not in parts and not name.endswith("/")


def _read_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, file: str) -> bytes:
    """Stream one member, stopping as soon as it grows past what it declared."""
    out = bytearray()
    with zf.open(info) as fh:
        while chunk := fh.read(CHUNK):
            out += chunk
            if len(out) > cap:
                raise mf.PackageRefused(file, f"{info.filename} är större än angivet.")
    return bytes(out)


def read_package(path: Path, *, accept_untrusted: bool = False, trust_store: TrustStore | None = None) -> VerifiedPackage:
    file = str(path)
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise mf.PackageRefused(file, "filen finns inte.") from exc
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise mf.PackageRefused(file, not_a_package(path)) from exc
    try:
        with zf:
            return _verify(zf, file, path.name, accept_untrusted, trust_store or TrustStore())
    except (zipfile.BadZipFile, EOFError, OSError, zlib_error()) as exc:
        raise mf.PackageRefused(file, f"paketet är skadat och kan inte läsas ({type(exc).__name__}).") from exc


def not_a_package(path: Path) -> str:
    """What a file that is no readable zip really is, by its first bytes: the reason a member is told."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        return f"filen kan inte läsas ({exc.strerror})."
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF-"):
        return "filen är en PDF, inget mötespaket: en PDF läses in genom att bifogas till ett ärende."
    if stripped[:1] in (b"{", b"["):
        return ("filen är JSON men varken ett mötespaket (.zip) eller en OParl-fil "
                "(OParl-objekt har fältet 'type' med https://schema.oparl.org/1.1/…).")
    if head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as zf:
                zf.getinfo(MANIFEST_NAME)
        except KeyError:
            return "filen är en zip-fil utan manifest.json, inget mötespaket."
        except (zipfile.BadZipFile, OSError, EOFError):
            return "filen är ett zip-paket som är trasigt eller avkortat."
        return "filen är ett mötespaket vars manifest.json inte kan läsas."
    if not head:
        return "filen är tom."
    return "filen är inget mötespaket (ett mötespaket är en zip-fil med manifest.json)."


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error


def _verify(zf: zipfile.ZipFile, file: str, name: str, accept_untrusted: bool, trust: TrustStore) -> VerifiedPackage:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise mf.PackageRefused(
            file, f"paketet innehåller {len(infos)} filer, fler än de {MAX_MEMBERS} som ett mötespaket får ha.")
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        if not _member_name_ok(info.filename):
            raise mf.PackageRefused(file, f"paketet innehåller en otillåten sökväg ({info.filename!r}).")
        if info.filename in members:
            raise mf.PackageRefused(file, f"paketet innehåller {info.filename!r} två gånger.")
        if info.file_size > MAX_FILE:
            raise mf.PackageRefused(
                file, f"{info.filename} anger storleken {info.file_size} byte, mer än de {MAX_FILE} som tillåts."
            )
        # From the first byte: reading never inflates more than the declared size (see _read_capped),
        # so a declared ratio within bounds bounds the work for every member.
        if info.file_size > MAX_RATIO * info.compress_size + RATIO_SLACK:
            raise mf.PackageRefused(
                file, f"{info.filename} packas upp till {info.file_size} byte från {info.compress_size}, orimligt "
                      f"mycket mer än de högst 1:{MAX_RATIO} som tillåts (zip-bomb?).")
        total += info.file_size
        members[info.filename] = info
    if total > MAX_TOTAL:
        raise mf.PackageRefused(file, f"paketet packas upp till {total} byte, mer än de {MAX_TOTAL} som tillåts.")
    if MANIFEST_NAME not in members:
        raise mf.PackageRefused(file, "paketet saknar manifest.json.")
    manifest_bytes = _read_capped(zf, members[MANIFEST_NAME], min(MAX_MANIFEST, members[MANIFEST_NAME].file_size), file)

    signer: str | None = None
    if SIGNATURE_NAME in members:
        try:
            signature = Signature.from_json(_read_capped(zf, members[SIGNATURE_NAME], 4096, file))
        except (ValueError, KeyError, TypeError) as exc:
            raise mf.PackageRefused(file, "signaturfilen manifest.sig är skadad.") from exc
        if not verify(signature, manifest_bytes):
            raise mf.PackageRefused(
                file, "signaturen stämmer inte: paketet har ändrats efter att det signerades, eller är förfalskat."
            )
        signer = signature.fingerprint
    trusted = signer is not None and trust.is_trusted(signer)
    if not trusted and not accept_untrusted:
        if signer is None:
            raise mf.UntrustedPackage(
                file, "paketet är inte signerat. Importera med --accept-untrusted bara om du vet varifrån det kommer.",
                None,
            )
        raise mf.UntrustedPackage(
            file,
            f"paketet är signerat med en nyckel du inte litar på ({short_fingerprint(signer)}). "
            "Lägg till utgivarens publika nyckel med 'nämndklient trust', eller importera med --accept-untrusted.",
            signer,
        )

    doc = mf.parse(manifest_bytes, file)
    body = doc["body"]["shortName"]
    scope = trust.bodies(signer) if trusted and signer is not None else ()
    if scope and body not in scope:
        raise mf.PackageRefused(
            file, f"paketet gäller {body}, men nyckeln {short_fingerprint(signer or '')} är betrodd bara för "
                  f"{', '.join(scope)}. Om utgivaren verkligen publicerar för {body}: "
                  f"'nämndklient trust NYCKEL --body {' '.join((*scope, body))}'.")
    expected = {MANIFEST_NAME, SIGNATURE_NAME} | {f["accessUrl"] for f in doc["file"]}
    extra = sorted(set(members) - expected)
    if extra:
        raise mf.PackageRefused(file, f"paketet innehåller filer som manifestet inte nämner ({extra[0]!r}).")
    files: dict[str, bytes] = {}
    for f in doc["file"]:
        info = members.get(f["accessUrl"])
        if info is None:
            raise mf.PackageRefused(file, f"{f['accessUrl']} saknas i paketet.")
        if info.file_size != f["size"]:
            raise mf.PackageRefused(file, f"{f['accessUrl']} har en annan storlek än manifestet anger.")
        data = _read_capped(zf, info, f["size"], file)
        if len(data) != f["size"] or hashlib.sha512(data).hexdigest() != f["sha512Checksum"]:
            raise mf.PackageRefused(file, f"kontrollsumman för {f['accessUrl']} stämmer inte: filen har ändrats.")
        files[f["id"]] = data
    return VerifiedPackage(PackageContent(doc, files), signer, trusted, name, file)


# --- writing: one transaction ------------------------------------------------------------


Checkpoint = Callable[[], None]  # raises (e.g. Cancelled) to abandon the transaction it runs in


def _pause(checkpoint: Checkpoint | None = None) -> None:
    delay = os.environ.get(PAUSE_ENV)
    if delay:
        time.sleep(float(delay))
    if checkpoint is not None:
        checkpoint()


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _meeting_state(meeting: Meeting) -> tuple[Any, ...]:
    """Everything a member would see change; compared before and after a write."""
    items = tuple(
        (i.key, i.order, i.number, i.title, i.category, tuple(i.presenters or ()), i.confidential,
         i.confidential_days, i.withdrawn, i.case.key if i.case else None,
         tuple((a.document.key, a.document.sha256) for a in i.attachments),
         tuple((d.key, d.sha256) for d in (i.case.documents if i.case else [])))
        for i in meeting.items
    )
    return (meeting.title, meeting.start, meeting.end, meeting.start_time, meeting.place, meeting.kind,
            meeting.participants, meeting.status, items)


def _record(doc: mf.Manifest) -> r.MeetingRecord:
    m = doc["meeting"]
    dnr = {p["id"]: p.get("reference") for p in doc["paper"]}
    return r.MeetingRecord(
        body_code=doc["body"]["shortName"],
        start=dt.date.fromisoformat(m["start"]),
        end=dt.date.fromisoformat(m["end"]),
        kind=r.MeetingKind(m["kind"]),
        title=m["name"],
        items=tuple(
            r.AgendaItemRecord(
                order=i["order"],
                title=i["name"],
                category=i.get("category") or "",
                presenters=tuple(i.get("presenters", [])),
                dnr=dnr[i["paper"]] if i.get("paper") else None,
                confidential=not i["public"],
            )
            for i in m["agendaItem"]
        ),
        participants=m.get("participants"),
        place=(m.get("location") or {}).get("description"),
        start_time=dt.time.fromisoformat(m["startTime"]) if m.get("startTime") else None,
    )


def check_content(session: Session, content: PackageContent, origin: Origin) -> tuple[freshness.Freshness, list[str]]:
    """Every refusal a verified package can still meet against this database, before anything is written.

    Returns its freshness and the items it makes public; raises PackageRefused.
    """
    doc = content.manifest
    record = _record(doc)
    fresh = freshness.check_fresh(session, doc, origin.publisher, origin.file)
    if fresh.same:
        return fresh, []
    freshness.check_scope(session, doc, content.files, origin.file, signed=origin.signed)
    if not origin.signed:
        conflict = signed_conflict(session, record)
        if conflict is not None:
            raise mf.PackageRefused(origin.file, conflict)
    wanted = {k: (i.title, i.confidential) for k, i in zip(item_keys(content.meeting_key, record.items),
                                                            record.items, strict=True)}
    return fresh, freshness.check_declassify(session, doc, wanted, fresh, origin.file)


def apply_content(
    session: Session, content: PackageContent, *, mark_fetched: bool = True, source_name: str = "paket",
    checkpoint: Checkpoint | None = None, origin: Origin | None = None,
) -> PackageReport:
    """Write a verified package's meeting into `session` (the caller owns the transaction).

    With an `origin` (a member's copy) the package is first held against what is
    already there (`check_content`): an older version, one that reaches outside
    its meeting or lifts confidentiality it may not is refused before the first
    write, and the very version already read is skipped without one.
    `checkpoint` runs between write steps; if it raises, the caller's transaction
    rolls back and nothing of the package is kept (a safe cancel).
    """
    doc, files = content.manifest, content.files
    result = PackageReport(meeting=content.meeting_key, signer=None, trusted=True)
    fresh: freshness.Freshness | None = None
    if origin is not None:
        fresh, result.declassified = check_content(session, content, origin)
        result.version, result.previous_version = fresh.version, fresh.previous
        if fresh.same:
            result.skipped = (f"{origin.file}: version {fresh.version} av {content.meeting_key} är redan inläst; "
                              "inget ändrades.")
            result.unchanged_documents = len(doc["file"])
            return result
    set_signed_source(session, origin is None or origin.signed)
    report = result.report
    now = utcnow()
    body = ensure_body(session, doc["body"]["shortName"], doc["body"]["name"])
    m = doc["meeting"]
    existing = session.scalar(select(Meeting).where(Meeting.key == m["id"]))
    before = _meeting_state(existing) if existing is not None else None

    cases: dict[str, Case] = {}
    file_case: dict[str, Case] = {}
    for p in doc["paper"]:
        case = session.scalar(select(Case).where(Case.key == p["id"]))
        if case is None:
            case = Case(key=p["id"], dnr=p.get("reference"), title=p["name"], body=body)
            session.add(case)
            report.count("created", "ärenden")
        else:
            case.dnr, case.title = p.get("reference"), p["name"]
        cases[p["id"]] = case
        for fid in [p.get("mainFile"), *p.get("auxiliaryFile", [])]:
            if fid is not None:
                file_case[fid] = case
    session.flush()
    _pause(checkpoint)

    docs: dict[str, Document] = {}
    for f in doc["file"]:
        old_version = session.scalar(select(Document.version).where(Document.key == f["id"]))
        stored = store_document(
            session,
            key=f["id"],
            kind=f["documentKind"],
            title=f["name"],
            source=Source(f["fileName"], source_name, files[f["id"]], f["mimeType"]),
            text=f.get("text", ""),
            details=f.get("details", {}),
            case=file_case.get(f["id"]),
            date=_date(f.get("date")),
            report=report,
            page_count=f.get("pageCount"),
        )
        if old_version == stored.version:
            result.unchanged_documents += 1
        elif old_version is not None:
            result.changed_documents.append(stored.key)
        if mark_fetched:
            stored.fetched_at = now
        docs[f["id"]] = stored
        _pause(checkpoint)

    record = _record(doc)
    withdrawn_before = set() if existing is None else {i.key for i in existing.items if i.withdrawn}
    meeting = store_meeting(session, record, report)
    by_order = {i.order: i for i in meeting.items if not i.withdrawn}
    for entry in m["agendaItem"]:
        item = by_order[entry["order"]]
        item.number = entry["number"] or item.number
        item.category = entry.get("category")
        item.confidential_days = entry.get("confidentialDays")
        if entry.get("paper"):  # the secretariat names the item's paper; otherwise the linking rule stands
            item.case, item.case_link = cases[entry["paper"]], CaseLink.PUBLISHED
        _link_attachments(session, item, [docs[fid] for fid in entry.get("auxiliaryFile", [])])
    meeting.status = m.get("meetingState") or meeting.status
    session.flush()
    _pause(checkpoint)
    result.withdrawn_items = sorted(i.key for i in meeting.items if i.withdrawn and i.key not in withdrawn_before)

    result.notes_moved, result.notes_orphaned = reanchor_meeting_notes(session, meeting)
    session.flush()
    result.meeting_changed = before != _meeting_state(meeting)
    if result.meeting_changed:
        meeting.modified_at = now  # what a sync from the central store compares against
    if mark_fetched:
        meeting.fetched_at = now
    for key in result.declassified:  # recorded: the only way confidentiality is lifted, and the member is told
        log.info("Sekretessen hävd av utgivaren i version %s av %s: %s", fresh and fresh.version,
                 content.meeting_key, key)
    if origin is not None and fresh is not None:
        freshness.record_seen(session, content.meeting_key, fresh, signed=origin.signed,
                              confidential=[i.key for i in meeting.items if i.confidential and not i.withdrawn])
    session.flush()
    return result


def _link_attachments(session: Session, item: AgendaItem, wanted: list[Document]) -> None:
    current = {a.document_id: a for a in item.attachments}
    keep = {d.id for d in wanted}
    for doc_id, link in current.items():
        if doc_id not in keep:
            item.attachments.remove(link)
    for order, d in enumerate(wanted):
        link = current.get(d.id)
        if link is None:
            item.attachments.append(ItemDocument(document=d, order=order))
        else:
            link.order = order
    session.flush()


def fetch_package(
    db: Database, path: Path, accept_untrusted: bool = False, *, trust_store: TrustStore | None = None,
    checkpoint: Checkpoint | None = None,
) -> PackageReport:
    """Verify the package at `path` and import it; refused packages leave the database untouched."""
    package = read_package(path, accept_untrusted=accept_untrusted, trust_store=trust_store)
    return store_package(db, package, checkpoint=checkpoint)


def store_package(db: Database, package: VerifiedPackage, *, checkpoint: Checkpoint | None = None) -> PackageReport:
    """Write an already verified package in one transaction, recording an untrusted one as the member's choice."""
    if checkpoint is not None:
        checkpoint()
    with db.session() as s:
        fresh, _ = check_content(s, package.content, package.origin)  # refusals before the first write
        if fresh.same:
            result = apply_content(s, package.content, origin=package.origin)
            result.signer, result.trusted = package.signer, package.trusted
            return result
        if not package.trusted:
            s.add(
                TrustDecision(
                    key_fingerprint=package.signer or "",
                    decision="accepted-untrusted" if package.signer else "accepted-unsigned",
                    package=package.name[:300],
                    meeting_key=package.content.meeting_key[:100],
                )
            )
            s.flush()
        guard_personal(s, allow_anchors=True)
        result = apply_content(s, package.content, source_name=package.name, checkpoint=checkpoint,
                               origin=package.origin)
    result.signer, result.trusted = package.signer, package.trusted
    return result
