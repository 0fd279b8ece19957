"""Logs and crash reports never carry document text: no SQL parameters, no local variables, no long lines."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from nämndklient.runtime.logging_setup import MAX_LINE, configure_logging, redact

MARKER = "Kvastfeningsrapporten"


def _integrity_error() -> IntegrityError:
    engine = create_engine("sqlite://")
    with engine.begin() as con:
        con.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)"))
        con.execute(text("INSERT INTO t VALUES (1, 'x')"))
    try:
        with engine.begin() as con:
            con.execute(text("INSERT INTO t VALUES (:id, :body)"), {"id": 1, "body": f"Hemlig text om {MARKER}"})
    except IntegrityError as exc:
        return exc
    raise AssertionError("no error")


@pytest.fixture
def file_log(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    root.handlers = [h for h in root.handlers if not isinstance(h, logging.handlers.RotatingFileHandler)]
    target = configure_logging(debug=True, directory=tmp_path / "log")
    assert target is not None
    yield target
    for h in root.handlers:
        if isinstance(h, logging.handlers.RotatingFileHandler):
            h.close()
    root.handlers, _ = saved
    root.setLevel(saved[1])


def test_sqlalchemy_parameters_are_cut_from_messages() -> None:
    exc = _integrity_error()
    assert MARKER in str(exc)  # what SQLAlchemy would write
    cleaned = redact(str(exc))
    assert MARKER not in cleaned and "[parameters: utelämnade]" in cleaned and "UNIQUE constraint" in cleaned
    assert len(redact("x" * 5000).split("\n")[0]) < MAX_LINE + 20


def test_the_log_file_gets_no_parameters_and_no_statements_even_at_debug(file_log: Path) -> None:
    exc = _integrity_error()
    try:
        raise exc
    except IntegrityError:
        logging.getLogger("nämndklient.gui.widgets.notes_pane").exception("Anteckningen kunde inte sparas")
    logging.getLogger("sqlalchemy.engine.Engine").info("INSERT … %s", MARKER)  # statement logging
    logging.getLogger("nämndklient.test").debug("ett spår")
    for h in logging.getLogger().handlers:
        h.flush()
    content = file_log.read_text(encoding="utf-8")
    assert "Anteckningen kunde inte sparas" in content and "UNIQUE constraint" in content and "ett spår" in content
    assert MARKER not in content


def test_a_crash_report_has_no_locals_no_parameters(tmp_path: Path) -> None:
    from nämndklient.gui.crash import write_report

    def failing(document_text: str) -> None:
        secret_local = document_text.upper()  # noqa: F841  (a local the report must not show)
        raise _integrity_error()

    try:
        failing(f"tjänsteskrivelse {MARKER.lower()}")
    except IntegrityError:
        path = write_report(*sys.exc_info(), directory=tmp_path)  # type: ignore[arg-type]
    assert path is not None
    report = path.read_text(encoding="utf-8")
    assert "failing" in report and "IntegrityError" in report
    assert MARKER.lower() not in report.lower()
