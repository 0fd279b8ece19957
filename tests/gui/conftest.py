"""Fixtures for the GUI tests: a fresh copy of the demo database and fresh settings per test."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported anywhere

import pytest
from PySide6.QtCore import QSettings

from nämndklient.gui.context import AppContext
from nämndklient.persistence.database import Database

TODAY = dt.date(2026, 3, 1)  # after all demo meetings: the start view shows the most recent ones


@pytest.fixture
def db_path(demo_db_path: Path) -> Path:
    """A private copy of the demo database (built once per session by the root conftest)."""
    return demo_db_path


@pytest.fixture
def db(demo_db: Database) -> Database:
    return demo_db


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ctx(db: Database, settings: QSettings) -> AppContext:
    return AppContext(db, settings)


@pytest.fixture
def window(qtbot, ctx: AppContext, settings: QSettings):  # type: ignore[no-untyped-def]
    from nämndklient.gui.main_window import MainWindow

    win = MainWindow(settings, ctx, today=lambda: TODAY)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def make_pdf(path: Path, pages: list[str]) -> Path:
    """A small PDF with one line of text per page, written to `path`."""
    from tests.helpers.pdfs import make_pdf as pdf_bytes

    path.write_bytes(pdf_bytes(pages))
    return path


@pytest.fixture
def attached_pdf(db: Database, tmp_path: Path) -> str:
    """Attach a three-page PDF to the first item of 26 January 2024; return the item key."""
    from nämndklient.services.attachments import attach_files

    key = "RS:2024-01-26/ekonomisk-rapport"
    pdf = make_pdf(tmp_path / "Ekonomisk_rapport_bilaga.pdf",
                   ["Sida ett: resultat", "Sida två: prognos", "Sida tre: investeringar och likviditet"])
    attach_files(db, key, [pdf])
    return key


@pytest.fixture
def type_text():  # type: ignore[no-untyped-def]
    """Like QTest.keyClicks, but also for ä and ö, which QTest's ASCII key table rejects."""
    return _type_text


def _type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
