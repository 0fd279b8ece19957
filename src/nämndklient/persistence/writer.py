"""Write parsed records into the published tables, inside the caller's transaction.

Things are matched by their stable keys, so importing the same document twice
changes nothing and a revised document becomes a new version of the same row.
Nothing here touches a `personal_*` table; `guard_personal` makes sure of it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, event, func, inspect, select
from sqlalchemy.orm import Session

from ..domain import records as r
from ..domain.bodies import body_kind, body_name
from ..domain.dates import EARLIEST, LATEST
from ..domain.details import clean_details
from ..domain.linking import CaseCandidate, CaseIndex, CaseLink, ItemFacts, match_case, normalise_title
from . import keys, search_index
from .models import (
    ANCHOR_COLUMNS,
    MEETING_CANCELLED,
    AgendaItem,
    Assignment,
    Body,
    BudgetLine,
    Case,
    CaseLinkChoice,
    Document,
    DocumentVersion,
    GoalArea,
    Investment,
    ItemDocument,
    Kpi,
    Measure,
    MeasureEffect,
    Meeting,
    Note,
    NumberCheck,
    Personal,
    Publication,
    SourceFile,
)


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    data: bytes
    media_type: str = "text/plain; charset=utf-8"
    strict: bool = True  # refuse a file that is the imported version cut short (lenient: take it)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


class SignedMaterialProtected(r.ImportFailure):
    """An unsigned source tried to withdraw, replace or declassify what a trusted publisher delivered."""

    def __init__(self, file: str, reason: str) -> None:
        super().__init__(file, 0, reason)
        self.args = (f"{file}: {reason} Inget lästes in; inget ändrades.",)

    def __str__(self) -> str:
        return str(self.args[0])


SIGNED_SOURCE = "nämndklient.signed_source"  # session.info: True while a trusted publisher's material is written


def set_signed_source(session: Session, signed: bool) -> None:
    """Say whether what is written next comes from a trusted publisher (a trusted key, the central store).

    Anything else (documents read from files, OParl, packages accepted without a
    trusted signature) may add material, never withdraw, replace or declassify
    what a trusted publisher delivered.
    """
    session.info[SIGNED_SOURCE] = signed


def _signed_source(session: Session) -> bool:
    return bool(session.info.get(SIGNED_SOURCE, False))


def signed_meeting(session: Session, meeting_key: str) -> bool:
    """True when a trusted publisher delivered this meeting (see `publishing.freshness`)."""
    return session.scalar(select(Publication.id).where(
        Publication.meeting_key == meeting_key, Publication.role == "seen",
        Publication.signed.is_(True)).limit(1)) is not None


def meetings_of_case(session: Session, case_id: int) -> set[str]:
    return set(session.scalars(select(Meeting.key).join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
                               .where(AgendaItem.case_id == case_id)))


def meetings_of_document(session: Session, doc: Document) -> set[str]:
    """The meetings whose items show this document (as an attachment or through their case)."""
    found = set(session.scalars(
        select(Meeting.key).join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
        .join(ItemDocument, ItemDocument.item_id == AgendaItem.id).where(ItemDocument.document_id == doc.id)))
    if doc.case_id is not None:
        found |= meetings_of_case(session, doc.case_id)
    return found


class PersonalDataTouched(RuntimeError):
    """An import tried to change the member's own data: a bug, never allowed."""


def guard_personal(session: Session, *, allow_anchors: bool = False) -> None:
    """Refuse, at flush, any change an import makes to notes, read marks or flags.

    With `allow_anchors` an import may move where a note's quoted passage sits
    (re-anchoring after a document changed), never the note's text or quote.
    """

    @event.listens_for(session, "before_flush")
    def _check(sess: Session, _ctx: object, _instances: object) -> None:
        for obj in (*sess.new, *sess.dirty, *sess.deleted):
            if not isinstance(obj, Personal):
                continue
            if allow_anchors and isinstance(obj, Note) and obj in sess.dirty and _only_anchor_changes(obj):
                continue
            raise PersonalDataTouched(f"En import försökte ändra {type(obj).__name__}.")


def _only_anchor_changes(note: Note) -> bool:
    state = inspect(note)
    changed = {a.key for a in state.attrs if a.history.has_changes()}
    return not state.deleted and changed <= ANCHOR_COLUMNS


