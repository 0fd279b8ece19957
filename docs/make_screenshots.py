"""Make the README's screenshots with the application's own screenshot command.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py

The demo database holds only what the region's documents say. For the pictures
of reading, an item gets a generated PDF attachment, a note and two flagged
questions; for the KPI detail, EXAMPLE values are imported from a Kolada file
and a filled template made here. They are not the region's outcomes and the
README says so.
"""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

from openpyxl import load_workbook

from nämndklient.bench.generate import pdf_pages
from nämndklient.cli.main import main
from nämndklient.persistence.database import open_database
from nämndklient.services import personal

OUT = Path(__file__).resolve().parent / "screenshots"
ITEM = "RS:2024-01-26/ekonomisk-rapport"
FRISK = "Frisktal per enhet inom regionstyrelsens förvaltningsområde"
PLAN = "plan_och_budget:RS/595/2023"
PROTOCOL = "protokollsutdrag:file:003_0345254484cbeff7.txt"


def run(*argv: str) -> None:
    if main(list(argv)) != 0:
        raise SystemExit(f"misslyckades: {' '.join(argv)}")


def reading_material(db: str, work: Path) -> None:
    pdf = work / "Ekonomisk_rapport_december_2023.pdf"
    pdf.write_bytes(pdf_pages(random.Random(4), 6, "Ekonomisk rapport december 2023"))
    run("--db", db, "import", str(pdf), "--attach-to", ITEM)
    run("--db", db, "note", ITEM, "Fråga om prognosen för HSN: hur stor del av underskottet 2023 (−973 Mkr) "
                                  "väntas kvarstå?")
    database = open_database(db)
    with database.session() as s:
        personal.set_flag(s, ITEM, "Hur stor del av HSN:s underskott väntas kvarstå 2024?")
        personal.set_flag(s, "RS:2024-01-26/fördjupad-dialog-med-hsn-presidium",
                          "Vilka effekter har hyrstoppet gett hittills?")
        personal.mark_read(s, "RS:2024-01-26/sjukresor-studiebesök")
    database.dispose()


def example_values(db: str, work: Path) -> None:
    """Example outcomes (not the region's): a Kolada file with women/men and the nation, and a forecast."""
    run("--db", db, "kolada-map", "N00005", FRISK)
    entries = []
    for year, (total, women, men, nation) in {2020: (66, 65, 67, 64), 2021: (67.5, 66, 69, 65),
                                              2022: (69, 68.2, None, 66), 2023: (68.4, 67, 70, 66.5)}.items():
        entries.append({"kpi": "N00005", "municipality": "0023", "period": year, "values": [
            {"gender": g, "value": v, "count": 1, "status": ""} for g, v in (("T", total), ("K", women), ("M", men))]})
        entries.append({"kpi": "N00005", "municipality": "0000", "period": year,
                        "values": [{"gender": "T", "value": nation, "count": 1, "status": ""}]})
    kolada = work / "kolada.json"
    kolada.write_text(json.dumps({"values": entries}), encoding="utf-8")
    run("--db", db, "import", str(kolada))
    template = work / "mall.xlsx"
    run("--db", db, "export-template", "-o", str(template))
    book = load_workbook(template)
    book["Nyckeltal"].append([FRISK, "Stödverksamhet", "2024", "69,5", "T", "region", "prognos", "Exempel"])
    book.save(template)
    run("--db", db, "import", str(template))


def main_() -> None:
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        db = str(work / "demo.sqlite")
        run("--db", db, "list", "meetings")  # builds the demo database from the region's documents
        run("--db", db, "screenshot", "budget:åtgärdsplan", "-o", str(OUT / "budget.png"))
        run("--db", db, "screenshot", "kpis", "-o", str(OUT / "kpis.png"))
        run("--db", db, "screenshot", "assignments", "-o", str(OUT / "assignments.png"))
        reading_material(db, work)
        for view, name in [("start", "start"), ("calendar", "calendar"), ("meeting:RS:2024-01-26", "meeting"),
                           (f"item:{ITEM}", "item"), (f"case:{PLAN}#Budgetramar per område inom", "case"),
                           (f"case:{PROTOCOL}#Vid mötet informeras", "case-protocol"),
                           ("search:sjukvard", "search"), ("prep:RS:2024-01-26", "prep")]:
            run("--db", db, "screenshot", view, "-o", str(OUT / f"{name}.png"))
        run("--db", db, "screenshot", "meeting:RS:2024-01-26", "--theme", "dark", "-o", str(OUT / "meeting-dark.png"))
        run("--db", db, "screenshot", "lock", "-o", str(OUT / "lock.png"), "--size", "1024x640")
        example_values(db, work)
        run("--db", db, "screenshot", f"kpis:{FRISK}", "-o", str(OUT / "kpi-detail.png"), "--size", "1440x900")


if __name__ == "__main__":
    main_()
