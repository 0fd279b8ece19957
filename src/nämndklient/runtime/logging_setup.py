"""Log to a rotating file in the user log directory; errors for the member go to stderr separately."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from .paths import log_dir


def configure_logging(debug: bool = False, directory: Path | None = None) -> Path | None:
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return None
    target = (directory or log_dir()) / "namndklient.log"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()  # a read-only home must not stop the program
        target = None  # type: ignore[assignment]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    return target
