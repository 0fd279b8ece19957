"""Log to a rotating file in the user log directory; errors for the member go to stderr separately.

The log file is neither encrypted nor expired with the database, so nothing from a
document may reach it. Our own log calls name files, counts and keys, never titles
or text; two things could still carry text and are cut here: SQLAlchemy's exception
messages (they end with the statement's parameters, e.g. a document's text being
inserted) and its statement logging, which `--debug` would otherwise switch on.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from .paths import log_dir

_PARAMETERS = re.compile(r"\[parameters: .*?(?=\n\(Background on this error|\Z)", re.DOTALL)
MAX_LINE = 500  # a longer line is not a traceback line but data: a message quoting input
REDACTED = "[parameters: utelämnade]"
QUIET = ("sqlalchemy", "sqlalchemy.engine", "sqlalchemy.pool")


def redact(text: str) -> str:
    """The text with SQL parameters removed and every overlong line cut short."""
    text = _PARAMETERS.sub(REDACTED, text)
    return "\n".join(line if len(line) <= MAX_LINE else line[:MAX_LINE] + " …[avkortad]" for line in text.split("\n"))


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then removes what may quote published material (see `redact`)."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class NoStatementsFilter(logging.Filter):
    """Drop SQLAlchemy's statement and pool records below WARNING: they carry bound values."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.name.startswith("sqlalchemy") and record.levelno < logging.WARNING)


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
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(NoStatementsFilter())
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    for name in QUIET:  # also keeps SQLAlchemy from formatting statements nobody will read
        logging.getLogger(name).setLevel(logging.WARNING)
    return target
