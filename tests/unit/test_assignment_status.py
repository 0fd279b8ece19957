"""An assignment's status: none until a follow-up report or the member gives one; both paths keep working."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import select

from nämndklient.cli.main import main
from nämndklient.persistence.models import Assignment
from nämndklient.services import assignments as asg

TEXT = "Tillse att vård ges i rimlig tid"


def rows(db: Any) -> dict[str, asg.AssignmentRow]:
    with db.session() as s:
        return {r.text: r for r in asg.assignment_rows(s)}


def test_no_status_is_none_and_counted_as_none(demo_db: Any) -> None:
    all_rows = list(rows(demo_db).values())
    assert len(all_rows) == 37 and all(r.status is None and r.status_source is None for r in all_rows)
    assert not any(r.not_started for r in all_rows)
    assert asg.status_counts(all_rows) == {None: 37, "ej påbörjad": 0, "pågående": 0, "genomförd": 0,
                                           "ej genomförd": 0}
    assert all_rows[0].status_text == "ingen status angiven"
    assert asg.filter_rows(all_rows, not_started=True) == []


def test_a_reported_status_and_the_members_own_both_show_and_the_members_wins(
        demo_db: Any, demo_db_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    with demo_db.session() as s:  # what a follow-up report writes into the published row
        row = s.scalar(select(Assignment).where(Assignment.text == TEXT))
        row.status, row.status_date, row.status_comment = "pågående", dt.date(2024, 4, 30), "Delår 1"
    reported = rows(demo_db)[TEXT]
    assert (reported.status, reported.status_source, reported.status_date) == (
        "pågående", asg.StatusSource.REPORT, dt.date(2024, 4, 30))
    with demo_db.session() as s:
        asg.set_tracking(s, reported.key, "genomförd", dt.date(2024, 6, 1), "Klart i juni")
    own = rows(demo_db)[TEXT]
    assert (own.status, own.status_source, own.comment) == ("genomförd", asg.StatusSource.MEMBER, "Klart i juni")
    demo_db.dispose()
    assert main(["--db", str(demo_db_path), "list", "assignments", "--format", "json"]) == 0
    listed = {a["text"]: a for a in json.loads(capsys.readouterr().out)}
    assert (listed[TEXT]["status"], listed[TEXT]["status_source"], listed[TEXT]["status_date"]) == (
        "genomförd", "member", "2024-06-01")
    others = [a for t, a in listed.items() if t != TEXT]
    assert all(a["status"] is None and a["status_source"] is None for a in others)
