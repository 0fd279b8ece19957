"""Fetch outcome values from the Kolada API: an explicit action, never done by itself.

The application works fully offline; this is the one command that goes to the
network, and only when the member asks. What comes back goes through the same
parser and the same single transaction as a Kolada file, so a bad answer is
refused exactly as a bad file is, and nothing is written.
"""

from __future__ import annotations

import json
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

from ..domain.records import ImportFailure, ImportReport
from ..persistence.database import Database
from .kpi_values import import_kolada, kolada_mappings

DEFAULT_URL = "https://api.kolada.se/v3"
REGION, NATION = "0023", "0000"
MAX_PAGES = 200


def data_url(base: str, kpis: list[str], municipalities: list[str], years: list[int]) -> str:
    return (f"{base.rstrip('/')}/data/kpi/{','.join(kpis)}/municipality/{','.join(municipalities)}"
            f"/year/{','.join(str(y) for y in years)}")


def _get(url: str, timeout: float) -> dict[str, object]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as answer:
            return json.loads(answer.read().decode("utf-8"))
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise ImportFailure(url, 0, "ett svar från Kolada (programmet fungerar offline utan det)",
                            str(getattr(exc, "reason", exc))) from exc
    except ValueError as exc:
        raise ImportFailure(url, 0, "JSON från Kolada", str(exc)[:80]) from exc


def fetch_kolada(db: Database, years: list[int], *, base_url: str = DEFAULT_URL,
                 municipalities: tuple[str, ...] = (REGION, NATION), timeout: float = 30) -> ImportReport:
    """Fetch every mapped Kolada KPI for the region and the nation, then import it as one file."""
    with db.session() as s:
        kpis = [m["kolada_id"] for m in kolada_mappings(s)]
    if not kpis:
        raise LookupError("Inga Kolada-nyckeltal är kopplade: koppla först med 'kolada-map ID \"Nyckeltal\"'.")
    url: str | None = data_url(base_url, kpis, list(municipalities), years)
    values: list[object] = []
    pages = 0
    while url and pages < MAX_PAGES:
        page = _get(url, timeout)
        found = page.get("values")
        if not isinstance(found, list):
            raise ImportFailure(url, 0, 'ett Kolada-svar med "values"')
        values += found
        url = page.get("next_page") if isinstance(page.get("next_page"), str) else None
        pages += 1
    with tempfile.TemporaryDirectory(prefix="namndklient-kolada-") as tmp:
        path = Path(tmp) / "kolada.json"
        path.write_text(json.dumps({"values": values, "count": len(values)}), encoding="utf-8")
        return import_kolada(db, path)
