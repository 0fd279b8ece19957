"""Property: whatever a hostile central store does between pulls, the member never takes its word over a version.

The secretariat pushes legitimate revisions; between pulls the store's rows are
also tampered with (a confidential flag flipped, a document's bytes replaced
with or without a matching checksum, a row dated 9999, an invalid kind). The
store here is a SQLite file (the same schema and code path as PostgreSQL, which
tests/integration/test_sync_trust.py drives); after every pull:

- the pull finished, and named what it skipped;
- the watermark is not past the server's clock;
- nothing the secretariat kept confidential became public, and a forged text
  never reached the member;
- the meeting's place is one the secretariat published.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text, update

from nämndklient.domain import records as r
from nämndklient.persistence.database import open_database
from nämndklient.persistence.models import AgendaItem, Document, Meeting, SyncState
from nämndklient.persistence.writer import store_meeting
from nämndklient.publishing.sync import pull, push
from tests.unit.test_publish_support import ITEM_INFO, MEETING, meeting_record, secretariat_db

FORGED = "Förfalskad text från servern"
TS_DOC = "tjansteskrivelse:RS/454/2023"
STEPS = ("revise", "declassify", "flip_confidential", "forge", "forge_with_checksum", "future", "bad_kind")


def _central(url: str, sql: str, **params: object) -> None:
    db = open_database(url, migrate=False)
    try:
        with db.engine.begin() as con:
            con.execute(text(sql), params)
            con.execute(text("UPDATE meeting SET modified_at = strftime('%Y-%m-%d %H:%M:%f', 'now') "
                             "WHERE key = :k AND modified_at < '9000'"), {"k": MEETING})
    finally:
        db.dispose()


@given(st.lists(st.sampled_from(STEPS), min_size=1, max_size=5))
@example(["forge", "revise"])  # found by this test: a push now mends the damaged copy instead of failing
@settings(max_examples=8, deadline=None)
def test_a_hostile_store_never_wins_over_the_versions(steps: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        url = f"sqlite:///{tmp / 'central.sqlite'}"
        sec = secretariat_db(tmp / "sec.sqlite")
        with sec.session() as s:
            s.execute(update(AgendaItem).where(AgendaItem.key == ITEM_INFO).values(confidential_days=None))
        places, public = {"Regionens hus"}, False
        push(sec, MEETING, url)
        member = open_database(tmp / "member.sqlite")
        try:
            pull(member, url)
            for n, step in enumerate(steps):
                if step == "revise":
                    place = f"Sal {n}"
                    places.add(place)
                    with sec.session() as s:
                        rec = meeting_record()
                        rec = r.MeetingRecord(rec.body_code, rec.start, rec.end, rec.kind, rec.title,
                                              tuple(i if i.order != 3 else r.AgendaItemRecord(
                                                  3, i.title, i.category, confidential=not public)
                                                  for i in rec.items),
                                              place=place, start_time=rec.start_time)
                        store_meeting(s, rec, r.ImportReport())
                    push(sec, MEETING, url)
                elif step == "declassify":
                    public = True
                    with sec.session() as s:
                        s.execute(update(AgendaItem).where(AgendaItem.key == ITEM_INFO).values(confidential=False))
                    push(sec, MEETING, url)
                elif step == "flip_confidential":
                    _central(url, "UPDATE agenda_item SET confidential = 0 WHERE key = :k", k=ITEM_INFO)
                elif step == "forge":
                    _central(url, "UPDATE document_version SET content = :c WHERE document_id = "
                                  "(SELECT id FROM document WHERE key = :k)", c=FORGED.encode(), k=TS_DOC)
                elif step == "forge_with_checksum":
                    import hashlib

                    sha = hashlib.sha256(FORGED.encode()).hexdigest()
                    _central(url, "UPDATE document_version SET content = :c, sha256 = :h, text = :t WHERE "
                                  "document_id = (SELECT id FROM document WHERE key = :k)",
                             c=FORGED.encode(), h=sha, t=FORGED, k=TS_DOC)
                    _central(url, "UPDATE document SET sha256 = :h, text = :t WHERE key = :k", h=sha, t=FORGED,
                             k=TS_DOC)
                elif step == "future":
                    _central(url, "UPDATE meeting SET modified_at = '9999-12-31 00:00:00.000000' WHERE key = :k",
                             k=MEETING)
                else:
                    _central(url, "UPDATE meeting SET kind = 'bogus' WHERE key = :k", k=MEETING)

                report = pull(member, url)  # never raises for what the store holds
                assert all(MEETING in line for line in report.refused)
                with member.session() as s:
                    watermark = s.scalar(select(SyncState.watermark))
                    info = s.scalar(select(AgendaItem).where(AgendaItem.key == ITEM_INFO))
                    doc = s.scalar(select(Document).where(Document.key == TS_DOC))
                    place = s.scalar(select(Meeting.place).where(Meeting.key == MEETING))
                now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
                assert watermark is not None and watermark <= now + dt.timedelta(seconds=5)
                assert info is not None and (info.confidential or public)
                assert doc is not None and FORGED not in doc.text
                assert place in places
        finally:
            member.dispose()
            sec.dispose()