def check_date_range(what: str, *dates: Any) -> None:
    """Every source (document, package, OParl, the central store) stops at the same dates."""
    for d in dates:
        if d is not None and not (EARLIEST <= d <= LATEST):
            raise r.ImportFailure(what, 0, f"ett datum mellan {EARLIEST.year} och {LATEST.year}", d.isoformat())


def indexes_search(session: Session) -> bool:
    """The search index is SQLite FTS5 on the member's machine; a central server has none."""
    return session.get_bind().dialect.name == "sqlite"


def record_source(
    session: Session, source: Source, report: r.ImportReport, identity: str | None = None
) -> SourceFile | None:
    """Return the source row to attach rows to, or None when this content was imported before.

    A document is known by its identity (its document key: dnr, or kind, title and year),
    never by its file name: "plan (1).txt" is the plan already read, and replaces its rows
    instead of adding them a second time. The same bytes under any name are no change.
    """
    key = identity or source.name
    row = session.scalar(select(SourceFile).where(SourceFile.key == key))
    if row is None and identity is not None:
        row = _legacy_source(session, source, identity)
    if row is not None and row.sha256 == source.sha256:
        report.unchanged += 1
        return None
    if row is None and session.scalar(
        select(SourceFile.id).where(SourceFile.sha256 == source.sha256, SourceFile.kind == source.kind).limit(1)
    ) is not None:
        report.unchanged += 1  # the same bytes, read before under another name
        return None
    if row is None:
        row = SourceFile(key=key, name=source.name, kind=source.kind, sha256=source.sha256)
        session.add(row)
    else:
        row.key, row.name, row.sha256 = key, source.name, source.sha256
    session.flush()
    return row


def _legacy_source(session: Session, source: Source, identity: str) -> SourceFile | None:
    """A database written before identities keyed the source by the file name the document came from."""
    doc = session.scalar(select(Document).where(Document.key == identity))
    names = {source.name} | ({doc.file_name} if doc is not None else set())
    for name in sorted(names):
        row = session.scalar(select(SourceFile).where(SourceFile.key == name, SourceFile.kind == source.kind))
        if row is not None and (doc is not None or name == source.name):
            return row
    return None


def document_identity(session: Session, kind: str, dnr: str | None, title: str, file_name: str,
                      **same: Any) -> str:
    """The key of the document this one is a copy or version of.

    With a dnr, the dnr. Without one, an earlier document of the same kind and title
    (and date or year, as given in `same`) under any file name; else a key from the name.
    """
    if dnr:
        return keys.document_key(kind, dnr, file_name)
    candidates = session.scalars(select(Document).where(Document.kind == kind, Document.title == title))
    for doc in candidates:
        case = doc.case
        if case is not None and case.dnr:
            continue
        details = doc.details if isinstance(doc.details, dict) else {}
        if all((doc.date if k == "date" else details.get(k)) == v for k, v in same.items()):
            return doc.key
    return keys.document_key(kind, None, file_name)


def _as_text(data: bytes | None) -> str:
    if not data:
        return ""
    return data.decode("utf-8-sig", errors="replace").replace("\r\n", "\n").replace("\r", "\n")


def _same_but_trailing_space(doc: Document, source: Source) -> bool:
    if not doc.versions or not _text_export(source):
        return False
    old = doc.versions[-1].content
    return old is not None and old.rstrip() == source.data.rstrip()


def refuse_shortened(doc: Document, source: Source) -> None:
    """An import refuses the imported version cut short: nothing after the cut may be lost."""
    if not doc.versions or not _text_export(source):
        return  # a package's versions are signed and numbered: a shorter one may be the newer; Word/PDF are no text
    from ..importers.wholeness import CUT, shortened_copy_of

    old = _as_text(doc.versions[-1].content)
    why = shortened_copy_of(old, _as_text(source.data), lenient=not source.strict) if old else None
    if why:
        raise r.ImportFailure(source.name, 0, f"ett helt dokument, men fann {why}; {CUT}")


def ensure_body(session: Session, code: str, name: str | None = None) -> Body:
    body = session.scalar(select(Body).where(Body.code == code))
    if body is None:
        body = Body(code=code, name=name or body_name(code), kind=body_kind(code))
        session.add(body)
        session.flush()
    return body


_TEXT_KINDS = ("plan_och_budget", "case_document")


