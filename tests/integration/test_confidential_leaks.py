"""A marker from a confidential document, followed through import, search, packs, a note and expiry.

Every directory the application writes to (data, config, cache, log) and the
temporary directory point into `tmp_path`; after expiry the marker may remain
only in the member's own note. With an encrypted database it must not be in any
file even before expiry (the pack opened in a PDF reader aside: it is a plain
file by nature, and it is deleted on quit, lock, wipe and expiry).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import logging.handlers
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from nämndklient.domain import records as r
from nämndklient.persistence import search_index
from nämndklient.persistence.database import Database, open_database
from nämndklient.persistence.models import AgendaItem, ItemDocument, Note
from nämndklient.persistence.writer import Source, store_document
from nämndklient.publishing.package_reader import fetch_package
from nämndklient.publishing.package_writer import publish
from nämndklient.publishing.signing import TrustStore
from nämndklient.runtime import paths
from nämndklient.runtime.logging_setup import configure_logging
from nämndklient.services import personal
from nämndklient.services.confidential import run_expiry
from nämndklient.services.packing import make_pack
from tests.unit.test_publish_support import ITEM_INFO, MEETING, publisher, secretariat_db

MARKER = "Kvastfeningsrapporten"
PASSPHRASE = "lång och hemlig lösenfras för testet"
EXPIRED_DAY = dt.date(2024, 9, 10) + dt.timedelta(days=31)  # the item is confidential for 30 days


def _plain_pdf(line: str) -> bytes:
    """Uncompressed, so the marker is in the file's bytes and a grep can find it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    canvas.drawString(72, 750, line)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


