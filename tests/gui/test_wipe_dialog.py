"""The Rensa allt dialog: says what goes and stays, needs a typed word, wipes off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import text

from nämndklient.gui.dialogs.wipe_dialog import WipeDialog
from nämndklient.persistence.database import backup_sqlite
from nämndklient.services import personal

ITEM = "RS:2024-01-26/ekonomisk-rapport"


def _dialog(qtbot, ctx, tmp_path: Path) -> WipeDialog:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        personal.save_item_note(s, ITEM, "Min anteckning")
    backup_sqlite(ctx.db.path, "före-uppgradering-0002_publishing")
    cache = tmp_path / "packcache"
    cache.mkdir()
    (cache / "RS_2024-01-26_kallelse.pdf").write_bytes(b"%PDF")
    dialog = WipeDialog(ctx, pack_cache=cache)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _count(ctx, table: str) -> int:  # type: ignore[no-untyped-def]
    with ctx.db.engine.connect() as con:
        return int(con.scalar(text(f'SELECT count(*) FROM "{table}"')) or 0)


def test_the_dialog_says_what_goes_and_stays_and_the_wipe_is_never_the_default(
        qtbot, ctx, tmp_path: Path, type_text) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, ctx, tmp_path)
    intro = dialog.intro.text()
    assert "säkerhetskopior (1 st.)" in intro and "sökindexet" in intro and "anteckningar" in intro
    assert "Det här finns kvar" in intro
    assert dialog.keep_notes.isChecked()
    assert not dialog.wipe_button.isEnabled() and not dialog.wipe_button.isDefault()
    assert dialog.cancel_button.isDefault()
    assert dialog.buttons.buttonRole(dialog.wipe_button) == QDialogButtonBox.ButtonRole.DestructiveRole
    for w in (dialog.keep_notes, dialog.confirm_edit, dialog.wipe_button, dialog.cancel_button):
        assert w.accessibleName(), w
    type_text(dialog.confirm_edit, "rens")
    assert not dialog.wipe_button.isEnabled()
    type_text(dialog.confirm_edit, "a")
    assert dialog.wipe_button.isEnabled()
    # Enter with the word typed still does not wipe: the default button is Avbryt.
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == 0
    assert _count(ctx, "meeting") > 0 and dialog.report is None

def test_wiping_keeps_the_notes_when_the_box_stays_checked(qtbot, ctx, tmp_path: Path, type_text) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, ctx, tmp_path)
    type_text(dialog.confirm_edit, "RENSA")
    with qtbot.waitSignal(dialog.wiped, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.wipe_button, Qt.MouseButton.LeftButton)
        assert dialog.busy and not dialog.cancel_button.isEnabled()  # running off the GUI thread
    report = blocker.args[0]
    assert _count(ctx, "meeting") == 0 and _count(ctx, "document_version") == 0
    assert _count(ctx, "personal_note") == 1 and report.personal_rows == 0
    assert len(report.backups) == 1 and report.cache_files == 1
    assert dialog.status.text().startswith("Klart.")
    assert dialog.cancel_button.text() == "&Stäng" and dialog.cancel_button.isEnabled()


def test_wiping_without_notes_when_the_box_is_cleared(qtbot, ctx, tmp_path: Path, type_text) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, ctx, tmp_path)
    qtbot.keyClick(dialog.keep_notes, Qt.Key.Key_Space)
    assert not dialog.keep_notes.isChecked() and "också bort" in dialog.status.text()
    type_text(dialog.confirm_edit, "RENSA")
    with qtbot.waitSignal(dialog.wiped, timeout=30000):
        dialog.wipe_button.click()
    assert _count(ctx, "personal_note") == 0 and _count(ctx, "meeting") == 0
    assert "anteckningar är också borttagna" in dialog.status.text()
