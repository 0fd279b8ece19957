"""Visa ändringar: what changed in an item's documents since the member last read it, word by word.

Insertions and deletions differ by more than colour: an insertion is underlined
and announced "tillagt:", a deletion struck through and announced "borttaget:",
both in the badge colour pairs that keep WCAG AA contrast in light and dark
palettes. Long unchanged stretches are folded to a count of words, with some
context kept on either side of each change. F8 and Shift+F8 step through the
changes; each is selected, so a screen reader reads it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout

from ...publishing.anchoring import collapse
from ...services import catalog, personal
from ...services.personal import DocumentChange
from ..context import AppContext
from ..theme import badge_colors, subtle_text

CONTEXT_WORDS = 25


@dataclass(frozen=True)
class Change:
    start: int  # character positions in the document
    end: int
    parts: tuple[tuple[str, str], ...]  # (insert | delete, text)
    spoken: str  # "borttaget: … tillagt: …", what the position label's description reads


class DiffDialog(QDialog):
    marked_read = Signal(str)  # item key

    def __init__(self, ctx: AppContext, item_key: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx, self.item_key = ctx, item_key
        with ctx.db.session() as s:
            self.detail = catalog.item_detail(s, item_key)
            self.document_changes = personal.diff_since_read(s, item_key)
        title = self.detail.item.title
        self.setWindowTitle(self.tr("Ändringar sedan du läste: %1").replace("%1", title))
        self.resize(860, 640)
        head = QLabel(f"<h2 style='margin:0'>{html.escape(title)}</h2>", self)
        head.setWordWrap(True)
        head.setAccessibleName(title)
        legend = QLabel(self.tr("Understruket: tillagt. Genomstruket: borttaget. "
                                "F8 går till nästa ändring, Skift+F8 till föregående."), self)
        legend.setWordWrap(True)
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(self.tr("Ändringar i handlingarna"))
        self.view.setOpenLinks(False)
        self.view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.position = QLabel(self)
        self.position.setAccessibleName(self.tr("Vald ändring"))
        self.previous_button = self._button(self.tr("&Föregående ändring"), self.tr("Föregående ändring (Skift+F8)"),
                                            lambda: self.go(-1))
        self.next_button = self._button(self.tr("&Nästa ändring"), self.tr("Nästa ändring (F8)"), lambda: self.go(1))
        self.read_button = self._button(self.tr("Markera som &läst"), self.tr("Markera ärendet som läst"),
                                        self.mark_read)
        self.read_button.setAccessibleDescription(self.tr(
            "Nästa gång jämförs ändringar med versionerna du ser nu."))
        self.close_button = self._button(self.tr("&Stäng"), self.tr("Stäng"), self.reject)
        QShortcut(QKeySequence(Qt.Key.Key_F8), self, lambda: self.go(1))
        QShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F8), self, lambda: self.go(-1))

        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addWidget(self.position, 1)
        row.addWidget(self.read_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(legend)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

        self.changes: list[Change] = []
        self.current = -1
        self.view.setDocument(self._build(self.document_changes))
        self._show_position()
        self.view.setFocus()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        b = QPushButton(text, self)
        b.setAccessibleName(name)
        b.setToolTip(name)
        b.setAutoDefault(False)
        b.clicked.connect(lambda _checked=False: slot())
        return b

    # the document
    def formats(self) -> dict[str, QTextCharFormat]:
        palette = self.palette()
        out = {}
        for kind, badge in (("insert", "read"), ("delete", "flagged")):
            bg, fg = badge_colors(badge, palette)
            fmt = QTextCharFormat()
            fmt.setBackground(bg)
            fmt.setForeground(fg)
            fmt.setFontUnderline(kind == "insert")
            fmt.setFontStrikeOut(kind == "delete")
            label = QTextCharFormat(fmt)
            label.setFontUnderline(False)
            label.setFontStrikeOut(False)
            label.setFontItalic(True)
            out[kind], out[f"{kind}-label"] = fmt, label
        gap = QTextCharFormat()
        gap.setForeground(subtle_text(palette))
        gap.setFontItalic(True)
        out["gap"] = gap
        out["plain"] = QTextCharFormat()
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setFontPointSize(self.font().pointSizeF() * 1.25 if self.font().pointSizeF() > 0 else 12)
        out["heading"] = heading
        return out

    def _build(self, changes: list[DocumentChange]) -> QTextDocument:
        doc = QTextDocument(self)
        doc.setDefaultFont(self.font())
        doc.setDocumentMargin(16)
        f = self.formats()
        cursor = QTextCursor(doc)
        labels = {"insert": self.tr("tillagt: "), "delete": self.tr("borttaget: ")}
        spoken_labels = {"insert": self.tr("tillagt:"), "delete": self.tr("borttaget:")}
        if not changes:
            cursor.insertText(self.tr("Inget har ändrats sedan du läste ärendet."), f["plain"])
        for n, change in enumerate(changes):
            if n:
                cursor.insertBlock()
                cursor.insertBlock()
            cursor.insertText(self._doc_heading(change), f["heading"])
            cursor.insertBlock()
            if not change.diff:
                cursor.insertText(self.tr("Filen har bytts ut; den har ingen text att jämföra ord för ord. "
                                          "Öppna den under Bilagor."), f["gap"])
                continue
            group: tuple[int, list[tuple[str, str]]] | None = None  # (start, parts) of the change being written
            spaced = False  # the last run written ended in whitespace
            for kind, text in collapse(list(change.diff), CONTEXT_WORDS):
                if kind in ("insert", "delete"):
                    core = text.strip()
                    lead, tail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
                    if group is not None and not spaced:
                        cursor.insertText(" ", f["plain"])  # "borttaget: där tillagt: och"
                    if lead and (group is None or kind == "insert"):
                        cursor.insertText(lead, f["plain"])  # a new paragraph starts before its label
                    if group is None:
                        group = (cursor.position(), [])
                    cursor.insertText(labels[kind], f[f"{kind}-label"])
                    cursor.insertText(core, f[kind])
                    group[1].append((kind, core))
                    spaced = bool(tail)
                    if tail and kind == "insert":
                        self.changes.append(self._change(group, cursor.position(), spoken_labels))
                        group = None
                    if tail:  # keeps "föredra". and the next sentence apart
                        cursor.insertText(tail, f["plain"])
                    continue
                if group is not None:
                    self.changes.append(self._change(group, cursor.position(), spoken_labels))
                    group = None
                if kind == "gap":
                    words = int(text)
                    gap = self.tr("[… 1 oförändrat ord …]") if words == 1 else \
                        self.tr("[… %1 oförändrade ord …]").replace("%1", str(words))
                    cursor.insertText(f" {gap} ", f["gap"])
                else:
                    cursor.insertText(text, f["plain"])
            if group is not None:
                self.changes.append(self._change(group, cursor.position(), spoken_labels))
        return doc

    @staticmethod
    def _change(group: tuple[int, list[tuple[str, str]]], end: int, labels: dict[str, str]) -> Change:
        parts = tuple(group[1])
        return Change(group[0], end, parts, " ".join(f"{labels[k]} {t}" for k, t in parts))

    def _doc_heading(self, change: DocumentChange) -> str:
        if change.read_version is None:
            return self.tr("%1 – ny sedan du läste (version %2)").replace("%1", change.title)\
                .replace("%2", str(change.current_version))
        return (self.tr("%1 – version %2 jämfört med version %3, som du läste").replace("%1", change.title)
                .replace("%2", str(change.current_version)).replace("%3", str(change.read_version)))

    # moving between changes
    def go(self, step: int) -> None:
        if not self.changes:
            return
        self.current = max(0, min(len(self.changes) - 1, self.current + step))
        change = self.changes[self.current]
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(change.start)
        cursor.setPosition(change.end, QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()
        self._show_position()

    def _show_position(self) -> None:
        total = len(self.changes)
        if total == 0:
            text = self.tr("Inga ändringar i texten.")
        elif self.current < 0:
            text = self.tr("%1 ändringar. Tryck F8 för den första.").replace("%1", str(total)) if total != 1 \
                else self.tr("1 ändring. Tryck F8 för att gå dit.")
        else:
            text = self.tr("Ändring %1 av %2").replace("%1", str(self.current + 1)).replace("%2", str(total))
        self.position.setText(text)
        spoken = self.changes[self.current].spoken if 0 <= self.current < total else ""
        self.position.setAccessibleDescription(spoken)
        self.view.setAccessibleDescription(f"{text}. {spoken}" if spoken else text)
        self.previous_button.setEnabled(self.current > 0)
        self.next_button.setEnabled(self.current < total - 1)

    def selected_text(self) -> str:
        return self.view.textCursor().selectedText().replace("\u2029", "\n")

    # done reading
    def mark_read(self) -> None:
        """Markera som läst: the versions shown now become what later changes are compared against."""
        with self.ctx.db.session() as s:
            personal.mark_read(s, self.item_key)
        self.ctx.events.personal_changed.emit(self.item_key)
        self.marked_read.emit(self.item_key)
        self.accept()


def open_diff_dialog(parent: Any, ctx: AppContext, item_key: str) -> DiffDialog:
    dialog = DiffDialog(ctx, item_key, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
