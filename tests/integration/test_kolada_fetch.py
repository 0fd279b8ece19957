"""'kolada-fetch' goes to the network only when asked; a loopback server that answers as Kolada v3 stands in for it.

The server (tests/helpers/kolada_v3.py) serves the real v3 answers in
shared/realdata/kolada: paging through `next_url`, at most 25 ids per path
segment (more is an HTTP 400), retracted values as `isdeleted`.
"""

from __future__ import annotations

import json
import urllib.parse
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from nämndklient.cli.main import main
from nämndklient.domain.records import ImportFailure
from nämndklient.persistence.models import Kpi, KpiValue
from nämndklient.services import kolada_fetch as kf
from nämndklient.services import kpi_values as kv
from tests.helpers.files import db_digest
from tests.helpers.kolada_v3 import KoladaV3, load_entries, realdata, serve

KPI = "Frisktal per enhet inom regionstyrelsens förvaltningsområde"
OTHER = "Personalomsättning chefer inklusive omsättning förordnanden"


def _values(capsys: pytest.CaptureFixture[str], db: tuple[str, str], name: str) -> list[dict[str, Any]]:
    capsys.readouterr()
    main([*db, "list", "kpis", "--format", "json"])
    out = capsys.readouterr().out
    return next(k for k in json.loads(out[out.index("["):]) if k["name"] == name)["values"]  # type: ignore[no-any-return]


def _segments(request: str) -> list[list[str]]:
    parts = urllib.parse.urlsplit(request).path.strip("/").split("/")
    return [p.split(",") for p in parts[3::2]]


