"""Every figure, direction and status the CLI gives for KPIs, goal areas and assignments, held against the plan.

The demo database is built from the region's documents. Each target is looked up in the plan's own row
(read here with a plain split on tabs, not through the importer), each direction must carry the
document's words from that row or say which person set it, and a status is never more than the
documents allow: with no outcome imported, none is judged, and no assignment has a status.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from nämndklient.cli.main import main
from tests.conftest import SEEDS

PLAN = (SEEDS / "001_cfd44e3ece793d5a.txt").read_text(encoding="utf-8")
ROWS = [line.split("\t") for line in PLAN.split("\n") if "\t" in line]
UP_WORDS, DOWN_WORDS = ("öka", "ökning", "hög", "högre"), ("minska", "lägre")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def plain(text: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", text).split()).rstrip(".")


def plan_row(name: str) -> list[str]:
    found = [cells for cells in ROWS if plain(cells[0]) == plain(name)]
    assert len(found) == 1, name
    return found[0]


def stated_number(cell: str) -> tuple[Decimal | None, str | None]:
    """'14,5 %' → (14.5, '%'); '-48%' → (−48, '%'); '' → (None, None)."""
    cell = cell.strip()
    if not cell:
        return None, None
    unit = "%" if "%" in cell else None
    digits = cell.replace("%", "").replace(" ", "").replace(",", ".").replace("−", "-")
    return Decimal(digits), unit


def test_every_kpi_figure_and_direction_is_the_plans(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kpis = json.loads(run(capsys, "--db", str(demo_db_path), "list", "kpis", "--format", "json"))
    assert len(kpis) == 36
    for k in kpis:
        cells = plan_row(k["name"])
        assert cells[1].strip() == k["decided_by"]
        target, unit = stated_number(cells[2]) if len(cells) > 2 else (None, None)
        assert (k["target"], k["unit"]) == (float(target) if target is not None and target % 1 else
                                            int(target) if target is not None else None, unit), k["name"]
        # a direction is the document's (its words on this row) or a person's; never the application's
        assert k["direction_source"] in ("document", "person", "suggestion", "unknown")
        if k["direction"] is None:
            assert k["direction_source"] in ("suggestion", "unknown") and k["direction_phrase"] is None
            assert k["target_comparison"] is None  # nothing says on which side of the target is good
        elif k["direction_source"] == "document":
            phrase = k["direction_phrase"]
            assert phrase and phrase in cells[0], k["name"]
            words = UP_WORDS if k["direction"] == "increase" else DOWN_WORDS
            assert any(w in phrase.casefold() for w in words), phrase
            assert k["direction_set_by"] is None
        else:
            assert k["direction_source"] == "person" and k["direction_set_by"]
        # a suggestion is its own field, and only where neither the plan nor a person gave a direction
        if k["direction_suggestion"] is not None:
            assert k["direction"] is None and k["direction_source"] == "suggestion"
            assert k["direction_suggestion_word"] in k["name"].casefold()
        # no outcomes in the documents: nothing is judged, no trend, no values
        assert (k["status"], k["trend"], k["values"]) == ("missing", "unknown", [])
    sources = [k["direction_source"] for k in kpis]
    assert sources.count("document") == 9 and "person" not in sources


def test_goal_areas_and_assignments_are_the_plans(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", str(demo_db_path))
    areas = json.loads(run(capsys, *db, "list", "goal-areas", "--format", "json"))
    kpis = json.loads(run(capsys, *db, "list", "kpis", "--format", "json"))
    assignments = json.loads(run(capsys, *db, "list", "assignments", "--format", "json"))
    assert len(assignments) == 37
    for area in areas:
        assert f"Målområde {area['name']}" in PLAN and (not area["goal"] or area["goal"] in PLAN)
        # the counts are the application's own (README: counts of the rows read), and agree with the lists
        assert area["kpis"] == sum(k["goal_area"] == area["name"] for k in kpis)
        assert area["assignments"] == sum(a["goal_area"] == area["name"] for a in assignments)
    flat = plain(PLAN)
    for a in assignments:
        assert a["text"][:60] in flat, a["text"]
        # the plan carries no status, and neither does the output
        assert (a["status"], a["status_source"], a["status_date"]) == (None, None, None)
    table = run(capsys, *db, "list", "assignments")
    body = table.splitlines()[2:]
    assert len(body) == 37 and all("ingen status angiven" in line for line in body)
    assert "ej påbörjad" not in table


def test_the_table_and_the_json_of_list_kpis_agree(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", str(demo_db_path))
    assert main([*db, "kpi-direction", "Frisktal per enhet", "increase", "--by", "Eva Ek"]) == 0
    capsys.readouterr()
    kpis = json.loads(run(capsys, *db, "list", "kpis", "--format", "json"))
    lines = run(capsys, *db, "list", "kpis").splitlines()
    header, rule, body = lines[0], lines[1], lines[2:]
    starts = [m.start() for m in re.finditer(r"-+", rule)]
    ends = [m.end() for m in re.finditer(r"-+", rule)]
    columns = [header[s:e].strip() for s, e in zip(starts, ends, strict=True)]
    rows = [{c: line[s:e].strip() for c, s, e in zip(columns, starts, ends, strict=True)} for line in body]
    assert len(rows) == len(kpis) == 36
    for row, k in zip(rows, kpis, strict=True):
        assert int(row["id"]) == k["id"] and k["name"].startswith(row["name"])
        for field in ("direction", "direction_source", "direction_suggestion", "status", "unit"):
            assert row[field] == (k[field] or ""), (field, k["name"])
        shown = row["target"].replace("\u00a0", "").replace("−", "-").replace(",", ".")
        assert (Decimal(shown) if shown else None) == (Decimal(str(k["target"])) if k["target"] is not None
                                                       else None)
    frisk = next(r for r in rows if r["name"].startswith("Frisktal"))
    assert (frisk["direction"], frisk["direction_source"]) == ("increase", "person")


def test_kpi_direction_refuses_bad_input_and_leaves_the_database_as_it_was(
        demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", str(demo_db_path))
    run(capsys, *db, "list", "kpis")  # opened once: any migration or checkpoint is done before the comparison
    before = demo_db_path.read_bytes()
    files = sorted(p.name for p in demo_db_path.parent.iterdir())
    for argv, words in ((["kpi-direction", "Finns inte alls", "increase", "--by", "Eva"], "finns inte i planen"),
                        (["kpi-direction", "Sjuktal", "decrease", "--by", "Eva"], "passar flera nyckeltal"),
                        (["kpi-direction", "999", "decrease", "--by", "Eva"], "inget nyckeltal med id 999"),
                        (["kpi-direction", "Frisktal per enhet", "increase"], "--by")):
        assert main([*db, *argv]) == 2
        err = capsys.readouterr().err
        assert words in err and err.count("\n") == 1, err
    assert demo_db_path.read_bytes() == before
    assert sorted(p.name for p in demo_db_path.parent.iterdir()) == files