@pytest.fixture
def app_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Path]]:
    dirs = {name: tmp_path / name for name in ("data", "config", "cache", "state", "tmp")}
    for d in dirs.values():
        d.mkdir()
    for var, name in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache"),
                      ("XDG_STATE_HOME", "state"), ("TMPDIR", "tmp"), ("TEMP", "tmp"), ("TMP", "tmp")):
        monkeypatch.setenv(var, str(dirs[name]))
    monkeypatch.delenv("NAMNDKLIENT_DB", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    root.handlers = [h for h in root.handlers if not isinstance(h, logging.handlers.RotatingFileHandler)]
    log_file = configure_logging(debug=True)
    assert log_file is not None and dirs["state"] in log_file.parents
    yield dirs
    for h in root.handlers:
        if isinstance(h, logging.handlers.RotatingFileHandler):
            h.close()
    root.handlers = saved[0]
    root.setLevel(saved[1])


def _package(tmp_path: Path, trust: TrustStore) -> Path:
    """The secretariat's side (outside the member's directories): a confidential item with the marker."""
    sec = secretariat_db(tmp_path / "secretariat" / "sec.sqlite")
    with sec.session() as s:
        item = s.scalar(select(AgendaItem).where(AgendaItem.key == ITEM_INFO))
        assert item is not None and item.confidential and item.confidential_days == 30
        doc = store_document(
            s, key=f"attachment:file:{ITEM_INFO}/Utredning.pdf", kind=r.DocumentKind.ATTACHMENT, title="Utredning",
            source=Source("Utredning.pdf", "pdf", _plain_pdf(f"Bilaga: {MARKER} om lokalerna"), "application/pdf"),
            text=f"Utredningen {MARKER} visar att lokalerna ska säljas.", details={}, case=None,
            date=item.meeting.start, report=r.ImportReport(), page_count=1,
        )
        item.attachments.append(ItemDocument(document=doc, order=len(item.attachments)))
    pub = publisher(tmp_path / "secretariat" / "keys", trust)
    out = tmp_path / "secretariat" / "RS_2024-09-10.zip"
    publish(sec, MEETING, out, pub.key)
    sec.dispose()
    return out


def _files_with_marker(dirs: dict[str, Path]) -> dict[Path, int]:
    found = {}
    for d in dirs.values():
        for f in d.rglob("*"):
            if f.is_file():
                n = f.read_bytes().count(MARKER.encode())
                if n:
                    found[f] = n
    return found


def _in_notes(db: Database) -> int:
    """How often the live note rows and their own search entries hold the marker."""
    with db.session() as s:
        notes = sum((n.text or "").count(MARKER) + (n.quote or "").count(MARKER) for n in s.scalars(select(Note)))
        entries = sum(body.count(MARKER) + title.count(MARKER) for title, body in s.execute(
            text("SELECT title, body FROM search_entry WHERE kind = 'note'")))
    return notes + entries


def _member_uses_it(db: Database) -> Path:
    """Import done: search, build a pack with and without the item, write a note that quotes the marker."""
    with db.session() as s:
        hits = {h.ref for h in search_index.search(s, MARKER)}
        assert f"document:attachment:file:{ITEM_INFO}/Utredning.pdf" in hits
        personal.add_item_note(s, ITEM_INFO, f"Fråga om {MARKER}: vem har beställt den?")
    opened = paths.pack_cache_dir() / "RS_2024-09-10_kallelse.pdf"  # what "Öppna i PDF-läsare" writes
    opened.parent.mkdir(parents=True, exist_ok=True)
    with_item = make_pack(db, MEETING, opened, include_confidential=True)
    without = make_pack(db, MEETING, opened.with_name("utan-sekretess.pdf"))
    assert with_item.pages > without.pages
    logging.getLogger("nämndklient.test").debug("pack built: %d pages", with_item.pages)
    return opened


def test_after_expiry_the_marker_is_only_in_the_members_note(tmp_path: Path, app_dirs: dict[str, Path]) -> None:
    trust = TrustStore(app_dirs["config"] / "namndklient" / "trusted.json")
    package = _package(tmp_path, trust)
    db = open_database(paths.default_database())
    assert Path(paths.default_database()).parent == app_dirs["data"] / "namndklient"
    fetch_package(db, package, trust_store=trust)
    opened = _member_uses_it(db)
    assert opened.exists()

    before = _files_with_marker(app_dirs)
    db_file = Path(paths.default_database())
    in_db = sum(n for f, n in before.items() if f.name.startswith(db_file.name))  # the file and its WAL
    assert in_db > _in_notes(db)  # the grep sees the document's copies: the check can fail
    assert before.get(opened, 0) > 0  # the pack for the PDF reader holds the confidential pages

    expired = run_expiry(db, EXPIRED_DAY)
    assert [e.key for e in expired] == [ITEM_INFO]
    with db.session() as s:
        assert {h.ref for h in search_index.search(s, MARKER)} == {"note:1"}
    kept = _in_notes(db)
    assert kept >= 2  # the note and its own search entry
    db.dispose()

    after = _files_with_marker(app_dirs)
    assert set(after) == {db_file}, after  # no log, cache, temp or config file
    assert after[db_file] == kept
    assert not opened.exists()
    assert not list(app_dirs["tmp"].rglob("*"))  # pack building left nothing in the temp directory


def test_with_an_encrypted_database_no_file_holds_the_marker_even_before_expiry(
        tmp_path: Path, app_dirs: dict[str, Path]) -> None:
    from nämndklient.persistence import cipher
    from nämndklient.runtime.paths import clear_pack_cache

    trust = TrustStore(app_dirs["config"] / "namndklient" / "trusted.json")
    package = _package(tmp_path, trust)
    db_path = Path(paths.default_database())
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(db_path, key=cipher.new_key(PASSPHRASE))
    assert db.encrypted and cipher.is_encrypted(db_path)
    fetch_package(db, package, trust_store=trust)
    opened = _member_uses_it(db)
    assert opened.exists()
    clear_pack_cache()  # as on quit or lock: the plain copy for the PDF reader goes
    with db.engine.connect() as con:
        con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _files_with_marker(app_dirs) == {}

    assert [e.key for e in run_expiry(db, EXPIRED_DAY)] == [ITEM_INFO]
    with db.session() as s:
        assert {h.ref for h in search_index.search(s, MARKER)} == {"note:1"}
    db.dispose()
    assert _files_with_marker(app_dirs) == {}
    assert not list(app_dirs["tmp"].rglob("*"))
