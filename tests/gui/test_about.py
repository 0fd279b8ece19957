"""The About dialog shows the package's version and the licence of every bundled component."""

from __future__ import annotations

from importlib.metadata import version

from pytestqt.qtbot import QtBot

from nämndklient.gui.dialogs.about import AboutDialog


def test_about_lists_version_and_licences(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    heading = dialog.layout().itemAt(0).widget().text()
    assert version("namndklient") in heading
    table = dialog.table
    rows = {table.item(r, 0).text().casefold(): table.item(r, 2).text() for r in range(table.rowCount())}
    first_words = {name.split()[0] for name in rows}
    assert {"sqlalchemy", "reportlab", "pyqtgraph"} <= first_words
    assert any("pyside6" in name or "qt" in name for name in rows)
    assert all(licence.strip() for licence in rows.values())
