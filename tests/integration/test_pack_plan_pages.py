"""A plan as an item's document prints on the item pages as the reader shows it: real tables.

Read back with pdftotext (words and their boxes) and pypdf (the font of each run):
figures right-aligned in sv-SE form exactly as stated, the stated totals bold, header
words whole or broken only where the export broke them, no table-of-contents remnants.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from nämndklient.cli.main import main
from nämndklient.persistence.database import open_database
from nämndklient.persistence.models import AgendaItem, Document

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils behövs (make test installerar dem)")

PLAN = "plan_och_budget:RS/595/2023"
ITEM = "RS:2024-05-28/uppföljning-av-regionstyrelsens-plan-2024"
MINUS = "\u2212"


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory, demo_db_file: Path) -> Path:
    work = tmp_path_factory.mktemp("planpack")
    db_path = work / "demo.sqlite"
    shutil.copyfile(demo_db_file, db_path)
    db = open_database(db_path)
    with db.session() as s:
        plan = s.scalar(select(Document).where(Document.key == PLAN))
        item = s.scalar(select(AgendaItem).where(AgendaItem.key == ITEM))
        assert plan is not None and item is not None
        item.case = plan.case
        s.commit()
    db.dispose()
    out = work / "pack.pdf"
    assert main(["--db", str(db_path), "pack", "RS:2024-05-28", "-o", str(out)]) == 0
    return out


def pdftotext(pdf: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def words_with_boxes(pdf: Path) -> list[tuple[int, str, float, float, float]]:
    """(page, word, xMin, xMax, yMin) for every word."""
    out = []
    for page, body in enumerate(pdftotext(pdf, "-bbox").split("<page ")[1:], 1):
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', body):
            out.append((page, m[4], float(m[1]), float(m[3]), float(m[2])))
    return out


def test_the_plan_is_typeset_on_the_item_pages_without_contents_or_hyphenation(pack: Path) -> None:
    text = pdftotext(pack, "-layout")
    assert "Budgetramar per område inom Regionstyrelsen" in text
    assert "Åtgärdsplan för ekonomi i balans" in text
    for remnant in ("Innehållsförteckning", ".....", "Perso-nal-kost-nader", "Regiondi- rektör", "<b>", "**"):
        assert remnant not in text
    assert "Skatteintäkter" in text and "Läkemedelsbidrag" in text  # the export wrote Skat-tein-täkter
    assert f"{MINUS}411" in text and f"{MINUS}1 726,7" in text and "5 302,0" in text  # as stated


def test_figures_are_right_aligned_in_their_column(pack: Path) -> None:
    words = words_with_boxes(pack)
    page = next(p for p, w, *_ in words if w == f"{MINUS}553")  # Regionstaben's net budget in the area matrix
    rows = [w for w in words if w[0] == page]
    by_word = {w: (x0, x1, y) for _, w, x0, x1, y in rows}
    # Externa intäkter: 163, 103, 7 — right edges equal, left edges not.
    column = [by_word[w] for w in ("163", "103", "7")]
    assert max(c[1] for c in column) - min(c[1] for c in column) < 0.5
    assert column[2][0] - column[0][0] > 3
    # Nettobudget: −285, −553, −916 under one right edge.
    net = [by_word[w] for w in (f"{MINUS}285", f"{MINUS}553", f"{MINUS}916")]
    assert max(c[1] for c in net) - min(c[1] for c in net) < 0.5


def test_stated_totals_print_bold_and_as_stated(pack: Path) -> None:
    reader = PdfReader(pack)
    runs: list[tuple[str, str]] = []
    for page in reader.pages:
        def visit(text: str, _cm: object, _tm: object, font: dict | None, _size: float) -> None:
            if text.strip():
                runs.append((text.strip(), str(font.get("/BaseFont")) if font else ""))
        page.extract_text(visitor_text=visit)
    fonts = {}
    for text, font in runs:
        fonts.setdefault(text, font)
    for total in ("17,1", "17,6", "17,7", "59 025", f"{MINUS}1 754", "3 543,6"):
        assert total in fonts, total
        assert fonts[total].endswith("Sans-Bold"), (total, fonts[total])
    assert not fonts["163"].endswith("Bold")  # an ordinary figure
    assert "17,7" in fonts and "18,4" not in fonts  # the plan's total, not the sum of its rows


def test_header_repeats_when_a_table_runs_over_a_page(pack: Path) -> None:
    text = pdftotext(pack, "-layout")
    pages = text.split("\f")
    with_header = [p for p in pages if re.search(r"Kort\s+beskrivning\s+av", p)]
    assert len(with_header) >= 2  # the action plan runs over a page break; its header comes along
