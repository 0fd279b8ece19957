"""Which lines a KPI's chart draws: one per scope × gender × kind, named for a reader."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ...domain.periods import PeriodError, parse_period, period_sort_key
from ...services.kpi_values import ValueInfo
from ..charts.series_chart import ChartSeries

_GENDER = {"T": "totalt", "K": "kvinnor", "M": "män"}
_GRANULARITY = {"year": "", "tertial": ", per tertial", "month": ", per månad"}


def scope_label(scope: str) -> str:
    if scope == "region":
        return "Regionen"
    if scope == "nation":
        return "Riket"
    return f"Jämförelse {scope}"


def build_series(values: Iterable[ValueInfo]) -> list[ChartSeries]:
    """Region first, then the nation, then peers; women and men beside the total; forecasts last."""
    groups: dict[tuple[str, str, str, str], list[ValueInfo]] = defaultdict(list)
    for v in values:
        if v.value is None:
            continue
        try:
            granularity = parse_period(v.period).kind.value
        except PeriodError:
            continue
        # a tertial joined by a line to a whole year would draw a development that is only a change of basis
        groups[(v.scope, v.gender, v.kind, granularity)].append(v)

    def order(key: tuple[str, str, str, str]) -> tuple[int, str, str, int, int]:
        scope, gender, kind, granularity = key
        rank = 0 if scope == "region" else 1 if scope == "nation" else 2
        return (rank, scope, granularity != "year", "TKM".index(gender) if gender in "TKM" else 3, kind == "forecast")

    out = []
    for key in sorted(groups, key=order):
        scope, gender, kind, granularity = key
        points = []
        for v in sorted(groups[key], key=lambda v: period_sort_key(v.period)):
            try:
                x = parse_period(v.period).position
            except PeriodError:
                continue
            points.append((x, float(v.value), v.period))  # type: ignore[arg-type]
        name = f"{scope_label(scope)}, {_GENDER.get(gender, gender)}" + _GRANULARITY[granularity] + (
            ", prognos" if kind == "forecast" else "")
        role = "forecast" if kind == "forecast" else ("outcome" if scope == "region" else "comparison")
        out.append(ChartSeries(name, tuple(points), role))
    return out
