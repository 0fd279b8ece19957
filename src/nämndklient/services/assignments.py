"""Assignments (uppdrag) with their status: from follow-up reports, or the member's own tracking.

A re-import of the plan rebuilds the assignment rows, so the member's tracking
is keyed by a stable key made from the assignment's text, never by row id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..persistence.keys import slug
from ..persistence.models import Assignment, AssignmentTracking, GoalArea

STATUSES = ("ej påbörjad", "pågående", "genomförd", "ej genomförd")
NOT_STARTED = "ej påbörjad"
DEFAULT_BODY = "RS"


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
    status: str  # one of STATUSES; "ej påbörjad" when nobody has said otherwise
    status_date: dt.date | None
    comment: str
    status_source: str  # "uppföljning", "egen" or "" (no status reported yet)

    @property
    def not_started(self) -> bool:
        return self.status == NOT_STARTED


def assignment_rows(session: Session) -> list[AssignmentRow]:
    """Every assignment; the member's own status wins over the report's, since it is the newer word."""
    tracking = {t.assignment_key: t for t in session.scalars(select(AssignmentTracking))}
    query = select(Assignment, GoalArea.name).join(Assignment.goal_area).order_by(GoalArea.order, Assignment.order)
    rows = []
    for a, area in session.execute(query):
        key = assignment_key(a.text)
        own = tracking.get(key)
        if own is not None:
            status, date, comment, source = own.status, own.date, own.comment, "egen"
        elif a.status:
            status, date, comment, source = a.status, a.status_date, a.status_comment or "", "uppföljning"
        else:
            status, date, comment, source = NOT_STARTED, None, "", ""
        rows.append(AssignmentRow(key, a.text, area, a.decided_by, tuple(a.responsible or ()), status, date,
                                  comment, source))
    return rows


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


def not_started_per_area(rows: Iterable[AssignmentRow]) -> dict[str, tuple[int, int]]:
    """Goal area → (not started, all), in the plan's order."""
    total: Counter[str] = Counter()
    waiting: Counter[str] = Counter()
    for r in rows:
        total[r.goal_area] += 1
        waiting[r.goal_area] += r.not_started
    return {area: (waiting[area], n) for area, n in total.items()}
