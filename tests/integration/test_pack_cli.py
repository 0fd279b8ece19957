"""`nämndklient pack` on the demo database, read back as a reader would."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from nämndklient.cli.main import main
from nämndklient.persistence.database import open_database
from nämndklient.services.attachments import attach_files
from tests.helpers.pdfs import make_pdf

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("qpdf"),
                                   reason="poppler-utils och qpdf behövs (make test installerar dem)")


def outline_titles(reader: PdfReader) -> list[object]:
    def walk(entries: list[object]) -> list[object]:
        out: list[object] = []
        for e in entries:
            out.append(walk(e) if isinstance(e, list) else e.title)  # type: ignore[attr-defined]
        return out

    return walk(reader.outline)


@needs_poppler
def test_pack_of_the_first_meeting_with_an_attachment(demo_db_path: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    db = open_database(demo_db_path)
    attachment = tmp_path / "Ekonomisk_rapport_december.pdf"
    attachment.write_bytes(make_pdf([f"Ekonomisk rapport sida {n}" for n in range(1, 4)]))
    attach_files(db, "RS:2024-01-26/ekonomisk-rapport", [attachment])
    db.dispose()
    assert main(["--db", str(demo_db_path), "note", "RS:2024-01-26/läkemedel", "Åarjel-saemien ŋ ï š ž đ ŧ á"]) == 0

    out = tmp_path / "pack.pdf"
    code = main(["--db", str(demo_db_path), "pack", "RS:2024-01-26", "-o", str(out), "--notes", "appendix"])
    assert code == 0
    subprocess.run(["qpdf", "--check", str(out)], check=True, capture_output=True)
    reader = PdfReader(out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Kallelse och handlingar" in text and "26 januari 2024" in text
    assert "Ekonomisk rapport sida 3" in text  # the attachment, merged in full
    assert "Åarjel-saemien ŋ ï š ž đ ŧ á" in text
    n = len(reader.pages)
    assert f"Sida {n} av {n}" in text
    titles = outline_titles(reader)
    flat = [t for t in titles if isinstance(t, str)]
    assert any("Ekonomisk rapport" in t for t in flat) and any("Sjukresor" in t for t in flat)
    assert any(isinstance(t, list) and any("Ekonomisk rapport december" in x for x in t) for t in titles)
    meta = reader.metadata
    assert meta is not None and meta.author == "Regionstyrelsen"
    assert str(reader.trailer["/Root"].get("/Lang")) == "sv-SE"

    again = tmp_path / "again.pdf"
    assert main(["--db", str(demo_db_path), "pack", "RS:2024-01-26", "-o", str(again), "--notes", "appendix"]) == 0
    assert again.read_bytes() == out.read_bytes()


def test_pack_of_an_unknown_item_number_is_bad_input(demo_db_path: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", str(demo_db_path), "pack", "RS:2024-01-26", "-o", str(tmp_path / "p.pdf"), "--items", "9"])
    assert code == 2 and "ingen punkt 9" in capsys.readouterr().err
    assert not (tmp_path / "p.pdf").exists()


def test_an_ambiguous_date_names_the_choices(demo_db_path: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", str(demo_db_path), "pack", "2024-03-27", "-o", str(tmp_path / "p.pdf")])
    assert code == 0  # the second day of the two-day meeting finds it
    code = main(["--db", str(demo_db_path), "pack", "XX:2024-03-26", "-o", str(tmp_path / "q.pdf")])
    assert code == 2 and "XX:2024-03-26" in capsys.readouterr().err


@needs_poppler
def test_the_appendix_carries_the_plans_kpis_and_budget_tables_with_whole_numbers(
    demo_db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "pack.pdf"
    assert main(["--db", str(demo_db_path), "pack", "RS:2024-01-26", "-o", str(out), "--appendix"]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for title in ("Nyckeltal – Stödverksamhet", "Nyckeltal – Ledningsprocesser", "Budgetram per område (Mkr)",
                  "Åtgärdsplan"):
        assert title in text
    lines = {line.strip() for line in text.splitlines()}
    assert "\u22121 754" in lines  # Summa tjänstemannabudget, never split across lines
    assert "14,5 %" in lines and "Saknar värde" in lines  # pdftotext writes the no-break space as a space  # a target with its unit; no invented outcome
    titles = [t for t in outline_titles(PdfReader(out)) if isinstance(t, str)]
    assert any(t.startswith("Nyckeltal – Hälso- och sjukvård") for t in titles)


@needs_poppler
def test_the_appendix_draws_kpi_charts_in_embedded_fonts(demo_db_path: Path, tmp_path: Path) -> None:
    import json

    kpi = "Frisktal per enhet inom regionstyrelsens förvaltningsområde"
    db = ("--db", str(demo_db_path))
    assert main([*db, "kolada-map", "N00005", kpi]) == 0
    entries = [{"kpi": "N00005", "municipality": muni, "period": year,
                "values": [{"gender": g, "value": v, "count": 1, "status": ""} for g, v in values]}
               for year, muni, values in [(2022, "0023", [("T", 68.0), ("K", 67.0), ("M", 69.5)]),
                                          (2023, "0023", [("T", 68.4), ("K", 67.5), ("M", 70.0)]),
                                          (2023, "0000", [("T", 66.5)])]]
    kolada = tmp_path / "kolada.json"
    kolada.write_text(json.dumps({"values": entries}), encoding="utf-8")
    assert main([*db, "import", str(kolada)]) == 0
    out = tmp_path / "pack.pdf"
    assert main([*db, "pack", "RS:2024-01-26", "-o", str(out), "--appendix"]) == 0
    subprocess.run(["qpdf", "--check", str(out)], check=True, capture_output=True)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert f"{kpi} (källa: Kolada)" in text
    for legend in ("Regionen, totalt", "Regionen, kvinnor", "Regionen, män", "Riket", "Mål: 70 %"):
        assert legend in text
    assert "2022" in text and "2023" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), fonts  # the 'emb' column
    assert "Helvetica" not in fonts
