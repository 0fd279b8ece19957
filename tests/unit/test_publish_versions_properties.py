"""Property: whatever order a member meets the versions of a meeting in, the newest one read is what they have.

Three signed versions of one meeting (the second revises a document and
withdraws an item, the third lifts an item's confidentiality) are imported in
any order, any number of times. An older version is refused and writes
nothing, the same version is skipped and writes nothing, and afterwards the
member's copy is exactly that of the highest version read so far.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from nämndklient.persistence.database import open_database
from nämndklient.persistence.models import AgendaItem, Document, Publication
from nämndklient.publishing.manifest import PackageRefused
from nämndklient.publishing.package_reader import fetch_package
from nämndklient.publishing.package_writer import publish
from nämndklient.publishing.signing import TrustStore
from tests.helpers.files import db_digest
from tests.unit.test_publish_support import (
    ITEM_DIRECTIVE,
    ITEM_INFO,
    MEETING,
    publisher,
    revise,
    secretariat_db,
)


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[TrustStore, list[Path]]:
    folder = tmp_path_factory.mktemp("versions")
    trust = TrustStore(folder / "trusted.json")
    pub = publisher(folder / "keys", trust)
    sec = secretariat_db(folder / "sec.sqlite")
    with sec.session() as s:
        s.execute(update(AgendaItem).where(AgendaItem.key == ITEM_INFO).values(confidential_days=None))
    paths = [folder / f"v{n}.zip" for n in (1, 2, 3)]
    publish(sec, MEETING, paths[0], pub.key)
    revise(sec, folder / "revised")
    publish(sec, MEETING, paths[1], pub.key)
    with sec.session() as s:
        s.execute(update(AgendaItem).where(AgendaItem.key == ITEM_INFO).values(confidential=False))
    publish(sec, MEETING, paths[2], pub.key)
    sec.dispose()
    return trust, paths


def _facts(path: Path) -> tuple[int, bool, bool, bool]:
    """(seen version, directive withdrawn, info confidential, the tjänsteskrivelse is the revised one)."""
    db = open_database(path)
    try:
        with db.session() as s:
            seen = s.scalar(select(Publication.version).where(Publication.role == "seen"))
            items = {i.key: i for i in s.scalars(select(AgendaItem))}
            ts = s.scalar(select(Document.text).where(Document.key == "tjansteskrivelse:RS/454/2023"))
            return seen, ITEM_DIRECTIVE not in items or items[ITEM_DIRECTIVE].withdrawn, \
                items[ITEM_INFO].confidential, "kompletterats efter synpunkter" in ts
    finally:
        db.dispose()


EXPECTED = {1: (1, False, True, False), 2: (2, True, True, True), 3: (3, True, False, True)}


@given(st.lists(st.integers(1, 3), min_size=1, max_size=6))
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_highest_version_read_wins_in_any_order(versions: tuple[TrustStore, list[Path]], order: list[int]) -> None:
    trust, paths = versions
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "member.sqlite"
        open_database(path).dispose()
        highest = 0
        for n in order:
            before = db_digest(path)
            db = open_database(path)
            try:
                if n < highest:
                    with pytest.raises(PackageRefused, match="en äldre version ersätter aldrig en nyare"):
                        fetch_package(db, paths[n - 1], trust_store=trust)
                else:
                    report = fetch_package(db, paths[n - 1], trust_store=trust)
                    assert (report.skipped is not None) == (n == highest)
                    assert report.version == n and report.previous_version == (highest or None)
            finally:
                db.dispose()
            if n <= highest:
                assert db_digest(path) == before  # refused or skipped: nothing written
            highest = max(highest, n)
            # The ascent from 1 lifts confidentiality (same publisher, newer); from nothing it is simply public.
            assert _facts(path) == EXPECTED[highest]
