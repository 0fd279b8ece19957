"""'kolada-fetch' goes to the network only when asked: a real HTTP server on loopback stands in for Kolada."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from nämndklient.cli.main import main
from tests.helpers.files import db_digest

KPI = "Frisktal per enhet inom regionstyrelsens förvaltningsområde"


@pytest.fixture
def kolada() -> Iterator[tuple[str, list[str]]]:
    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            if self.path.startswith("/v3/data/kpi/N00005/municipality/0023,0000/year/2022,2023"):
                body = {"values": [{"kpi": "N00005", "municipality": "0023", "period": 2022,
                                    "values": [{"gender": "T", "value": 68.0, "count": 1, "status": ""}]}],
                        "next_page": f"{base}/v3/page2"}
            elif self.path == "/v3/page2":
                body = {"values": [{"kpi": "N00005", "municipality": "0000", "period": 2023,
                                    "values": [{"gender": "T", "value": None, "count": 0, "status": "Missing"}]}]}
            else:
                self.send_error(404)
                return
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v3", requests
    server.shutdown()


def test_fetch_follows_pages_and_imports_through_the_file_path(demo_db_path: Path, kolada, capsys) -> None:  # type: ignore[no-untyped-def]
    url, requests = kolada
    db = ("--db", str(demo_db_path))
    assert main([*db, "kolada-map", "N00005", KPI]) == 0
    assert main([*db, "kolada-fetch", "--years", "2022-2023", "--url", url]) == 0
    assert len(requests) == 2
    main([*db, "list", "kpis", "--format", "json"])
    out = capsys.readouterr().out
    values = next(k for k in json.loads(out[out.index("["):]) if k["name"] == KPI)["values"]
    assert {(v["period"], v["scope"], v["value"]) for v in values} == {("2022", "region", 68), ("2023", "nation", None)}


def test_no_network_is_a_clear_message_and_nothing_changes(demo_db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = ("--db", str(demo_db_path))
    assert main([*db, "kolada-map", "N00005", KPI]) == 0
    before = db_digest(demo_db_path)
    code = main([*db, "kolada-fetch", "--url", "http://127.0.0.1:9/v3"])
    err = capsys.readouterr().err
    assert code == 2 and "programmet fungerar offline" in err and "Traceback" not in err
    assert db_digest(demo_db_path) == before


def test_nothing_to_fetch_without_a_mapping(demo_db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", str(demo_db_path), "kolada-fetch", "--url", "http://127.0.0.1:9/v3"]) == 2
    assert "kolada-map" in capsys.readouterr().err