def _text_export(source: Source) -> bool:
    """A document read from a text export: its bytes are lines, so a cut copy can be told by them."""
    return source.kind in _TEXT_KINDS and source.media_type.startswith("text/")


def refuse_cut_copy(session: Session, source: Source) -> None:
    """A new document whose bytes begin another's, under any name, is that one cut short (lenient too)."""
    if not _text_export(source):
        return
    head = source.data.rstrip()
    if not head:
        return
    from sqlalchemy import func

    from ..importers.wholeness import CUT

    kinds = [r.DocumentKind.PLAN_OCH_BUDGET, r.DocumentKind.TJANSTESKRIVELSE, r.DocumentKind.PROTOKOLLSUTDRAG]
    found = session.execute(
        select(Document.key, DocumentVersion.version)
        .join(DocumentVersion, DocumentVersion.document_id == Document.id)
        .where(Document.kind.in_(kinds), func.length(DocumentVersion.content) > len(head),
               func.substr(DocumentVersion.content, 1, len(head)) == head)
        .limit(1)
    ).first()
    if found is not None:
        raise r.ImportFailure(source.name, 0, f"ett helt dokument, men fann början av {found[0]} "
                                              f"(version {found[1]}) som redan är inläst; {CUT}")


def store_document(
    session: Session,
    *,
    key: str,
    kind: str,
    title: str,
    source: Source,
    text: str,
    details: dict[str, Any],
    case: Case | None,
    date: Any,
    report: r.ImportReport,
    page_count: int | None = None,
) -> Document:
    """Create the document, or add a version when its content changed."""
    doc = session.scalar(select(Document).where(Document.key == key))
    digest = source.sha256
    if doc is not None and doc.sha256 == digest:
        return doc
    if doc is not None and not _signed_source(session):
        signed = sorted(m for m in meetings_of_document(session, doc) if signed_meeting(session, m))
        if signed:
            raise SignedMaterialProtected(
                source.name, f"dokumentet {key!r} kom från en betrodd utgivare ({signed[0]}); en källa utan "
                             "betrodd signatur får inte ersätta det.")
    details = clean_details(details)  # what a package put there may have any shape
    check_date_range(f"dokumentet {key}", date)
    if doc is not None:
        if _same_but_trailing_space(doc, source):
            return doc  # the same document; another export left a newline more or less at the end
        if text and doc.sha256 and source.media_type != doc.media_type \
                and (doc.text, doc.details, doc.date, doc.title) == (text, details, date, title):
            # The same document in another form (its Word file and its PDF): what a member reads is unchanged.
            report.unchanged += 1
            return doc
        refuse_shortened(doc, source)
    elif ":file:" in key:  # no dnr to know it by: its bytes must not begin another's
        refuse_cut_copy(session, source)
    if doc is None:
        doc = Document(key=key, version=0)
        session.add(doc)
        report.count("created", "dokument")
    else:
        report.count("updated", "dokument")
    doc.kind, doc.title, doc.file_name, doc.media_type = kind, title, source.name, source.media_type
    doc.case, doc.date, doc.text, doc.details = case, date, text, details
    doc.sha256, doc.page_count = digest, page_count
    doc.version += 1
    doc.versions.append(
        DocumentVersion(version=doc.version, sha256=digest, content=source.data, text=text, details=details)
    )
    session.flush()
    if not indexes_search(session):
        return doc
    search_index.upsert(
        session,
        search_index.SearchEntry(
            ref=f"document:{key}",
            kind="document",
            title=title,
            body=text.removeprefix(title).lstrip(),  # the title is indexed on its own
            body_code=case.body.code if case and case.body else None,
            year=date.year if date else None,
            date=date.isoformat() if date else None,
        ),
    )
    return doc


def store_case_document(session: Session, rec: r.CaseDocumentRecord, source: Source, report: r.ImportReport) -> None:
    dkey = document_identity(session, rec.kind, rec.dnr, rec.title, source.name, date=rec.date)
    if record_source(session, source, report, identity=dkey) is None:
        return
    body = ensure_body(session, rec.body_code, rec.body_name) if rec.body_code else None
    known = session.scalar(select(Document).where(Document.key == dkey))
    ckey = known.case.key if known is not None and known.case is not None else keys.case_key(rec.dnr, source.name)
    case = session.scalar(select(Case).where(Case.key == ckey))
    if case is None:
        case = Case(key=ckey, dnr=rec.dnr, title=rec.title, body=body)
        session.add(case)
        report.count("created", "ärenden")
    elif case.title != rec.title:
        case.title = rec.title
    store_document(
        session,
        key=dkey,
        kind=rec.kind,
        title=rec.title,
        source=source,
        text=rec.plain_text(),
        details=case_details(rec),
        case=case,
        date=rec.date,
        report=report,
    )
    if linked := link_items(session, _items_this_case_may_answer(session, rec)):
        report.count("updated", "ärendepunkter kopplade till sina handlingar", linked)


