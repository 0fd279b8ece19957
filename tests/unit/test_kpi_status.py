"""Status rules: direction-aware, with a visible tolerance, and honest about missing values."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nämndklient.domain.kpi_status import Status, Trend, evaluate, near_band, resolve_direction, trend
from nämndklient.domain.periods import PeriodError, PeriodKind, parse_period, period_sort_key
from nämndklient.domain.records import Direction


@pytest.mark.parametrize(
    ("target", "outcome", "direction", "expected"),
    [
        (D(70), D(72), "increase", Status.MET),
        (D(70), D(70), "increase", Status.MET),
        (D(70), D("66.5"), "increase", Status.NEAR),  # 5 % of 70 = 3.5
        (D(70), D("66.4"), "increase", Status.NOT_MET),
        # 'minska −48 % jämfört med 2019': met at or below −48
        (D(-48), D(-50), "decrease", Status.MET),
        (D(-48), D(-48), "decrease", Status.MET),
        (D(-48), D(-46), "decrease", Status.NEAR),  # band 2.4
        (D(-48), D(-40), "decrease", Status.NOT_MET),
        (D(176), D(180), "decrease", Status.NEAR),
        (D(176), D(170), "decrease", Status.MET),
        (D(176), D(200), "decrease", Status.NOT_MET),
        (None, D(3), "increase", Status.MISSING),
        (D(5), None, "decrease", Status.MISSING),
        (D(0), D("-0.1"), "increase", Status.NOT_MET),  # a zero target has no 'near' band
    ],
)
def test_status_rules(target: D | None, outcome: D | None, direction: str, expected: Status) -> None:
    assert evaluate(target, outcome, direction) is expected


def test_tolerance_is_adjustable() -> None:
    assert evaluate(D(100), D(92), "increase") is Status.NOT_MET
    assert evaluate(D(100), D(92), "increase", tolerance=D("0.10")) is Status.NEAR
    assert near_band(D(-48)) == D("2.40")


numbers = st.decimals(min_value=-10_000, max_value=10_000, places=2, allow_nan=False, allow_infinity=False)


@given(numbers, numbers)
def test_decrease_mirrors_increase(target: D, outcome: D) -> None:
    assert evaluate(target, outcome, "decrease") is evaluate(-target, -outcome, "increase")


@given(numbers, numbers, st.sampled_from(list(Direction)))
def test_met_exactly_on_the_good_side(target: D, outcome: D, direction: Direction) -> None:
    status = evaluate(target, outcome, direction)
    good_side = outcome >= target if direction is Direction.INCREASE else outcome <= target
    assert (status is Status.MET) == good_side
    assert status is not Status.MISSING


def test_direction_stated_wins_and_wording_is_marked_assumed() -> None:
    assert resolve_direction("decrease", "Andel ekologiska").direction is Direction.DECREASE
    assert not resolve_direction("increase", "").assumed
    sick = resolve_direction(None, "Sjuktal per enhet inom regionstyrelsens förvaltningsområde")
    assert sick.direction is Direction.DECREASE and sick.assumed
    assert resolve_direction(None, "Frisktal per enhet").direction is Direction.INCREASE


def test_trend_is_direction_aware_and_skips_missing() -> None:
    assert trend([D(10), None, D(12)], "increase") is Trend.BETTER
    assert trend([D(10), D(12)], "decrease") is Trend.WORSE
    assert trend([D(100), D("100.5")], "increase") is Trend.UNCHANGED
    assert trend([D(1)], "increase") is Trend.UNKNOWN
    assert trend([None, None], "increase") is Trend.UNKNOWN


def test_periods_parse_and_order() -> None:
    assert parse_period("2024").kind is PeriodKind.YEAR
    assert parse_period("2024-T2").text == "2024-T2"
    assert parse_period(" 2024-3 ").text == "2024-03"
    assert parse_period(2023).text == "2023"
    for bad in ("2024-T4", "2024-13", "24", "T1-2024", ""):
        with pytest.raises(PeriodError):
            parse_period(bad)
    ordered = sorted(["2024", "2024-T1", "2023", "2024-05", "2024-T2", "okänt"], key=period_sort_key)
    assert ordered == ["2023", "2024-T1", "2024-05", "2024-T2", "2024", "okänt"]
