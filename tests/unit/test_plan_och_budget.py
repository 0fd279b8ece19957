"""The *Plan och budget* importer against the region's real export, edited copies of it, and refusals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from nämndklient.domain.agreement import Outcome
from nämndklient.domain.records import (
    CheckRecord,
    Direction,
    Horizon,
    ImportFailure,
    MeetingKind,
    PlanRecord,
    Scenario,
    Skipped,
)
from nämndklient.importers.plan_calendar import parse_meeting_dates, split_presenters
from nämndklient.importers.plan_och_budget import (
    body_code_for,
    join_paragraphs,
    kpi_direction,
    looks_like_plan,
    parse_plan,
    responsible_bodies,
)
from nämndklient.importers.plan_tables import join_broken_words

SEED = Path(__file__).resolve().parents[2] / "resources" / "seeds" / "001_cfd44e3ece793d5a.txt"
D = Decimal


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def seed_lines() -> list[str]:
    return seed_text().split("\n")


def line_of(lines: list[str], start: str) -> int:
    """0-based index of the first line starting with `start`."""
    return next(i for i, line in enumerate(lines) if line.startswith(start))


@pytest.fixture(scope="module")
def plan() -> PlanRecord:
    return parse_plan(seed_text(), "plan.txt")


def kpis(plan: PlanRecord, area: str, horizon: Horizon):
    return [k for k in plan.kpis if k.goal_area == area and k.horizon == horizon]


def kpi(plan: PlanRecord, name_start: str, horizon: Horizon):
    return next(k for k in plan.kpis if k.name.startswith(name_start) and k.horizon == horizon)


def check(plan: PlanRecord, table: str, row: str, column: str) -> CheckRecord:
    return next(c for c in plan.checks if c.table == table and c.row == row and c.column == column)


def budget(plan: PlanRecord, table: str, area: str, category: str, year: int = 2024):
    return next(b for b in plan.budget_lines
                if b.table == table and b.area == area and b.category == category and b.year == year)


# --------------------------------------------------------------------------- head


def test_sniff_recognises_the_plan_and_not_other_text():
    assert looks_like_plan(seed_text())
    assert not looks_like_plan("# Protokollsutdrag\n\nRegionstyrelsen\n\n§ 12 Beslut")


def test_head(plan):
    assert plan.title == "Plan och budget 2024"
    assert plan.body_name == "Regionstyrelsen"
    assert plan.body_code == "RS"
    assert plan.year == 2024
    assert plan.dnr == "RS/595/2023"
    assert plan.date == dt.date(2023, 11, 6)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Regionstyrelsen", "RS"),
        ("Hälso- och sjukvårdsnämnden", "HSN"),
        ("Regionala utvecklingsnämnden", "RUN"),
        ("Kollektivtrafiknämnden", "KTN"),
        ("Regionfullmäktige", "RF"),
        ("Kulturnämnden", "KN"),
    ],
)
def test_body_codes(name, code):
    assert body_code_for(name) == code


def test_plain_text_has_no_markup_and_keeps_the_words(plan):
    assert "<b>" not in plan.text and "<li" not in plan.text and "\t" not in plan.text
    assert "Att ta ansvar i en svår tid" in plan.text
    assert "Gemensam planeringsdag" in plan.text


# --------------------------------------------------------------------------- goal areas


def test_goal_areas_with_their_goals(plan):
    assert [(g.order, g.name, g.goal) for g in plan.goal_areas] == [
        (1, "Hälso- och sjukvård", "God och nära vård i hela Jämtland Härjedalen"),
        (2, "Tandvård", "God och tillgänglig tandvård i hela Jämtland Härjedalen"),
        (3, "Regionalt utvecklingsansvar", "Utvecklingskraft i hela Jämtland Härjedalen"),
        (4, "Kultur", "Tillgängligt kulturutbud i hela Jämtland Härjedalen"),
        (5, "Stödverksamhet", "Ändamålsenlig kompetens för effektivt stöd till verksamhet och utveckling"),
        (6, "Ledningsprocesser", "Ledning, styrning och uppföljning av beslut och verksamhet"),
    ]


def test_political_direction_only_where_written(plan):
    assert [g.political_direction is None for g in plan.goal_areas] == [True] * 4 + [False] * 2


def test_political_direction_keeps_paragraphs_and_strips_emphasis(plan):
    text = plan.goal_areas[4].political_direction
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("Målet Ändamålsenlig kompetens för effektivt stöd")
    assert "*" not in text
    assert paragraphs[-1].endswith("där textformell vårdkompetens inte är nödvändig.")


def test_political_direction_rejoins_the_paragraph_cut_by_a_page_break(plan):
    paragraphs = plan.goal_areas[5].political_direction.split("\n\n")
    assert len(paragraphs) == 7
    assert paragraphs[-1].startswith(
        "Region Jämtland Härjedalen ska visa på ett tydligt ledarskap när det gäller att vara en fossilbränslefri region år 2030."
    )
    assert paragraphs[-1].endswith("bidrar Regionen till en giftfri miljö.")


def test_join_paragraphs_only_joins_an_unfinished_sentence():
    assert join_paragraphs(["Att vara en", "fossilfri region.", "Nästa stycke."]) == (
        "Att vara en fossilfri region.\n\nNästa stycke."
    )
    assert join_paragraphs(["Ett stycke:", "lista"]) == "Ett stycke:\n\nlista"


# --------------------------------------------------------------------------- KPIs


def test_long_term_kpis(plan):
    assert [k.name for k in kpis(plan, "Hälso- och sjukvård", Horizon.LONG_TERM)] == [
        "Andel av länsinvånarnas vård som konsumeras i primärvården",
        "Antal förskrivna antibiotikarecept per 1000 invånare",
        "Medicinsk bedömning inom primärvården inom 3 dagar",
    ]
    support = kpis(plan, "Stödverksamhet", Horizon.LONG_TERM)
    assert [k.name for k in support] == [
        "Allmänt gott hälsotillstånd (16+)",
        "Andel av total personalkostnad som utgörs av kostnader för inhyrd bemanning",
        "Andel elever som upplever att de mår bra (åk 4, 7, 1 gymn.)",
        "Antal vetenskapliga publikationer som är knutna till Region Jämtland Härjedalen",
        "Hälsofrämjandeindex",
        "Psykisk påfrestning (fördelat på kön 16–29 år)",
        "Psykiskt välbefinnande (fördelat på kön 16–29 år)",
        "Sjuktal per enhet",
        "Antal ärenden per år till patientnämnden avseende sjukresor",
        "Kundnöjdhet sjukresor (Anbarundersökningen från Svensk kollektivtrafik)",
    ]
    assert [k.decided_by for k in support] == ["Regionfullmäktige"] * 8 + ["Regionstyrelsen"] * 2
    lead = kpis(plan, "Ledningsprocesser", Horizon.LONG_TERM)
    assert [(k.name, k.decided_by) for k in lead] == [
        ("Påverkansmöjlighet på hur arbetet organiseras på den egna arbetsplatsen", "Regionfullmäktige")
    ]
    assert all(k.target is None and k.unit is None for k in plan.kpis if k.horizon == Horizon.LONG_TERM)
    assert len([k for k in plan.kpis if k.horizon == Horizon.LONG_TERM]) == 14


def test_repeated_header_rows_are_not_kpis(plan):
    assert not any(k.name.casefold() in {"långsiktiga nyckeltal", "kortsiktiga nyckeltal"} for k in plan.kpis)


def test_short_term_kpis_with_targets(plan):
    support = kpis(plan, "Stödverksamhet", Horizon.SHORT_TERM)
    assert [(k.target, k.unit, k.decided_by) for k in support] == [
        (D("4.5"), None, "Regionfullmäktige"),
        (D(5), None, "Regionfullmäktige"),
        (D(10), "%", "Regionstyrelsen"),
        (D(70), "%", "Regionstyrelsen"),
        (D(70), None, "Regionstyrelsen"),
        (D(70), "%", "Regionstyrelsen"),
        (D("14.5"), "%", "Regionstyrelsen"),
        (D(80), "%", "Regionstyrelsen"),
    ]
    assert support[0].name == "Hälsofrämjandeindex (inom Regionstyrelsens förvaltningsområde)"
    assert support[-1].name == "Servicenivå hos Helpdesk, andel ärenden lösta vid första telefonsamtalet"
    lead = kpis(plan, "Ledningsprocesser", Horizon.SHORT_TERM)
    assert [(k.target, k.unit) for k in lead] == [
        (D(36), "%"), (D(176), None), (D(41), "%"), (None, None), (D(5), None), (D(-48), "%"), (D(-1), "%"),
    ]


def test_kpi_directions_and_baselines(plan):
    eco = kpi(plan, "Andelen ekologiska livsmedel", Horizon.SHORT_TERM)
    assert (eco.direction, eco.baseline) == (Direction.INCREASE, None)
    energy = kpi(plan, "Energianvändning", Horizon.SHORT_TERM)
    assert (energy.target, energy.direction, energy.baseline) == (D(176), Direction.DECREASE, None)
    co2 = kpi(plan, "Regionens koldioxidutsläpp", Horizon.SHORT_TERM)
    assert (co2.target, co2.unit, co2.direction, co2.baseline) == (D(-48), "%", Direction.DECREASE, "2019")
    drugs = kpi(plan, "Kostnadsutveckling för läkemedel", Horizon.SHORT_TERM)
    assert (drugs.target, drugs.direction, drugs.baseline) == (None, Direction.DECREASE, "riket")
    waste = kpi(plan, "Regionens totala avfallsmängd", Horizon.SHORT_TERM)
    assert (waste.direction, waste.baseline) == (Direction.DECREASE, "2019")
    solidity = kpi(plan, "Soliditet", Horizon.FINANCIAL)
    assert (solidity.direction, solidity.target, solidity.unit) == (Direction.INCREASE, D("-15.8"), "%")
    assert kpi(plan, "Hälsofrämjandeindex", Horizon.SHORT_TERM).direction is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("X (öka)", (Direction.INCREASE, None)),
        ("X (minska jämfört med 2019)", (Direction.DECREASE, "2019")),
        ("X jämfört med riket (målet är att ha en högre andel)", (Direction.INCREASE, "riket")),
        ("X utan riktning", (None, None)),
    ],
)
def test_kpi_direction_rules(name, expected):
    assert kpi_direction(name) == expected


def test_financial_goals(plan):
    goals = [k for k in plan.kpis if k.horizon == Horizon.FINANCIAL]
    assert [(k.name, k.target) for k in goals] == [
        ("Soliditet (ökning) Exklusive ansvarsförbindelsen (RJH totalt)", D("-15.8")),
        ("Kassalikviditet inkl. pensionsplaceringar (RJH totalt)", D(100)),
        ("Bruttokostnadsutveckling (RJH totalt)", D("-0.5")),
        ("Nettokostnadsutveckling (RJH totalt)", D("0.6")),
        ("Leverantörstrohet (RJH totalt)", D(95)),
        ("Bruttokostnadsutveckling (för styrelsen)", D("-6.5")),
        ("Leverantörstrohet (för styrelsen)", D(95)),
    ]
    assert all(k.unit == "%" and k.decided_by == "Regionfullmäktige" for k in goals)
    assert {k.goal_area for k in goals} == {"Ledningsprocesser"}


def test_kpi_lines_point_at_the_source(plan):
    assert kpi(plan, "Hälsofrämjandeindex (inom", Horizon.SHORT_TERM).line == 232
    assert kpi(plan, "Andel av länsinvånarnas", Horizon.LONG_TERM).line == 139


# --------------------------------------------------------------------------- assignments


def test_assignment_counts_per_goal_area(plan):
    counts = {g.name: sum(1 for a in plan.assignments if a.goal_area == g.name) for g in plan.goal_areas}
    assert counts == {
        "Hälso- och sjukvård": 8,
        "Tandvård": 5,
        "Regionalt utvecklingsansvar": 1,
        "Kultur": 1,
        "Stödverksamhet": 13,
        "Ledningsprocesser": 9,
    }


def test_assignment_responsible_bodies_and_footnote_marker(plan):
    health = [a for a in plan.assignments if a.goal_area == "Hälso- och sjukvård"]
    assert health[0].text.endswith("samt uppföljning och resultat.")
    assert "<sup>" not in health[0].text and "(HSN" not in health[0].text
    assert [a.responsible for a in health] == [
        ("HSN", "RS"), ("HSN", "RS"), ("HSN", "RS"), ("RS", "HSN"), ("HSN", "RS"), ("RS", "HSN"), (), (),
    ]
    assert health[3].text == "Tillse att vård ges i rimlig tid"
    assert [a.decided_by for a in health] == ["Regionfullmäktige"] * 6 + ["Regionstyrelsen"] * 2


def test_assignment_continued_after_page_break(plan):
    last = [a for a in plan.assignments if a.goal_area == "Hälso- och sjukvård"][-1]
    assert last.text == (
        "Verksamheten ska presentera hur förfrågningsunderlag Hälsoval kan ta hänsyn till behovet av löpande "
        "förflyttning av ansvar och verksamhet från specialiserad vård till regional och kommunal primärvård."
    )
    assert last.decided_by == "Regionstyrelsen"
    assert last.line == 155
    assert not any("Parenteser" in a.text or a.text.startswith("specialiserad") for a in plan.assignments)


def test_assignments_with_nämnder(plan):
    lead = [a for a in plan.assignments if a.goal_area == "Ledningsprocesser"]
    assert lead[1].text == "Minska miljö- och klimatpåverkan"
    assert lead[1].responsible == ("RS", "Nämnder")
    support = [a for a in plan.assignments if a.goal_area == "Stödverksamhet"]
    assert support[4].responsible == ("RS", "Nämnder")  # written "(RS+nämnder)"
    assert [a.responsible for a in plan.assignments if a.goal_area == "Regionalt utvecklingsansvar"] == [("RS", "RUN")]
    assert [a.responsible for a in plan.assignments if a.goal_area == "Kultur"] == [()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gör X. (HSN, RS) ", ("Gör X.", ("HSN", "RS"))),
        ("Gör X (RS och HSN)", ("Gör X", ("RS", "HSN"))),
        ("Gör X (RS+nämnder)", ("Gör X", ("RS", "Nämnder"))),
        ("Besök (studiebesök)", ("Besök (studiebesök)", ())),
    ],
)
def test_responsible_bodies(text, expected):
    assert responsible_bodies(text) == expected


# --------------------------------------------------------------------------- budget lines

TEXT = "Nettobudgetram per verksamhet"
FRAME = "Nettobudgetram"
AREAS = "Budgetram per område"


def test_net_frame_text_lines(plan):
    lines = [(b.area, b.category, b.amount, b.is_total) for b in plan.budget_lines if b.table == TEXT]
    assert lines == [
        ("Regiondirektör inklusive Ekonomi- och HR-avdelningen", "Nettobudgetram", D(150036), False),
        ("Regiondirektör inklusive Ekonomi- och HR-avdelningen", "varav utvecklingsanslag", D(20000), False),
        ("Område regiongemensamma kostnader", "Nettobudgetram", D(135442), False),
        ("Regionstaben", "Nettobudgetram", D(552249), False),
        ("Vårdval", "Nettobudgetram", D(916514), False),
        ("Regionstyrelsen", "Nettobudgetram", D(1754242), True),
    ]
    assert {(b.year, b.scenario, b.unit) for b in plan.budget_lines if b.table == TEXT} == {
        (2024, Scenario.BUDGET, "tkr")
    }


def test_net_frame_table_by_year_and_scenario(plan):
    rows = {(b.area, b.year): (b.scenario, b.amount, b.is_total) for b in plan.budget_lines if b.table == FRAME}
    assert rows == {
        ("Tjänstemannabudget", 2023): (Scenario.BUDGET, D("-1726.7"), False),
        ("Tjänstemannabudget", 2024): (Scenario.BUDGET, D("-1754.2"), False),
        ("Tjänstemannabudget", 2025): (Scenario.PLAN, D("-1757.9"), False),
        ("Tjänstemannabudget", 2026): (Scenario.PLAN, D("-1695.2"), False),
        ("Förtroendemannabudget", 2023): (Scenario.BUDGET, D("-4.2"), False),
        ("Förtroendemannabudget", 2024): (Scenario.BUDGET, D("-4.3"), False),
        ("Förtroendemannabudget", 2025): (Scenario.PLAN, D("-4.3"), False),
        ("Förtroendemannabudget", 2026): (Scenario.PLAN, D("-4.3"), False),
        ("Total nettobudgetram enligt Regionplan och budget", 2023): (Scenario.BUDGET, D("-1730.9"), True),
        ("Total nettobudgetram enligt Regionplan och budget", 2024): (Scenario.BUDGET, D("-1758.5"), True),
        ("Total nettobudgetram enligt Regionplan och budget", 2025): (Scenario.PLAN, D("-1762.2"), True),
        ("Total nettobudgetram enligt Regionplan och budget", 2026): (Scenario.PLAN, D("-1699.5"), True),
    }
    assert {b.unit for b in plan.budget_lines if b.table == FRAME} == {"Mkr"}


def test_area_table_labels_are_dehyphenated(plan):
    areas = list(dict.fromkeys(b.area for b in plan.budget_lines if b.table == AREAS))
    assert areas == ["Regiondirektör", "Regionstaben", "Vårdval", "Summa tjänstemannabudget",
                     "Summa förtroendemannabudget"]
    categories = list(dict.fromkeys(b.category for b in plan.budget_lines if b.table == AREAS))
    assert categories == ["Externa intäkter", "Interna intäkter", "Personalkostnader", "Läkemedel",
                          "Övriga externa omkostnader", "Avskrivningar", "Interna kostnader", "Nettobudget"]


def test_area_table_figures(plan):
    row = [b.amount for b in plan.budget_lines if b.table == AREAS and b.area == "Regiondirektör"]
    assert row == [D(163), D(14), D(-411), D(0), D(-54), D(1), D(2), D(-285)]
    assert budget(plan, AREAS, "Vårdval", "Interna kostnader").amount == D(-730)
    trust = [b.amount for b in plan.budget_lines if b.table == AREAS and b.area == "Summa förtroendemannabudget"]
    assert trust == [D(0), D(0), D("-4.2"), D(0), D("-0.2"), D(0), D(0), D("-4.4")]
    assert budget(plan, AREAS, "Regionstaben", "Nettobudget").is_total
    assert not budget(plan, AREAS, "Regionstaben", "Personalkostnader").is_total
    assert budget(plan, AREAS, "Summa tjänstemannabudget", "Personalkostnader").is_total
    assert len([b for b in plan.budget_lines if b.table == AREAS]) == 40


def test_financing_table_with_empty_cells_and_total(plan):
    rows = [(b.area, b.category, b.amount, b.is_total) for b in plan.budget_lines if b.table == "Finansiering"]
    assert rows == [
        ("Finansförvaltning", "Skatteintäkter", D(3739), False),
        ("Finansförvaltning", "Generella statsbidrag", D("1276.7"), False),
        ("Finansförvaltning", "Läkemedelsbidrag", D("510.5"), False),
        ("Finansförvaltning", "Finansiella intäkter", D("28.5"), False),
        ("Finansförvaltning", "Finansiella kostnader", D("-252.7"), False),
        ("Finansförvaltning", "Summa finansiering", D("5302.0"), True),
        ("Total", "Total nettobudget", D("3543.6"), True),
    ]


def test_budget_line_count(plan):
    # text, frame, areas, financing, and the stated totals of the action plan (3 years) and the investments
    assert len(plan.budget_lines) == 6 + 12 + 40 + 7 + 3 + 1


def test_stated_totals_of_action_plan_and_investments_are_kept_as_stated(plan):
    totals = [(b.table, b.area, b.category, b.year, b.amount, b.unit, b.is_total) for b in plan.budget_lines
              if b.table in ("Åtgärdsplan för ekonomi i balans", "Planerade investeringar")]
    assert totals == [
        ("Åtgärdsplan för ekonomi i balans", "Totalt", "Ekonomisk effekt", 2024, D("17.1"), "Mkr", True),
        ("Åtgärdsplan för ekonomi i balans", "Totalt", "Ekonomisk effekt", 2025, D("17.6"), "Mkr", True),
        ("Åtgärdsplan för ekonomi i balans", "Totalt", "Ekonomisk effekt", 2026, D("17.7"), "Mkr", True),
        ("Planerade investeringar", "Summa", "Belopp", 2024, D(59025), "tkr", True),
    ]


# --------------------------------------------------------------------------- action plan and investments


def test_measures(plan):
    assert len(plan.measures) == 13
    first = plan.measures[0]
    assert (first.measure_type, first.description) == ("Personalkostnader", "Avsluta feriepraktikplats")
    assert first.consequence.startswith("Minskade möjligheter till tidig bild")
    assert first.effects == ((2024, D("0.5")), (2025, D("0.5")), (2026, D("0.5")))
    assert first.unit == "Mkr"
    assert [m.measure_type for m in plan.measures].count("Personalkostnader") == 4
    assert [m.measure_type for m in plan.measures].count("Övriga kostnader/intäkter") == 9
    assert plan.measures[9].description == "Upphöra med strategiska vakanser av lägenheter Landstingsbostäder"
    assert plan.measures[10].effects == ((2024, D("1.7")), (2025, D("2.1")), (2026, D("2.1")))
    assert not any(m.measure_type.startswith("Planerad") or m.measure_type == "Totalt" for m in plan.measures)


def test_investments(plan):
    assert len(plan.investments) == 15
    assert plan.investments[1].amount == D(2000)
    assert (plan.investments[6].unit_name, plan.investments[6].object_name) == ("Fastighetsenheten",
                                                                              "Birka Ventilation")
    assert plan.investments[-1].amount == D(21730)
    assert [i.kind for i in plan.investments].count("Nyinvestering") == 5
    assert {i.unit for i in plan.investments} == {"tkr"}
    assert sum(i.amount for i in plan.investments) == D(59025)


# --------------------------------------------------------------------------- checks


def test_measure_totals_as_checks_disagree_honestly(plan):
    t = "Åtgärdsplan för ekonomi i balans"
    c24, c25, c26 = (check(plan, t, "Totalt", str(y)) for y in (2024, 2025, 2026))
    assert (c24.stated, c24.computed) == (D("17.1"), D("17.7"))
    assert (c25.stated, c25.computed) == (D("17.6"), D("18.3"))
    assert (c26.stated, c26.computed) == (D("17.7"), D("18.4"))
    # 0,6 Mkr on 13 rows of 0,1: far beyond half a unit of the total plus two standard deviations (0,26)
    assert [c.outcome for c in (c24, c25, c26)] == [Outcome.DISAGREES] * 3
    assert not c24.agrees and not c25.agrees and not c26.agrees
    assert "angivet 17,1\u00a0Mkr" in c24.message and "17,7\u00a0Mkr (beräknat)" in c24.message
    assert "stämmer inte: skillnaden 0,6\u00a0Mkr" in c24.message and "13 avrundade rader ger 0,26\u00a0Mkr" in c24.message
    assert "stämmer inte" in c25.message and "0,7\u00a0Mkr" in c25.message
    assert c24.tolerance == D("0.362250")  # three standard deviations to six decimals: the "liten" limit


def test_investment_sum_check(plan):
    c = check(plan, "Planerade investeringar", "Summa", "Belopp")
    assert (c.stated, c.computed, c.agrees, c.line) == (D(59025), D(59025), True, 453)


def test_text_total_check_disagrees_by_one_tkr_within_rounding(plan):
    c = check(plan, TEXT, "Regionstyrelsen", "Nettobudgetram")
    assert (c.stated, c.computed) == (D(1754242), D(1754241))
    assert c.agrees and c.outcome is Outcome.AGREES
    assert "skillnaden 1\u00a0tkr förklaras av avrundning" in c.message


def test_area_table_checks_all_agree(plan):
    row_checks = [c for c in plan.checks if c.table == AREAS]
    assert len(row_checks) == 5 + 8
    assert all(c.agrees for c in row_checks)
    regiondirektor = check(plan, AREAS, "Regiondirektör", "Nettobudget")
    assert (regiondirektor.stated, regiondirektor.computed) == (D(-285), D(-285))
    staff = check(plan, AREAS, "Summa tjänstemannabudget", "Personalkostnader")
    assert (staff.stated, staff.computed) == (D(-702), D(-702))


def test_frame_and_financing_checks(plan):
    for year in (2023, 2024, 2025, 2026):
        c = check(plan, FRAME, "Total nettobudgetram enligt Regionplan och budget", str(year))
        assert c.agrees and c.stated == c.computed
    fin = check(plan, "Finansiering", "Finansförvaltning", "Summa finansiering")
    assert (fin.stated, fin.computed, fin.agrees) == (D("5302.0"), D("5302.0"), True)
    total = check(plan, "Finansiering", "Total", "Total nettobudget")
    assert (total.stated, total.computed, total.agrees) == (D("3543.6"), D("3543.6"), True)


def test_cross_checks_between_tables(plan):
    cross = {(c.table, c.row): c for c in plan.checks if " / " in c.table}
    # stated as the document states it (signed); computed = the other figure in the stated one's unit and sign
    staff = cross[(f"{FRAME} / {AREAS}", "Tjänstemannabudget")]
    assert (staff.stated, staff.computed, staff.agrees) == (D("-1754.2"), D(-1754), True)
    assert "utan tecken" not in staff.message  # both tables write costs as negative
    trust = cross[(f"{FRAME} / {AREAS}", "Förtroendemannabudget")]
    assert (trust.stated, trust.computed, trust.outcome) == (D("-4.3"), D("-4.4"), Outcome.SMALL_DEVIATION)
    assert not trust.agrees
    assert trust.message.startswith("Förtroendemannabudget 2024: \u22124,3\u00a0Mkr i tabellen Nettobudgetram, "
                                    "\u22124,4\u00a0Mkr i tabellen Budgetram per område (Summa förtroendemannabudget)")
    assert "liten avvikelse, troligen avrundning" in trust.message and "beräknat" not in trust.message
    text = cross[(f"{FRAME} / {TEXT}", "Tjänstemannabudget")]
    assert (text.stated, text.computed, text.agrees) == (D("-1754.2"), D("-1754.242"), True)
    assert "1\u00a0754\u00a0242\u00a0tkr i texten" in text.message and "utan tecken" in text.message
    text2 = cross[(f"{AREAS} / {TEXT}", "Summa tjänstemannabudget")]
    assert (text2.stated, text2.computed, text2.agrees) == (D(-1754), D("-1754.242"), True)
    grand = cross[(f"{FRAME} / {AREAS}", "Total nettobudgetram enligt Regionplan och budget")]
    assert (grand.stated, grand.computed, grand.agrees) == (D("-1758.5"), D("-1758.4"), True)
    assert "(beräknat)" in grand.message and "i tabellen Budgetram per område" in grand.message


def test_which_checks_disagree(plan):
    assert sorted((c.table, c.row, c.column, c.outcome.value) for c in plan.checks if not c.agrees) == [
        (f"{FRAME} / {AREAS}", "Förtroendemannabudget", "2024", "small_deviation"),
        ("Åtgärdsplan för ekonomi i balans", "Totalt", "2024", "disagrees"),
        ("Åtgärdsplan för ekonomi i balans", "Totalt", "2025", "disagrees"),
        ("Åtgärdsplan för ekonomi i balans", "Totalt", "2026", "disagrees"),
    ]
    assert len(plan.checks) == 1 + 3 + 4 + 13 + 2 + 1 + 5


# --------------------------------------------------------------------------- meetings


def test_meetings(plan):
    assert [(m.start, m.end, m.kind) for m in plan.meetings] == [
        (dt.date(2024, 1, 26), dt.date(2024, 1, 26), MeetingKind.MEETING),
        (dt.date(2024, 3, 26), dt.date(2024, 3, 27), MeetingKind.MEETING),
        (dt.date(2024, 4, 11), dt.date(2024, 4, 11), MeetingKind.BUDGET_DAY),
        (dt.date(2024, 4, 29), dt.date(2024, 4, 29), MeetingKind.MEETING),
        (dt.date(2024, 5, 28), dt.date(2024, 5, 29), MeetingKind.MEETING),
        (dt.date(2024, 8, 27), dt.date(2024, 8, 27), MeetingKind.MEETING),
        (dt.date(2024, 10, 1), dt.date(2024, 10, 2), MeetingKind.MEETING),
        (dt.date(2024, 11, 5), dt.date(2024, 11, 6), MeetingKind.MEETING),
        (dt.date(2024, 11, 27), dt.date(2024, 11, 27), MeetingKind.PLANNING_DAY),
        (dt.date(2024, 12, 10), dt.date(2024, 12, 10), MeetingKind.MEETING),
    ]
    assert {m.body_code for m in plan.meetings} == {"RS"}
    assert [len(m.items) for m in plan.meetings] == [5, 9, 0, 6, 11, 6, 5, 6, 0, 7]


def test_joint_days(plan):
    budget_day, planning_day = plan.meetings[2], plan.meetings[8]
    assert budget_day.title == "Gemensam budgetdag"
    assert planning_day.title == "Gemensam planeringsdag"
    participants = "Ledamöter och ersättare i fullmäktige, styrelse och nämnder, revision och råd"
    assert budget_day.participants == participants == planning_day.participants
    assert plan.meetings[0].title == "Regionstyrelsens sammanträde"
    assert plan.meetings[0].participants is None


def test_items_with_categories_and_group_presenters(plan):
    jan = plan.meetings[0]
    assert [(i.order, i.title, i.category) for i in jan.items] == [
        (1, "Ekonomisk rapport", "Återkommande ärenden"),
        (2, "Läkemedel", "Återkommande ärenden"),
        (3, "Uppföljning av implementering av regler för dygnsvila", "Uppföljning och fördjupning"),
        (4, "Fördjupad dialog med HSN presidium", "Uppföljning och fördjupning"),
        (5, "Sjukresor (studiebesök)", "Uppföljning och fördjupning"),
    ]
    assert jan.items[0].presenters == ("Ekonomidirektör", "Chef Läkemedelsenheten", "Regiondirektör")
    assert jan.items[4].presenters == ("Regionstyrelsens ordförande", "Chef regionservice")


def test_presenters_paired_one_to_one_when_counts_match(plan):
    march = plan.meetings[1]
    assert [i.presenters for i in march.items[4:]] == [
        ("Chef regionservice",), ("Chef patientsäkerhet",), ("HOSPA-chef",), ("Regiondirektör",),
        ("Regionstyrelsens ordförande",),
    ]
    assert march.items[0].presenters == ("Ekonomidirektör", "Beställarchef", "Regionstabschef")


def test_group_continued_after_page_break(plan):
    may = plan.meetings[4]
    assert [i.category for i in may.items] == ["Återkommande ärenden"] * 7 + ["Uppföljning och fördjupning"] * 4
    assert may.items[4].title == "Sammanträdestider 2025"
    assert may.items[4].presenters == ("Regionsekreterare",)
    assert may.items[0].presenters == ("Ekonomidirektör", "Beställarchef")
    assert [i.order for i in may.items] == list(range(1, 12))


def test_plain_item_without_list_and_dehyphenated_presenter(plan):
    dec = plan.meetings[9]
    assert (dec.items[0].title, dec.items[0].presenters) == ("Ekonomisk rapport", ("Ekonomidirektör",))
    assert dec.items[2].presenters == ("Chef Informationsförsörjningsenheten",)
    assert dec.items[-1].title == "Fördjupad dialog med HSN presidium"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ekonomidirektör  Beställarchef", ("Ekonomidirektör", "Beställarchef")),
        ("Chef Läkemedelsenheten Regiondirektör", ("Chef Läkemedelsenheten", "Regiondirektör")),
        ("Regionstyrelsens ordförande Chef regionservice", ("Regionstyrelsens ordförande", "Chef regionservice")),
        ("HR-direktör FoU-direktör", ("HR-direktör", "FoU-direktör")),
        ("", ()),
    ],
)
def test_split_presenters(text, expected):
    assert split_presenters(text) == expected


def test_meeting_dates():
    assert parse_meeting_dates("<b>1–2 oktober</b>", 2024) == (dt.date(2024, 10, 1), dt.date(2024, 10, 2))
    assert parse_meeting_dates("30 april–2 maj", 2024) == (dt.date(2024, 4, 30), dt.date(2024, 5, 2))
    assert parse_meeting_dates("31 februari", 2024) is None
    assert parse_meeting_dates("Återkommande ärenden", 2024) is None


def test_join_broken_words():
    assert join_broken_words("Regiondi- rektör") == "Regiondirektör"
    assert join_broken_words("Perso-nal-kost-nader") == "Personalkostnader"
    assert join_broken_words("Ekonomi- och HR-avdelningen") == "Ekonomi- och HR-avdelningen"
    assert join_broken_words("HOSPA-chef") == "HOSPA-chef"


# --------------------------------------------------------------------------- edited copies


def test_extra_kpi_row():
    lines = seed_lines()
    at = line_of(lines, "Servicenivå hos Helpdesk")
    lines.insert(at + 1, "Ny tjänst i bruk (öka)\tRegionstyrelsen\t12,5 %")
    plan = parse_plan("\n".join(lines), "ändrad.txt")
    support = kpis(plan, "Stödverksamhet", Horizon.SHORT_TERM)
    assert len(support) == 9
    new = support[-1]
    assert (new.name, new.target, new.unit, new.direction, new.line) == (
        "Ny tjänst i bruk (öka)", D("12.5"), "%", Direction.INCREASE, at + 2)
    assert kpi(plan, "Regionens koldioxidutsläpp", Horizon.SHORT_TERM).line == 296


def test_extra_investment_row_makes_the_sum_disagree():
    lines = seed_lines()
    at = line_of(lines, "<b>Summa</b>")
    lines.insert(at, "IT-enheten\tNy server\tNyinvestering\t1 000")
    plan = parse_plan("\n".join(lines), "ändrad.txt")
    assert len(plan.investments) == 16
    c = check(plan, "Planerade investeringar", "Summa", "Belopp")
    assert (c.stated, c.computed, c.agrees) == (D(59025), D(60025), False)
    assert "stämmer inte" in c.message and "1\u00a0000\u00a0tkr" in c.message


def test_page_break_moved_inside_another_assignment():
    lines = seed_lines()
    footnote = line_of(lines, "<sup>1</sup> Parenteser")
    del lines[footnote - 1 : footnote + 4]  # blank, footnote, blank, repeated header, continuation
    lines[footnote - 2] = lines[footnote - 2].replace(
        "från\t", "från specialiserad vård till regional och kommunal primärvård.\t")
    row = line_of(lines, "Vidareutveckla arbetssätt")
    lines[row : row + 1] = [
        "Vidareutveckla arbetssätt som bidrar till att upprätthålla en restriktiv\tRegionfullmäktige",
        "",
        "<sup>1</sup> Parenteser under rubriken uppdrag avser vilka nämnder/styrelse respektive uppdrag.",
        "",
        "<b>Uppdrag</b>\t<b>Beslutad av</b>",
        "antibiotikaförskrivning och säker vård. (RS och HSN)\t",
    ]
    plan = parse_plan("\n".join(lines), "ändrad.txt")
    health = [a for a in plan.assignments if a.goal_area == "Hälso- och sjukvård"]
    assert len(health) == 8
    assert health[5].text == ("Vidareutveckla arbetssätt som bidrar till att upprätthålla en restriktiv "
                              "antibiotikaförskrivning och säker vård.")
    assert health[5].responsible == ("RS", "HSN")
    assert health[7].text.endswith("från specialiserad vård till regional och kommunal primärvård.")


def test_extra_meeting_date():
    text = seed_text() + "\n17 december\t\t\n<b>Återkommande ärenden</b>\tBokslut\tEkonomidirektör\n"
    plan = parse_plan(text, "ändrad.txt")
    assert len(plan.meetings) == 11
    extra = plan.meetings[-1]
    assert (extra.start, extra.kind, extra.title) == (dt.date(2024, 12, 17), MeetingKind.MEETING,
                                                      "Regionstyrelsens sammanträde")
    assert [(i.order, i.title, i.presenters) for i in extra.items] == [(1, "Bokslut", ("Ekonomidirektör",))]


def test_headers_repeated_mid_table():
    lines = seed_lines()
    kpi_row = line_of(lines, "Frisktal per enhet")
    lines[kpi_row:kpi_row] = ["", "Kortsiktiga nyckeltal\tBeslutad av\tMålvärde"]
    measure_row = line_of(lines, "Övriga kostnader/intäkter\tBehovsprövade resor")
    lines[measure_row:measure_row] = [
        "",
        "Planerad åtgärd (typ/benämning)\tKort beskrivning av åtgärd\tKonsekvensbeskrivning\tEkonomisk effekt (mkr)\t\t",
        "\t\t\t2024\t2025\t2026",
    ]
    plan = parse_plan("\n".join(lines), "ändrad.txt")
    assert len(kpis(plan, "Stödverksamhet", Horizon.SHORT_TERM)) == 8
    assert len(plan.measures) == 13
    c = check(plan, "Åtgärdsplan för ekonomi i balans", "Totalt", "2024")
    assert c.computed == D("17.7")


def test_heading_levels_do_not_matter():
    text = seed_text().replace("# Målområde Stödverksamhet", "#### Målområde Stödverksamhet")
    text = text.replace("## Ändamålsenlig kompetens", "# Ändamålsenlig kompetens")
    plan = parse_plan(text, "ändrad.txt")
    assert plan.goal_areas[4].goal == "Ändamålsenlig kompetens för effektivt stöd till verksamhet och utveckling"
    assert len(kpis(plan, "Stödverksamhet", Horizon.LONG_TERM)) == 10


# --------------------------------------------------------------------------- refusals


def test_text_that_is_not_a_plan_is_refused_naming_the_file():
    with pytest.raises(ImportFailure) as err:
        parse_plan("\n# Protokollsutdrag\n\nRegionstyrelsen\n", "protokoll.txt")
    assert err.value.file == "protokoll.txt"
    assert err.value.line == 2
    assert "Plan och budget" in err.value.expected
    assert "protokoll.txt" in str(err.value)


def test_plan_without_body_line_is_refused():
    with pytest.raises(ImportFailure) as err:
        parse_plan("# Plan och budget 2024\n\n## Uppgifter\n", "tom.txt")
    assert (err.value.line, err.value.found) == (3, "## Uppgifter")


def _with_bad_target() -> tuple[str, int]:
    lines = seed_lines()
    at = line_of(lines, "Hälsofrämjandeindex (inom")
    lines[at] = lines[at].replace("4,5", "fyra och en halv")
    return "\n".join(lines), at + 1


def test_non_number_target_is_refused_in_strict_mode():
    text, line = _with_bad_target()
    with pytest.raises(ImportFailure) as err:
        parse_plan(text, "fel.txt")
    assert (err.value.file, err.value.line) == ("fel.txt", line)
    assert line == 232
    assert "målvärde" in err.value.expected
    assert "fyra och en halv" in err.value.found


def test_lenient_mode_skips_the_row_and_continues():
    text, line = _with_bad_target()
    skipped: list[Skipped] = []
    plan = parse_plan(text, "fel.txt", lenient=True, skipped=skipped)
    assert [(s.file, s.line) for s in skipped] == [("fel.txt", line)]
    assert "målvärde" in skipped[0].reason
    assert len(kpis(plan, "Stödverksamhet", Horizon.SHORT_TERM)) == 7
    assert len(plan.meetings) == 10 and len(plan.investments) == 15


def test_kpi_row_with_wrong_column_count_names_the_columns():
    lines = seed_lines()
    at = line_of(lines, "Sjuktal per enhet\tRegionfullmäktige")
    lines[at] += "\textra\tmer"
    with pytest.raises(ImportFailure) as err:
        parse_plan("\n".join(lines), "fel.txt")
    assert err.value.line == at + 1
    assert err.value.expected == "en tabellrad med 2 kolumner (nyckeltal, beslutad av)"


def test_assignment_without_decided_by_and_nothing_to_continue_is_refused():
    lines = seed_lines()
    at = line_of(lines, "Fortsätta utveckla arbetet med kultur")
    lines[at] = "Fortsätta utveckla arbetet med kultur och hälsa.\t"
    with pytest.raises(ImportFailure) as err:
        parse_plan("\n".join(lines), "fel.txt")
    assert err.value.line == at + 1
    assert err.value.expected == "en tabellrad med 2 kolumner (uppdrag, beslutad av)"


def test_invalid_meeting_date_is_refused():
    text = seed_text().replace("26 januari\t\t", "31 februari\t\t")
    with pytest.raises(ImportFailure) as err:
        parse_plan(text, "fel.txt")
    assert err.value.line == 486


@pytest.mark.parametrize(("stated_2024", "outcome"), [
    ("17,7", Outcome.AGREES), ("17,5", Outcome.AGREES), ("17,4", Outcome.SMALL_DEVIATION),
    ("17,3", Outcome.DISAGREES),
])
def test_a_revised_action_plan_total_is_judged_by_the_rule(stated_2024: str, outcome: Outcome) -> None:
    lines = seed_lines()
    at = line_of(lines, "<b>Totalt</b>")
    lines[at] = lines[at].replace("<b>17,1</b>", f"<b>{stated_2024}</b>")
    plan = parse_plan("\n".join(lines), "reviderad.txt")
    c = check(plan, "Åtgärdsplan för ekonomi i balans", "Totalt", "2024")
    assert c.outcome is outcome and c.agrees == (outcome is Outcome.AGREES)
    assert c.message.split(" – ")[1].startswith(outcome.label)
    stated = next(b for b in plan.budget_lines if b.table == "Åtgärdsplan för ekonomi i balans" and b.year == 2024)
    assert stated.amount == D(stated_2024.replace(",", "."))  # kept as the revised plan states it
