"""Read Kolada v3 data files (`/v3/data/...` responses saved as JSON), as the API serves them.

Only parsing lives here: which plan KPI a Kolada id feeds is the member's
mapping in the database. A value Kolada leaves empty (`null`) stays missing;
turning it into 0 would draw a collapse that never happened. A value marked
`isdeleted` (retracted by Kolada, in `from_date` answers) is carried as a
retraction, so the import removes it instead of keeping it. Numbers are read
as `Decimal` straight from the JSON text: 31.32959689 stays 31.32959689.

Other v3 answers are recognised and refused by name: `/v3/oudata` (values per
organisational unit, `ou`) and the metadata lists (`/v3/municipality`, `/v3/kpi`).
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
MAX_DIGITS = 40  # Kolada's values have at most a dozen; anything longer is not a figure


@dataclass(frozen=True)
class KoladaValue:
    kolada_id: str
    municipality: str
    period: str
    gender: str
    value: Decimal | None
    line: int = 0  # the data entry's position in the file (1-based), for messages
    deleted: bool = False  # `isdeleted`: Kolada has retracted this value

    @property
    def scope(self) -> str:
        return scope_for(self.municipality)


def scope_for(municipality: str) -> str:
    if municipality == REGION_ID:
        return "region"
    if municipality == NATION_ID:
        return "nation"
    return municipality


def load_json(data: bytes) -> Any:
    """JSON with every non-integer number as an exact `Decimal` (never through a float)."""
    return json.loads(data.decode("utf-8-sig"), parse_float=Decimal)


def _entries(data: bytes) -> list[Any] | None:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{") or b'"values"' not in data[:65536]:
        return None
    try:
        doc = load_json(data)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    entries = doc.get("values") if isinstance(doc, dict) else None
    return entries if isinstance(entries, list) else None


def looks_like_kolada(data: bytes, name: str = "") -> bool:
    """A v3 answer: `values` entries with `kpi` and `period` (data, oudata) or `id` and `title` (metadata)."""
    entries = _entries(data)
    if entries is None:
        return False
    head = entries[:5]
    return all(isinstance(e, dict) and "kpi" in e and "period" in e for e in head) or (
        bool(head) and all(isinstance(e, dict) and "id" in e and "title" in e for e in head))


def kolada_kind(entries: list[Any]) -> str:
    """'data', 'oudata' or 'metadata', from the first entries' keys (as `/v3/data`, `/v3/oudata`, `/v3/kpi` give)."""
    head = [e for e in entries[:5] if isinstance(e, dict)]
    if head and all("ou" in e and "municipality" not in e for e in head):
        return "oudata"
    if head and all("id" in e and "title" in e and "period" not in e for e in head):
        return "metadata"
    return "data"


def parse_kolada(data: bytes, name: str) -> list[KoladaValue]:
    try:
        doc = load_json(data)
    except UnicodeDecodeError as exc:
        raise ImportFailure(name, 0, "en Kolada-fil i UTF-8", f"byte 0x{data[exc.start]:02x}") from exc
    except json.JSONDecodeError as exc:
        raise ImportFailure(name, exc.lineno, "giltig JSON från Kolada", exc.msg) from exc
    except RecursionError as exc:
        raise ImportFailure(name, 0, "JSON från Kolada utan djup nästling") from exc
    entries = doc.get("values") if isinstance(doc, dict) else None
    if not isinstance(entries, list):
        raise ImportFailure(name, 0, 'ett JSON-objekt med listan "values" (Kolada v3)', type(doc).__name__)
    kind = kolada_kind(entries)
    if kind == "oudata":
        raise ImportFailure(name, 0, "Kolada-värden för kommun, region eller riket (/v3/data), inte värden per "
                            "organisatorisk enhet (/v3/oudata, fältet \"ou\"), som planens nyckeltal inte följs upp på",
                            str(entries[0].get("ou")))
    if kind == "metadata":
        raise ImportFailure(name, 0, "Kolada-värden (/v3/data), inte en förteckning med id och namn utan värden "
                            "(som /v3/municipality eller /v3/kpi)", str(entries[0].get("id")))
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
        deleted = row.get("isdeleted", False)
        if not isinstance(deleted, bool):
            raise ImportFailure(name, n, 'true eller false i "isdeleted"', repr(deleted))
        value = None if deleted else _value(row.get("value"), name, n)
        out.append(KoladaValue(kpi, muni, str(period), gender, value, n, deleted))
    return out


def _value(raw: Any, name: str, n: int) -> Decimal | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | Decimal | str):
        raise ImportFailure(name, n, "ett tal eller null som värde", repr(raw))
    try:
        value = raw if isinstance(raw, Decimal) else Decimal(str(raw).strip())
    except InvalidOperation as exc:
        raise ImportFailure(name, n, "ett tal eller null som värde", repr(raw)) from exc
    if not value.is_finite():
        raise ImportFailure(name, n, "ett ändligt tal", repr(raw))
    if len(format(value, "f")) > MAX_DIGITS:
        raise ImportFailure(name, n, f"ett tal med högst {MAX_DIGITS} siffror", str(raw)[:40])
    return value
