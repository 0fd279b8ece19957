"""Every KPI of the seed plan, read by hand: the direction the document states, with its words, or unknown.

The table below is the careful reading of resources/seeds/001_*.txt, KPI by KPI. A direction counts only
where the KPI's own row says it. Words elsewhere in the plan (the assignment "restriktiv
antibiotikaförskrivning", the political direction "bromsa in bruttokostnadsutvecklingen") do not make
the row say it: such KPIs stay unknown, and the application may at most suggest a direction, marked.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, text

from nämndklient.domain.records import Direction, Horizon
from nämndklient.importers.plan_och_budget import parse_plan, stated_direction, target_comparison
from nämndklient.persistence.database import open_database
from nämndklient.persistence.models import KpiDirectionChoice
from nämndklient.services import kpi_values as kv
from nämndklient.services.importing import import_paths
from nämndklient.services.wipe import wipe_published
from tests.conftest import SEEDS

SEED = SEEDS / "001_cfd44e3ece793d5a.txt"
UP, DOWN = Direction.INCREASE, Direction.DECREASE

# (start of the name, horizon, direction the document states or None, the words that state it / why none)
READING: list[tuple[str, Horizon, Direction | None, str]] = [
    # Hälso- och sjukvård, långsiktiga
    ("Andel av länsinvånarnas vård som konsumeras", Horizon.LONG_TERM, None, "no word on the row"),
    ("Antal förskrivna antibiotikarecept", Horizon.LONG_TERM, None,
     "no word on the row; only an assignment asks for restrictive prescribing"),
    ("Medicinsk bedömning inom primärvården", Horizon.LONG_TERM, None, "no word on the row"),
    # Stödverksamhet, långsiktiga
    ("Allmänt gott hälsotillstånd", Horizon.LONG_TERM, None, "no word on the row"),
    ("Andel av total personalkostnad", Horizon.LONG_TERM, None, "no word on the row"),
    ("Andel elever som upplever", Horizon.LONG_TERM, None, "no word on the row"),
    ("Antal vetenskapliga publikationer", Horizon.LONG_TERM, None, "no word on the row"),
    ("Hälsofrämjandeindex", Horizon.LONG_TERM, None, "no word on the row"),
    ("Psykisk påfrestning", Horizon.LONG_TERM, None, "no word on the row"),
    ("Psykiskt välbefinnande", Horizon.LONG_TERM, None, "no word on the row"),
    ("Sjuktal per enhet", Horizon.LONG_TERM, None, "no word on the row"),
    ("Antal ärenden per år till patientnämnden", Horizon.LONG_TERM, None, "no word on the row"),
    ("Kundnöjdhet sjukresor", Horizon.LONG_TERM, None, "no word on the row"),
    # Stödverksamhet, kortsiktiga (a bare target says nothing about the side: 4,5; 5; 10 %; 70 % …)
    ("Hälsofrämjandeindex (inom", Horizon.SHORT_TERM, None, "target 4,5, no comparison"),
    ("Sjuktal per enhet inom", Horizon.SHORT_TERM, None, "target 5, no comparison"),
    ("Andel genomförda riktade hälsosamtal", Horizon.SHORT_TERM, None, "target 10 %, no comparison"),
    ("Frisktal per enhet", Horizon.SHORT_TERM, None, "target 70 %, no comparison"),
    ("Hög säkerhet hos mjukvara", Horizon.SHORT_TERM, UP, "Hög säkerhet"),
    ("Hög säkerhet i nätverksansluten", Horizon.SHORT_TERM, UP, "Hög säkerhet"),
    ("Personalomsättning chefer", Horizon.SHORT_TERM, None, "target 14,5 %, no comparison"),
    ("Servicenivå hos Helpdesk", Horizon.SHORT_TERM, None, "target 80 %, no comparison"),
    # Ledningsprocesser
    ("Påverkansmöjlighet på hur arbetet organiseras på den egna arbetsplatsen", Horizon.LONG_TERM, None,
     "no word on the row"),
    ("Andelen ekologiska livsmedel", Horizon.SHORT_TERM, UP, "(öka)"),
    ("Energianvändning i regionens", Horizon.SHORT_TERM, DOWN, "(minska)"),
    ("Hög återvinningsgrad", Horizon.SHORT_TERM, UP, "Hög återvinningsgrad"),
    ("Kostnadsutveckling för läkemedel", Horizon.SHORT_TERM, DOWN, "(målet är att ha en lägre kostnadsutveckling)"),
    ("Påverkansmöjlighet på hur arbetet organiseras på den egna arbetsplatsen (", Horizon.SHORT_TERM, None,
     "target 5, no comparison"),
    ("Regionens koldioxidutsläpp", Horizon.SHORT_TERM, DOWN, "(minska jämfört med 2019)"),
    ("Regionens totala avfallsmängd", Horizon.SHORT_TERM, DOWN, "(minska jämfört med 2019)"),
    # Finansiella mål
    ("Soliditet", Horizon.FINANCIAL, UP, "(ökning)"),
    ("Kassalikviditet", Horizon.FINANCIAL, None, "target 100 %, no comparison"),
    ("Bruttokostnadsutveckling (RJH", Horizon.FINANCIAL, None,
     "target −0,5 %; 'minska bruttokostnadsutvecklingen' is an assignment, not this row"),
    ("Nettokostnadsutveckling", Horizon.FINANCIAL, None, "target 0,6 %, no comparison"),
    ("Leverantörstrohet (RJH", Horizon.FINANCIAL, None, "target 95 %, no comparison"),
    ("Bruttokostnadsutveckling (för", Horizon.FINANCIAL, None, "target −6,5 %, no comparison"),
    ("Leverantörstrohet (för", Horizon.FINANCIAL, None, "target 95 %, no comparison"),
]


@pytest.fixture(scope="module")
def seed_lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").split("\n")


def test_the_reading_covers_every_kpi_once(seed_lines: list[str]) -> None:
    plan = parse_plan("\n".join(seed_lines), "plan.txt")
    assert len(plan.kpis) == len(READING) == 36
    for k, (start, horizon, _, _) in zip(plan.kpis, READING, strict=True):
        assert k.name.startswith(start) and k.horizon is horizon, (k.name, start)


@pytest.mark.parametrize(("start", "horizon", "direction", "words"), READING, ids=[r[0][:40] for r in READING])
def test_each_kpi_has_the_direction_its_row_states(seed_lines: list[str], start: str, horizon: Horizon,
                                                   direction: Direction | None, words: str) -> None:
    plan = parse_plan("\n".join(seed_lines), "plan.txt")
    matches = [k for k in plan.kpis if k.name.startswith(start) and k.horizon is horizon]
    k = min(matches, key=lambda m: len(m.name))  # "Påverkansmöjlighet …" and "… (regionstyrelsens …)"
    assert k.direction is direction
    row = seed_lines[k.line - 1]
    if direction is None:
        assert k.direction_phrase is None
    else:
        assert k.direction_phrase == words
        assert words in row  # the phrase is the document's own, on the KPI's own line


def test_phrases_and_target_comparisons_in_revised_plans() -> None:
    assert stated_direction("Minskad sjukfrånvaro") == (DOWN, None, "Minskad sjukfrånvaro")
    assert stated_direction("Andel X (ökning jämfört med riket)") == (UP, "riket", "(ökning jämfört med riket)")
    assert stated_direction("Antal recept per 1000 invånare") == (None, None, None)
    assert target_comparison("minst 80 %") == ("at_least", "80 %")
    assert target_comparison("högst 5") == ("at_most", "5")
    assert target_comparison("70 %") == (None, "70 %")


def test_a_stated_target_comparison_is_read_and_judged_without_a_direction(tmp_path: Path) -> None:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("Servicenivå hos Helpdesk"))
    lines[at] = lines[at].replace("\t80%", "\tminst 80 %")
    plan = parse_plan("\n".join(lines), "ändrad.txt")
    helpdesk = next(k for k in plan.kpis if k.name.startswith("Servicenivå"))
    assert (helpdesk.target, helpdesk.target_comparison, helpdesk.direction) == (80, "at_least", None)


def _demo(tmp_path: Path, demo_db_path: Path) -> Path:
    path = tmp_path / "copy.sqlite"
    shutil.copy(demo_db_path, path)
    return path


FRISK = "Frisktal per enhet inom regionstyrelsens förvaltningsområde"


def test_a_persons_direction_survives_reimport_wipe_and_migration(demo_db_path: Path, tmp_path: Path) -> None:
    db = open_database(_demo(tmp_path, demo_db_path))
    when = dt.datetime(2024, 2, 1, 9, 30)
    with db.session() as s:
        kv.set_direction(s, FRISK, "increase", "Anna Berg", when)

    def frisk() -> kv.KpiRow:
        with db.session() as s:
            return next(r for r in kv.kpi_overview(s) if r.name == FRISK)

    assert (frisk().direction, frisk().direction_source, frisk().direction_set_by) == ("increase", "person",
                                                                                      "Anna Berg")
    revised = tmp_path / SEED.name
    revised.write_text(SEED.read_text(encoding="utf-8").replace("Chef Läkemedelsenheten", "Läkemedelschef"),
                       encoding="utf-8")
    assert import_paths(db, [revised]).report.updated.get("dokument") == 1
    assert frisk().direction_set_at == when
    wipe_published(db, keep_notes=True, pack_cache=tmp_path / "cache")
    with db.session() as s:
        assert [c.kpi_name for c in s.scalars(select(KpiDirectionChoice))] == [FRISK]
    import_paths(db, sorted(SEEDS.glob("*.txt")))
    assert frisk().direction_source == "person"
    db.dispose()


def test_the_migration_adds_the_table_and_finds_stored_phrases_again(demo_db_path: Path, tmp_path: Path) -> None:
    from alembic import command

    from nämndklient.persistence.migrations.runner import alembic_config

    path = _demo(tmp_path, demo_db_path)
    db = open_database(path)
    cfg = alembic_config()
    with db.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0003_confidential_expiry")
    db.dispose()
    again = open_database(path)
    with again.engine.connect() as con:
        phrases = dict(con.execute(text("SELECT name, direction_phrase FROM kpi WHERE direction IS NOT NULL")).all())
        assert con.scalar(text("SELECT count(*) FROM personal_kpi_direction")) == 0
    co2 = next(n for n in phrases if n.startswith("Regionens koldioxidutsläpp"))
    assert phrases[co2] == "(minska jämfört med 2019)"
    drugs = next(n for n in phrases if n.startswith("Kostnadsutveckling för läkemedel"))
    assert phrases[drugs] == "(målet är att ha en lägre kostnadsutveckling)"
    again.dispose()
