"""A loopback HTTP server that answers as Kolada's v3 API does, from the real data (tests/data/kolada).

What it copies from v3: `/v3/data/kpi/{ids}/municipality/{ids}/year/{years}`
answers `{"count", "values", "next_url", "previous_url"}`, paged with
`?page=N&per_page=M` and `next_url` pointing at the next page (null on the last);
more than 25 ids in one path segment is refused with HTTP 400 and a JSON
error body (the limit is rKolada's documentation; the body's wording is ours);
`from_date` answers carry retracted values as `isdeleted: true`. Numbers are
written back exactly as the files hold them (31.32959689, not a float's repr).
"""

from __future__ import annotations

import json
import re
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REALDATA = Path(__file__).resolve().parents[1] / "data" / "kolada"  # copies of shared/realdata/kolada
MAX_IDS = 25


def realdata(name: str) -> Path:
    return REALDATA / name


def load_entries(*names: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for name in names:
        out += json.loads(realdata(name).read_text(encoding="utf-8"), parse_float=Decimal)["values"]
    return out


_MARK = "\x00decimal:"


def _exact(o: Any) -> Any:
    if isinstance(o, Decimal):
        return f"{_MARK}{format(o, 'f')}"
    if isinstance(o, dict):
        return {k: _exact(v) for k, v in o.items()}
    if isinstance(o, list):
        return [_exact(v) for v in o]
    return o


def dumps(doc: Any) -> bytes:
    """JSON with each Decimal written as the number it is (json itself would go through a float)."""
    text = json.dumps(_exact(doc), ensure_ascii=False, indent=1)
    return re.sub(r'"\\u0000decimal:(-?[0-9.]+)"', r"\1", text).encode("utf-8")


@dataclass
class KoladaV3:
    entries: list[dict[str, Any]]
    retracted: list[dict[str, Any]] = field(default_factory=list)  # served only to `from_date` requests
    per_page: int = 4
    files: dict[str, Path] = field(default_factory=dict)  # path?query → a recorded answer, served verbatim
    requests: list[str] = field(default_factory=list)
    base: str = ""

    def answer(self, raw_path: str) -> tuple[int, bytes]:
        self.requests.append(raw_path)
        if raw_path in self.files:
            text = self.files[raw_path].read_text(encoding="utf-8")
            return 200, text.replace("https://api.kolada.se/v3", self.base).encode("utf-8")
        parts = urllib.parse.urlsplit(raw_path)
        segments = parts.path.strip("/").split("/")
        if len(segments) != 8 or segments[:2] != ["v3", "data"] or segments[2::2] != ["kpi", "municipality", "year"]:
            return 404, dumps({"detail": "Not Found"})
        kpis, munis, years = (s.split(",") for s in segments[3::2])
        for what, ids in (("kpi", kpis), ("municipality", munis), ("year", years)):
            if len(ids) > MAX_IDS:
                return 400, dumps({"detail": f"Too many ids in {what}: {len(ids)} given, at most {MAX_IDS} allowed"})
        query = urllib.parse.parse_qs(parts.query)
        page = int(query.get("page", ["1"])[0])
        per_page = int(query.get("per_page", [str(self.per_page)])[0])
        pool = self.entries + (self.retracted if "from_date" in query else [])
        hits = [e for e in pool if e["kpi"] in kpis and e["municipality"] in munis and str(e["period"]) in years]
        chunk = hits[(page - 1) * per_page:page * per_page]

        def link(n: int) -> str:
            q = {k: v[0] for k, v in query.items()} | {"page": str(n), "per_page": str(per_page)}
            return f"{self.base}{parts.path.removeprefix('/v3')}?{urllib.parse.urlencode(q)}"

        more = page * per_page < len(hits)
        return 200, dumps({"count": len(chunk), "next_url": link(page + 1) if more else None,
                           "previous_url": link(page - 1) if page > 1 else None, "values": chunk})


@contextmanager
def serve(api: KoladaV3) -> Iterator[KoladaV3]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, body = api.answer(self.path)
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    api.base = f"http://127.0.0.1:{server.server_address[1]}/v3"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield api
    finally:
        server.shutdown()
        server.server_close()
