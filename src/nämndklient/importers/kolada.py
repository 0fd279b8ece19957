"""Read Kolada v3 data files (`/v3/data/...` responses saved as JSON).

Only parsing lives here: which plan KPI a Kolada id feeds is the member's
mapping in the database. A value Kolada leaves empty (`null`) stays missing;
turning it into 0 would draw a collapse that never happened.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from ..domain.records import ImportFailure

REGION_ID = "0023"  # Region Jämtland Härjedalen
NATION_ID = "0000"  # Riket
SOURCE = "Kolada"
GENDERS = ("T", "K", "M")


@dataclass(frozen=True)
class KoladaValue:
    kolada_id: str
    municipality: str
    period: str
    gender: str
    value: Decimal | None
    line: int = 0  # the data entry's position in the file (1-based), for messages

    @property
    def scope(self) -> str:
        return scope_for(self.municipality)


def scope_for(municipality: str) -> str:
    if municipality == REGION_ID:
        return "region"
    if municipality == NATION_ID:
        return "nation"
    return municipality


def looks_like_kolada(data: bytes, name: str = "") -> bool:
    """A JSON object whose `values` entries carry `kpi` and `period`: cheap, no full validation."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{") or b'"values"' not in data[:65536]:
        return False
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return False
    entries = doc.get("values") if isinstance(doc, dict) else None
    if not isinstance(entries, list):
        return False
    return all(isinstance(e, dict) and "kpi" in e and "period" in e for e in entries[:5])


def parse_kolada(data: bytes, name: str) -> list[KoladaValue]:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ImportFailure(name, 0, "en Kolada-fil i UTF-8", f"byte 0x{data[exc.start]:02x}") from exc
    except json.JSONDecodeError as exc:
        raise ImportFailure(name, exc.lineno, "giltig JSON från Kolada", exc.msg) from exc
    entries = doc.get("values") if isinstance(doc, dict) else None
    if not isinstance(entries, list):
        raise ImportFailure(name, 0, 'ett JSON-objekt med listan "values" (Kolada v3)', type(doc).__name__)
    out: list[KoladaValue] = []
    for n, entry in enumerate(entries, start=1):
        out += _entry_values(entry, name, n)
    return out


def _entry_values(entry: Any, name: str, n: int) -> list[KoladaValue]:
    if not isinstance(entry, dict):
        raise ImportFailure(name, n, "ett objekt med kpi, municipality, period och values", repr(entry)[:60])
    kpi, muni, period = entry.get("kpi"), entry.get("municipality"), entry.get("period")
    if not isinstance(kpi, str) or not kpi:
        raise ImportFailure(name, n, 'ett Kolada-id i "kpi"', repr(kpi))
    if not isinstance(muni, str) or not muni:
        raise ImportFailure(name, n, 'ett kommun-/region-id i "municipality"', repr(muni))
    if isinstance(period, bool) or not isinstance(period, int | str) or not str(period).isdigit():
        raise ImportFailure(name, n, 'ett år i "period"', repr(period))
    rows = entry.get("values")
    if not isinstance(rows, list):
        raise ImportFailure(name, n, 'listan "values" med kön och värde', repr(rows)[:60])
    out = []
    for row in rows:
        gender = row.get("gender") if isinstance(row, dict) else None
        if gender not in GENDERS:
            raise ImportFailure(name, n, "kön T, K eller M", repr(gender))
        out.append(KoladaValue(kpi, muni, str(period), gender, _value(row.get("value"), name, n), n))
    return out


def _value(raw: Any, name: str, n: int) -> Decimal | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise ImportFailure(name, n, "ett tal eller null som värde", repr(raw))
    try:
        value = Decimal(str(raw))
    except InvalidOperation as exc:
        raise ImportFailure(name, n, "ett tal eller null som värde", repr(raw)) from exc
    if not value.is_finite():
        raise ImportFailure(name, n, "ett ändligt tal", repr(raw))
    return value
