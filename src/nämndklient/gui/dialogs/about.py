"""Om Nämndklient: the version, and the licences of everything the program ships with."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import about


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Om Nämndklient"))
        self.setAccessibleName(self.tr("Om Nämndklient"))
        heading = QLabel(self.tr("<h2>Nämndklient %1</h2>").replace("%1", about.version()), self)
        heading.setAccessibleName(self.tr("Version %1").replace("%1", about.version()))
        text = QLabel(self.tr(
            "Läs sammanträden, ärenden, nyckeltal och budget offline, och skriv ut möteshandlingar. "
            "Programmet bygger på dessa fria komponenter:"), self)
        text.setWordWrap(True)
        components = about.components()
        self.table = table = QTableWidget(len(components), 3, self)
        table.setAccessibleName(self.tr("Komponenter och licenser"))
        table.setHorizontalHeaderLabels([self.tr("Komponent"), self.tr("Version"), self.tr("Licens")])
        for row, c in enumerate(components):
            for col, value in enumerate((c.name, c.version, c.licence)):
                item = QTableWidgetItem(value)
                item.setToolTip(c.url)
                table.setItem(row, col, item)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, Qt.Orientation.Horizontal, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Stäng"))
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        for widget in (heading, text, table, buttons):
            box.addWidget(widget)
        self.resize(640, 480)
