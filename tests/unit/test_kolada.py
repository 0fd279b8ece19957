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
from nämndklient.persistence.models import Kpi, KpiValue
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


# --- v3 as the real API serves it (shared/realdata/kolada) ---------------------------

REAL_FILES = {  # file → None when it imports, else the words its refusal must carry
    "kolada_v3_page1.json": None,
    "kolada_v3_page2.json": None,
    "kolada_v3_fromdate_deleted.json": None,
    "rkolada_n00945_v3.json": None,
    "kolada_v3_oudata.json": "organisatorisk enhet (/v3/oudata",
    "rkolada_v3_municipality_regions.json": "förteckning med id och namn utan värden (som /v3/municipality",
}


def test_every_real_v3_file_imports_or_is_refused_by_name_with_a_reason(demo_db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from nämndklient.cli.main import main
    from tests.helpers.files import db_digest
    from tests.helpers.kolada_v3 import REALDATA, realdata

    assert sorted(p.name for p in REALDATA.glob("*.json")) == sorted(REAL_FILES)
    db = ("--db", str(demo_db_path))
    for kolada_id in ("N00404", "N63007", "N00945"):
        assert main([*db, "kolada-map", kolada_id, KPI]) == 0
    for name, refusal in REAL_FILES.items():
        before = db_digest(demo_db_path)
        capsys.readouterr()
        code = main([*db, "import", str(realdata(name))])
        out, err = capsys.readouterr()
        if refusal is None:
            assert code == 0 and f"{name}: kolada" in out, err
        else:
            assert code == 2 and name in err and refusal in err and "Traceback" not in err
            assert len(err.strip().splitlines()) == 1
            assert db_digest(demo_db_path) == before


def test_values_keep_every_decimal_kolada_gives(demo_db: Any) -> None:
    from tests.helpers.kolada_v3 import realdata

    with demo_db.session() as s:
        kv.set_kolada_mapping(s, "N00945", KPI)
    parsed = parse_kolada(realdata("rkolada_n00945_v3.json").read_bytes(), "n.json")
    assert parsed[0].value == D("31.32959689") and str(parsed[0].value) == "31.32959689"
    report = kv.import_kolada(demo_db, realdata("rkolada_n00945_v3.json"))
    assert report.created["nyckeltalsvärden"] == 63
    with demo_db.session() as s:
        rows = {(v.period, v.scope): v.value for v in s.scalars(select(KpiValue))}
        assert rows[("2000", "0180")] == D("31.32959689")
        assert rows[("2001", "0180")] == D("31.90900747")
        raw = s.execute(select(func.typeof(KpiValue.value), KpiValue.value).limit(1)).one()
    assert raw[0] == "text"  # SQLite would have turned a NUMERIC into a float
    long = (b'{"values": [{"kpi": "N00945", "municipality": "0023", "period": 2023,'
            b' "values": [{"gender": "T", "value": 12345678901234567890.123456789}]}]}')
    assert parse_kolada(long, "k.json")[0].value == D("12345678901234567890.123456789")


def test_a_value_kolada_retracted_is_removed_and_reported(demo_db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """`from_date` answers mark a retracted value `isdeleted`: the stored Kolada value goes, and the member is told."""
    from nämndklient.cli.main import main
    from tests.helpers.kolada_v3 import realdata

    db = ("--db", str(demo_db_path))
    assert main([*db, "kolada-map", "N00404", KPI]) == 0
    assert main([*db, "import", str(realdata("kolada_v3_page1.json"))]) == 0
    deleted = parse_kolada(realdata("kolada_v3_fromdate_deleted.json").read_bytes(), "d.json")
    assert [(v.kolada_id, v.municipality, v.period, v.gender, v.deleted) for v in deleted] == [
        ("N00404", "0023", "2023", "T", True)]

    def region_2023() -> list[tuple[str, Any]]:
        capsys.readouterr()
        main([*db, "list", "kpis", "--format", "json"])
        out = capsys.readouterr().out
        values = next(k for k in json.loads(out[out.index("["):]) if k["name"] == KPI)["values"]
        return sorted((v["gender"], v["value"]) for v in values
                      if v["period"] == "2023" and v["scope"] == "region" and v["source"] == "Kolada")

    assert region_2023() == [("K", 318.7), ("M", 236.1), ("T", 277.3)]
    capsys.readouterr()
    assert main([*db, "import", str(realdata("kolada_v3_fromdate_deleted.json"))]) == 0
    out = capsys.readouterr().out
    assert "borttagna 1 nyckeltalsvärden som Kolada återkallat" in out
    assert region_2023() == [("K", 318.7), ("M", 236.1)]  # the retracted total is gone, not shown as missing


def test_a_retraction_never_removes_a_figure_from_another_source(demo_db: Any, tmp_path: Path) -> None:
    with demo_db.session() as s:
        kv.set_kolada_mapping(s, "N00005", KPI)
        kpi_id = s.scalar(select(Kpi.id).where(Kpi.name == KPI))
        s.add(KpiValue(kpi_id=kpi_id, period="2031", gender="T", scope="region", kind="outcome", value=D("70"),
                       source="Egen inmatning"))
    doc = {"values": [{"kpi": "N00005", "municipality": "0023", "period": 2031,
                       "values": [{"gender": "T", "value": None, "isdeleted": True}]}]}
    f = tmp_path / "d.json"
    f.write_text(json.dumps(doc), encoding="utf-8")
    report = kv.import_kolada(demo_db, f)
    assert not report.removed
    with demo_db.session() as s:
        assert s.scalar(select(KpiValue.value).where(KpiValue.period == "2031")) == D("70")


def test_the_exact_amounts_migration_keeps_the_kpi_values_already_stored(demo_db_path: Path) -> None:
    """A value stored as a REAL before 0005_exact_amounts comes back as the same decimal text."""
    from alembic import command
    from sqlalchemy import text

    from nämndklient.persistence.database import open_database
    from nämndklient.persistence.migrations import HEAD, KNOWN_REVISIONS
    from nämndklient.persistence.migrations.runner import alembic_config

    db = open_database(demo_db_path)
    cfg = alembic_config()
    with db.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, KNOWN_REVISIONS[KNOWN_REVISIONS.index("0005_exact_amounts") - 1])
    with db.engine.begin() as con:
        kpi_id = con.scalar(text("SELECT id FROM kpi LIMIT 1"))
        con.execute(text("INSERT INTO kpi_value (kpi_id, period, gender, scope, kind, source, value) "
                         "VALUES (:k, '2031', 'T', 'region', 'outcome', 'Kolada', 71.5)"), {"k": kpi_id})
        assert con.scalar(text("SELECT typeof(value) FROM kpi_value WHERE period = '2031'")) == "real"
    db.dispose()
    again = open_database(demo_db_path)
    with again.engine.connect() as con:
        assert con.scalar(text("SELECT version_num FROM alembic_version")) == HEAD
        assert con.execute(text("SELECT typeof(value), value FROM kpi_value WHERE period = '2031'")).one() == (
            "text", "71.5")
    with again.session() as s:
        assert s.scalar(select(KpiValue.value).where(KpiValue.period == "2031")) == D("71.5")
    again.dispose()



def test_a_file_read_before_its_ids_were_mapped_imports_once_they_are(demo_db: Any) -> None:
    from tests.helpers.kolada_v3 import realdata

    path = realdata("rkolada_n00945_v3.json")
    first = kv.import_kolada(demo_db, path)
    assert not first.created and "kolada-map N00945" in first.skipped[0].reason
    with demo_db.session() as s:
        kv.set_kolada_mapping(s, "N00945", KPI)
    assert kv.import_kolada(demo_db, path).created["nyckeltalsvärden"] == 63
    assert kv.import_kolada(demo_db, path).unchanged == 1  # same file, same mapping: nothing to do
