"""Kolada v3 files: gender rows, nulls kept missing, scopes, and unmapped ids reported, never guessed."""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from nämndklient.domain.records import ImportFailure
from nämndklient.importers.kolada import looks_like_kolada, parse_kolada
from nämndklient.persistence.models import KpiValue
from nämndklient.services import kpi_values as kv

KPI = "Frisktal per enhet inom regionstyrelsens förvaltningsområde"


def entry(kpi: str, muni: str, period: int, **genders: Any) -> dict[str, Any]:
    return {"kpi": kpi, "municipality": muni, "period": period,
            "values": [{"gender": g, "value": v, "count": 1, "status": ""} for g, v in genders.items()]}


def write(path: Path, entries: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps({"values": entries, "count": len(entries), "next_page": None}), encoding="utf-8")
    return path


def test_parse_gender_rows_nulls_and_scopes(tmp_path: Path) -> None:
    f = write(tmp_path / "k.json", [entry("N00005", "0023", 2023, T=71.5, K=70.1, M=None),
                                    entry("N00005", "0000", 2023, T=68),
                                    entry("N00005", "0064", 2023, T=69.25)])
    values = parse_kolada(f.read_bytes(), str(f))
    assert [(v.gender, v.value, v.scope) for v in values] == [
        ("T", D("71.5"), "region"), ("K", D("70.1"), "region"), ("M", None, "region"),
        ("T", D(68), "nation"), ("T", D("69.25"), "0064")]
    assert values[0].period == "2023"


@pytest.mark.parametrize(("doc", "needle"), [
    ({"values": [{"kpi": "N1", "municipality": "0023", "period": "x", "values": []}]}, "ett år"),
    ({"values": [{"kpi": "N1", "municipality": "0023", "period": 2023, "values": [{"gender": "X", "value": 1}]}]},
     "kön T, K eller M"),
    ({"values": [{"kpi": "N1", "municipality": "0023", "period": 2023, "values": [{"gender": "T", "value": "a"}]}]},
     "ett tal"),
    ({"rows": []}, '"values"'),
])
def test_parse_refuses_broken_entries(doc: dict[str, Any], needle: str) -> None:
    with pytest.raises(ImportFailure) as err:
        parse_kolada(json.dumps(doc).encode(), "k.json")
    assert needle in str(err.value) and "k.json" in str(err.value)


def test_looks_like_kolada() -> None:
    good = json.dumps({"values": [entry("N1", "0023", 2023, T=1)]}).encode()
    assert looks_like_kolada(good, "x.json")
    assert not looks_like_kolada(b'{"values": [{"a": 1}]}', "x.json")
    assert not looks_like_kolada(b"Nyckeltal;Period\n", "x.csv")
    assert not looks_like_kolada(b"PK\x03\x04rubbish", "x.xlsx")


def test_import_with_mapping_keeps_nulls_missing_and_reports_unknown(demo_db: Any, tmp_path: Path) -> None:
    with demo_db.session() as s:
        kv.set_kolada_mapping(s, "n00005", KPI)
        with pytest.raises(LookupError):
            kv.set_kolada_mapping(s, "N1", "Finns inte")
    f = write(tmp_path / "kolada.json", [
        entry("N00005", "0023", 2022, T=66.0, K=65.0, M=67.0),
        entry("N00005", "0023", 2023, T=71.5, K=70.1, M=None),
        entry("N00005", "0000", 2023, T=68),
        entry("U99999", "0023", 2023, T=5),
        entry("U99999", "0023", 2022, T=4),
    ])
    report = kv.import_kolada(demo_db, f)
    assert report.created["nyckeltalsvärden"] == 7
    assert [s.reason for s in report.skipped if "U99999" in s.reason] and len(report.skipped) == 1
    assert "kolada-map U99999" in report.skipped[0].reason
    with demo_db.session() as s:
        assert kv.kolada_mappings(s) == [{"kolada_id": "N00005", "kpi_name": KPI}]
        row = next(r for r in kv.kpi_overview(s) if r.name == KPI)
        men = [v for v in row.values if v.gender == "M" and v.period == "2023"]
        assert men and men[0].value is None  # missing, not zero
        assert row.latest_value == D("71.5") and row.latest_period == "2023"
        # 71,5 against "70 %": the plan does not say which side is good, so no verdict; the trend only rises
        assert (row.status.value, row.trend.value, row.direction) == ("direction_unknown", "rising", None)
        assert row.sources == ("Kolada",)
        assert {v.scope for v in row.values} == {"region", "nation"}
        js = next(r for r in kv.kpi_rows_for_json(s) if r["name"] == KPI)
        assert js["target"] == 70 and js["status"] == "direction_unknown" and js["direction"] is None
        assert {"period": "2023", "value": 68, "gender": "T", "scope": "nation", "kind": "outcome",
                "source": "Kolada"} in js["values"]
        json.dumps(js)  # plain JSON types only
    again = kv.import_kolada(demo_db, f)
    assert again.unchanged == 1 and not again.created


def test_null_never_erases_a_known_value(demo_db: Any, tmp_path: Path) -> None:
    with demo_db.session() as s:
        kv.set_kolada_mapping(s, "N00005", KPI)
    kv.import_kolada(demo_db, write(tmp_path / "a.json", [entry("N00005", "0023", 2023, T=71)]))
    kv.import_kolada(demo_db, write(tmp_path / "b.json", [entry("N00005", "0023", 2023, T=None)]))
    with demo_db.session() as s:
        values = s.scalars(select(KpiValue.value).where(KpiValue.period == "2023")).all()
        assert values == [D(71)]
        assert s.scalar(select(func.count()).select_from(KpiValue)) == 1
