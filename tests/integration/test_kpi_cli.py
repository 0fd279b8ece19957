"""Outcome values reach the KPIs from the command line: Kolada files and the filled template."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from nämndklient.cli.main import main

KPI = "Hälsofrämjandeindex (inom Regionstyrelsens förvaltningsområde)"
CO2 = "Regionens koldioxidutsläpp från tjänstereor och interna transporter inom alla verksamheter (minska jämfört med 2019)"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def kolada_file(path: Path) -> Path:
    def entry(muni: str, period: int, **genders: float | None) -> dict[str, object]:
        return {"kpi": "U00901", "municipality": muni, "period": period,
                "values": [{"gender": g, "value": v, "count": 1, "status": ""} for g, v in genders.items()]}

    doc = {"values": [entry("0023", 2022, T=4.1, K=4.3, M=3.9), entry("0023", 2023, T=4.6, K=None, M=4.4),
                      entry("0000", 2023, T=4.2), {**entry("0023", 2023, T=1.0), "kpi": "N99999"}]}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_kolada_and_template_values_reach_list_kpis(demo_db_path: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--db", str(demo_db_path))
    assert run(capsys, *db, "kolada-map", "u00901", KPI)[0] == 0
    code, out, _ = run(capsys, *db, "list", "kolada-map", "--format", "json")
    assert json.loads(out) == [{"kolada_id": "U00901", "kpi_name": KPI}]

    code, out, err = run(capsys, *db, "import", str(kolada_file(tmp_path / "kolada.json")))
    assert code == 0 and "kolada.json: kolada" in out and "N99999" in err  # unmapped: reported, not guessed

    template = tmp_path / "mall.xlsx"
    assert run(capsys, *db, "export-template", "-o", str(template))[0] == 0
    wb = load_workbook(template)
    sheet = wb["Nyckeltal"]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == CO2)
    sheet.cell(row, 3).value, sheet.cell(row, 4).value = "2023", "−52,5"
    sheet.cell(row, 5).value, sheet.cell(row, 6).value, sheet.cell(row, 7).value = "T", "region", "utfall"
    wb.save(template)
    code, out, _ = run(capsys, *db, "import", "--dry-run", str(template))
    assert code == 0 and "Skulle ändra" in out
    code, out, _ = run(capsys, *db, "import", str(template))
    assert code == 0 and "outcome_template" in out

    code, out, _ = run(capsys, *db, "list", "kpis", "--format", "json")
    kpis = {k["name"]: k for k in json.loads(out)}
    index = kpis[KPI]
    # 4,6 against the target 4,5: the plan says neither "minst" nor which way is good, so no verdict
    assert (index["status"], index["direction"], index["direction_source"]) == ("direction_unknown", None, "unknown")
    assert index["trend"] == "rising"  # 4,1 → 4,6: it rose, neither better nor worse as far as anyone said
    values = {(v["period"], v["gender"], v["scope"]): v for v in index["values"]}
    assert values[("2023", "T", "region")]["value"] == 4.6 and values[("2023", "T", "region")]["source"] == "Kolada"
    assert values[("2023", "K", "region")]["value"] is None  # a null stays missing, never zero
    assert values[("2023", "T", "nation")]["value"] == 4.2
    co2 = kpis[CO2]
    assert co2["status"] == "met" and co2["direction"] == "decrease"  # −52,5 % is below the −48 % target
    assert [v["value"] for v in co2["values"]] == [-52.5]
    assert (co2["direction_source"], co2["direction_phrase"]) == ("document", "(minska jämfört med 2019)")
    missing = next(k for k in kpis.values() if k["name"].startswith("Kostnadsutveckling för läkemedel"))
    assert missing["status"] == "missing" and missing["values"] == []

    # the secretariat sets the direction: now the status can say whether 4,6 reaches 4,5
    code, out, _ = run(capsys, *db, "kpi-direction", KPI, "increase", "--by", "Anna Berg, sekretariatet")
    assert code == 0 and "högre är bättre (satt av Anna Berg, sekretariatet" in out
    code, out, _ = run(capsys, *db, "list", "kpis", "--format", "json")
    index = next(k for k in json.loads(out) if k["name"] == KPI)
    assert (index["status"], index["direction"], index["direction_source"]) == ("met", "increase", "person")
    assert index["direction_set_by"] == "Anna Berg, sekretariatet" and index["trend"] == "better"


def test_lower_than_the_nation_is_judged_against_the_nations_figure(demo_db_path: Path, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """'jämfört med riket (målet är att ha en lägre kostnadsutveckling)': no target value, the nation is the mark."""
    db = ("--db", str(demo_db_path))
    template = tmp_path / "mall.xlsx"
    assert run(capsys, *db, "export-template", "-o", str(template))[0] == 0
    wb = load_workbook(template)
    sheet = wb["Nyckeltal"]
    drugs = next(sheet.cell(r, 1).value for r in range(2, sheet.max_row + 1)
                 if str(sheet.cell(r, 1).value).startswith("Kostnadsutveckling för läkemedel"))
    for period, scope, value in (("2022", "region", "6,1"), ("2023", "region", "4,0"), ("2023", "riket", "5,2")):
        sheet.append([drugs, "", period, value, "T", scope, "utfall", "Exempel"])
    wb.save(template)
    assert run(capsys, *db, "import", str(template))[0] == 0
    code, out, _ = run(capsys, *db, "list", "kpis", "--format", "json")
    assert code == 0
    k = next(k for k in json.loads(out) if k["name"] == drugs)
    assert (k["target"], k["baseline"], k["baseline_value"]) == (None, "riket", 5.2)
    assert (k["direction"], k["direction_source"], k["status"], k["trend"]) == ("decrease", "document", "met",
                                                                                 "better")
