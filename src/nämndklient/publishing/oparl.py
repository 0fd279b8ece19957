"""Import OParl 1.1 JSON from files: Body, Meeting with embedded AgendaItem, Paper, File.

OParl files come from other systems and are often imperfect; the real example
`Meeting-01.json` has an AgendaItem without the required `order`. What can be
repaired is (the item's position becomes its order) and reported as skipped;
what cannot (no meeting start, not JSON) is refused, naming the file. Files are
recorded only when their content lies beside the JSON (we work offline and
fetch nothing); otherwise they are reported.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..domain import records as r
from ..persistence.database import Database
from ..persistence.models import Case
from ..persistence.writer import Source, ensure_body, guard_personal, store_document, store_meeting

OPARL_PREFIX = "https://schema.oparl.org/1."
KINDS = ("Body", "Meeting", "Paper", "File", "AgendaItem")


def oparl_type(obj: Any) -> str | None:
    """'Meeting' for an OParl 1.x Meeting object, None for anything else."""
    if not isinstance(obj, dict):
        return None
    t = obj.get("type")
    if isinstance(t, str) and t.startswith(OPARL_PREFIX):
        return t.rsplit("/", 1)[-1]
    return None


def looks_like_oparl(path: Path) -> bool:
    if path.suffix.lower() != ".json":
        return False
    try:
        with path.open("rb") as fh:
            head = fh.read(65536)
    except OSError:
        return False
    return b"schema.oparl.org/1." in head


@dataclass
class _Parsed:
    bodies: list[tuple[str, dict[str, Any]]]
    meetings: list[tuple[str, dict[str, Any]]]
    papers: list[tuple[str, dict[str, Any]]]
    files: list[tuple[str, Path, dict[str, Any]]]


def _load(path: Path) -> Any:
    try:
        return json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise r.ImportFailure(str(path), 0, "en läsbar fil", exc.strerror) from exc
    except (UnicodeDecodeError, ValueError) as exc:
        line = getattr(exc, "lineno", 0)
        raise r.ImportFailure(str(path), line, "OParl-JSON", str(exc)[:80]) from exc


def _collect(paths: Iterable[Path]) -> _Parsed:
    parsed = _Parsed([], [], [], [])
    for path in paths:
        doc = _load(path)
        objects = doc.get("data") if isinstance(doc, dict) and isinstance(doc.get("data"), list) else [doc]
        for obj in objects:
            kind = oparl_type(obj)
            if kind == "Body":
                parsed.bodies.append((str(path), obj))
            elif kind == "Meeting":
                parsed.meetings.append((str(path), obj))
            elif kind == "Paper":
                parsed.papers.append((str(path), obj))
            elif kind == "File":
                parsed.files.append((str(path), path.parent, obj))
            elif kind is None:
                raise r.ImportFailure(str(path), 0, "ett OParl 1.1-objekt (fältet 'type')", str(obj)[:40])
    return parsed


def _code(text: str) -> str:
    return re.sub(r"[^A-Za-zÅÄÖåäö0-9_-]+", "-", text).strip("-")[:32] or "OPARL"


def _datetime(value: Any, file: str, what: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise r.ImportFailure(file, 0, f"{what} som datum och tid (ISO 8601)", str(value)[:40]) from exc


def _meeting_record(file: str, obj: dict[str, Any], body_code: str, dnr_for: dict[str, str],
                    skipped: list[r.Skipped]) -> r.MeetingRecord:
    if "start" not in obj:
        raise r.ImportFailure(file, 0, "ett sammanträde med 'start'", obj.get("id"))
    start = _datetime(obj["start"], file, "'start'")
    end = _datetime(obj["end"], file, "'end'") if obj.get("end") else start
    items = []
    used: set[int] = set()
    for position, item in enumerate(obj.get("agendaItem") or [], start=1):
        if not isinstance(item, dict):
            continue
        order = item.get("order")
        if not isinstance(order, int) or order in used:
            order = position
            while order in used:
                order += 1
            skipped.append(r.Skipped(
                file, 0,
                f"Dagordningspunkten {item.get('name') or item.get('id')!r} saknar 'order' (krävs i OParl 1.1); "
                f"positionen {order} används.",
            ))
        used.add(order)
        dnr = dnr_for.get(str(item.get("consultation") or "")) or dnr_for.get(str(item.get("id") or ""))
        items.append(r.AgendaItemRecord(
            order=order,
            title=str(item.get("name") or f"Punkt {item.get('number') or order}"),
            category="",
            dnr=dnr,
            confidential=item.get("public") is False,
        ))
    location = obj.get("location")
    place = location.get("description") if isinstance(location, dict) else None
    return r.MeetingRecord(
        body_code=body_code,
        start=start.date(),
        end=end.date(),
        kind=r.MeetingKind.MEETING,
        title=str(obj.get("name") or "Sammanträde"),
        items=tuple(items),
        place=place[:200] if place else None,
        start_time=start.time().replace(tzinfo=None),
    )


def import_oparl(db: Database, paths: list[Path]) -> r.ImportReport:
    """Read every file first (refusing what cannot be read), then write all in one transaction."""
    report = r.ImportReport()
    parsed = _collect(paths)
    body_code, body_name = "OPARL", "OParl-import"
    if parsed.bodies:
        body = parsed.bodies[0][1]
        body_code = _code(str(body.get("shortName") or body.get("name") or "OPARL"))
        body_name = str(body.get("name") or body_code)[:200]
    dnr_for: dict[str, str] = {}
    for _, paper in parsed.papers:
        reference = paper.get("reference")
        if not reference:
            continue
        for c in paper.get("consultation") or []:
            if isinstance(c, dict):
                dnr_for[str(c.get("id"))] = reference
                if c.get("agendaItem"):
                    dnr_for[str(c["agendaItem"])] = reference
    records = [(f, _meeting_record(f, m, body_code, dnr_for, report.skipped)) for f, m in parsed.meetings]

    with db.session() as s:
        guard_personal(s)
        body = ensure_body(s, body_code, body_name)
        for file, paper in parsed.papers:
            key = str(paper.get("reference") or f"oparl:{paper.get('id')}")
            case = s.scalar(select(Case).where(Case.key == key))
            if case is None:
                case = Case(key=key, dnr=paper.get("reference"), title=str(paper.get("name") or key)[:500], body=body)
                s.add(case)
                report.count("created", "ärenden")
            files = [paper.get("mainFile"), *(paper.get("auxiliaryFile") or [])]
            for f in files:
                if isinstance(f, dict):
                    _store_file(s, file, Path(file).parent, f, case, report)
        for file, folder, f in parsed.files:
            _store_file(s, file, folder, f, None, report)
        for (file, rec), (_, obj) in zip(records, parsed.meetings, strict=True):
            # unsigned: may add to a trusted publisher's meeting, never undo it; `modified` is its version
            store_meeting(s, rec, report, origin=file, publisher=f"oparl:{body_code}",
                          version=_modified_version(obj.get("modified")))
    return report


def _modified_version(value: Any) -> int | None:
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


def _store_file(session, file: str, folder: Path, f: dict[str, Any], case: Case | None,  # type: ignore[no-untyped-def]
                report: r.ImportReport) -> None:
    name = Path(str(f.get("fileName") or "")).name
    local = folder / name if name else None
    if local is None or not local.is_file():
        report.skipped.append(r.Skipped(file, 0, f"Filen {name or f.get('id')!r} finns inte lokalt; "
                                                 "bara dess uppgifter lästes (Nämndklient hämtar inget från nätet)."))
        return
    data = local.read_bytes()
    if f.get("sha512Checksum") and hashlib.sha512(data).hexdigest() != f["sha512Checksum"]:
        raise r.ImportFailure(file, 0, f"{name} med kontrollsumman i 'sha512Checksum'", "en annan kontrollsumma")
    date = f.get("date")
    store_document(
        session,
        key=f"oparl:{f.get('id') or name}",
        kind=r.DocumentKind.ATTACHMENT,
        title=str(f.get("name") or name)[:500],
        source=Source(name, "oparl", data, str(f.get("mimeType") or "application/octet-stream")),
        text=str(f.get("text") or ""),
        details={"oparl_id": f.get("id")},
        case=case,
        date=dt.date.fromisoformat(date) if isinstance(date, str) and len(date) == 10 else None,
        report=report,
    )
