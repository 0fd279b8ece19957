"""`nämndklient screenshot VIEW`: render one main view offscreen into a PNG.

Views: start, calendar, calendar-list, meeting[:REF], item[:KEY], case[:DOC_KEY[#PHRASE]],
search[:QUERY], hit:QUERY (what Enter on the first search hit opens, say an attachment at
its page with the words marked), prep[:REF], kpis[:NAME], assignments, budget[:TABLE]. Fresh settings in a temporary folder
keep the member's own window state out of the picture.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

from ..fileio import atomic_path
from ..persistence.database import Database


class UnknownView(ValueError):
    pass


def _app(language: str, theme: str = "system") -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from . import i18n

    app = QApplication.instance() or QApplication(["nämndklient-screenshot"])
    i18n.install_translator(app, language)
    if theme == "dark":
        from .theme import dark_palette

        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    return app


def _settle(app: Any, seconds: float = 0.25, until: Any = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline or (until is not None and not until() and time.monotonic() < deadline + 5):
        app.processEvents()
        time.sleep(0.01)


def take_screenshot(db: Database, view: str, out: Path, size: tuple[int, int] = (1280, 800),
                    language: str = "sv", theme: str = "system") -> Path:
    app = _app(language, theme)
    from PySide6.QtCore import QSettings

    from ..services import catalog
    from .context import AppContext
    from .main_window import MainWindow

    name, _, arg = view.partition(":")
    known = {"start", "calendar", "calendar-list", "meeting", "item", "case", "search", "hit", "prep", "kpis",
             "budget", "lock", "assignments"}
    if name not in known:
        raise UnknownView(f"Okänd vy {view!r}: välj bland {', '.join(sorted(known))}.")
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, AppContext(db, settings))
        window.resize(*size)
        window.show()
        meetings = window.sections["meetings"]
        with db.session() as s:
            first_meeting = catalog.meetings(s, limit=1)
        wait_for = None
        if name in ("start", "calendar", "calendar-list", "meeting", "item", "prep", "lock", "hit"):
            window.show_section("meetings")
            meetings.show_start()
        if name == "calendar":
            meetings.show_calendar()
        elif name == "calendar-list":
            meetings.show_calendar(as_list=True)
        elif name in ("meeting", "prep"):
            ref = arg or (first_meeting[0].key if first_meeting else "")
            meetings.open_meeting(ref)
            if name == "prep":
                meetings.open_prep(meetings.meeting.meeting.key)
        elif name == "item":
            key = arg or _first_item(db)
            meetings.open_item(key)
            if meetings.item.detail and meetings.item.detail.attachments:
                meetings.item.show_attachments()
                pdf = meetings.item.pdf
                wait_for = lambda: pdf.page_count() > 0  # noqa: E731
        elif name == "case":
            window.show_section("cases")
            key, _, phrase = arg.partition("#")
            if key:
                window.sections["cases"].open_document(key)
            if phrase:
                _scroll_to(window.sections["cases"].reader, phrase)
        elif name == "search":
            window.show_section("search")
            window.sections["search"].set_query(arg or "hälso- och sjukvård")
        elif name == "hit":
            wait_for = _open_first_hit(window, arg)
        elif name == "lock":
            window.lock_now()  # what anyone passing by sees: nothing of the material
        elif name == "assignments":  # the Uppdrag tab of the KPI section
            section = window.show_section("kpis")
            section.tabs.setCurrentWidget(section.assignments)  # type: ignore[union-attr]
        elif name in ("kpis", "budget"):
            section = window.show_section(name)
            if name == "kpis" and arg and not section.overview.select(arg):  # type: ignore[union-attr]
                raise LookupError(f"Nyckeltalet {arg!r} finns inte (se list kpis).")
            if name == "budget" and arg:
                keys = [v.key for v in section.views]  # type: ignore[union-attr]
                if arg not in keys:
                    raise LookupError(f"Budgettabellen {arg!r} finns inte: välj bland {', '.join(keys)}.")
                section.show_table(arg)  # type: ignore[union-attr]
                if section.checks.count():  # type: ignore[union-attr]
                    section.checks.setCurrentRow(0)  # type: ignore[union-attr]  # the first finding, at its cell
        _settle(app, 0.4, wait_for)
        if wait_for is not None:
            _settle(app, 0.4)  # QPdfView paints its pages asynchronously
        image = window.grab()
        with atomic_path(out) as tmp_png:
            if not image.save(str(tmp_png), "PNG"):
                raise OSError(f"Kunde inte skriva {out}.")
        window.close()
        window.deleteLater()
        app.processEvents()
    return out


def _scroll_to(reader: Any, phrase: str) -> None:
    """`case:KEY#PHRASE`: the reader scrolled so the first occurrence of PHRASE stands at the top."""
    from PySide6.QtGui import QTextCursor, QTextDocument

    reader.moveCursor(QTextCursor.MoveOperation.Start)
    if not reader.find(phrase, QTextDocument.FindFlag(0)):
        raise LookupError(f"Texten {phrase!r} finns inte i handlingen.")
    bar = reader.verticalScrollBar()
    bar.setValue(bar.value() + reader.cursorRect().top() - 12)
    cursor = reader.textCursor()
    cursor.clearSelection()
    reader.setTextCursor(cursor)


def _open_first_hit(window: Any, query: str) -> Any:
    """Search, then press Enter as a member would; what to wait for before the picture is taken."""
    search = window.show_section("search")
    search.set_query(query)
    hit = search.model.hit(search.model.first_hit())
    if hit is None:
        raise LookupError(f"Inga träffar på {query!r}.")
    search.field.setFocus()
    search._open_first()
    if hit.kind != "page":
        return None
    pdf = window.meetings.item.pdf
    return lambda: pdf.page_count() > 0 and pdf.current_page() == (hit.page or 1) - 1 \
        and pdf.view.currentSearchResultIndex() >= 0


def _first_item(db: Database) -> str:
    from ..services import catalog

    with db.session() as s:
        found = catalog.meetings(s, limit=1)
    if not found or not found[0].items:
        raise UnknownView("Databasen har inga ärenden att visa.")
    return found[0].items[0].key