def test_fetch_follows_next_url_through_the_real_v3_pages(demo_db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """The two recorded pages, served as they are: the second is reached only through page 1's next_url."""
    first = "/v3/data/kpi/N00404,N63007/municipality/0023,0000/year/2019,2020,2021,2022,2023"
    api = KoladaV3([], files={first: realdata("kolada_v3_page1.json"),
                              "/v3/data/kpi/N00404,N63007/municipality/0023,0000/year/2019,2020,2021,2022,2023"
                              "?page=2&per_page=4": realdata("kolada_v3_page2.json")})
    db = ("--db", str(demo_db_path))
    assert main([*db, "kolada-map", "N00404", KPI]) == 0
    assert main([*db, "kolada-map", "N63007", OTHER]) == 0
    with serve(api):
        assert main([*db, "kolada-fetch", "--years", "2019-2023", "--url", api.base]) == 0
    assert api.requests == [first, first + "?page=2&per_page=4"]
    second = {(v["period"], v["scope"], v["value"]) for v in _values(capsys, db, OTHER) if v["source"] == "Kolada"}
    assert second == {("2021", "region", -12.8), ("2022", "region", -14.9), ("2023", "region", None),
                      ("2023", "nation", 9.1)}  # page 2 only: the v2 client stopped before it
    first_page = {(v["period"], v["scope"], v["gender"], v["value"]) for v in _values(capsys, db, KPI)
                  if v["source"] == "Kolada"}
    assert ("2023", "region", "T", 277.3) in first_page and ("2023", "G114418", "T", 301.4) in first_page


def test_27_kpis_and_31_years_are_split_at_25_ids_and_every_page_is_read(demo_db: Any) -> None:
    """v3 refuses a 26th id in a segment: the fetch makes 2 x 2 requests and pages through each."""
    api = KoladaV3(load_entries("rkolada_n00945_v3.json"), per_page=4)
    with demo_db.session() as s:
        names = list(s.scalars(select(Kpi.name).order_by(Kpi.id)))[:27]
        ids = ["N00945", *(f"N9{n:04d}" for n in range(26))]
        for kolada_id, name in zip(ids, names, strict=True):
            kv.set_kolada_mapping(s, kolada_id, name)
    with serve(api):
        report = kf.fetch_kolada(demo_db, list(range(1990, 2021)), base_url=api.base,
                                 municipalities=("0180", "1280", "1480"))
    firsts = [r for r in api.requests if "page=" not in r]
    assert len(firsts) == 4
    assert all(len(seg) <= 25 for r in api.requests for seg in _segments(r))
    assert sorted(len(_segments(r)[2]) for r in firsts) == [6, 6, 25, 25]  # 31 years: 25 + 6
    assert sorted(len(_segments(r)[0]) for r in firsts) == [2, 2, 25, 25]  # 27 KPIs: 25 + 2
    assert len(api.requests) > 4  # next_url followed
    assert report.created["nyckeltalsvärden"] == 63  # every value of the 21 years x 3 cities
    with demo_db.session() as s:
        stored = {(v.period, v.scope): v.value for v in s.scalars(select(KpiValue).where(KpiValue.source == "Kolada"))}
    assert stored[("2000", "0180")] == Decimal("31.32959689")  # exact, not 31.3296
    assert len(stored) == 63


def test_v3_refuses_26_ids_and_the_refusal_is_one_sentence(demo_db_path: Path) -> None:
    api = KoladaV3(load_entries("rkolada_n00945_v3.json"))
    years = list(range(1990, 2016))
    with serve(api):
        with pytest.raises(ImportFailure) as err:
            list(kf.pages(kf.data_url(api.base, ["N00945"], ["0180"], years), api.base, 5))
        assert api.requests and len(_segments(api.requests[0])[2]) == 26
        assert "HTTP 400" in str(err.value) and "at most 25" in str(err.value)
        assert len(kf.data_urls(api.base, ["N00945"], ["0180"], years)) == 2


def test_a_next_url_to_another_server_or_a_loop_is_refused_and_nothing_written(demo_db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = ("--db", str(demo_db_path))
    assert main([*db, "kolada-map", "N00404", KPI]) == 0
    before = db_digest(demo_db_path)
    first = "/v3/data/kpi/N00404/municipality/0023,0000/year/2023"
    looped = realdata("kolada_v3_page1.json").read_text(encoding="utf-8").replace(
        '"next_url": "https://api.kolada.se/v3/data/kpi/N00404,N63007/municipality/0023,0000/year/'
        '2019,2020,2021,2022,2023?page=2&per_page=4"', f'"next_url": "https://api.kolada.se/v3{first[3:]}"')
    for body, needle in ((looped, "samma sida igen"),
                         (looped.replace("https://api.kolada.se/v3", "https://example.org/v3"), "example.org")):
        page = demo_db_path.parent / "answer.json"
        page.write_text(body, encoding="utf-8")
        api = KoladaV3([], files={first: page})
        with serve(api):
            code = main([*db, "kolada-fetch", "--years", "2023", "--url", api.base])
        err = capsys.readouterr().err
        assert code == 2 and needle in err and "Traceback" not in err
        assert db_digest(demo_db_path) == before


def test_no_network_is_a_clear_message_and_nothing_changes(demo_db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = ("--db", str(demo_db_path))
    assert main([*db, "kolada-map", "N00005", KPI]) == 0
    before = db_digest(demo_db_path)
    code = main([*db, "kolada-fetch", "--url", "http://127.0.0.1:9/v3"])
    err = capsys.readouterr().err
    assert code == 2 and "programmet fungerar offline" in err and "Traceback" not in err
    assert db_digest(demo_db_path) == before


def test_nothing_to_fetch_without_a_mapping(demo_db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", str(demo_db_path), "kolada-fetch", "--url", "http://127.0.0.1:9/v3"]) == 2
    assert "kolada-map" in capsys.readouterr().err


def test_fetch_since_a_date_removes_what_kolada_retracted(demo_db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """`--since` asks for v3's from_date answer, where a retracted value comes as `isdeleted`."""
    db = ("--db", str(demo_db_path))
    assert main([*db, "kolada-map", "N00404", KPI]) == 0
    assert main([*db, "import", str(realdata("kolada_v3_page1.json"))]) == 0
    assert ("2023", "region", "T", 277.3) in {(v["period"], v["scope"], v["gender"], v["value"])
                                              for v in _values(capsys, db, KPI)}
    api = KoladaV3([], retracted=load_entries("kolada_v3_fromdate_deleted.json"))
    with serve(api):
        capsys.readouterr()
        assert main([*db, "kolada-fetch", "--years", "2023", "--since", "2024-06-01", "--url", api.base]) == 0
        out = capsys.readouterr().out
    assert all("from_date=2024-06-01" in r for r in api.requests)
    assert "borttagna 1 nyckeltalsvärden som Kolada återkallat" in out
    region = {(v["period"], v["gender"]) for v in _values(capsys, db, KPI) if v["scope"] == "region"}
    assert ("2023", "T") not in region and ("2023", "K") in region
