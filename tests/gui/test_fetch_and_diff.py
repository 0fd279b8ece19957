"""Hämta nya handlingar, Visa ändringar and the sync state, driven through the real widgets."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from nämndklient.gui.context import AppContext
from nämndklient.gui.dialogs.fetch_dialog import KEY_URL, FetchDialog
from nämndklient.gui.theme import contrast_ratio, dark_palette
from nämndklient.gui.views.diff import DiffDialog
from nämndklient.persistence.database import Database, open_database
from nämndklient.persistence.models import Meeting, Note, TrustDecision
from nämndklient.publishing.package_reader import fetch_package
from nämndklient.publishing.package_writer import publish
from nämndklient.publishing.signing import TrustStore
from nämndklient.services import catalog, personal
from tests.helpers.files import db_digest
from tests.unit.test_publish_support import (
    ITEM_DIRECTIVE,
    ITEM_INFO,
    ITEM_TS,
    MEETING,
    QUOTE_MOVED,
    Publisher,
    publisher,
    revise,
    secretariat_db,
)

TS_DOC = "tjansteskrivelse:RS/454/2023"
INSERTED = ["Ärendet har kompletterats efter synpunkter från presidiet.", "och", "då",
            "beredning hos regiondirektören.", "besvarat med hänvisning till pågående dialog."]
DELETED = ["där", "beredning.",
           'Därför blir det också felaktigt att nu göra en bedömning om vilka prioriteringar som är att "föredra".',
           "besvarat."]


def _stamp(db: Database, when: dt.datetime) -> None:
    with db.session() as s:
        s.execute(update(Meeting).where(Meeting.key == MEETING).values(modified_at=when))


class Packages:
    """Version 1 and the revised version 2 of one meeting, published by the secretariat."""

    def __init__(self, folder: Path, trust: TrustStore | None) -> None:
        self.pub: Publisher = publisher(folder / "keys", trust)
        sec = secretariat_db(folder / "sec.sqlite")
        out = folder / "out"
        out.mkdir()
        self.v1, self.v2 = out / "v1.zip", out / "v2.zip"
        _stamp(sec, dt.datetime(2024, 9, 1, 8, 0))
        publish(sec, MEETING, self.v1, self.pub.key)
        revise(sec, folder / "revised")
        _stamp(sec, dt.datetime(2024, 9, 6, 15, 30))
        publish(sec, MEETING, self.v2, self.pub.key)
        sec.dispose()


@pytest.fixture
def trust(tmp_path: Path) -> TrustStore:
    return TrustStore(tmp_path / "config" / "trusted.json")


@pytest.fixture
def packages(tmp_path: Path, trust: TrustStore) -> Packages:
    return Packages(tmp_path, trust)


@pytest.fixture
def member(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "member.sqlite")
    yield db
    db.dispose()


@pytest.fixture
def member_ctx(member: Database, settings: QSettings) -> AppContext:
    return AppContext(member, settings)


def _dialog(qtbot: QtBot, ctx: AppContext, trust: TrustStore) -> FetchDialog:
    dialog = FetchDialog(ctx, trust_store=trust)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fetch(qtbot: QtBot, dialog: FetchDialog, button=None) -> object:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.fetched, timeout=30000) as blocker:
        qtbot.mouseClick(button or dialog.fetch_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def _read_then_revise(member: Database, packages: Packages, trust: TrustStore) -> None:
    """The member imports version 1, writes a note on a passage, reads everything."""
    fetch_package(member, packages.v1, trust_store=trust)
    with member.session() as s:
        personal.add_item_note(s, ITEM_TS, "Fråga om tidsplanen", quote=QUOTE_MOVED)
        for key in (ITEM_TS, ITEM_DIRECTIVE, ITEM_INFO):
            personal.mark_read(s, key)


# --- the fetch dialog ------------------------------------------------------------------


def test_fetch_from_a_file_shows_what_is_new_and_refreshes_the_views(
    qtbot: QtBot, member_ctx: AppContext, packages: Packages, trust: TrustStore, settings: QSettings
) -> None:
    dialog = _dialog(qtbot, member_ctx, trust)
    dialog.set_source("file")
    dialog.file_edit.setText(str(packages.v1))
    with qtbot.waitSignal(member_ctx.events.published_changed, timeout=30000):
        result = _fetch(qtbot, dialog)
    assert result.outcomes and not result.refused
    summary = dialog.summary.toPlainText()
    assert "Regionstyrelsens sammanträde (RS:2024-09-10)" in summary
    assert "3 nya ärenden" in summary and "signerat av en utgivare du litar på" in summary
    assert dialog.items.count() == 3 and dialog.items.isVisible()
    assert settings.value("fetch/file") == str(packages.v1) and settings.value("fetch/source") == "file"
    with member_ctx.db.session() as s:
        assert {i.key for i in catalog.items(s)} == {ITEM_TS, ITEM_DIRECTIVE, ITEM_INFO}
    # Choosing an item in the summary asks for it to be opened.
    with qtbot.waitSignal(dialog.open_item) as chosen:
        dialog.items.setCurrentRow(0)
        qtbot.keyClick(dialog.items, Qt.Key.Key_Return)
    assert chosen.args[0] in {ITEM_TS, ITEM_DIRECTIVE, ITEM_INFO}


def test_fetch_from_a_folder_takes_the_newest_per_meeting_then_skips_it(
    qtbot: QtBot, member_ctx: AppContext, packages: Packages, trust: TrustStore, tmp_path: Path
) -> None:
    share = tmp_path / "delad-enhet"
    share.mkdir()
    shutil.copy(packages.v1, share / "rs-forsta.zip")
    shutil.copy(packages.v2, share / "rs-andra.zip")
    dialog = _dialog(qtbot, member_ctx, trust)
    dialog.set_source("folder")
    dialog.folder_edit.setText(str(share))
    _fetch(qtbot, dialog)
    summary = dialog.summary.toPlainText()
    assert "2 nya ärenden" in summary  # version 2: the directive is already withdrawn
    assert "Äldre versioner som hoppades över: rs-forsta.zip." in summary
    before = db_digest(tmp_path / "member.sqlite")
    _fetch(qtbot, dialog)
    assert "Redan inläst och oförändrat: rs-andra.zip." in dialog.summary.toPlainText()
    assert dialog.status.text() == "Inget nytt att hämta."
    assert db_digest(tmp_path / "member.sqlite") == before


def test_a_damaged_package_is_refused_with_the_reason_and_the_database_is_unchanged(
    qtbot: QtBot, member_ctx: AppContext, packages: Packages, trust: TrustStore, tmp_path: Path
) -> None:
    fetch_package(member_ctx.db, packages.v1, trust_store=trust)
    bad = tmp_path / "skadat.zip"
    data = bytearray(packages.v2.read_bytes())
    data[len(data) // 3] ^= 0xFF  # one byte, somewhere in the documents
    bad.write_bytes(bytes(data))
    before = db_digest(tmp_path / "member.sqlite")
    dialog = _dialog(qtbot, member_ctx, trust)
    dialog.set_source("file")
    dialog.file_edit.setText(str(bad))
    result = _fetch(qtbot, dialog)
    [refusal] = result.refused
    assert not refusal.untrusted
    status = dialog.status.text()
    assert status.startswith("Lästes inte in: ") and "skadat.zip" in status and "inget ändrades" in status
    assert not dialog.accept_button.isVisible()  # a damaged package cannot be accepted
    assert db_digest(tmp_path / "member.sqlite") == before


def test_an_untrusted_package_is_refused_until_the_member_accepts_it(
    qtbot: QtBot, member_ctx: AppContext, tmp_path: Path
) -> None:
    packages = Packages(tmp_path, None)  # the publisher's key is not in the member's trust list
    trust = TrustStore(tmp_path / "config" / "trusted.json")
    before = db_digest(tmp_path / "member.sqlite")
    dialog = _dialog(qtbot, member_ctx, trust)
    dialog.set_source("file")
    dialog.file_edit.setText(str(packages.v1))
    _fetch(qtbot, dialog)
    assert "nyckel du inte litar på" in dialog.status.text()
    assert "Godta ändå" in dialog.status.text() and dialog.accept_button.isVisible()
    assert db_digest(tmp_path / "member.sqlite") == before
    _fetch(qtbot, dialog, dialog.accept_button)
    assert "okänd utgivare; du valde att godta det" in dialog.summary.toPlainText()
    assert not dialog.accept_button.isVisible()
    with member_ctx.db.session() as s:
        decision = s.scalar(select(TrustDecision))
        assert decision is not None and decision.decision == "accepted-untrusted"
        assert decision.key_fingerprint == packages.pub.fingerprint and decision.meeting_key == MEETING


def test_the_central_address_is_remembered_without_its_password(
    qtbot: QtBot, member_ctx: AppContext, trust: TrustStore, settings: QSettings
) -> None:
    dialog = _dialog(qtbot, member_ctx, trust)
    dialog.set_source("central")
    dialog.url_edit.setText("postgresql://ledamot:hemligt@127.0.0.1:1/namnd")
    result = _fetch(qtbot, dialog)
    assert result is None  # nothing listens on port 1
    assert dialog.status.text().startswith("Hämtningen misslyckades. Kan inte ansluta")
    assert "hemligt" not in dialog.status.text()
    assert settings.value(KEY_URL) == "postgresql://ledamot@127.0.0.1:1/namnd"
    settings.sync()
    assert "hemligt" not in Path(settings.fileName()).read_text(encoding="utf-8")
    # For the rest of the session the dialog still has the password; a new one offers it again.
    again = _dialog(qtbot, member_ctx, trust)
    assert again.source() == "central" and again.url_edit.text().endswith("hemligt@127.0.0.1:1/namnd")


def test_a_plain_address_without_postgresql_is_refused_before_anything_runs(
    qtbot: QtBot, member_ctx: AppContext, trust: TrustStore
) -> None:
    dialog = _dialog(qtbot, member_ctx, trust)
    dialog.set_source("central")
    dialog.url_edit.setText("server/namnd")
    qtbot.mouseClick(dialog.fetch_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy and "postgresql://" in dialog.status.text()


# --- the diff view and the sync state ----------------------------------------------------


@pytest.fixture
def revised(member_ctx: AppContext, packages: Packages, trust: TrustStore) -> AppContext:
    _read_then_revise(member_ctx.db, packages, trust)
    fetch_package(member_ctx.db, packages.v2, trust_store=trust)
    return member_ctx


def _changes(dialog: DiffDialog, kind: str) -> list[str]:
    return [text for c in dialog.changes for k, text in c.parts if k == kind]


def test_the_diff_shows_exactly_the_changed_words_and_steps_through_them_by_keyboard(
    qtbot: QtBot, revised: AppContext
) -> None:
    dialog = DiffDialog(revised, ITEM_TS)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.view.hasFocus()
    assert _changes(dialog, "insert") == INSERTED and _changes(dialog, "delete") == DELETED
    text = dialog.view.toPlainText()
    assert "– version 2 jämfört med version 1, som du läste" in text
    assert "tillagt: Ärendet har kompletterats" in text and "borttaget: där" in text
    assert "oförändrade ord …]" in text  # long unchanged stretches are folded
    assert dialog.position.text() == f"{len(dialog.changes)} ändringar. Tryck F8 för den första."

    qtbot.keyClick(dialog.view, Qt.Key.Key_F8)
    assert dialog.position.text() == f"Ändring 1 av {len(dialog.changes)}"
    assert dialog.selected_text().strip().startswith("tillagt:")
    assert "kompletterats" in dialog.selected_text()
    assert dialog.view.accessibleDescription().endswith("tillagt: Ärendet har kompletterats efter synpunkter "
                                                        "från presidiet.")
    qtbot.keyClick(dialog.view, Qt.Key.Key_F8)
    assert dialog.position.text().startswith("Ändring 2 av")
    assert dialog.selected_text() == "borttaget: där tillagt: och"  # struck "där", underlined "och"
    qtbot.keyClick(dialog.view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.position.text().startswith("Ändring 1 av") and not dialog.previous_button.isEnabled()


def _marked_formats(dialog: DiffDialog) -> list[tuple[str, QColor, QColor]]:
    """(insert | delete, background, text colour) of every marked run in the rendered document."""
    found = []
    block = dialog.view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.fontUnderline() or fmt.fontStrikeOut():
                kind = "insert" if fmt.fontUnderline() else "delete"
                found.append((kind, fmt.background().color(), fmt.foreground().color()))
            it += 1
        block = block.next()
    return found


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_insertions_and_deletions_differ_by_more_than_colour_and_keep_contrast(
    qtbot: QtBot, revised: AppContext, theme: str
) -> None:
    app = QApplication.instance()
    palette = app.palette()  # type: ignore[union-attr]
    try:
        if theme == "dark":
            app.setPalette(dark_palette())  # type: ignore[union-attr]
        dialog = DiffDialog(revised, ITEM_TS)
        qtbot.addWidget(dialog)
        marked = _marked_formats(dialog)
    finally:
        app.setPalette(palette)  # type: ignore[union-attr]
    assert {k for k, _, _ in marked} == {"insert", "delete"}
    for _kind, background, text in marked:
        assert contrast_ratio(background, text) >= 4.5
        assert (background.lightness() < 128) == (theme == "dark")


def test_mark_read_from_the_diff_makes_the_item_current(qtbot: QtBot, revised: AppContext) -> None:
    dialog = DiffDialog(revised, ITEM_TS)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(revised.events.personal_changed):
        qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    with revised.db.session() as s:
        assert next(i for i in catalog.items(s) if i.key == ITEM_TS).state == "current"
        assert personal.diff_since_read(s, ITEM_TS) == []


def test_meeting_and_item_views_show_the_sync_state(qtbot: QtBot, revised: AppContext) -> None:
    from nämndklient.gui.views.item import ItemPage
    from nämndklient.gui.views.meeting import MeetingPage

    meeting = MeetingPage(revised)
    qtbot.addWidget(meeting)
    meeting.show_meeting(MEETING)
    text = meeting.sync_label.text()
    assert text.startswith("Hämtad ") and str(dt.date.today().year) in text
    assert text.endswith("0 aktuella, 2 ändrade sedan du läste, 1 utgått")  # all three were read

    item = ItemPage(revised)
    qtbot.addWidget(item)
    item.show()
    item.show_item(ITEM_TS)
    assert item.state_label.isVisible() and item.state_label.text() == "Ändrad sedan du läste"
    assert item.diff_button.isVisible() and item.diff_button.accessibleName() == "Visa ändringar sedan du läste"
    line = item.documents_label.text()
    assert " · version 2 · ändrad sedan du läste · hämtad " in line
    # Reading it again (the notes pane's button) makes it current, and the button goes.
    qtbot.mouseClick(item.notes.ui.markReadButton, Qt.MouseButton.LeftButton)  # unmark
    qtbot.mouseClick(item.notes.ui.markReadButton, Qt.MouseButton.LeftButton)  # read again
    assert not item.state_label.isVisible() and not item.diff_button.isVisible()
    assert " · version 2 · aktuell · hämtad " in item.documents_label.text()
    item.show_item(ITEM_DIRECTIVE)
    assert item.state_label.text().startswith("Utgått")


# --- end to end ------------------------------------------------------------------------------


def test_publish_import_note_revise_fetch_in_the_gui_and_see_exactly_what_changed(
    qtbot: QtBot, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nämndklient.gui.main_window import MainWindow

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    trust = TrustStore()  # the member's own trust list, which the GUI uses
    packages = Packages(tmp_path, trust)
    db = open_database(tmp_path / "member.sqlite")
    try:
        _read_then_revise(db, packages, trust)
        with db.session() as s:
            notes_before = {n.id: (n.text, n.quote) for n in s.scalars(select(Note))}
        ctx = AppContext(db, settings)
        window = MainWindow(settings, ctx, today=lambda: dt.date(2024, 9, 1))
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        settings.setValue("fetch/source", "file")

        window.fetch_action.trigger()
        dialog = window.findChild(FetchDialog)
        assert dialog is not None and dialog.isVisible()
        dialog.file_edit.setText(str(packages.v2))
        _fetch(qtbot, dialog)
        summary = dialog.summary.toPlainText()
        assert "1 ändrat ärende" not in summary  # two: the tjänsteskrivelse and the new attachment
        assert "2 ändrade ärenden" in summary and "1 utgånget ärende" in summary
        rows = [dialog.items.item(n).text() for n in range(dialog.items.count())]
        row = next(n for n, text in enumerate(rows) if "Svar på initiativärende" in text)
        dialog.items.setCurrentRow(row)
        qtbot.keyClick(dialog.items, Qt.Key.Key_Return)

        page = window.meetings.item
        assert window.meetings.current_page() is page and page.detail.item.key == ITEM_TS
        assert page.state_label.text() == "Ändrad sedan du läste"
        qtbot.mouseClick(page.diff_button, Qt.MouseButton.LeftButton)
        diff = page.findChild(DiffDialog)
        assert diff is not None and diff.isVisible()
        assert _changes(diff, "insert") == INSERTED and _changes(diff, "delete") == DELETED

        with db.session() as s:
            assert {n.id: (n.text, n.quote) for n in s.scalars(select(Note))} == notes_before
            [note] = personal.notes_for(s, ITEM_TS)
            assert not note.orphaned and note.anchor_document == TS_DOC
            text = catalog.document(s, TS_DOC).text  # type: ignore[union-attr]
            moved = s.scalar(select(Note).where(Note.id == note.id))
            assert text[moved.anchor_start:].startswith(QUOTE_MOVED)  # type: ignore[union-attr]
        diff.reject()
        window.close()
    finally:
        db.dispose()


def test_the_fetch_action_has_its_shortcut_in_the_file_menu(window) -> None:  # type: ignore[no-untyped-def]
    action = window.fetch_action
    assert action.shortcut().toString() == "Ctrl+Shift+H" and action.isEnabled()
    assert action in window.file_menu.actions()
    shortcuts = [a.shortcut().toString() for a in window.findChildren(type(action)) if not a.shortcut().isEmpty()]
    assert shortcuts.count("Ctrl+Shift+H") == 1