def _items_this_case_may_answer(session: Session, rec: r.CaseDocumentRecord) -> list[AgendaItem]:
    """Unlinked items that name this case's dnr, or have no dnr and its title: only they can gain it.

    Looking at these few, not every waiting item against every case, keeps an import of thousands
    of tjänsteskrivelser linear.
    """
    waiting = select(AgendaItem).where(AgendaItem.case_id.is_(None), AgendaItem.withdrawn.is_(False))
    by_dnr = list(session.scalars(waiting.where(AgendaItem.dnr == rec.dnr))) if rec.dnr else []
    wanted = normalise_title(rec.title)
    by_title = [i for i in session.scalars(waiting.where(AgendaItem.dnr.is_(None)))
                if normalise_title(i.title) == wanted]
    return by_dnr + by_title


def case_details(rec: r.CaseDocumentRecord) -> dict[str, Any]:
    def person(p: r.Person | None) -> dict[str, Any] | None:
        return None if p is None else {"name": p.name, "title": p.title, "email": p.email, "phone": p.phone}

    return {
        "dnr": rec.dnr,
        "body_code": rec.body_code,
        "body_name": rec.body_name,
        "sections": [
            {"heading": s.heading, "blocks": [{"kind": b.kind.value, "text": b.text} for b in s.blocks]}
            for s in rec.sections
        ],
        "signatories": [person(p) for p in rec.signatories],
        "contact": person(rec.contact),
        "distribution": list(rec.distribution),
    }


def store_plan(session: Session, plan: r.PlanRecord, source: Source, report: r.ImportReport) -> None:
    dkey = document_identity(session, r.DocumentKind.PLAN_OCH_BUDGET, plan.dnr, plan.title, source.name,
                             year=plan.year, body_code=plan.body_code)
    src = record_source(session, source, report, identity=dkey)
    if src is None:
        return
    body = ensure_body(session, plan.body_code, plan.body_name)
    known = session.scalar(select(Document).where(Document.key == dkey))
    ckey = known.case.key if known is not None and known.case is not None else keys.case_key(plan.dnr, source.name)
    case = session.scalar(select(Case).where(Case.key == ckey))
    if case is None:
        case = Case(key=ckey, dnr=plan.dnr, title=plan.title, body=body)
        session.add(case)
        report.count("created", "ärenden")
    store_document(
        session,
        key=dkey,
        kind=r.DocumentKind.PLAN_OCH_BUDGET,
        title=plan.title,
        source=source,
        text=plan.text,
        details={"dnr": plan.dnr, "body_code": plan.body_code, "body_name": plan.body_name, "year": plan.year},
        case=case,
        date=plan.date,
        report=report,
    )
    _store_goals(session, plan, report)
    _replace_tables(session, plan, src, report)
    for meeting in plan.meetings:
        conflict = signed_conflict(session, meeting)
        if conflict is not None:  # the plan's calendar leaves a trusted publisher's meeting as it is
            report.skipped.append(r.Skipped(source.name, 0, f"{conflict} Sammanträdet lämnades som det var."))
            continue
        store_meeting(session, meeting, report, source_id=src.id)


