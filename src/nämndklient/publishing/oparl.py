"""Import OParl 1.0/1.1 JSON from files: Body, Meeting with its AgendaItems and files, Paper, File.

OParl comes from other systems and is often imperfect. Every object is found
again by its OParl `id`: two committees meeting on the same day stay two
meetings, and a meeting keeps its key when the server moves it. Deleted markers
are skipped and named; `cancelled` is kept ("inställt"); times are converted to
Swedish local time. What can be repaired (an AgendaItem without `order` takes
its position) is reported; a field of the wrong type is refused, naming the
file, the object and the field. Nothing is fetched from the network here
(`oparl_fetch` does that, when the member asks); file content is read only from
the folders the member gave (`oparl_files`). One transaction for everything.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import records as r
from ..persistence import keys
from ..persistence.database import Database
from ..persistence.models import Body, Case, Document, ItemDocument, Meeting, MeetingDocument
from ..persistence.writer import Source, guard_personal, store_document, store_meeting
from .oparl_files import FileLocator
from .oparl_read import Collected, Obj, OParlFieldError, collect, looks_like_oparl, oparl_type

__all__ = ["import_oparl", "looks_like_oparl", "oparl_type"]

MEETING_FILES = ("invitation", "resultsProtocol", "verbatimProtocol")


@dataclass
class _Run:
    """One import: what was read, where local files are looked for, and what was passed over."""

    collected: Collected
    locator: FileLocator
    lenient: bool
    report: r.ImportReport
    single_body: Body | None = None
    missing_files: list[tuple[str, str]] = field(default_factory=list)  # (JSON file, File id)
    without_order: list[str] = field(default_factory=list)

    def skip_or_raise(self, failure: r.ImportFailure) -> None:
        if not self.lenient:
            raise failure
        self.report.skipped.append(r.Skipped(failure.file, 0, f"{failure} Objektet lästes inte."))


def import_oparl(db: Database, paths: list[Path], *, lenient: bool = False, files: Path | None = None,
                 dry_run: bool = False) -> r.ImportReport:
    """Read every file (and the pages they lead to) first, then write all in one transaction."""
    report = r.ImportReport()
    collected = collect(paths, lenient=lenient, skipped=report.skipped)
    folders = [*collected.folders, *([files] if files else [])]
    run = _Run(collected, FileLocator(folders), lenient, report)
    for kind, (n, file) in sorted(collected.other.items()):
        report.skipped.append(r.Skipped(file, 0, f"{n} objekt av typen {kind} lästes inte: Nämndklient läser "
                                                 "Body, Meeting, AgendaItem, Paper och File."))
    try:
        with db.session() as s:
            guard_personal(s)
            bodies = _bodies(s, run)
            dnr_for, cases = _papers(s, run, bodies)
            _meetings(s, run, bodies, dnr_for)
            _paper_files(s, run, cases)
            for f in collected.objects["File"]:
                _guarded(run, lambda f=f: _store_file(s, run, f, None))
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    if run.without_order:
        report.skipped.append(r.Skipped(run.without_order[0].split(" ", 1)[0], 0, (
            f"{len(run.without_order)} dagordningspunkter saknar 'order' (krävs i OParl 1.1); deras plats i "
            f"listan används (den första: {run.without_order[0].split(' ', 1)[1]}).")))
    if run.missing_files:
        file, first = run.missing_files[0]
        report.skipped.append(r.Skipped(file, 0, (
            f"{len(run.missing_files)} filer finns inte lokalt och lästes inte in (den första: {first}); "
            "hämta dem med 'nämndklient oparl-fetch URL' eller ange mappen där de finns med --files.")))
    return report


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


def _guarded(run: _Run, work: Callable[[], object]) -> None:
    """Run one object's work; a bad field refuses the import, or with --lenient skips just that object."""
    try:
        work()
    except OParlFieldError as failure:
        run.skip_or_raise(failure)


# --- bodies ---------------------------------------------------------------------------------


def body_code(body: Obj) -> str:
    """The short name, else the name, with its letters transliterated (ü → u, å → a); else from the id."""
    return (keys.ascii_code(body.text("shortName") or "") or keys.ascii_code(body.text("name") or "")
            or f"OParl-{keys.id_token(body.id)}"[:32])


