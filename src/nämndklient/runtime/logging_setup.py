"""Log to a rotating file in the user log directory; errors for the member go to stderr separately.

The log file is neither encrypted nor expired with the database, so nothing from a
document may reach it. Our own log calls name files, counts and keys, never titles
or text; what could still carry text is cut here:

- SQLAlchemy's exception messages (they end with the statement's parameters, e.g.
  a document's text being inserted) and its statement logging, which `--debug`
  would otherwise switch on;
- the messages of exceptions that quote the value they choke on (`ValueError:
  invalid literal … 'a table row'`, `KeyError('a title')`, csv errors): in a
  traceback only exceptions whose messages are known not to quote input keep
  their message (ours, which name a position — file, line, column — and never
  the text found there; OSError; the drivers'), others show only their type.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import re
import sqlite3
import traceback
from pathlib import Path
from types import TracebackType

from .paths import log_dir

_PARAMETERS = re.compile(r"\[parameters: .*?(?=\n\(Background on this error|\Z)", re.DOTALL)
MAX_LINE = 500  # a longer line is not a traceback line but data: a message quoting input
REDACTED = "[parameters: utelämnade]"
QUIET = ("sqlalchemy", "sqlalchemy.engine", "sqlalchemy.pool")


def redact(text: str) -> str:
    """The text with SQL parameters removed and every overlong line cut short."""
    text = _PARAMETERS.sub(REDACTED, text)
    return "\n".join(line if len(line) <= MAX_LINE else line[:MAX_LINE] + " …[avkortad]" for line in text.split("\n"))


WITHHELD = "[meddelandet utelämnat: det kan citera dokumentets text]"
# Builtin exceptions whose messages name types, codecs, positions or paths, not the data.
_SAFE_TYPES: tuple[type[BaseException], ...] = (
    OSError, ArithmeticError, AttributeError, NameError, ImportError, TypeError, IndexError, RuntimeError,
    MemoryError, UnicodeError, json.JSONDecodeError, sqlite3.Error, AssertionError,
)
_SAFE_MODULES = ("nämndklient", "sqlalchemy", "sqlcipher3", "alembic")


def safe_message(exc: BaseException) -> str:
    """The exception's message when it cannot quote a document, else only that it was withheld."""
    if type(exc).__module__.startswith(_SAFE_MODULES) or isinstance(exc, _SAFE_TYPES):
        return redact(str(exc))
    return WITHHELD


def format_exception_safely(exc_type: type[BaseException] | None, exc: BaseException | None,
                            tb: TracebackType | None) -> str:
    """Like traceback.format_exception (causes and contexts too), with each message through `safe_message`."""
    links: list[tuple[BaseException, str]] = []  # outermost first: (exception, how it came from the next)
    seen: set[int] = set()
    current = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if current.__cause__ is not None:
            nxt, how = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            nxt, how = current.__context__, _CONTEXT
        else:
            nxt, how = None, ""
        links.append((current, how))
        current = nxt
    parts: list[str] = []
    for i, (e, how) in enumerate(reversed(links)):  # innermost first, as Python prints them
        if i:
            parts.append(how)
        frames = (tb or e.__traceback__) if e is exc else e.__traceback__
        if frames is not None:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_tb(frames))
        module, name = type(e).__module__, type(e).__qualname__
        if module not in ("builtins", "__main__"):
            name = f"{module}.{name}"
        message = safe_message(e)
        parts.append(f"{name}: {message}\n" if message else f"{name}\n")
    return redact("".join(parts))


_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then removes what may quote published material (see the module's text)."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have formatted (and cached) the traceback its own way: ours is made afresh.
        saved = record.exc_text, record.args
        record.exc_text = None
        if isinstance(record.args, tuple) and any(isinstance(a, BaseException) for a in record.args):
            record.args = tuple(safe_message(a) if isinstance(a, BaseException) else a for a in record.args)
        try:
            return redact(super().format(record))
        finally:
            record.exc_text, record.args = saved

    def formatException(self, ei: object) -> str:
        exc_type, exc, tb = ei  # type: ignore[misc]
        return format_exception_safely(exc_type, exc, tb).rstrip("\n")


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