def _store_goals(session: Session, plan: r.PlanRecord, report: r.ImportReport) -> None:
    areas: dict[str, GoalArea] = {}
    for rec in plan.goal_areas:
        area = session.scalar(select(GoalArea).where(GoalArea.name == rec.name))
        if area is None:
            area = GoalArea(name=rec.name)
            session.add(area)
            report.count("created", "målområden")
        area.goal, area.political_direction, area.order = rec.goal, rec.political_direction, rec.order
        areas[rec.name] = area
    session.flush()

    def area_for(name: str) -> GoalArea:
        if name not in areas:
            area = session.scalar(select(GoalArea).where(GoalArea.name == name))
            if area is None:
                area = GoalArea(name=name, goal="", order=len(areas))
                session.add(area)
                session.flush()
            areas[name] = area
        return areas[name]

    for order, k in enumerate(plan.kpis):
        area = area_for(k.goal_area)
        kpi = session.scalar(
            select(Kpi).where(Kpi.goal_area_id == area.id, Kpi.horizon == k.horizon.value, Kpi.name == k.name)
        )
        if kpi is None:
            kpi = Kpi(goal_area=area, horizon=k.horizon.value, name=k.name)
            session.add(kpi)
            report.count("created", "nyckeltal")
        kpi.decided_by, kpi.target, kpi.unit = k.decided_by, k.target, k.unit
        kpi.direction = k.direction.value if k.direction else None
        kpi.direction_phrase = k.direction_phrase
        kpi.target_comparison = k.target_comparison.value if k.target_comparison else None
        kpi.baseline, kpi.order = k.baseline, order
    # Assignments carry no member data and no outside values: the plan's list replaces the old one.
    area_ids = [a.id for a in areas.values()]
    session.execute(delete(Assignment).where(Assignment.goal_area_id.in_(area_ids)))
    for order, a in enumerate(plan.assignments):
        session.add(
            Assignment(
                goal_area=area_for(a.goal_area),
                text=a.text,
                decided_by=a.decided_by,
                responsible=list(a.responsible),
                order=order,
            )
        )
    report.count("created", "uppdrag", len(plan.assignments))


def _replace_tables(session: Session, plan: r.PlanRecord, src: SourceFile, report: r.ImportReport) -> None:
    for model in (BudgetLine, Measure, Investment, NumberCheck):
        for row in session.scalars(select(model).where(model.source_id == src.id)):
            session.delete(row)
    session.flush()
    for order, b in enumerate(plan.budget_lines):
        session.add(
            BudgetLine(
                table=b.table,
                area=b.area,
                category=b.category,
                year=b.year,
                scenario=b.scenario.value,
                amount=b.amount,
                unit=b.unit,
                is_total=b.is_total,
                order=order,
                source_id=src.id,
            )
        )
    for order, m in enumerate(plan.measures):
        measure = Measure(
            measure_type=m.measure_type,
            description=m.description,
            consequence=m.consequence,
            unit=m.unit,
            order=order,
            source_id=src.id,
        )
        measure.effects = [MeasureEffect(year=y, amount=a) for y, a in m.effects]
        session.add(measure)
    for order, i in enumerate(plan.investments):
        session.add(
            Investment(
                unit_name=i.unit_name,
                object_name=i.object_name,
                kind=i.kind,
                amount=i.amount,
                unit=i.unit,
                order=order,
                source_id=src.id,
            )
        )
    for c in plan.checks:
        session.add(
            NumberCheck(
                table=c.table,
                row=c.row,
                column=c.column,
                stated=c.stated,
                computed=c.computed,
                tolerance=c.tolerance,
                agrees=c.agrees,
                message=c.message,
                line=c.line,
                source_id=src.id,
            )
        )
    report.count("created", "budgetrader", len(plan.budget_lines))
    report.count("created", "åtgärder", len(plan.measures))
    report.count("created", "investeringar", len(plan.investments))
    report.count("created", "kontroller", len(plan.checks))


