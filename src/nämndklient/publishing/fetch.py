"""Hämta nya handlingar: one package, a folder of packages, or the central store, with a summary per meeting.

The GUI's fetch dialog runs these on a worker thread. Each package is verified
completely before its one transaction; `checkpoint` lets the member cancel
between write steps (the transaction then rolls back, nothing of that package
is kept). A shared folder holds many packages, often several versions of the
same meeting: only the newest per meeting is read, and one whose content the
database already holds is skipped without a write.
"""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ..domain.records import ImportFailure
from ..persistence.database import Database
from ..persistence.models import AgendaItem, Meeting
from . import manifest as mf
from .freshness import StaleVersion
from .package_reader import PackageReport, not_a_package, read_package, store_package
from .signing import TrustStore

Progress = Callable[[int, int, str], None]  # done, total, what is being read now


class Cancelled(Exception):
    """The member cancelled; the package being written was rolled back."""


class CancelToken:
    """Set from the GUI thread, checked on the worker between write steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled("Hämtningen avbröts; det som pågick sparades inte.")


@dataclass(frozen=True)
class ItemRef:
    key: str
    number: str
    title: str


@dataclass(frozen=True)
class MeetingOutcome:
    meeting: str
    title: str
    source: str  # file name or the central store's address (without password)
    new_items: tuple[ItemRef, ...] = ()
    changed_items: tuple[ItemRef, ...] = ()
    withdrawn_items: tuple[ItemRef, ...] = ()
    notes_moved: int = 0
    notes_orphaned: int = 0
    signer: str | None = None
    trusted: bool = True
    changed: bool = True  # False: read, but nothing in it was new
    version: int | None = None  # the publisher's version of the meeting now read
    previous_version: int | None = None  # the one read before from the same publisher; None: the first
    declassified: tuple[ItemRef, ...] = ()  # items this version made public that were confidential


@dataclass(frozen=True)
class Refusal:
    file: str
    reason: str  # the full Swedish message
    untrusted: bool  # True: refused only for want of a trusted signature; the member may accept it
    signer: str | None = None


@dataclass
class FetchResult:
    outcomes: list[MeetingOutcome] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # packages already imported, unchanged
    superseded: list[str] = field(default_factory=list)  # older packages of a meeting a newer one covers
    refused: list[Refusal] = field(default_factory=list)
    other: list[str] = field(default_factory=list)  # plain lines (OParl counts)
    cancelled: bool = False  # the member cancelled; what is listed above was saved, nothing else


def _live_items(db: Database) -> set[str]:
    with db.session() as s:
        return set(s.scalars(select(AgendaItem.key).where(AgendaItem.withdrawn.is_(False))))


def _outcomes(db: Database, reports: Iterable[tuple[PackageReport, str]], before: set[str]) -> list[MeetingOutcome]:
    """What each import meant for the member, in items: new, with a changed document, withdrawn."""
    out = []
    with db.session() as s:
        for report, source in reports:
            meeting = s.scalar(select(Meeting).where(Meeting.key == report.meeting))
            if meeting is None:  # pragma: no cover - apply_content always stores the meeting
                continue
            changed_docs = set(report.changed_documents)
            new, changed, withdrawn, lifted = [], [], [], []
            for item in meeting.items:
                ref = ItemRef(item.key, item.number, item.title)
                if item.key in report.declassified:
                    lifted.append(ref)
                docs = {d.key for d in (item.case.documents if item.case else [])}
                docs |= {a.document.key for a in item.attachments}
                if item.key in report.withdrawn_items:
                    withdrawn.append(ref)
                elif not item.withdrawn and item.key not in before:
                    new.append(ref)
                elif not item.withdrawn and docs & changed_docs:
                    changed.append(ref)
            out.append(MeetingOutcome(
                report.meeting, meeting.title, source, tuple(new), tuple(changed), tuple(withdrawn),
                report.notes_moved, report.notes_orphaned, report.signer, report.trusted,
                report.meeting_changed or bool(changed_docs) or bool(new),
                report.version, report.previous_version, tuple(lifted),
            ))
    return out


def _refusal(exc: mf.PackageRefused) -> Refusal:
    if isinstance(exc, mf.UntrustedPackage):
        return Refusal(exc.file, str(exc), True, exc.signer)
    return Refusal(exc.file, str(exc), False)


def fetch_file(db: Database, path: Path, *, accept_untrusted: bool = False, trust_store: TrustStore | None = None,
               cancel: CancelToken | None = None, progress: Progress | None = None) -> FetchResult:
    """One meeting package (.zip) or one OParl JSON file. A refused package is reported, not raised."""
    from .oparl import looks_like_oparl

    result = FetchResult()
    if progress is not None:
        progress(0, 1, path.name)
    if looks_like_oparl(path):
        from .oparl import import_oparl

        try:
            report = import_oparl(db, [path])
        except ImportFailure as exc:  # refused whole (unreadable, or undoing a trusted publisher's meeting)
            result.refused.append(Refusal(str(path), str(exc), False))
            return result
        result.other.append(_counts_line(path.name, report.created, report.updated))
        result.other += [f"{s.file}: {s.reason}" for s in report.skipped]
        return result
    before = _live_items(db)
    try:
        package = read_package(path, accept_untrusted=accept_untrusted, trust_store=trust_store)
    except mf.PackageRefused as exc:
        result.refused.append(_refusal(exc))
        return result
    try:
        report = store_package(db, package, checkpoint=cancel.check if cancel else None)
    except mf.PackageRefused as exc:
        result.refused.append(_refusal(exc))
        return result
    except ImportFailure as exc:  # the writer's own guard (an untrusted source undoing a trusted one)
        result.refused.append(Refusal(str(path), str(exc), False))
        return result
    except Cancelled:
        result.cancelled = True
        return result
    if report.skipped is not None:
        result.skipped.append(path.name)
        return result
    result.outcomes = _outcomes(db, [(report, path.name)], before)
    if progress is not None:
        progress(1, 1, path.name)
    return result


def _counts_line(name: str, created: dict[str, int], updated: dict[str, int]) -> str:
    def counts(c: dict[str, int]) -> str:
        return ", ".join(f"{n} {what}" for what, n in c.items()) or "inget"

    return f"{name}: nya {counts(created)}; ändrade {counts(updated)}."


def _peek(path: Path) -> tuple[str, int, str, str] | None:
    """(meeting id, version, modified, created) from a package's manifest, unverified: only to choose the newest.

    The signature is checked when the chosen one is read; a forged version here can
    only make the member read a package that is then refused, never an older one.
    """
    import json

    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo("manifest.json")
            if info.file_size > 20 * 1024 * 1024:
                return None
            doc = json.loads(zf.read(info))
        m = doc["meeting"]
        version = doc.get("version")
        return (str(m["id"]), version if isinstance(version, int) else 0, str(m.get("modified") or ""),
                str(doc.get("created") or ""))
    except (OSError, KeyError, ValueError, TypeError, zipfile.BadZipFile, EOFError):
        return None


def newest_per_meeting(paths: Iterable[Path]) -> tuple[list[Path], list[Path], list[Path]]:
    """(the newest package of each meeting, older ones, unreadable ones) — by version, then modification time."""
    best: dict[str, tuple[tuple[int, str, str, str], Path]] = {}
    older: list[Path] = []
    broken: list[Path] = []
    for path in sorted(paths):
        head = _peek(path)
        if head is None:
            broken.append(path)
            continue
        rank = (head[1], head[2], head[3], path.name)
        current = best.get(head[0])
        if current is None or rank > current[0]:
            if current is not None:
                older.append(current[1])
            best[head[0]] = (rank, path)
        else:
            older.append(path)
    return [p for _, p in sorted(best.values(), key=lambda v: v[1].name)], older, broken


def packages_per_meeting(paths: Iterable[Path]) -> tuple[list[list[Path]], list[Path]]:
    """(the packages of each meeting, newest first; unreadable ones) — by version, then modification time."""
    groups: dict[str, list[tuple[tuple[int, str, str, str], Path]]] = {}
    broken: list[Path] = []
    for path in sorted(paths):
        head = _peek(path)
        if head is None:
            broken.append(path)
            continue
        groups.setdefault(head[0], []).append(((head[1], head[2], head[3], path.name), path))
    ordered = [[p for _, p in sorted(group, key=lambda g: g[0], reverse=True)] for group in groups.values()]
    return sorted(ordered, key=lambda g: g[0].name), broken


def fetch_folder(db: Database, folder: Path, *, accept_untrusted: Collection[str] = (),
                 trust_store: TrustStore | None = None, cancel: CancelToken | None = None,
                 progress: Progress | None = None) -> FetchResult:
    """Every package in `folder` (not its subfolders), the newest per meeting; each its own transaction.

    When the newest package of a meeting is refused (damaged, unsigned, out of
    scope) the next older one is tried, so a stray package with a high version
    cannot hold back the real one; an older version than the member has stops
    the search, since every package older still is stale too.
    `accept_untrusted` names the files (as reported in `Refusal.file`) the member
    accepted although unsigned or signed by an unknown key.
    """
    if not folder.is_dir():
        raise mf.PackageRefused(str(folder), "mappen finns inte eller kan inte läsas.")
    result = FetchResult()
    packages = [p for p in folder.iterdir() if p.suffix.lower() == ".zip" and p.is_file()]
    groups, broken = packages_per_meeting(packages)
    for path in broken:
        result.refused.append(Refusal(str(path), f"{path}: {not_a_package(path)} Den lästes inte in.", False))
    reports: list[tuple[PackageReport, str]] = []
    before = _live_items(db)
    for done, group in enumerate(groups):
        if progress is not None:
            progress(done, len(groups), group[0].name)
        try:
            tried = _fetch_newest(db, group, result, reports, accept_untrusted, trust_store, cancel)
        except Cancelled:
            result.cancelled = True
            break
        result.superseded += [p.name for p in group[tried:]]
    if progress is not None:
        progress(len(groups), len(groups), "")
    result.outcomes = _outcomes(db, reports, before)
    return result


def _fetch_newest(db: Database, group: list[Path], result: FetchResult, reports: list[tuple[PackageReport, str]],
                  accept_untrusted: Collection[str], trust_store: TrustStore | None,
                  cancel: CancelToken | None) -> int:
    """Read the newest package of one meeting that is not refused; returns how many were tried."""
    for tried, path in enumerate(group, start=1):
        if cancel is not None:
            cancel.check()
        try:
            package = read_package(path, accept_untrusted=str(path) in accept_untrusted, trust_store=trust_store)
            report = store_package(db, package, checkpoint=cancel.check if cancel else None)
        except StaleVersion as exc:
            result.refused.append(_refusal(exc))
            return tried
        except mf.PackageRefused as exc:
            result.refused.append(_refusal(exc))
            continue
        except ImportFailure as exc:  # the writer's own guard (an untrusted source undoing a trusted one)
            result.refused.append(Refusal(str(path), str(exc), False))
            continue
        if report.skipped is not None:  # this very version is in already: nothing was written
            result.skipped.append(path.name)
        else:
            reports.append((report, path.name))
        return tried
    return len(group)


def fetch_central(db: Database, url: str, *, cancel: CancelToken | None = None,
                  progress: Progress | None = None) -> FetchResult:
    """What changed in the central store since the last pull, in one local transaction."""
    from .sync import display_url, pull

    source = display_url(url)
    before = _live_items(db)

    def step(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total, source)

    result = FetchResult()
    try:
        report = pull(db, url, checkpoint=cancel.check if cancel else None, progress=step)
    except Cancelled:
        result.cancelled = True
        return result
    changed = [(m, source) for m in report.meetings if m.meeting_changed or m.changed_documents]
    result.skipped = [m.meeting for m in report.meetings if not (m.meeting_changed or m.changed_documents)]
    result.refused = [Refusal(source, line, False) for line in report.refused]
    result.outcomes = _outcomes(db, changed, before)
    return result
