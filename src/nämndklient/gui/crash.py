"""Uncaught exceptions: write a crash report, save the pending note, tell the member.

The report is a plain file in the log directory, outside the (possibly encrypted)
database: it holds the traceback without local variables, and exception messages
without SQL parameters or overlong lines (`runtime.logging_setup.redact`).
"""

from __future__ import annotations

import datetime as dt
import logging
import platform
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

log = logging.getLogger("nämndklient.crash")


def write_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                 directory: Path | None = None) -> Path | None:
    from .. import __version__
    from ..runtime.logging_setup import format_exception_safely, redact
    from ..runtime.paths import log_dir

    target_dir = directory or log_dir()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    text = "".join([
        f"Nämndklient {__version__}\n",
        f"Python {platform.python_version()} på {platform.platform()}\n",
        f"Tid {dt.datetime.now().isoformat(timespec='seconds')}\n\n",
        # No local variables (they hold document text), no SQL parameters, no messages that quote input.
        format_exception_safely(exc_type, exc, tb),
    ])
    text = redact(text)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        path = target_dir / f"krasch-{stamp}.txt"
        path.write_text(text, encoding="utf-8")
        return path
    except OSError:
        log.exception("Kraschrapporten kunde inte skrivas")
        return None


def install(flush: Callable[[], None], *, directory: Path | None = None, show_dialog: bool = True) -> None:
    """Replace sys.excepthook; the previous hook still runs for KeyboardInterrupt."""
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        log.critical("Oväntat fel", exc_info=(exc_type, exc, tb))
        try:
            flush()
        except Exception:
            log.exception("Anteckningen kunde inte sparas vid kraschen")
        path = write_report(exc_type, exc, tb, directory)
        if show_dialog:
            _tell_member(exc, path)

    sys.excepthook = hook


def _tell_member(exc: BaseException, path: Path | None) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    where = str(path) if path else QCoreApplication.translate("Crash", "(rapporten kunde inte sparas)")
    QMessageBox.critical(
        None,
        QCoreApplication.translate("Crash", "Ett oväntat fel inträffade"),
        QCoreApplication.translate(
            "Crash", "Nämndklient stötte på ett fel: %1\n\nDina anteckningar har sparats. En felrapport finns i "
            "%2. Skicka den gärna till supporten. Du kan fortsätta arbeta, men starta om programmet om "
            "något ser fel ut.").replace("%1", str(exc)).replace("%2", where),
    )