def store_meeting(
    session: Session, rec: r.MeetingRecord, report: r.ImportReport, *, source_id: int | None = None,
    origin: str = "", publisher: str | None = None, version: int | None = None,
) -> Meeting:
    """Create or update a meeting and its items; items missing from `rec` are marked withdrawn.

    From an untrusted source (see `set_signed_source`) a meeting a trusted publisher
    delivered may gain items, nothing else: `SignedMaterialProtected` otherwise.
    A source that versions its meetings itself (OParl's `modified`, as seconds since
    1970) passes `publisher` and `version`: an older one is refused, the same skipped.
    Items then find their case by the one linking rule (`link_items`).
    """
    mkey = rec.key or keys.meeting_key(rec.body_code, rec.start)
    check_date_range(f"sammanträdet {mkey}", rec.start, rec.end)
    digest = hashlib.sha256(repr(rec).encode()).hexdigest() if version is not None else ""
    if publisher is not None and version is not None and \
            _source_version(session, mkey, publisher, version, digest, origin or rec.body_code):
        report.unchanged += 1
        return session.scalars(select(Meeting).where(Meeting.key == mkey)).one()
    conflict = signed_conflict(session, rec)
    if conflict is not None:
        raise SignedMaterialProtected(origin or rec.body_code, conflict)
    body = ensure_body(session, rec.body_code)
    meeting = session.scalar(select(Meeting).where(Meeting.key == mkey))
    if meeting is None:
        meeting = Meeting(key=mkey, body=body)
        session.add(meeting)
        report.count("created", "sammanträden")
    meeting.start, meeting.end, meeting.kind, meeting.title = rec.start, rec.end, rec.kind.value, rec.title
    meeting.start_time, meeting.place, meeting.participants = rec.start_time, rec.place, rec.participants
    meeting.end_time = rec.end_time
    meeting.status = MEETING_CANCELLED if rec.cancelled else "planerat"
    meeting.source_id = source_id
    session.flush()

    existing = {item.key: item for item in meeting.items}
    seen: set[str] = set()
    # Orders may shift in a revision: park current rows out of the way of the unique (meeting, order).
    for item in existing.values():
        item.order = -item.id
    session.flush()
    # No flush per item: each would walk the whole items collection (quadratic for a long agenda, #15).
    placed: list[AgendaItem] = []
    with session.no_autoflush:
        for ikey, rec_item in zip(item_keys(mkey, rec.items), rec.items, strict=True):
            seen.add(ikey)
            item = existing.get(ikey)
            if item is None:
                item = AgendaItem(key=ikey)
                meeting.items.append(item)
                report.count("created", "ärendepunkter")
            item.order, item.number = rec_item.order, rec_item.number or str(rec_item.order)
            item.title, item.category, item.presenters = rec_item.title, rec_item.category, list(rec_item.presenters)
            item.confidential, item.withdrawn = rec_item.confidential, False
            if item.dnr != rec_item.dnr and item.case_link != CaseLink.MEMBER:
                item.case, item.case_link = None, None  # the agenda now names another case
            item.dnr = rec_item.dnr
            placed.append(item)
    session.flush()
    for item in placed:
        _index_item(session, meeting, item)
    next_order = max((i.order for i in meeting.items), default=0)
    for ikey, item in existing.items():
        if ikey not in seen:
            next_order += 1
            if not item.withdrawn:
                report.count("updated", "utgångna ärendepunkter")
            item.withdrawn, item.order = True, next_order  # kept, marked: notes may refer to it
    session.flush()
    link_items(session, [i for i in meeting.items if not i.withdrawn])
    if publisher is not None and version is not None:
        _record_source_version(session, mkey, publisher, version, digest)
    return meeting


def item_keys(mkey: str, items: tuple[r.AgendaItemRecord, ...]) -> list[str]:
    """The key each record's item gets: one case on two agenda points makes the second "…#2"."""
    out: list[str] = []
    seen: set[str] = set()
    for rec_item in items:
        base = rec_item.key or keys.item_key(mkey, rec_item.title, rec_item.dnr)
        ikey, repeat = base, 1
        while ikey in seen:
            repeat += 1
            ikey = f"{base}#{repeat}"
        seen.add(ikey)
        out.append(ikey)
    return out


def signed_conflict(session: Session, rec: r.MeetingRecord) -> str | None:
    """Why writing `rec` from an untrusted source would undo a trusted publisher's meeting; None when it would not."""
    if _signed_source(session):
        return None
    mkey = rec.key or keys.meeting_key(rec.body_code, rec.start)
    meeting = session.scalar(select(Meeting).where(Meeting.key == mkey))
    if meeting is None or not signed_meeting(session, mkey):
        return None
    wanted = dict(zip(item_keys(mkey, rec.items), rec.items, strict=True))
    for item in meeting.items:
        if item.withdrawn:
            continue
        new = wanted.get(item.key)
        if new is None:
            return f"punkten {item.title!r} i {mkey} kom från en betrodd utgivare; en källa utan betrodd " \
                   "signatur får inte dra tillbaka den."
        if item.confidential and not new.confidential:
            return f"punkten {item.title!r} i {mkey} är sekretessmarkerad av en betrodd utgivare; en källa utan " \
                   "betrodd signatur får inte göra den offentlig."
    facts = (meeting.title, meeting.end, meeting.kind, meeting.start_time, meeting.place)
    if facts != (rec.title, rec.end, rec.kind.value, rec.start_time, rec.place):
        return f"sammanträdet {mkey} kom från en betrodd utgivare; en källa utan betrodd signatur får inte ändra " \
               "dess uppgifter."
    return None


