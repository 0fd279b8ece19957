"""Print service results as JSON (a stable, documented shape) or as a plain table."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from decimal import Decimal
from typing import Any

from ..domain.numbers import format_number, json_number


def to_plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, Decimal):
        return _exact(value)
    if isinstance(value, dt.date | dt.time | dt.datetime):
        return value.isoformat()
    return value


_MARK = "\x00dec:"
_MARKED = re.compile(r'"\\u0000dec:(-?[0-9.]+)"')


def _exact(value: Decimal) -> int | float | str | None:
    """Whole numbers as integers; others as a marked string that `as_json` writes as the exact number.

    A float would print `99999999999999999.9999` as `1e+17`: the JSON carries the digits the
    document stated, and a reader that parses into doubles rounds on its own side.
    """
    number = json_number(value)
    if isinstance(number, float) and value.is_finite():
        return _MARK + f"{value.normalize():f}"
    return number


def as_json(rows: Any) -> str:
    return _MARKED.sub(r"\1", json.dumps(to_plain(rows), ensure_ascii=False, indent=2))


def as_table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    if not rows:
        return "(inga rader)"

    def cell(v: Any) -> str:
        if isinstance(v, Decimal):
            return format_number(v)
        if isinstance(v, float):  # a JSON-shaped row: the same sv-SE figure as a Decimal would print
            return format_number(Decimal(str(v)))
        if isinstance(v, list | tuple):
            return ", ".join(str(x) for x in v)
        if v is None:
            return ""
        return str(v)

    cells = [[cell(r.get(c)) for c in columns] for r in rows]
    widths = [min(60, max(len(c), *(len(row[i]) for row in cells))) for i, c in enumerate(columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    for row in cells:
        out.append("  ".join(v[:w].ljust(w) for v, w in zip(row, widths, strict=True)))
    return "\n".join(out)


def readable(what: str, row: dict[str, Any]) -> dict[str, Any]:
    """A row of the table form as a member reads it: effects per year in sv-SE, a check's outcome in words."""
    if what == "measures" and isinstance(row.get("effects"), dict):
        return {**row, "effects": "; ".join(f"{year}: {format_number(v)}" for year, v in row["effects"].items())}
    if what == "checks" and row.get("outcome"):
        from ..domain.agreement import Outcome

        return {**row, "outcome": Outcome(row["outcome"]).label}
    return row
