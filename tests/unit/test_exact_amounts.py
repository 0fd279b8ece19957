"""Amounts are stored exactly: `99 999 999 999 999 999,9999` tkr comes back digit for digit (#15)."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from nämndklient.cli.main import main
from nämndklient.persistence.database import open_database
from nämndklient.persistence.models import (
    BudgetLine,
    GoalArea,
    Investment,
    Kpi,
    KpiValue,
    Measure,
    MeasureEffect,
    NumberCheck,
)
from nämndklient.persistence.types import AmountOutOfRange, canonical
from tests.conftest import SEEDS

LIMIT = Decimal("99999999999999999.9999")
EDGES = [LIMIT, -LIMIT, Decimal("12345678901234567890"), Decimal("0.1234567890123456"), Decimal("-1726.7"),
         Decimal("0.0001"), Decimal("-973")]


@pytest.mark.parametrize("value", EDGES, ids=str)
def test_every_amount_column_round_trips_exactly_on_sqlite(tmp_path: Path, value: Decimal) -> None:
    path = tmp_path / "a.sqlite"
    db = open_database(path)
    with db.session() as s:
        area = GoalArea(name="Ekonomi", goal="")
        kpi = Kpi(goal_area=area, name="K", horizon="financial", decided_by="RF", target=value)
        s.add_all([
            area, kpi, KpiValue(kpi=kpi, period="2024", value=value),
            BudgetLine(table="T", area="A", category="C", year=2024, scenario="budget", amount=value, unit="tkr"),
            Investment(unit_name="U", object_name="O", kind="Reinvestering", amount=value, unit="tkr"),
            Measure(measure_type="M", description="D", consequence="K", unit="Mkr",
                    effects=[MeasureEffect(year=2024, amount=value)]),
            NumberCheck(table="T", column="C", stated=value, computed=value, tolerance=value, agrees=True,
                        message=""),
        ])
    db.dispose()

    again = open_database(path)
    with again.session() as s:
        read = [
            s.scalar(select(Kpi.target)), s.scalar(select(KpiValue.value)), s.scalar(select(BudgetLine.amount)),
            s.scalar(select(Investment.amount)), s.scalar(select(MeasureEffect.amount)),
            *s.execute(select(NumberCheck.stated, NumberCheck.computed, NumberCheck.tolerance)).one(),
        ]
    again.dispose()
    assert all(isinstance(v, Decimal) for v in read)
    assert read == [value] * 8
    assert {str(v) for v in read} == {canonical(value)}  # the digits themselves, not only an equal value
    con = sqlite3.connect(path)
    stored = con.execute("SELECT amount, typeof(amount) FROM budget_line").fetchone()
    con.close()
    assert stored == (canonical(value), "text")  # no REAL anywhere: a float could not hold it


def test_the_limit_survives_a_real_import_and_both_outputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = (SEEDS / "001_cfd44e3ece793d5a.txt").read_text(encoding="utf-8")
    line = "Fastighetsenheten\tTillgänglighetsanpassningar\tReinvestering\t200\n"
    assert line in plan
    doc = tmp_path / "plan.txt"
    doc.write_text(plan.replace(line, line.replace("\t200", "\t99 999 999 999 999 999,9999")), encoding="utf-8")
    db = str(tmp_path / "b.sqlite")
    assert main(["--db", db, "import", str(doc)]) == 0
    capsys.readouterr()

    assert main(["--db", db, "list", "investments"]) == 0
    table = capsys.readouterr().out
    assert "99\u00a0999\u00a0999\u00a0999\u00a0999\u00a0999,9999" in table
    assert "100\u00a0000\u00a0000" not in table

    assert main(["--db", db, "list", "investments", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert '"amount": 99999999999999999.9999,' in out
    rows = json.loads(out, parse_float=Decimal)
    assert rows[0]["amount"] == LIMIT
    # the stated sum is checked with the exact figure: 59 025 − 200 + the limit
    assert main(["--db", db, "list", "checks", "--format", "json"]) == 0
    checks = json.loads(capsys.readouterr().out, parse_float=Decimal)
    summa = next(c for c in checks if c["table"].casefold().startswith("planerade investeringar")
                 or "invest" in c["table"].casefold())
    assert Decimal(summa["computed"]) == Decimal(58825) + LIMIT


def test_the_gui_shows_the_figure_as_stated() -> None:
    from nämndklient.gui.charts.fmt import format_number

    assert format_number(LIMIT, "tkr") == "99\u00a0999\u00a0999\u00a0999\u00a0999\u00a0999,9999\u00a0tkr"
    assert format_number(Decimal("-1726.7")) == "\u22121\u00a0726,7"


@pytest.mark.parametrize("bad", ["1E+25", "0.00000000000000001", "NaN", "Infinity",
                                 "12345678901234567890.123456789"])
def test_a_figure_outside_the_column_is_refused_not_rounded(bad: str) -> None:
    with pytest.raises(AmountOutOfRange):
        canonical(Decimal(bad))


def test_a_float_is_never_stored(tmp_path: Path) -> None:
    db = open_database(tmp_path / "f.sqlite")
    with pytest.raises(Exception, match="flyttal"), db.session() as s:
        s.add(BudgetLine(table="T", area="A", category="C", year=2024, scenario="budget", amount=0.1, unit="tkr"))
    db.dispose()


def test_the_migration_turns_existing_reals_into_exact_text(demo_db_path: Path) -> None:
    """A database written by 0003 (REAL columns) is converted: the stated figures come through."""
    from alembic import command

    from nämndklient.persistence.migrations import HEAD
    from nämndklient.persistence.migrations.runner import alembic_config

    db = open_database(demo_db_path)
    with db.session() as s:
        before = sorted((b.table, b.area, b.category, b.year, b.scenario, b.amount) for b in s.scalars(select(BudgetLine)))
    cfg = alembic_config()
    with db.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0003_confidential_expiry")
    db.dispose()
    con = sqlite3.connect(demo_db_path)
    con.execute("UPDATE budget_line SET amount = CAST(amount AS REAL)")
    con.commit()
    kinds = {t for (t,) in con.execute("SELECT DISTINCT typeof(amount) FROM budget_line")}
    con.close()
    assert "real" in kinds and kinds <= {"real", "integer"}  # what 0003 stored (NUMERIC affinity)

    again = open_database(demo_db_path)
    with again.session() as s:
        after = sorted((b.table, b.area, b.category, b.year, b.scenario, b.amount) for b in s.scalars(select(BudgetLine)))
    again.dispose()
    assert after == before
    assert Decimal("-1726.7") in {a[-1] for a in after}
    con = sqlite3.connect(demo_db_path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    assert {t for (t,) in con.execute("SELECT DISTINCT typeof(amount) FROM budget_line")} == {"text"}
    texts = {t for (t,) in con.execute("SELECT amount FROM budget_line")}
    con.close()
    assert "-1726.7" in texts and not any("e" in t.lower() for t in texts)