def _bodies(s: Session, run: _Run) -> dict[str, Body]:
    """OParl Body id → the body row, found by its id first; the single body given stands for meetings without one."""
    found: dict[str, Body] = {}
    run.single_body = None
    for b in run.collected.objects["Body"]:
        def one(b: Obj = b) -> None:
            row = s.scalar(select(Body).where(Body.oparl_id == b.id))
            name = b.text("name", limit=200) or body_code(b)
            if row is None:
                code = body_code(b)
                row = s.scalar(select(Body).where(Body.code == code))
                if row is not None and row.oparl_id not in (None, b.id):
                    code = f"{code[:25]}-{keys.id_token(b.id)[:6]}"
                    row = s.scalar(select(Body).where(Body.code == code))
                if row is None:
                    row = Body(code=code, name=name, kind="nämnd")
                    s.add(row)
                    run.report.count("created", "organ")
                row.oparl_id = b.id
            row.name = name
            found[b.id] = row
        _guarded(run, one)
    s.flush()
    if len(found) == 1:
        run.single_body = next(iter(found.values()))
    return found


def _body_for(s: Session, run: _Run, bodies: dict[str, Body], ref: str | None) -> Body:
    if (ref or "") in bodies:
        return bodies[ref or ""]
    if ref:
        row = s.scalar(select(Body).where(Body.oparl_id == ref))
        if row is not None:
            bodies[ref] = row
            return row
    if run.single_body is not None:
        return run.single_body
    code = f"OParl-{keys.id_token(ref)}"[:32] if ref else "OPARL"
    row = s.scalar(select(Body).where(Body.code == code))
    if row is None:
        row = Body(code=code, name=f"OParl-organ {ref}"[:200] if ref else "OParl-import", kind="nämnd",
                   oparl_id=ref)
        s.add(row)
        s.flush()
        run.report.count("created", "organ")
    bodies[ref or ""] = row
    return row


# --- papers ---------------------------------------------------------------------------------


def _papers(s: Session, run: _Run, bodies: dict[str, Body]) -> tuple[dict[str, str], list[tuple[Obj, Case]]]:
    """Papers become cases (their `reference` is the diarienummer); consultation and item ids → reference."""
    dnr_for: dict[str, str] = {}
    cases: list[tuple[Obj, Case]] = []
    existing = {c.key: c for c in s.scalars(select(Case).where(Case.key.like("oparl:%") | Case.dnr.is_not(None)))}
    for paper in run.collected.objects["Paper"]:
        def one(paper: Obj = paper) -> None:  # no autoflush: one flush per new case would be quadratic
            reference = paper.text("reference", limit=64, truncate=False)
            title = paper.text("name", limit=500) or reference or paper.id
            key = reference or f"oparl:{paper.id}"
            consultations = paper.children("consultation", "Consultation")
            links = [(c.id, c.reference("agendaItem")) for c in consultations]
            body = _body_for(s, run, bodies, paper.reference("body"))
            paper.child("mainFile", "File")  # type checks before anything is written
            paper.children("auxiliaryFile", "File")
            case = existing.get(key)
            if case is None:
                case = Case(key=key, dnr=reference, title=title, body=body)
                s.add(case)
                existing[key] = case
                run.report.count("created", "ärenden")
            elif case.title != title:
                case.title = title
            if reference:
                for consultation, item in links:
                    dnr_for[consultation] = reference
                    if item:
                        dnr_for[item] = reference
            cases.append((paper, case))
        with s.no_autoflush:
            _guarded(run, one)
    s.flush()
    return dnr_for, cases


def _paper_files(s: Session, run: _Run, cases: list[tuple[Obj, Case]]) -> None:
    for paper, case in cases:
        for f in [paper.child("mainFile", "File"), *paper.children("auxiliaryFile", "File")]:
            if f is not None:
                _guarded(run, lambda f=f, case=case: _store_file(s, run, f, case))


# --- meetings -------------------------------------------------------------------------------


