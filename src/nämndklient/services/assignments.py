"""Assignments (uppdrag) with their status: from follow-up reports, or the member's own tracking.

The plan itself carries no status, so an assignment has none ("ingen status
angiven") until a follow-up report states one or the member sets one: it is
never presumed "ej påbörjad". A re-import of the plan rebuilds the assignment
rows, so the member's tracking is keyed by a stable key made from the
assignment's text, never by row id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..persistence.keys import slug
from ..persistence.models import Assignment, AssignmentTracking, GoalArea

STATUSES = ("ej påbörjad", "pågående", "genomförd", "ej genomförd")
NOT_STARTED = "ej påbörjad"
NO_STATUS = "ingen status angiven"
"""What is shown where no report and no member has given a status."""
DEFAULT_BODY = "RS"


class StatusSource(StrEnum):
    REPORT = "report"  # a follow-up report (the `assignment.status` columns)
    MEMBER = "member"  # the member's own tracking


def assignment_key(text: str) -> str:
    """Readable and stable: a slug of the text plus a short hash, so two long texts that begin alike differ."""
    normal = " ".join(text.split()).casefold()
    return f"{slug(normal, 60)}#{hashlib.sha256(normal.encode()).hexdigest()[:10]}"


@dataclass(frozen=True)
class AssignmentRow:
    key: str
    text: str
    goal_area: str
    decided_by: str
    responsible: tuple[str, ...]
    status: str | None  # one of STATUSES, or None: nobody has given one
    status_date: dt.date | None
    comment: str
    status_source: StatusSource | None  # None with no status

    @property
    def not_started(self) -> bool:
        return self.status == NOT_STARTED

    @property
    def status_text(self) -> str:
        return self.status or NO_STATUS


def assignment_rows(session: Session) -> list[AssignmentRow]:
    """Every assignment; the member's own status wins over the report's, since it is the newer word."""
    tracking = {t.assignment_key: t for t in session.scalars(select(AssignmentTracking))}
    query = select(Assignment, GoalArea.name).join(Assignment.goal_area).order_by(GoalArea.order, Assignment.order)
    rows = []
    for a, area in session.execute(query):
        key = assignment_key(a.text)
        own = tracking.get(key)
        source: StatusSource | None
        if own is not None:
            status, date, comment, source = own.status, own.date, own.comment, StatusSource.MEMBER
        elif a.status:
            status, date, comment, source = a.status, a.status_date, a.status_comment or "", StatusSource.REPORT
        else:
            status, date, comment, source = None, None, "", None
        rows.append(AssignmentRow(key, a.text, area, a.decided_by, tuple(a.responsible or ()), status, date,
                                  comment, source))
    return rows


def assignment_dict(r: AssignmentRow) -> dict[str, Any]:
    """One assignment in the `list assignments` contract: `status` null when none is given."""
    return {"key": r.key, "text": r.text, "goal_area": r.goal_area, "decided_by": r.decided_by,
            "responsible": list(r.responsible), "status": r.status,
            "status_source": r.status_source.value if r.status_source else None,
            "status_date": r.status_date.isoformat() if r.status_date else None,
            "status_comment": r.comment or None}


def set_tracking(session: Session, key: str, status: str, date: dt.date | None = None, comment: str = "") -> None:
    if status not in STATUSES:
        raise ValueError(f"Okänd status {status!r}: välj en av {', '.join(STATUSES)}.")
    row = session.scalar(select(AssignmentTracking).where(AssignmentTracking.assignment_key == key))
    if row is None:
        row = AssignmentTracking(assignment_key=key, status=status)
        session.add(row)
    row.status, row.date, row.comment = status, date or dt.date.today(), comment


def clear_tracking(session: Session, key: str) -> None:
    row = session.scalar(select(AssignmentTracking).where(AssignmentTracking.assignment_key == key))
    if row is not None:
        session.delete(row)


def is_ours(row: AssignmentRow, body: str = DEFAULT_BODY) -> bool:
    return body.casefold() in (r.casefold() for r in row.responsible)


def filter_rows(
    rows: Iterable[AssignmentRow], *, not_started: bool = False, ours: bool = False, body: str = DEFAULT_BODY,
    goal_area: str | None = None,
) -> list[AssignmentRow]:
    return [
        r for r in rows
        if (not not_started or r.not_started) and (not ours or is_ours(r, body))
        and (goal_area is None or r.goal_area == goal_area)
    ]


def status_counts(rows: Iterable[AssignmentRow]) -> dict[str | None, int]:
    """How many have each status, None (no status given) included, in STATUSES' order."""
    counted = Counter(r.status for r in rows)
    return {s: counted.get(s, 0) for s in (None, *STATUSES)}


def with_status_per_area(rows: Iterable[AssignmentRow]) -> dict[str, tuple[int, int]]:
    """Goal area → (with a status given, all), in the plan's order."""
    total: Counter[str] = Counter()
    given: Counter[str] = Counter()
    for r in rows:
        total[r.goal_area] += 1
        given[r.goal_area] += r.status is not None
    return {area: (given[area], n) for area, n in total.items()}
