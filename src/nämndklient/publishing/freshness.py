"""Freshness and scope of published meetings: versions per meeting and publisher, and what a package may touch.

Signed is not the same as current. Every package (and every meeting in the
central store) carries its publisher's version of the meeting; the member's copy
keeps the highest version seen per meeting and publisher, with a digest of what
it held, so a validly signed but older package is refused (The Update
Framework's rollback protection), an identical one is skipped, and one with the
same version but other content is refused as forged. A package may write only
its own meeting: any document or case that belongs to another meeting, or that
exists outside it with other content, refuses it whole. Confidentiality is lifted
only by a newer version from the publisher that set it, and the member is told.

The checks only read; they run inside the writing transaction before its first
write, so a refusal leaves the database as it was. `record_seen` then writes the
version in the same transaction as the content it describes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.records import ImportFailure
from ..persistence.models import Case, Document, Meeting, Publication, utcnow
from ..persistence.writer import meetings_of_case, meetings_of_document, signed_meeting
from . import manifest as mf

SEEN, ISSUED = "seen", "issued"
UNSIGNED = "unsigned"  # the publisher of packages without a signature (accepted by the member)
ISSUER = ""  # the publisher name under which a database records what it handed out itself


class VersionRefused(ImportFailure):
    """A version the secretariat asked for that would go back: nothing is published."""

    def __init__(self, meeting: str, message: str) -> None:
        super().__init__(meeting, 0, message)
        self.args = (message,)

    def __str__(self) -> str:
        return str(self.args[0])


class StaleVersion(mf.PackageRefused):
    """An older version than one already read from the same publisher: every older package is stale too."""


def central_publisher(source: str) -> str:
    return f"central:{source}"[:300]


def content_digest(manifest: mf.Manifest) -> str:
    """What a version holds, without when it was packed: two packings of the same version agree."""
    doc = {k: v for k, v in manifest.items() if k not in ("created", "version")}
    doc["meeting"] = {k: v for k, v in manifest["meeting"].items() if k != "modified"}
    return hashlib.sha256(mf.encode(doc)).hexdigest()


@dataclass(frozen=True)
class Freshness:
    publisher: str
    version: int
    digest: str
    previous: int | None  # the version seen before from this publisher; None: the first
    same: bool = False  # this very version is already in: nothing to do


def _row(session: Session, meeting: str, publisher: str, role: str) -> Publication | None:
    return session.scalar(select(Publication).where(
        Publication.meeting_key == meeting, Publication.publisher == publisher, Publication.role == role))


def check_fresh(session: Session, manifest: mf.Manifest, publisher: str, file: str) -> Freshness:
    """Refuse an older version, or the same version with other content; report an identical one."""
    meeting = str(manifest["meeting"]["id"])
    version = int(manifest["version"])
    digest = content_digest(manifest)
    row = _row(session, meeting, publisher, SEEN)
    if row is None:
        return Freshness(publisher, version, digest, None)
    if version < row.version:
        raise StaleVersion(
            file, f"paketet är version {version} av {meeting}, men version {row.version} från samma utgivare "
                  "är redan inläst: en äldre version ersätter aldrig en nyare.")
    if version == row.version:
        if digest == row.digest:
            return Freshness(publisher, version, digest, row.version, same=True)
        raise mf.PackageRefused(
            file, f"paketet har samma version ({version}) av {meeting} som det som redan är inläst men ett annat "
                  "innehåll; en ändring måste ha en ny version från utgivaren.")
    return Freshness(publisher, version, digest, row.version)


def record_seen(session: Session, meeting: str, fresh: Freshness, *, signed: bool, confidential: Iterable[str]) -> None:
    row = _row(session, meeting, fresh.publisher, SEEN)
    if row is None:
        row = Publication(meeting_key=meeting, publisher=fresh.publisher, role=SEEN, version=fresh.version,
                          digest=fresh.digest)
        session.add(row)
    row.version, row.digest, row.signed = fresh.version, fresh.digest, signed
    row.confidential, row.recorded_at = sorted(set(confidential)), utcnow()
    session.flush()


def issue_version(session: Session, manifest: mf.Manifest, requested: int | None = None) -> int:
    """The version this database hands out for the meeting: the last one again for the same content, else one more.

    `requested` (the secretariat's `publish --version N`) must not go back: a member
    who has the last version would refuse it.
    """
    meeting = str(manifest["meeting"]["id"])
    digest = content_digest(manifest)
    row = _row(session, meeting, ISSUER, ISSUED)
    if requested is not None:
        if row is not None and (requested < row.version or (requested == row.version and digest != row.digest)):
            raise VersionRefused(
                meeting, f"--version {requested}: {meeting} har redan publicerats härifrån i version {row.version}, "
                         "och ledamöterna läser bara en nyare; ange en högre version. Inget publicerades.")
        version = requested
    elif row is None:
        version = 1
    else:
        version = row.version if row.digest == digest else row.version + 1
    if row is None:
        row = Publication(meeting_key=meeting, publisher=ISSUER, role=ISSUED, signed=False, confidential=[],
                          version=version, digest=digest)
        session.add(row)
    row.version, row.digest, row.recorded_at = version, digest, utcnow()
    session.flush()
    return version


def issued_version(session: Session, meeting: str) -> int:
    """The version a database (the central store) last handed out for `meeting`; 1 before any was recorded."""
    row = _row(session, meeting, ISSUER, ISSUED)
    return row.version if row is not None else 1


# --- scope: a package writes only its own meeting ------------------------------------------


def check_scope(session: Session, manifest: mf.Manifest, files: dict[str, bytes], file: str, *,
                signed: bool = True) -> None:
    """Refuse a package that would change anything outside its own meeting.

    A case or document may be new, or already belong to this meeting. One that
    exists but belongs to no meeting (a document the member read in from a file)
    may only be linked unchanged, and never onto a confidential item: that would
    let the item's expiry remove it. Without a trusted signature (`signed=False`)
    a document of a meeting a trusted publisher delivered is not replaced either.
    """
    meeting = str(manifest["meeting"]["id"])
    confidential_papers = {i["paper"] for i in manifest["meeting"]["agendaItem"] if not i["public"] and i.get("paper")}
    confidential_files = {f for i in manifest["meeting"]["agendaItem"] if not i["public"]
                          for f in i.get("auxiliaryFile", [])}
    for p in manifest["paper"]:
        if p["id"] in confidential_papers:
            confidential_files |= {f for f in [p.get("mainFile"), *p.get("auxiliaryFile", [])] if f}
    for p in manifest["paper"]:
        case = session.scalar(select(Case).where(Case.key == p["id"]))
        if case is None:
            continue
        elsewhere = meetings_of_case(session, case.id)
        if meeting in elsewhere:
            continue
        if elsewhere:
            raise mf.PackageRefused(file, f"ärendet {p['id']!r} hör till ett annat sammanträde ({min(elsewhere)}): "
                                          f"ett paket för {meeting} får inte ändra det.")
        if case.dnr != p.get("reference"):  # the same case may be adopted (and its heading brought up to date)
            raise mf.PackageRefused(file, f"ärendet {p['id']!r} finns redan utanför {meeting} med ett annat "
                                          "diarienummer: ett paket får inte ändra det.")
        if p["id"] in confidential_papers:
            raise mf.PackageRefused(file, f"ärendet {p['id']!r} finns redan utanför {meeting}: ett paket får inte "
                                          "göra det till en sekretesspunkt.")
    for f in manifest["file"]:
        doc = session.scalar(select(Document).where(Document.key == f["id"]))
        if doc is None:
            continue
        elsewhere = meetings_of_document(session, doc)
        same = doc.sha256 == hashlib.sha256(files[f["id"]]).hexdigest()
        if not signed and not same and any(signed_meeting(session, k) for k in elsewhere):
            raise mf.PackageRefused(file, f"filen {f['id']!r} kom från en betrodd utgivare; ett paket utan betrodd "
                                          "signatur får inte ersätta den.")
        if meeting in elsewhere:
            continue
        if elsewhere:
            raise mf.PackageRefused(file, f"filen {f['id']!r} hör till ett annat sammanträde ({min(elsewhere)}): "
                                          f"ett paket för {meeting} får inte ändra den.")
        if not same:
            raise mf.PackageRefused(file, f"filen {f['id']!r} finns redan utanför {meeting} med annat innehåll: "
                                          "ett paket får inte ersätta den.")
        if f["id"] in confidential_files:
            raise mf.PackageRefused(file, f"filen {f['id']!r} finns redan utanför {meeting}: ett paket får inte "
                                          "göra den till sekretess.")


# --- confidentiality: lifted only by a newer version from the publisher that set it ---------------


def check_declassify(session: Session, manifest: mf.Manifest, wanted: dict[str, tuple[str, bool]],
                     fresh: Freshness, file: str) -> list[str]:
    """Item keys this package makes public that were confidential, if allowed; refuse otherwise.

    `wanted` maps the item keys the package will store to (title, confidential).
    Moving a confidential item's case or documents onto a public item lifts its
    confidentiality just the same, and is held to the same rule.
    """
    meeting = str(manifest["meeting"]["id"])
    existing = session.scalar(select(Meeting).where(Meeting.key == meeting))
    if existing is None:
        return []
    row = _row(session, meeting, fresh.publisher, SEEN)
    own = set(row.confidential or []) if row is not None else set()
    papers = {p["id"]: p for p in manifest["paper"]}
    public_items = [i for i in manifest["meeting"]["agendaItem"] if i["public"]]
    public_cases = {i["paper"] for i in public_items if i.get("paper")}
    public_files = {f for i in public_items for f in i.get("auxiliaryFile", [])}
    public_files |= {f for c in public_cases if c in papers
                     for f in [papers[c].get("mainFile"), *papers[c].get("auxiliaryFile", [])] if f}
    lifted = []
    for item in existing.items:
        if not item.confidential:
            continue
        made_public = item.key in wanted and not wanted[item.key][1]
        held = {a.document.key for a in item.attachments}
        if item.case is not None:
            held |= {d.key for d in item.case.documents}
        shown = (item.case is not None and item.case.key in public_cases) or bool(held & public_files)
        if not made_public and not shown:
            continue
        if item.key not in own or fresh.previous is None or fresh.version <= fresh.previous:
            what = "gör den offentlig" if made_public else "visar dess handlingar under en offentlig punkt"
            raise mf.PackageRefused(
                file, f"punkten {item.title!r} är sekretessmarkerad och paketet {what}, men sekretessen "
                      "kom inte från samma utgivare: bara en nyare version från den utgivaren får häva den.")
        if made_public:
            lifted.append(item.key)
    return sorted(lifted)