def _meetings(s: Session, run: _Run, bodies: dict[str, Body], dnr_for: dict[str, str]) -> None:
    known = dict(s.execute(select(Meeting.oparl_id, Meeting.key).where(Meeting.oparl_id.is_not(None))).all())
    taken = set(s.scalars(select(Meeting.key)))
    standalone: dict[str, list[Obj]] = {}
    for item in run.collected.objects["AgendaItem"]:
        try:
            standalone.setdefault(item.reference("meeting") or "", []).append(item)
        except OParlFieldError as failure:
            run.skip_or_raise(failure)
    given: set[str] = set()
    for m in run.collected.objects["Meeting"]:
        def one(m: Obj = m) -> None:
            oid = m.id
            if oid in given:
                return  # the same meeting on two pages: the first is read
            given.add(oid)
            body = _body_for(s, run, bodies, m.reference("body"))
            start = m.moment("start")
            if start is None:
                raise m.fail("start", "en starttid (krävs för ett sammanträde)", None)
            key = known.get(oid) or _new_key(body.code, start, oid, taken)
            rec = _meeting_record(m, body.code, key, start, standalone.pop(oid, []), dnr_for, run)
            # unsigned: may add to a trusted publisher's meeting, never undo it; `modified` is its version
            meeting = store_meeting(s, rec, run.report, origin=m.file, publisher=f"oparl:{body.code}",
                                    version=_modified_version(m.data.get("modified")))
            meeting.oparl_id = oid
            known[oid] = key
            _meeting_files(s, run, m, meeting)
        _guarded(run, one)
    for oid, items in standalone.items():
        _guarded(run, lambda oid=oid, items=items: _items_of_stored_meeting(s, run, oid, items, dnr_for))


def _modified_version(value: object) -> int | None:
    """OParl's `modified` (ISO 8601) as whole seconds since 1970 UTC: the meeting's version from this source."""
    if not isinstance(value, str):
        return None
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return int(when.timestamp())


def _new_key(code: str, start: dt.datetime | dt.date, oid: str, taken: set[str]) -> str:
    day = start.date() if isinstance(start, dt.datetime) else start
    key = f"{code}:{day.isoformat()}:{keys.id_token(oid)}"
    if key in taken:  # two ids with the same last part: the whole id decides
        key = f"{key[:80]}-{hashlib.sha256(oid.encode()).hexdigest()[:8]}"
    taken.add(key)
    return key


def _meeting_record(m: Obj, code: str, key: str, start: dt.datetime | dt.date, embedded: list[Obj],
                    dnr_for: dict[str, str], run: _Run) -> r.MeetingRecord:
    end = m.moment("end")
    if end is not None and _day_time(end, ending=True) < _day_time(start):
        failure = m.fail("end", "ett slut som inte ligger före starten", m.data.get("end"))
        run.skip_or_raise(failure)
        end = None
    location = m.data.get("location")
    place = Obj(location, m.file, "Location").text("description", limit=200) if isinstance(location, dict) else None
    if location is not None and not isinstance(location, (dict, str)):
        raise m.fail("location", "ett Location-objekt eller en länk", location)
    items = [*m.children("agendaItem", "AgendaItem"), *embedded]
    return r.MeetingRecord(
        body_code=code,
        start=start.date() if isinstance(start, dt.datetime) else start,
        end=(end.date() if isinstance(end, dt.datetime) else end) if end else
        (start.date() if isinstance(start, dt.datetime) else start),
        kind=r.MeetingKind.MEETING,
        title=m.text("name", limit=300) or "Sammanträde",
        items=tuple(_item_records(items, key, dnr_for, run)),
        place=place,
        start_time=start.time() if isinstance(start, dt.datetime) else None,
        end_time=end.time() if isinstance(end, dt.datetime) else None,
        key=key,
        cancelled=m.boolean("cancelled") is True,
    )


def _day_time(moment: dt.datetime | dt.date, *, ending: bool = False) -> tuple[dt.date, dt.time]:
    """For comparing: a date alone counts as its whole day (an end at the day's end, a start at its start)."""
    if isinstance(moment, dt.datetime):
        return moment.date(), moment.time()
    return moment, dt.time.max if ending else dt.time.min


def _item_records(items: list[Obj], mkey: str, dnr_for: dict[str, str], run: _Run) -> list[r.AgendaItemRecord]:
    records: list[r.AgendaItemRecord] = []
    used: set[int] = set()
    ids: set[str] = set()
    for position, item in enumerate(items, start=1):
        if item.id in ids:
            continue
        ids.add(item.id)
        title = item.text("name", limit=500)
        number = item.number_text("number", limit=16)
        order = item.integer("order")
        public = item.boolean("public")
        item.child("resolutionFile", "File")
        item.children("auxiliaryFile", "File")
        if order is None or order in used or not 0 <= order < 1_000_000:
            if order is None:
                run.without_order.append(f"{item.file} {title or item.id!r}")
            order = position
            while order in used:
                order += 1
        used.add(order)
        dnr = dnr_for.get(item.reference("consultation") or "") or dnr_for.get(item.id)
        records.append(r.AgendaItemRecord(
            order=order, title=title or f"Punkt {number or order}", category="", dnr=dnr,
            confidential=public is False, key=f"{mkey}/{keys.id_token(item.id)}", number=number,
        ))
    return records


