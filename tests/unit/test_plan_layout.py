"""The plan read for the reader (importers.plan_layout): real headings and tables, figures as stated.

Asserted on the region's own plan and on edited copies of it, so the layout is read
from the structure (heading marks, header rows, page-break repeats), not from these lines.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from nämndklient.importers.plan_layout import (
    SOFT_HYPHEN,
    BulletList,
    Heading,
    LayoutBlock,
    Paragraph,
    Table,
    format_stated,
    plan_layout,
)

SEEDS = Path(__file__).resolve().parents[2] / "resources" / "seeds"
PLAN = next(SEEDS.glob("001_*.txt"))
MINUS, NBSP = "\u2212", "\u00a0"


def plan_text() -> str:
    return PLAN.read_text(encoding="utf-8")


@cache
def seed_layout() -> tuple[LayoutBlock, ...]:
    return plan_layout(plan_text())


def tables(blocks: tuple[LayoutBlock, ...]) -> list[Table]:
    return [b for b in blocks if isinstance(b, Table)]


def table_after(blocks: tuple[LayoutBlock, ...], heading: str) -> Table:
    at = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == heading)
    return next(b for b in blocks[at:] if isinstance(b, Table))


def header_texts(t: Table, row: int = 0) -> list[str]:
    return [c.text for c in t.header[row].cells]


def column(t: Table, i: int) -> list[str]:
    return [r.cells[i].text for r in t.rows if r.kind == "body"]


def all_text(blocks: tuple[LayoutBlock, ...]) -> str:
    parts: list[str] = []
    for b in blocks:
        if isinstance(b, Heading | Paragraph):
            parts.append(b.text)
        elif isinstance(b, BulletList):
            parts.extend(b.items)
        else:
            parts.extend(c.text for r in (*b.header, *b.rows) for c in r.cells)
    return "\n".join(parts)


# ---------------------------------------------------------------- headings and the contents


def test_headings_keep_the_documents_levels() -> None:
    heads = [(b.level, b.text) for b in seed_layout() if isinstance(b, Heading)]
    assert heads[0] == (2, "Att ta ansvar i en svår tid")
    assert (1, "Målområde Hälso- och sjukvård") in heads
    assert (2, "God och nära vård i hela Jämtland Härjedalen") in heads
    assert (3, "Långsiktiga nyckeltal") in heads
    assert (4, "Åtgärdsplan för ekonomi i balans") in heads
    assert (2, "Förändringar budgetramar") in heads  # "## **Förändringar budgetramar**": no markup left
    assert not any("*" in t or "<" in t for _, t in heads)


def test_no_table_of_contents_remnants() -> None:
    blocks = seed_layout()
    text = all_text(blocks)
    assert "Innehållsförteckning" not in text
    assert "....." not in text
    # The contents entry broken over two lines left its first half behind as a heading before.
    assert not any(isinstance(b, Heading | Paragraph) and b.text.startswith("Målområde Hälsa- och sjukvård God")
                   for b in blocks)
    assert not any(isinstance(b, Paragraph) and b.text in {"Härjedalen", "Uppdrag", "Långsiktiga nyckeltal"}
                   for b in blocks)
    assert "Plan och budget 2024" not in [b.text for b in blocks if isinstance(b, Heading)]  # the title is shown apart


def test_paragraphs_and_lists_without_markup() -> None:
    blocks = seed_layout()
    lists = [b for b in blocks if isinstance(b, BulletList)]
    assert len(lists[0].items) == 13 and lists[0].items[0].startswith("Leda och samordna")
    para = next(b.text for b in blocks if isinstance(b, Paragraph) and b.text.startswith("Åtgärdsplan för ekonomi"))
    assert "innehåller exempel på aktiviteter" in para and "**" not in para
    cut = next(b.text for b in blocks if isinstance(b, Paragraph) and b.text.startswith("Region Jämtland Härjedalen "
                                                                                     "ska visa på ett tydligt"))
    assert "att vara en fossilbränslefri region år 2030" in cut  # joined across the page break
    assert any(isinstance(b, Paragraph) and b.text.startswith("¹ Parenteser") for b in blocks)


# ---------------------------------------------------------------- tables


def test_area_matrix_is_a_table_with_its_header_and_figures_as_stated() -> None:
    t = table_after(seed_layout(), "Budgetramar per område inom Regionstyrelsen")
    assert header_texts(t) == ["Mkr", "Externa intäkter", "Interna intäkter", "Personalkostnader", "Läkemedel",
                               "Övriga externa omkostnader", "Avskrivningar", "Interna kostnader", "Nettobudget"]
    assert t.numeric_columns == (False, *[True] * 8)
    assert column(t, 0) == ["Regiondirektör", "Regionstaben", "Vårdval", "Summa tjänstemannabudget",
                            "Summa förtroendemannabudget"]
    first = [c.text for c in t.rows[0].cells]
    assert first == ["Regiondirektör", "163", "14", f"{MINUS}411", "0", f"{MINUS}54", "1", "2", f"{MINUS}285"]
    assert t.rows[3].cells[-1].text == f"{MINUS}1{NBSP}754"
    assert t.rows[4].cells[3].text == f"{MINUS}4,2"
    # Stated totals: the Summa rows and the row-total column, bold; ordinary figures not.
    assert [r.total for r in t.rows] == [False, False, False, True, True]
    assert all(c.bold for c in t.rows[3].cells)
    assert t.rows[0].cells[-1].bold and not t.rows[0].cells[1].bold
    # The export's breaks survive only as soft hyphens, for narrow columns.
    assert t.header[0].cells[3].breaks == f"Perso{SOFT_HYPHEN}nal{SOFT_HYPHEN}kost{SOFT_HYPHEN}nader"
    assert "-" not in "".join(header_texts(t))


def test_financing_matrix_is_its_own_table_and_keeps_stated_decimals() -> None:
    matrices = [t for t in tables(seed_layout()) if t.header and header_texts(t)[0] == "Mkr"]
    assert len(matrices) == 2
    fin = matrices[1]
    assert header_texts(fin)[1:4] == ["Skatteintäkter", "Generella statsbidrag", "Läkemedelsbidrag"]
    assert [c.text for c in fin.rows[0].cells][:3] == ["Finansförvaltning", f"3{NBSP}739", f"1{NBSP}276,7"]
    assert fin.rows[0].cells[-1].text == f"5{NBSP}302,0"  # ",0" as stated
    assert fin.rows[1].kind == "subheader" and fin.rows[1].cells[-1].text == "Total nettobudget"
    assert fin.rows[2].total and fin.rows[2].cells[-1].text == f"3{NBSP}543,6"


def test_action_plan_has_two_header_rows_and_the_stated_totals() -> None:
    t = table_after(seed_layout(), "Åtgärdsplan för ekonomi i balans")
    assert header_texts(t) == ["Planerad åtgärd (typ/benämning)", "Kort beskrivning av åtgärd",
                               "Konsekvensbeskrivning", "Ekonomisk effekt (mkr)"]
    assert t.header[0].cells[3].span == 3
    assert header_texts(t, 1)[3:] == ["2024", "2025", "2026"]
    body = [r for r in t.rows if not r.total]
    assert len(body) == 13  # the header repeated after the page break is not a row
    assert body[0].cells[0].text == "Personalkostnader"  # "Personal-kostnader" in the export
    assert body[0].cells[1].text == "Avsluta feriepraktikplats"
    total = t.rows[-1]
    assert total.total and total.cells[0].text == "Totalt"
    assert [c.text for c in total.cells[3:]] == ["17,1", "17,6", "17,7"]  # the plan's, not the rows' sums
    assert all(c.bold for c in total.cells[3:])


def test_frame_table_negative_figures_with_the_minus_sign() -> None:
    t = next(t for t in tables(seed_layout()) if t.header and header_texts(t)[0] == "(Mkr)")
    assert header_texts(t) == ["(Mkr)", "Budgetram 2023", "Budgetram 2024", "Plan 2025", "Plan 2026"]
    assert [c.text for c in t.rows[0].cells] == ["Varav tjänstemannabudget", f"{MINUS}1{NBSP}726,7",
                                                 f"{MINUS}1{NBSP}754,2", f"{MINUS}1{NBSP}757,9", f"{MINUS}1{NBSP}695,2"]
    assert t.rows[-1].total and t.rows[-1].cells[0].text == "Total nettobudgetram enligt Regionplan och budget"


def test_investments_continue_over_the_page_break() -> None:
    t = table_after(seed_layout(), "Planerade investeringar")
    assert header_texts(t) == ["Område/Avdelning/Enhet", "Benämning/objekt", "Ny- eller reinvestering",
                               "Belopp (Tkr)"]
    assert len([r for r in t.rows if not r.total]) == 15
    assert t.rows[-1].total and t.rows[-1].cells[-1].text == f"59{NBSP}025"
    # Only labels are joined: a real compound in a description keeps its hyphen.
    assert "Flygplatsbelysning-ambulanshelikopter" in column(t, 1)


def test_kpi_and_assignment_tables() -> None:
    kpis = table_after(seed_layout(), "Kortsiktiga nyckeltal")
    assert header_texts(kpis) == ["Kortsiktiga nyckeltal", "Beslutad av", "Målvärde"]
    assert kpis.numeric_columns == (False, False, True)
    assert column(kpis, 2)[:4] == ["4,5", "5", f"10{NBSP}%", f"70{NBSP}%"]
    first = next(t for t in tables(seed_layout()) if t.header and header_texts(t) == ["Uppdrag", "Beslutad av"])
    assert len(first.rows) == 8
    # The last cell went on after the page footnote, under a repeated header.
    assert first.rows[-1].cells[0].text.endswith("förflyttning av ansvar och verksamhet från specialiserad vård "
                                                 "till regional och kommunal primärvård.")
    assert "<sup>" not in all_text(seed_layout()) and "(HSN, RS) ¹" in first.rows[0].cells[0].text


def test_meeting_calendar_has_dates_as_group_rows_and_no_invented_header() -> None:
    t = table_after(seed_layout(), "Sammanträdesplanering regionstyrelsen 2024")
    assert t.header == ()
    groups = [r.cells[0].text for r in t.rows if r.kind == "group"]
    assert groups[:3] == ["26 januari", "26-27 mars", "11 april"] and len(groups) == 10
    first = next(r for r in t.rows if r.kind == "body")
    assert first.cells[1].text == "• Ekonomisk rapport\n• Läkemedel"
    maj = t.rows[[r.cells[0].text for r in t.rows].index("28-29 maj") + 1]
    assert maj.cells[1].text.endswith("• Fördjupad dialog med HSN presidium")  # continued over the page break


# ---------------------------------------------------------------- edited copies


def test_a_row_added_to_the_matrix_is_read() -> None:
    text = plan_text().replace("Vårdval\t7\t0\t0\t-30\t-163\t0\t-730\t-916",
                               "Vårdval\t7\t0\t0\t-30\t-163\t0\t-730\t-916\nNy enhet\t1\t2\t-3\t0\t0\t0\t0\t0")
    t = table_after(plan_layout(text), "Budgetramar per område inom Regionstyrelsen")
    assert column(t, 0)[:4] == ["Regiondirektör", "Regionstaben", "Vårdval", "Ny enhet"]
    assert t.rows[3].cells[3].text == f"{MINUS}3"


def test_headers_hyphenated_elsewhere_still_read_whole() -> None:
    text = plan_text().replace("Perso-nal-kost-nader", "Personal-kostna-der").replace("Läke-medel", "Lä-kemedel")
    t = table_after(plan_layout(text), "Budgetramar per område inom Regionstyrelsen")
    assert header_texts(t)[3:5] == ["Personalkostnader", "Läkemedel"]


def test_a_table_repeated_after_a_page_break_stays_one_table() -> None:
    head = "Kortsiktiga nyckeltal\tBeslutad av\tMålvärde\n"
    text = plan_text().replace("Frisktal per enhet inom regionstyrelsens förvaltningsområde\tRegionstyrelsen\t70%\n",
                               "Frisktal per enhet inom regionstyrelsens förvaltningsområde\tRegionstyrelsen\t70%\n"
                               "\n\n" + head)
    t = table_after(plan_layout(text), "Kortsiktiga nyckeltal")
    assert len(t.rows) == 8 and [r.cells[0].text for r in t.rows].count("Kortsiktiga nyckeltal") == 0


def test_without_a_table_of_contents_nothing_is_lost() -> None:
    text = plan_text()
    start, end = text.index("# Innehållsförteckning"), text.index("Regionstyrelsens plan och budget 2024")
    edited = text[:start] + text[end:]
    assert plan_layout(edited) == seed_layout()


def test_a_contents_entry_in_another_place_is_not_content() -> None:
    text = plan_text().replace("## Uppgifter\n", "## Uppgifter\n\nBilaga 1 Sammanträden.....\t24\n")
    assert "Bilaga 1" not in all_text(plan_layout(text))


def test_heading_levels_follow_the_marks() -> None:
    text = plan_text().replace("#### Planerade investeringar", "## Planerade investeringar")
    assert Heading(2, "Planerade investeringar") in plan_layout(text)


@pytest.mark.parametrize(("value", "unit", "text"), [
    (Decimal("-1726.7"), None, f"{MINUS}1{NBSP}726,7"),
    (Decimal("5302.0"), None, f"5{NBSP}302,0"),
    (Decimal("1754242"), "tkr", f"1{NBSP}754{NBSP}242{NBSP}tkr"),
    (Decimal("-0.48"), None, f"{MINUS}0,48"),
    (Decimal("14.5"), "%", f"14,5{NBSP}%"),
    (Decimal("0"), None, "0"),
    (Decimal("999"), None, "999"),
])
def test_format_stated_keeps_the_stated_decimals(value: Decimal, unit: str | None, text: str) -> None:
    assert format_stated(value, unit) == text


def test_long_runs_are_read_in_linear_time() -> None:
    """A cell continued over 20 000 rows, a 20 000-line paragraph: joined once, not re-copied per row."""
    import time

    head = "# Plan och budget 2024\n\nRegionstyrelsen\n\n"
    cell = head + "Uppdrag\tBeslutad av\nA\tRegionfullmäktige\n" + "fortsatt text\t\n" * 20_000
    prose = head + "ord utan slut\n" * 20_000
    started = time.perf_counter()
    (table,) = plan_layout(cell)
    (para,) = plan_layout(prose)
    assert time.perf_counter() - started < 10  # quadratic joining took minutes here
    assert isinstance(table, Table) and len(table.rows) == 1
    assert table.rows[0].cells[0].text.count("fortsatt text") == 20_000
    assert isinstance(para, Paragraph) and para.text.count("ord utan slut") == 20_000
