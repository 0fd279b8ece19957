"""A cut-off document is never accepted in strict mode with loss of data (#15).

Every seed is cut at every line boundary and at 50 byte offsets spread over the
file (some inside a UTF-8 letter, a table row or a `<ul>`). Imported over the
demo database, which holds the whole document, each cut is refused with exit 2,
one sentence naming the file, and the database byte for byte as it was; the
only cuts accepted are those that removed nothing but trailing space, and those
leave every row as it was. Imported into no database, a cut plan is refused
everywhere before its last section, and no database file is created.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from nämndklient.cli.main import main
from tests.conftest import SEEDS
from tests.helpers.files import db_digest

SEED_FILES = sorted(SEEDS.glob("*.txt"))
PLAN = SEEDS / "001_cfd44e3ece793d5a.txt"
TABLES = ("budget_line", "measure", "measure_effect", "investment", "number_check", "agenda_item", "meeting",
          "document", "document_version", "kpi", "assignment")


def cut_points(data: bytes) -> list[int]:
    lines = [i + 1 for i, b in enumerate(data) if b == 0x0A]
    spread = [len(data) * k // 51 for k in range(1, 51)]
    return sorted({p for p in [*lines, *spread] if 0 < p < len(data)})


def row_counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}
    finally:
        con.close()


def withdrawn(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM agenda_item WHERE withdrawn").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name[:3])
def test_every_cut_over_the_whole_document_is_refused_and_changes_nothing(
    seed: Path, demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = seed.read_bytes()
    points = cut_points(data)
    assert len(points) >= 50
    pristine = tmp_path / "pristine.sqlite"
    shutil.copyfile(demo_db_path, pristine)
    before, counts, gone = db_digest(demo_db_path), row_counts(demo_db_path), withdrawn(demo_db_path)
    refused = 0
    for n, point in enumerate(points):
        name = seed.name if n % 2 else "kopia (1).txt"  # under its own name, and under another
        cut = tmp_path / name
        cut.write_bytes(data[:point])
        code = main(["--db", str(demo_db_path), "import", str(cut)])
        out, err = capsys.readouterr()
        if data[:point].rstrip() == data.rstrip():
            assert code == 0, err  # only trailing space was cut: the document is whole
            assert row_counts(demo_db_path) == counts and withdrawn(demo_db_path) == gone
            shutil.copyfile(pristine, demo_db_path)
            continue
        assert code == 2, f"cut at byte {point} of {seed.name} was accepted: {out}"
        assert err.count("\n") == 1 and err.startswith("nämndklient: ") and name in err, err
        assert "Traceback" not in err and "Error" not in err
        assert db_digest(demo_db_path) == before, f"cut at byte {point} of {seed.name} changed the database"
        refused += 1
    assert refused >= len(points) - 3


def test_the_cut_from_the_issue_is_refused_naming_what_is_missing(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """3 678 bytes: before, exit 0 and 65 budget lines and 29 checks deleted."""
    cut = tmp_path / "plan.txt"
    cut.write_bytes(PLAN.read_bytes()[:3678])
    before = db_digest(demo_db_path)
    assert main(["--db", str(demo_db_path), "import", str(cut)]) == 2
    err = capsys.readouterr().err
    assert "plan.txt" in err and "avkortad" in err
    assert db_digest(demo_db_path) == before
    # 69 budget lines since the stated totals are budget lines too (#14)
    assert row_counts(demo_db_path)["budget_line"] == 69 and row_counts(demo_db_path)["number_check"] == 29


def test_a_cut_inside_the_calendar_withdraws_nothing(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = PLAN.read_text(encoding="utf-8").split("\n")
    calendar = next(i for i, line in enumerate(lines) if line.startswith("## Sammanträdesplanering"))
    gone = withdrawn(demo_db_path)
    for end in range(calendar + 1, len(lines)):
        cut = tmp_path / "plan.txt"
        cut.write_text("\n".join(lines[:end]) + "\n", encoding="utf-8")
        assert main(["--db", str(demo_db_path), "import", str(cut)]) == 2, end
        assert "avkortad" in capsys.readouterr().err
    assert withdrawn(demo_db_path) == gone


def test_into_no_database_a_cut_plan_is_refused_before_its_last_section_and_creates_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = PLAN.read_bytes()
    text_lines = data.split(b"\n")
    calendar_at = next(i for i, line in enumerate(text_lines) if line.startswith("## Sammanträdesplanering".encode()))
    calendar_byte = sum(len(line) + 1 for line in text_lines[:calendar_at])
    db = tmp_path / "ny.sqlite"
    accepted = []
    for point in cut_points(data):
        cut = tmp_path / "plan.txt"
        cut.write_bytes(data[:point])
        code = main(["--db", str(db), "import", str(cut)])
        capsys.readouterr()
        if code == 2:
            assert not db.exists() and not list(tmp_path.glob("ny.sqlite*"))  # a refused run creates nothing
            continue
        assert code == 0
        accepted.append(point)
        for p in tmp_path.glob("ny.sqlite*"):
            p.unlink()
    # What the structure alone cannot tell (a calendar cut exactly between two meetings) lies in the
    # last section; there the version already imported is the proof (test above).
    assert all(p > calendar_byte for p in accepted), accepted
    assert len(accepted) <= 15


@pytest.mark.parametrize("seed", [s for s in SEED_FILES if s != PLAN], ids=lambda p: p.name[:3])
def test_a_case_document_cut_before_its_proposal_is_refused_on_its_own(
    seed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = seed.read_text(encoding="utf-8")
    lines = text.split("\n")
    proposal = next((i for i, line in enumerate(lines)
                     if line.strip("#* ").casefold() in ("regiondirektörens förslag", "beslut")), None)
    assert proposal is not None
    db = tmp_path / "ny.sqlite"
    for end in range(1, proposal + 1):
        cut = tmp_path / seed.name
        cut.write_text("\n".join(lines[:end]), encoding="utf-8")
        assert main(["--db", str(db), "import", str(cut)]) == 2, (end, capsys.readouterr())
        capsys.readouterr()
        assert not db.exists()


def test_lenient_lists_what_is_missing_but_never_takes_a_cut_copy_over_the_whole(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cut = tmp_path / "plan.txt"
    cut.write_bytes(PLAN.read_bytes()[:30_000])
    before = db_digest(demo_db_path)
    assert main(["--db", str(demo_db_path), "import", "--lenient", str(cut)]) == 2
    assert "början av den version som redan är inläst" in capsys.readouterr().err
    assert db_digest(demo_db_path) == before

    empty = tmp_path / "tom.sqlite"
    assert main(["--db", str(empty), "import", "--lenient", str(cut)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("Hoppade över ") and "sammanträdesplanering regionstyrelsen 2024" in err
    assert err.count("plan.txt") == err.count("\n")  # each finding named once, on its own line
