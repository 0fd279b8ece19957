"""The pack's KPI/budget appendix read back: headings, units, stated totals, checks, and words that do not collide."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from nämndklient.cli.main import main
from nämndklient.packs.appendix import split_word, syllable_breaks

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils behövs (make test)")


@pytest.fixture
def appendix(demo_db_path: Path, tmp_path: Path) -> dict[str, tuple[int, str]]:
    """Title → (page number, pdftotext -layout) for every appendix page of the demo meeting's pack."""
    out = tmp_path / "pack.pdf"
    assert main(["--db", str(demo_db_path), "pack", "RS:2024-01-26", "-o", str(out), "--appendix"]) == 0
    pages = {}
    for n in range(1, len(PdfReader(out).pages) + 1):
        text = subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(out), "-"],
                              capture_output=True, text=True, check=True).stdout
        if "BILAGA TILL UTSKICKET" in text:
            title = text.split("BILAGA TILL UTSKICKET", 1)[1].strip().splitlines()[0].strip()
            pages[title] = (n, text)
    pages["_path"] = (0, str(out))
    return pages


@needs_poppler
def test_titles_have_units_and_no_empty_parentheses(appendix: dict[str, tuple[int, str]]) -> None:
    titles = [t for t in appendix if t != "_path"]
    assert "Finansiella mål" in titles and "Budgetram per område (Mkr)" in titles and "Investeringar (tkr)" in titles
    assert not any("()" in t for t in titles)


@needs_poppler
def test_every_target_has_its_unit(appendix: dict[str, tuple[int, str]]) -> None:
    text = appendix["Finansiella mål"][1]
    targets = re.findall(r"(\S+)\s+%", text)
    assert targets == ["\u221215,8", "100", "\u22120,5", "0,6", "95", "\u22126,5", "95"]
    assert not re.search(r"RJH totalt\)\s+[\u2212\d]+[,\d]*\s{2,}", text)  # no bare figure without "%"


@needs_poppler
def test_the_action_plans_total_is_stated_and_the_checks_are_below(appendix: dict[str, tuple[int, str]]) -> None:
    text = appendix["Åtgärdsplan (effekt per år) (Mkr)"][1]
    flat = " ".join(text.split())
    assert re.search(r"Totalt ⚠ 17,1 ⚠ 17,6 ⚠ 17,7 Summa av raderna \(beräknad\) 17,7 18,3 18,4", flat)
    for year, stated, computed in (("2024", "17,1", "17,7"), ("2025", "17,6", "18,3"), ("2026", "17,7", "18,4")):
        assert (f"⚠ Åtgärdsplan för ekonomi i balans, Totalt, {year}: angivet {stated} Mkr, summan av delarna är "
                f"{computed} Mkr (beräknat) – stämmer inte") in flat
    assert "två standardavvikelser för 13 avrundade rader" in flat
    assert "Rader i kursiv stil märkta ”beräknad” är summor som Nämndklient har räknat fram" in flat


@needs_poppler
def test_a_figure_from_another_table_names_it(appendix: dict[str, tuple[int, str]]) -> None:
    flat = " ".join(appendix["Nettobudgetram över åren (Mkr)"][1].split())
    assert "⚠ \u22124,3" in flat
    assert ("⚠ Förtroendemannabudget 2024: \u22124,3 Mkr i tabellen Nettobudgetram, \u22124,4 Mkr i tabellen "
            "Budgetram per område (Summa förtroendemannabudget) – liten avvikelse, troligen avrundning") in flat


def _words(pdf: str, page: int) -> list[tuple[str, float, float, float, float]]:
    xml = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-"],
                         capture_output=True, text=True, check=True).stdout
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", xml).replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    return [(w.text or "", float(w.get("xMin", 0)), float(w.get("yMin", 0)), float(w.get("xMax", 0)),
             float(w.get("yMax", 0))) for w in root.iter("word")]


@needs_poppler
def test_no_two_words_of_the_area_table_overlap(appendix: dict[str, tuple[int, str]]) -> None:
    page, _text = appendix["Budgetram per område (Mkr)"]
    words = _words(appendix["_path"][1], page)
    assert len(words) > 60
    collisions = [(a[0], b[0]) for i, a in enumerate(words) for b in words[i + 1:]
                  if min(a[3], b[3]) - max(a[1], b[1]) > 0.5 and min(a[4], b[4]) - max(a[2], b[2]) > 0.5]
    assert collisions == []
    for head in ("Personal-", "kostnader", "Avskriv-", "Netto-"):  # long headers hyphenated, not squeezed
        assert head in [w[0] for w in words]


def test_swedish_hyphenation_points() -> None:
    def hyphenated(word: str) -> str:
        cuts = (0, *syllable_breaks(word), len(word))
        return "-".join(word[a:b] for a, b in itertools.pairwise(cuts))

    assert hyphenated("Personalkostnader") == "Per-so-nal-kost-na-der"
    assert hyphenated("förtroendemannabudget") == "för-troen-de-man-na-bud-get"
    assert hyphenated("Avskrivningar") == "Avskriv-ningar"
    assert hyphenated("Nettobudget") == "Net-to-bud-get"
    assert hyphenated("1754") == "1754"


def test_a_word_is_split_only_as_much_as_it_must() -> None:
    from nämndklient.packs import fonts

    fonts.register_fonts()
    assert split_word("Personalkostnader", 500, 8.5, True) == ["Personalkostnader"]
    assert split_word("Personalkostnader", 50, 8.5, True) == ["Personal-", "kostnader"]
    assert split_word("Regiondirektör", 5, 8.5, False) == ["Regiondirektör"]  # no break fits: kept whole
