"""The secretariat's side: a meeting, its cases and documents, as a signed package.

`build_content` reads one meeting out of any database (the secretariat's own,
or the central store when a member syncs) into a manifest and the files' bytes;
`write_package` zips and signs it. Withdrawn items are left out: a member's
import marks what is missing as withdrawn, so a withdrawal travels as absence.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..persistence.database import Database
from ..persistence.models import AgendaItem, Case, Document, DocumentVersion, Meeting
from . import manifest as mf
from .signing import load_private_key, sign

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"


class StoredContentMismatch(ValueError):
    """A stored document whose bytes do not match its declared checksum (a damaged or tampered row)."""

    def __init__(self, key: str) -> None:
        super().__init__(f"dokumentet {key!r} har inte den kontrollsumma som anges för det")
        self.key = key


@dataclass
class PackageContent:
    manifest: mf.Manifest
    files: dict[str, bytes]  # file id -> content

    @property
    def meeting_key(self) -> str:
        return str(self.manifest["meeting"]["id"])


def _iso(value: dt.datetime | None) -> str:
    return (value or dt.datetime.now(dt.UTC).replace(tzinfo=None)).replace(microsecond=0).isoformat() + "Z"


def _safe_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._")[:100] or "fil"


def build_content(session: Session, meeting_key: str, *, publisher: str | None = None,
                  version: int = 1) -> PackageContent:
    """The meeting as a package's manifest and files; `version` is the publisher's version of it (see `publish`)."""
    meeting = session.scalar(
        select(Meeting)
        .where(Meeting.key == meeting_key)
        .options(
            selectinload(Meeting.body),
            selectinload(Meeting.items).selectinload(AgendaItem.case).selectinload(Case.documents),
            selectinload(Meeting.items).selectinload(AgendaItem.attachments),
        )
    )
    if meeting is None:
        raise LookupError(f"Det finns inget sammanträde {meeting_key!r} i databasen.")
    files: dict[str, dict[str, Any]] = {}
    contents: dict[str, bytes] = {}
    papers: dict[str, dict[str, Any]] = {}

    def add_file(doc: Document) -> str | None:
        if doc.key in files:
            return doc.key
        row = session.execute(
            select(DocumentVersion.content, DocumentVersion.sha256).where(
                DocumentVersion.document_id == doc.id, DocumentVersion.version == doc.version
            )
        ).first()
        if row is None or row[0] is None:
            return None
        data = bytes(row[0])
        if not (hashlib.sha256(data).hexdigest() == doc.sha256 == row[1]):
            raise StoredContentMismatch(doc.key)  # never hand on bytes that are not what was declared
        suffix = Path(doc.file_name).suffix
        suffix = suffix if re.fullmatch(r"\.[A-Za-z0-9]{1,8}", suffix) else ""
        files[doc.key] = {
            "type": mf.OPARL + "File",
            "id": doc.key,
            "name": doc.title,
            "fileName": doc.file_name,
            "mimeType": doc.media_type,
            "date": doc.date.isoformat() if doc.date else None,
            "size": len(data),
            "sha512Checksum": hashlib.sha512(data).hexdigest(),
            "accessUrl": f"files/{len(files) + 1:04d}-{_safe_name(Path(doc.file_name).stem)[:80]}{suffix}",
            "documentKind": doc.kind,
            "version": doc.version,
            "pageCount": doc.page_count,
            "text": doc.text or "",
            "details": doc.details or {},
        }
        contents[doc.key] = data
        return doc.key

    items = []
    for item in meeting.items:
        if item.withdrawn:
            continue
        paper_id = None
        if item.case is not None:
            case = item.case
            paper_id = case.key
            if paper_id not in papers:
                ids = [fid for d in case.documents if (fid := add_file(d)) is not None]
                papers[paper_id] = {
                    "type": mf.OPARL + "Paper",
                    "id": case.key,
                    "reference": case.dnr,
                    "name": case.title,
                    "mainFile": ids[0] if ids else None,
                    "auxiliaryFile": ids[1:],
                }
        attachments = [fid for a in item.attachments if (fid := add_file(a.document)) is not None]
        items.append(
            {
                "type": mf.OPARL + "AgendaItem",
                "id": item.key,
                "number": item.number,
                "order": item.order,
                "name": item.title,
                "public": not item.confidential,
                "confidentialDays": item.confidential_days,
                "category": item.category,
                "presenters": list(item.presenters or []),
                "paper": paper_id,
                "auxiliaryFile": attachments,
            }
        )
    doc: mf.Manifest = {
        "format": mf.FORMAT,
        "schemaVersion": mf.SCHEMA_VERSION,
        "version": version,
        "created": _iso(None),
        "body": {
            "type": mf.OPARL + "Body",
            "id": meeting.body.code,
            "shortName": meeting.body.code,
            "name": meeting.body.name,
        },
        "meeting": {
            "type": mf.OPARL + "Meeting",
            "id": meeting.key,
            "name": meeting.title,
            "start": meeting.start.isoformat(),
            "end": meeting.end.isoformat(),
            "startTime": meeting.start_time.isoformat(timespec="minutes") if meeting.start_time else None,
            "location": {"description": meeting.place} if meeting.place else None,
            "meetingState": meeting.status,
            "kind": meeting.kind,
            "participants": meeting.participants,
            "modified": _iso(meeting.modified_at),
            "agendaItem": items,
        },
        "paper": list(papers.values()),
        "file": list(files.values()),
    }
    if publisher:
        doc["publisher"] = {"name": publisher}
    return PackageContent(doc, contents)


def write_package(content: PackageContent, out: Path, key_path: Path | None) -> str | None:
    """Zip and sign; written beside the target and renamed, so a half-written package never exists.

    Returns the signing key's fingerprint (None for an unsigned package, which only tests make).
    """
    key = load_private_key(key_path) if key_path is not None else None
    manifest_bytes = mf.encode(content.manifest)
    mf.parse(manifest_bytes, str(out))  # never publish what a member would refuse
    tmp = out.with_name(f".{out.name}.tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST_NAME, manifest_bytes)
        signature = sign(key, manifest_bytes) if key is not None else None
        if signature is not None:
            zf.writestr(SIGNATURE_NAME, signature.to_json())
        for f in content.manifest["file"]:
            zf.writestr(f["accessUrl"], content.files[f["id"]])
    os.replace(tmp, out)
    return signature.fingerprint if signature else None


def publish(
    db: Database, meeting_ref: str, out: Path, key_path: Path | None, *, publisher: str | None = None,
    version: int | None = None,
) -> tuple[PackageContent, str | None]:
    """Package one meeting with the next version of it from this database (the same version for the same content).

    The version handed out is recorded in the same transaction as the package is
    written: a package that was not written uses up no version.
    """
    from ..services.catalog import find_meeting
    from .freshness import issue_version

    with db.session() as s:
        key = find_meeting(s, meeting_ref).key
        content = build_content(s, key, publisher=publisher)
        content.manifest["version"] = issue_version(s, content.manifest, version)
        fingerprint = write_package(content, out, key_path)
    return content, fingerprint
