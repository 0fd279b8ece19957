"""The one rule for "agrees": rounding that plausibly explains a difference, not the worst case."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

import pytest

from nämndklient.domain.agreement import Outcome, amount, explain, judge_same, judge_sum, outcome_of, unit_of

D = Decimal
PLAN_2024 = [D(x) for x in ["0.5", "0.7", "2.0", "3.7", "0.6", "1.0", "4.0", "0.4", "1.0", "0.6", "1.7", "0.5", "1.0"]]  # the action plan's rows


def test_units_are_the_last_stated_digit() -> None:
    assert [unit_of(D(x)) for x in ("17.1", "2.0", "59025", "1754.242", "0")] == [
        D("0.1"), D("0.1"), D(1), D("0.001"), D(1)]


def test_the_action_plans_2024_total_does_not_agree() -> None:
    j = judge_sum(D("17.1"), PLAN_2024)
    assert sum(PLAN_2024) == D("17.7")
    assert j.outcome is Outcome.DISAGREES
    # half of 0,1 for the total plus two standard deviations of 13 rows rounded to 0,1: 0,05 + 0,2·√(13/12)
    assert j.plausible.quantize(D("0.001")) == D("0.258")
    assert j.limit.quantize(D("0.001")) == D("0.362")
    assert j.worst == D("0.70")  # the old tolerance (all 13 rows erring the same way), never the rule
    text = explain(j, "Mkr")
    assert text.startswith("stämmer inte: skillnaden 0,6\u00a0Mkr")
    assert "två standardavvikelser för 13 avrundade rader ger 0,26\u00a0Mkr" in text


@pytest.mark.parametrize(("stated", "outcome"), [
    ("17.7", Outcome.AGREES), ("17.6", Outcome.AGREES), ("17.5", Outcome.AGREES),
    ("17.4", Outcome.SMALL_DEVIATION), ("17.3", Outcome.DISAGREES), ("17.1", Outcome.DISAGREES),
    ("18.0", Outcome.SMALL_DEVIATION), ("18.4", Outcome.DISAGREES),
])
def test_three_outcomes_around_the_sum(stated: str, outcome: Outcome) -> None:
    assert judge_sum(D(stated), PLAN_2024).outcome is outcome


def test_one_tkr_on_four_rounded_rows_agrees() -> None:
    j = judge_sum(D(1754242), [D(150036), D(135442), D(552249), D(916514)])
    assert (j.outcome, j.difference) == (Outcome.AGREES, D(1))
    assert explain(j, "tkr") == ("stämmer: skillnaden 1\u00a0tkr förklaras av avrundning (en halv enhet i summans "
                                 "sista siffra plus två standardavvikelser för 4 avrundade rader ger 1,7\u00a0tkr).")
    assert explain(judge_sum(D(5), [D(2), D(3)]), "tkr") == "stämmer."


def test_a_bare_zero_takes_the_precision_of_the_other_figures() -> None:
    # "0" among "-4,2" and "-0,2" is 0,0: it does not widen the band as a figure rounded to whole Mkr would
    zeros = judge_sum(D("-4.4"), [D(0), D(0), D("-4.2"), D(0), D("-0.2"), D(0), D(0)])
    assert zeros.plausible < D("0.25")
    assert judge_sum(D("-4.9"), [D(0), D(0), D("-4.2"), D(0), D("-0.2"), D(0), D(0)]).outcome is Outcome.DISAGREES


def test_bands_never_exceed_the_worst_case() -> None:
    j = judge_sum(D(5), [D(2), D(3)])  # two whole rows: three standard deviations, 0,5 + 3·√(2/12), pass 0,5 + 1
    assert j.plausible.quantize(D("0.001")) == D("1.316") and j.limit == j.worst == D("1.5")
    assert judge_sum(D(6), [D(2), D(3)]).outcome is Outcome.AGREES
    assert judge_sum(D(7), [D(2), D(3)]).outcome is Outcome.DISAGREES


def test_rounding_is_what_the_rule_accepts() -> None:
    """Documents made of honestly rounded figures: the rule calls them agreeing about 19 times in 20, never wrong."""
    rng = random.Random(14)
    outcomes = []
    for _ in range(4000):
        n = rng.randint(2, 20)
        true = [D(rng.uniform(0, 9)).quantize(D("0.0001")) for _ in range(n)]
        rows = [t.quantize(D("0.1"), ROUND_HALF_UP) for t in true]
        total = sum(true, D(0)).quantize(D("0.1"), ROUND_HALF_UP)
        outcomes.append(judge_sum(total, rows).outcome)
    agrees = outcomes.count(Outcome.AGREES) / len(outcomes)
    assert 0.95 <= agrees < 1  # two standard deviations, plus the total's own rounding
    assert outcomes.count(Outcome.DISAGREES) / len(outcomes) < 0.01


def test_the_same_figure_twice() -> None:
    assert judge_same(D("-1754.2"), D("-1754.242")).outcome is Outcome.AGREES  # 1 754 242 tkr as Mkr
    assert judge_same(D(-1754), D("-1754.242")).outcome is Outcome.AGREES
    assert judge_same(D("-1754.2"), D("-1754.3")).outcome is Outcome.SMALL_DEVIATION
    same = judge_same(D("-4.3"), D("-4.4"))  # same precision: rounded once they would be equal
    assert same.outcome is Outcome.SMALL_DEVIATION
    assert explain(same, "Mkr").startswith("liten avvikelse, troligen avrundning: samma belopp skiljer 0,1\u00a0Mkr")
    assert judge_same(D("-4.3"), D("-4.5")).outcome is Outcome.DISAGREES
    assert judge_sum(D("4.3"), [D("4.4")]).outcome is Outcome.SMALL_DEVIATION  # a total of one row is that row


def test_outcome_again_from_what_is_stored() -> None:
    for stated, parts in [("17.1", PLAN_2024), ("17.4", PLAN_2024), ("17.7", PLAN_2024)]:
        j = judge_sum(D(stated), parts)
        assert outcome_of(D(stated), sum(parts, D(0)), j.outcome is Outcome.AGREES, j.limit) is j.outcome


def test_labels_and_codes() -> None:
    assert [o.value for o in Outcome] == ["agrees", "small_deviation", "disagrees"]
    assert [o.label for o in Outcome] == ["stämmer", "liten avvikelse, troligen avrundning", "stämmer inte"]


def test_amounts_as_stated_in_sv_se() -> None:
    assert amount(D("5302.0"), "Mkr") == "5\u00a0302,0\u00a0Mkr"
    assert amount(D("-1726.7"), "Mkr") == "\u22121\u00a0726,7\u00a0Mkr"
    assert amount(D(59025), "") == "59\u00a0025"


def test_a_total_with_no_rows_is_a_sum_of_nothing() -> None:
    j = judge_sum(D("17.1"), [])
    assert j.outcome is Outcome.DISAGREES and not j.same
    assert explain(j, "Mkr").startswith("stämmer inte: skillnaden 17,1\u00a0Mkr är större än avrundning")
