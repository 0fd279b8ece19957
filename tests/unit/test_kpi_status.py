"""Status rules: direction-aware, with a visible tolerance, and honest about missing values and directions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nämndklient.domain.kpi_status import (
    PersonDirection,
    Status,
    Trend,
    comparison_for,
    evaluate,
    near_band,
    resolve_direction,
    suggest_direction,
    trend,
)
from nämndklient.domain.periods import PeriodError, PeriodKind, parse_period, period_sort_key
from nämndklient.domain.records import Comparison, Direction, DirectionSource


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
        (None, D(3), "increase", Status.NO_TARGET),  # an outcome, but no target to hold it against
        (D(5), None, "decrease", Status.MISSING),
        (D(70), D(72), None, Status.DIRECTION_UNKNOWN),  # is 72 against "70 %" good? nothing says
        (D(70), None, None, Status.MISSING),
        (D(80), D(81), "at_least", Status.MET),  # "minst 80 %" in the target cell
        (D(5), D("5.1"), Comparison.AT_MOST, Status.NEAR),
        (D(0), D("-0.1"), "increase", Status.NOT_MET),  # a zero target has no 'near' band
    ],
)
def test_status_rules(target: D | None, outcome: D | None, direction: str | None, expected: Status) -> None:
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


def test_only_the_document_or_a_person_gives_a_direction_and_a_guess_stays_a_suggestion() -> None:
    stated = resolve_direction("decrease", "Andel ekologiska", phrase="(minska)")
    assert (stated.direction, stated.source, stated.phrase) == (Direction.DECREASE, DirectionSource.DOCUMENT, "(minska)")
    assert stated.suggestion is None
    sick = resolve_direction(None, "Sjuktal per enhet inom regionstyrelsens förvaltningsområde")
    assert sick.direction is None and sick.source is DirectionSource.SUGGESTION
    assert sick.suggestion is not None and (sick.suggestion.direction, sick.suggestion.word) == (
        Direction.DECREASE, "sjuktal")
    # no default: a name that says nothing stays unknown (it used to become "increase")
    nothing = resolve_direction(None, "Kassalikviditet inkl. pensionsplaceringar (RJH totalt)")
    assert (nothing.direction, nothing.source, nothing.suggestion) == (None, DirectionSource.UNKNOWN, None)
    antibiotics = resolve_direction(None, "Antal förskrivna antibiotikarecept per 1000 invånare")
    assert antibiotics.direction is None and antibiotics.suggestion is not None
    assert antibiotics.suggestion.direction is Direction.DECREASE  # restrictive prescribing, as a suggestion only
    person = PersonDirection(Direction.INCREASE, "Anna Berg", dt.datetime(2024, 2, 1, 9, 30))
    chosen = resolve_direction(None, "Sjuktal per enhet", person=person)
    assert (chosen.direction, chosen.source, chosen.person) == (Direction.INCREASE, DirectionSource.PERSON, person)
    over = resolve_direction("decrease", "X (minska)", phrase="(minska)", person=person)
    assert over.direction is Direction.INCREASE and over.document is Direction.DECREASE  # both stay visible


def test_suggestions_need_a_word_and_give_none_when_words_disagree() -> None:
    assert suggest_direction("Frisktal per enhet") is not None
    assert suggest_direction("Leverantörstrohet (RJH totalt)") is None
    assert suggest_direction("Frisktal och sjuktal") is None  # both ways: no guess


def test_comparison_is_stated_or_follows_a_known_direction() -> None:
    assert comparison_for(None) is None
    assert comparison_for("increase") is Comparison.AT_LEAST
    assert comparison_for(Direction.DECREASE) is Comparison.AT_MOST
    assert comparison_for(None, "at_most") is Comparison.AT_MOST  # "högst 5" with no direction
    assert comparison_for("increase", "at_most") is Comparison.AT_MOST  # the cell's own words win


def test_trend_is_direction_aware_and_skips_missing() -> None:
    assert trend([D(10), None, D(12)], "increase") is Trend.BETTER
    assert trend([D(10), D(12)], "decrease") is Trend.WORSE
    assert trend([D(100), D("100.5")], "increase") is Trend.UNCHANGED
    assert trend([D(1)], "increase") is Trend.UNKNOWN
    assert trend([None, None], "increase") is Trend.UNKNOWN
    # without a direction a change only rises or falls: never better or worse
    assert trend([D(10), D(12)], None) is Trend.RISING
    assert trend([D(12), D(10)], None) is Trend.FALLING
    assert trend([D(100), D("100.5")], None) is Trend.UNCHANGED


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