def _source_version(session: Session, mkey: str, publisher: str, version: int, digest: str, origin: str) -> bool:
    """Hold a source's own version of a meeting (OParl's `modified`) against the highest seen from it.

    True when this very version is in already (nothing to write); refuses an older
    one, or the same one with other content, as a package's version is refused.
    """
    row = session.scalar(select(Publication).where(
        Publication.meeting_key == mkey, Publication.publisher == publisher, Publication.role == "seen"))
    if row is None or version > row.version:
        return False
    if version < row.version:
        raise SignedMaterialProtected(origin, f"sammanträdet {mkey} är ändrat {_when(version)} enligt filen, men en "
                                              f"version från {_when(row.version)} från samma källa är redan inläst: "
                                              "en äldre version ersätter aldrig en nyare.")
    if digest != row.digest:
        raise SignedMaterialProtected(origin, f"sammanträdet {mkey} har samma ändringstid ({_when(version)}) som det "
                                              "som redan är inläst men ett annat innehåll.")
    return True


def _when(version: int) -> str:
    import datetime as dt

    return dt.datetime.fromtimestamp(version, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def link_items(session: Session, items: list[AgendaItem]) -> int:
    """Give each item without a case the one the documents tie it to (domain.linking), or the member's.

    Returns how many items were linked. The member's own choices (personal_case_link) win over
    the rules and survive every re-import of the meeting; they are read here, never written.
    """
    unlinked = [i for i in items if i.case_id is None]
    if not unlinked:
        return 0
    chosen = dict(session.execute(select(CaseLinkChoice.item_key, CaseLinkChoice.case_key).where(
        CaseLinkChoice.item_key.in_([i.key for i in unlinked]))).all())
    # One query for every case's facts (no lazy loads): a crawl stores hundreds of meetings in a row.
    rows = session.execute(
        select(Case.id, Case.key, Case.title, Case.dnr, Body.code, func.min(Document.date))
        .outerjoin(Body, Case.body_id == Body.id).outerjoin(Document, Document.case_id == Case.id)
        .group_by(Case.id, Case.key, Case.title, Case.dnr, Body.code)  # every column, as PostgreSQL asks
    ).all()
    ids = {key: case_id for case_id, key, *_ in rows}
    index = CaseIndex(CaseCandidate(key, title, dnr, code, first) for _, key, title, dnr, code, first in rows)
    linked = 0
    for item in unlinked:
        if item.key in chosen and chosen[item.key] in ids:
            item.case, item.case_link = session.get(Case, ids[chosen[item.key]]), CaseLink.MEMBER
            linked += 1
            continue
        facts = ItemFacts(item.title, item.dnr, item.meeting.body.code, item.meeting.start)
        found = match_case(facts, index)
        if found is not None:
            item.case, item.case_link = session.get(Case, ids[found[0].key]), found[1]
            linked += 1
    session.flush()
    return linked


def _record_source_version(session: Session, mkey: str, publisher: str, version: int, digest: str) -> None:
    row = session.scalar(select(Publication).where(
        Publication.meeting_key == mkey, Publication.publisher == publisher, Publication.role == "seen"))
    confidential = [i.key for i in _confidential_items(session, mkey)]
    if row is None:
        row = Publication(meeting_key=mkey, publisher=publisher[:300], role="seen", signed=False, version=version,
                          digest=digest)
        session.add(row)
    row.version, row.digest, row.confidential = version, digest, confidential
    session.flush()


def _confidential_items(session: Session, mkey: str) -> list[AgendaItem]:
    return list(session.scalars(select(AgendaItem).join(Meeting, AgendaItem.meeting_id == Meeting.id).where(
        Meeting.key == mkey, AgendaItem.confidential.is_(True), AgendaItem.withdrawn.is_(False))))


def _index_item(session: Session, meeting: Meeting, item: AgendaItem) -> None:
    if not indexes_search(session):
        return
    search_index.upsert(
        session,
        search_index.SearchEntry(
            ref=f"item:{item.key}",
            kind="item",
            title=item.title,
            body=" ".join(filter(None, [item.category, *item.presenters])),
            meeting_key=meeting.key,
            body_code=meeting.body.code,
            year=meeting.start.year,
            date=meeting.start.isoformat(),
        ),
    )
