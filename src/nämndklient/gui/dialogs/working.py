"""A dialog with work running behind it: Esc and the window's close button wait until the work is done."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog


class WorkingDialog(QDialog):
    """Closing while the worker still writes would leave it without a window to report to."""

    @property
    def busy(self) -> bool:
        raise NotImplementedError

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)