def _meeting_files(s: Session, run: _Run, m: Obj, meeting: Meeting) -> None:
    """The meeting's own files on the meeting; an item's resolution and auxiliary files on the item."""
    files = [(role, m.child(role, "File")) for role in MEETING_FILES]
    files += [("auxiliaryFile", f) for f in m.children("auxiliaryFile", "File")]
    linked = {d.document_id for d in meeting.documents}
    for role, f in files:
        if f is None:
            continue
        doc = _store_file(s, run, f, None, role=role)
        if doc is not None and doc.id not in linked:
            meeting.documents.append(MeetingDocument(document_id=doc.id, role=role, order=len(meeting.documents)))
            linked.add(doc.id)
    by_key = {i.key: i for i in meeting.items}
    for item in m.children("agendaItem", "AgendaItem"):
        item_files = [f for f in [item.child("resolutionFile", "File"), *item.children("auxiliaryFile", "File")] if f]
        row = by_key.get(f"{meeting.key}/{keys.id_token(item.id)}")
        if row is None or not item_files:
            continue
        attached = {a.document_id for a in row.attachments}
        for f in item_files:
            doc = _store_file(s, run, f, None)
            if doc is not None and doc.id not in attached:
                row.attachments.append(ItemDocument(document_id=doc.id, order=len(row.attachments)))
                attached.add(doc.id)
    s.flush()


def _items_of_stored_meeting(s: Session, run: _Run, oid: str, items: list[Obj], dnr_for: dict[str, str]) -> None:
    """A list of agenda items on its own: added to their meeting when it is already in the database."""
    meeting = s.scalar(select(Meeting).where(Meeting.oparl_id == oid)) if oid else None
    if meeting is None:
        run.report.skipped.append(r.Skipped(items[0].file, 0, (
            f"{len(items)} dagordningspunkter hör till sammanträdet {oid or '(inget angivet)'}, som varken finns "
            "bland filerna eller i databasen; läs in sammanträdet först.")))
        return
    current = [r.AgendaItemRecord(order=i.order, title=i.title, category=i.category or "",
                                  presenters=tuple(i.presenters or ()), dnr=i.case.dnr if i.case else None,
                                  confidential=i.confidential, key=i.key, number=i.number)
               for i in meeting.items if not i.withdrawn]
    new = _item_records(items, meeting.key, dnr_for, run)
    new_keys = {n.key for n in new}
    keep = [c for c in current if c.key not in new_keys]
    free = iter(n for n in range(1, 10**7) if n not in {c.order for c in keep})
    placed = [n if n.order not in {c.order for c in keep} else _with_order(n, next(free)) for n in new]
    rec = r.MeetingRecord(body_code=meeting.body.code, start=meeting.start, end=meeting.end,
                          kind=r.MeetingKind(meeting.kind), title=meeting.title, items=tuple(keep + placed),
                          participants=meeting.participants, place=meeting.place, start_time=meeting.start_time,
                          key=meeting.key, end_time=meeting.end_time, cancelled=meeting.cancelled)
    store_meeting(s, rec, run.report, source_id=meeting.source_id)


def _with_order(rec: r.AgendaItemRecord, order: int) -> r.AgendaItemRecord:
    from dataclasses import replace

    return replace(rec, order=order)


# --- files ----------------------------------------------------------------------------------


def _store_file(s: Session, run: _Run, f: Obj, case: Case | None, *, role: str | None = None) -> Document | None:
    name = f.text("name", limit=500)
    mime = f.text("mimeType", limit=100) or "application/octet-stream"
    day = f.date("date")
    text = f.text("text") or ""
    found = run.locator.find(f)
    if found is None:
        run.missing_files.append((f.file, f.id))
        return None
    details = {"oparl_id": f.id, "access_url": f.text("accessUrl", limit=2000),
               "download_url": f.text("downloadUrl", limit=2000)}
    if role:
        details["role"] = role
    return store_document(
        s,
        key=f"oparl:{f.id}",
        kind=r.DocumentKind.ATTACHMENT,
        title=name or found.name,
        source=Source(found.name, "oparl", found.data, mime),
        text=text,
        details=details,
        case=case,
        date=day,
        report=run.report,
    )
