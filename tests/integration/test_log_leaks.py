"""Refused imports on an encrypted database leave no document text in the log directory.

A refused row is named by its position (file, line, column), never quoted: not in the
error the member reads, not in the log's traceback, not in a crash report.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from nämndklient.cli.main import main
from nämndklient.runtime.logging_setup import WITHHELD, configure_logging, format_exception_safely
from nämndklient.services.encryption import encrypt_database
from tests.conftest import SEEDS

MARKER = "HEMLIGRADMARKÖR9d2c"
PASS = "lösenfras för loggtestet"


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    """The application's rotating log, written into a folder of this test's own."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    root.handlers = [h for h in root.handlers if not isinstance(h, logging.handlers.RotatingFileHandler)]
    folder = tmp_path / "log"
    assert configure_logging(directory=folder) is not None
    yield folder
    for h in root.handlers:
        if isinstance(h, logging.handlers.RotatingFileHandler):
            h.close()
    root.handlers = saved[0]
    root.setLevel(saved[1])


def everything_in(folder: Path) -> str:
    for h in logging.getLogger().handlers:
        h.flush()
    return "\n".join(f.read_text(encoding="utf-8", errors="replace") for f in folder.rglob("*") if f.is_file())


def refused_inputs(folder: Path) -> list[Path]:
    plan = (SEEDS / "001_cfd44e3ece793d5a.txt").read_text(encoding="utf-8").split("\n")
    row = plan[436].split("\t")  # line 437: an investment row, its amount replaced by text
    plan[436] = "\t".join([*row[:-1], MARKER])
    (folder / "plan.txt").write_text("\n".join(plan), encoding="utf-8")
    kolada = {"values": [{"kpi": "N00001", "municipality": "0001", "period": 2023,
                          "values": [{"gender": "T", "value": f"{MARKER} 12"}]}]}
    (folder / "kolada.json").write_text(json.dumps(kolada), encoding="utf-8")
    return [folder / "plan.txt", folder / "kolada.json"]


def test_refused_imports_on_an_encrypted_database_write_no_text_to_the_log(
        demo_db_path: Path, tmp_path: Path, log_folder: Path, fast_kdf: None,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    encrypt_database(demo_db_path, PASS)
    (tmp_path / "pass").write_text(PASS)
    monkeypatch.setenv("NAMNDKLIENT_PASSPHRASE_FILE", str(tmp_path / "pass"))
    inputs = refused_inputs(tmp_path)
    for path in inputs:
        assert main(["--db", str(demo_db_path), "import", str(path)]) == 2, path.name
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and path.name in err and "rad" in err, err
        assert MARKER not in err
    assert "plan.txt, rad 437" in everything_in(log_folder)  # the refusal is logged, by position
    assert MARKER not in everything_in(log_folder)


def test_an_exception_that_quotes_its_input_keeps_only_its_type(log_folder: Path) -> None:
    def parse(cell: str) -> int:
        return int(cell)

    try:
        try:
            parse(f"{MARKER} 12")
        except ValueError as exc:
            raise KeyError(f"rad {MARKER}") from exc
    except KeyError:
        logging.getLogger("nämndklient.test").exception("Tolkningen misslyckades")
    logging.getLogger("nämndklient.test").warning("Fel: %s", ValueError(MARKER))
    content = everything_in(log_folder)
    assert "Tolkningen misslyckades" in content and "ValueError" in content and "KeyError" in content
    assert "in parse" in content and WITHHELD in content  # the traceback is there, the quoted text is not
    assert "direct cause" in content
    assert MARKER not in content


def test_a_crash_report_withholds_quoting_messages_too(tmp_path: Path) -> None:
    from nämndklient.gui.crash import write_report

    try:
        int(f"{MARKER}")
    except ValueError as exc:
        path = write_report(type(exc), exc, exc.__traceback__, directory=tmp_path)
    assert path is not None
    text = path.read_text(encoding="utf-8")
    assert "ValueError" in text and MARKER not in text
    assert format_exception_safely(OSError, OSError(2, "Filen finns inte", "x.pdf"), None).strip() == (
        "FileNotFoundError: [Errno 2] Filen finns inte: 'x.pdf'")  # a path is not document text: kept
