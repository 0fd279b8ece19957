"""Benchmarks that run inside a child process: opening a meeting, opening an item's PDF, importing a year.

The bench layer imports no Qt (tests/unit/test_architecture.py), so, like
`BARE_WINDOW` in `__main__`, the Qt part is the source of a child program:
`CHILD` defines the functions, and `child_call` appends the call whose result
the child prints. Each function measures this project's path and a bare
baseline in the same process and returns both medians on one line. The views
are constructed directly (as the sections do), so the figure is the view's own
work on an open database, not start-up.
"""

from __future__ import annotations

CHILD = r'''
import datetime as dt
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _app() -> Any:
    from nämndklient.runtime.immortal import make_singletons_immortal

    make_singletons_immortal()
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _context(db_path: Path, tmp: Path) -> Any:
    from PySide6.QtCore import QSettings

    from nämndklient.gui.context import AppContext
    from nämndklient.persistence.database import open_database

    return AppContext(open_database(db_path), QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))


def _timed(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def meeting_open(db_path: str, meeting_key: str, repeat: int) -> str:
    """The meeting view filled with the 40-item agenda and painted, against a bare SELECT of the same
    rows into a QTableWidget, painted."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    from nämndklient.gui.views.meeting import MeetingPage

    app = _app()
    with tempfile.TemporaryDirectory() as tmp:
        ctx = _context(Path(db_path), Path(tmp))
        page = MeetingPage(ctx)
        page.resize(1200, 800)
        page.show()
        other = _another(db_path, "meeting", meeting_key, "start")

        def ours() -> None:
            page.show_meeting(meeting_key)
            app.processEvents()
            page.grab()

        def reset() -> None:
            page.show_meeting(other)
            app.processEvents()

        reset()
        times = []
        for _ in range(repeat):
            reset()
            times.append(_timed(ours, 1))
        con = sqlite3.connect(db_path)
        table = QTableWidget()
        table.resize(1200, 800)
        table.show()

        def bare() -> None:
            rows = con.execute(
                'SELECT a.number, a.title, a.category FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id '
                'WHERE m.key = ? ORDER BY a."order"', (meeting_key,)).fetchall()
            table.clear()
            table.setRowCount(len(rows))
            table.setColumnCount(3)
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.setItem(r, c, QTableWidgetItem(str(value)))
            app.processEvents()
            table.grab()

        bare()
        base = _timed(bare, repeat)
        ctx.db.dispose()
    return f"{statistics.median(times):.5f} {base:.5f}"


def _another(db_path: str, table: str, key: str, newest_by: str) -> str:
    """A different row's key, opened first so the measured open is not the view's first (warm caches)."""
    con = sqlite3.connect(db_path)
    row = con.execute(f"SELECT key FROM {table} WHERE key != ? ORDER BY {newest_by} DESC LIMIT 1", (key,)).fetchone()
    con.close()
    return str(row[0])


def item_open(db_path: str, item_key: str, repeat: int) -> str:
    """The item page with its 30-page attachment, until the PDF viewer has rendered the first page
    and painted it, against loading the same bytes into a bare QPdfDocument and rendering page one
    at the same size."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer

    from nämndklient.gui.views.item import ItemPage

    app = _app()
    sizes: list[QSize] = []
    with tempfile.TemporaryDirectory() as tmp:
        ctx = _context(Path(db_path), Path(tmp))
        page = ItemPage(ctx)
        page.resize(1200, 800)
        page.show()
        page.show_attachments()
        renderer = page.pdf.view.findChild(QPdfPageRenderer)
        rendered: list[int] = []
        if renderer is not None:
            renderer.pageRendered.connect(lambda n, size, *_: (rendered.append(n), sizes.append(size)))
        other = _another(db_path, "agenda_item", item_key, "id")

        def ours() -> None:
            rendered.clear()
            page.show_item(item_key)
            page.show_attachments()
            deadline = time.perf_counter() + 30
            while 0 not in rendered and time.perf_counter() < deadline:
                app.processEvents()
                page.pdf.view.viewport().repaint()
            page.grab()

        times = []
        for _ in range(repeat + 1):
            page.show_item(other)
            app.processEvents()
            times.append(_timed(ours, 1))
        times = times[1:]  # the first includes pdfium's own start
        con = sqlite3.connect(db_path)
        size = sizes[-1] if sizes else QSize(800, 1131)

        def bare() -> None:
            data = con.execute(
                "SELECT v.content FROM document_version v JOIN item_document i ON i.document_id = v.document_id "
                "JOIN agenda_item a ON a.id = i.item_id WHERE a.key = ? ORDER BY i.\"order\", v.version DESC LIMIT 1",
                (item_key,)).fetchone()[0]
            buffer = QBuffer()
            buffer.setData(QByteArray(data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            doc = QPdfDocument()
            doc.load(buffer)
            while doc.status() != QPdfDocument.Status.Ready:
                app.processEvents()
            doc.render(0, size)

        bare()
        base = _timed(bare, repeat)
        ctx.db.dispose()
    return f"{statistics.median(times):.5f} {base:.5f}"




def import_year(repeat: int, meetings: int = 10, items: int = 25) -> str:
    """One body's year (10 meetings of 25 items, each item a report and three PDF attachments) written
    through the writer every importer uses, in one transaction, against a bare `executemany` of the
    same rows and bytes into two plain tables. Seconds, ours then bare, then the number of items;
    the material (prose, PDFs) is made before the clock starts."""
    from nämndklient.domain.records import ImportReport
    from nämndklient.persistence.database import open_database
    from nämndklient.bench.large import ATTACHMENT_NAMES, make_meeting, store_material

    rng = random.Random(3)
    material = [make_meeting(rng, "RS", dt.date(2024, 1, 10) + dt.timedelta(days=30 * n), items,
                             [[rng.randint(1, 30) for _ in ATTACHMENT_NAMES] for _ in range(items)], n * items)
                for n in range(meetings)]

    def ours() -> float:
        with tempfile.TemporaryDirectory() as tmp:
            db = open_database(Path(tmp) / "import.sqlite")
            start = time.perf_counter()
            with db.session() as s:
                for m in material:
                    store_material(s, m, ImportReport())
            elapsed = time.perf_counter() - start
            db.dispose()
        return elapsed

    item_rows = [(f"{m.meeting.body_code}:{m.meeting.start}/{i.dnr}", str(m.meeting.start), i.title, i.category)
                 for m in material for i in m.meeting.items]
    doc_rows = [(src.name, rec.title, "\n".join(b.text for sec in rec.sections for b in sec.blocks), src.data)
                for m in material for rec, src in m.reports]
    doc_rows += [(f"{n}/{src.name}", src.name, "", src.data) for m in material for n, (src, _) in enumerate(
        m.attachments)]

    def bare() -> float:
        with tempfile.TemporaryDirectory() as tmp:
            con = sqlite3.connect(Path(tmp) / "bare.sqlite")
            con.executescript(
                "CREATE TABLE item (key TEXT, meeting TEXT, title TEXT, category TEXT);"
                "CREATE TABLE document (key TEXT, title TEXT, text TEXT, content BLOB);")
            start = time.perf_counter()
            with con:
                con.executemany("INSERT INTO item VALUES (?, ?, ?, ?)", item_rows)
                con.executemany("INSERT INTO document VALUES (?, ?, ?, ?)", doc_rows)
            elapsed = time.perf_counter() - start
            con.close()
        return elapsed

    ours_t = statistics.median(ours() for _ in range(repeat))
    bare_t = statistics.median(bare() for _ in range(repeat))
    return f"{ours_t:.5f} {bare_t:.5f} {meetings * items}"
'''


def child_call(call: str) -> str:
    """A child program that defines the benchmark functions and prints `call`'s result."""
    return f"{CHILD}\nprint({call})\n"
