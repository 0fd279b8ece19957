"""Run one slow call off the GUI thread and deliver the result (or the error) as a signal."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class Task(QObject):
    done = Signal(object)
    failed = Signal(object)  # the exception
    progress = Signal(int, int, str)  # done, of how many, what (from `report`, on the worker's thread)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.thread = threading.Thread(target=self._run, name="nämndklient-task", daemon=True)

    def start(self) -> Task:
        self.thread.start()
        return self

    def report(self, done: int, total: int, what: str = "") -> None:
        """Called by the work, on its own thread: delivered to the GUI thread as `progress`."""
        self.progress.emit(done, total, what)

    def _run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:
            log.exception("Bakgrundsarbetet misslyckades")
            self.failed.emit(exc)
        else:
            self.done.emit(result)
