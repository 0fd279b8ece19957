"""'oparl-fetch' goes to the network only when asked: a loopback HTTP server serves the real Hürtgenwald crawl.

The server answers with the recorded pages, their URLs rewritten to itself, and a small PDF for every
file URL, so the crawl, the paging through links.next and the file matching all meet the real shapes.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from nämndklient.cli.main import main
from tests.helpers.files import db_digest
from tests.helpers.realdata import realdata

CRAWL = realdata() / "oparl" / "huertgenwald" / "crawl"
REAL = "https://sdnetrim.kdvz-frechen.de"
API = "/rim4220/webservice/oparl/v1.0"


class Server:
    def __init__(self, pages: int) -> None:
        self.requests: list[str] = []
        self.pages = pages  # how many meeting and paper pages the server has (the last has no links.next)
        self.base = ""

    def answer(self, path: str) -> tuple[bytes, str] | None:
        route, _, query = path.partition("?")
        page = int(query.split("=")[1]) if query.startswith("page=") else 1
        if "/files/" in route:
            return b"%PDF-1.4\n% " + route.encode() + b"\n%%EOF\n", "application/pdf"
        files = {f"{API}/system": "system.json", f"{API}/body": "body.json",
                 f"{API}/body/1/organization": "organization.json"}
        if route in files:
            doc: Any = json.loads((CRAWL / files[route]).read_text(encoding="utf-8"))
        elif route == f"{API}/body/1":
            doc = json.loads((CRAWL / "body.json").read_text(encoding="utf-8"))["data"][0]
        elif route in (f"{API}/body/1/meeting", f"{API}/body/1/paper") and page <= self.pages:
            doc = json.loads((CRAWL / f"{route.rsplit('/', 1)[1]}-{page:02d}.json").read_text(encoding="utf-8"))
            if page == self.pages:
                doc["links"].pop("next", None)
        else:
            return None
        return json.dumps(doc).replace(REAL.replace("/", "\\/"), self.base).replace(REAL, self.base).encode(), \
            "application/json"


@pytest.fixture
def server(request: pytest.FixtureRequest) -> Iterator[Server]:
    state = Server(getattr(request, "param", 2))

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append(self.path)
            found = state.answer(self.path)
            if found is None:
                self.send_error(404)
                return
            body, kind = found
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state
    httpd.shutdown()


def test_fetch_crawls_the_body_pages_and_files_and_attaches_them(server: Server, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "f.sqlite")
    into = tmp_path / "crawl"
    assert main(["--db", db, "oparl-fetch", f"{server.base}{API}/system", "--into", str(into)]) == 0, \
        capsys.readouterr().err
    out = capsys.readouterr().out
    assert "sammanträden" in out and "(sparat i" in out
    assert any("/body/1/meeting?page=2" in r for r in server.requests)  # links.next followed
    assert all(r.startswith("/rim4220/") for r in server.requests)
    index = json.loads((into / "files" / "oparl-files.json").read_text(encoding="utf-8"))
    assert len(set(index.values())) == sum(1 for _ in (into / "files").glob("*.pdf")) > 100
    assert main(["--db", db, "list", "meetings", "--format", "json"]) == 0
    meetings = json.loads(capsys.readouterr().out)
    assert len(meetings) == 50  # two pages of 25 meetings, none deleted on them
    invited = [m for m in meetings if any(d["role"] == "invitation" for d in m["documents"])]
    assert len(invited) >= 40 and all(d["media_type"] == "application/pdf" for m in invited for d in m["documents"])
    assert main(["--db", db, "list", "documents", "--format", "json"]) == 0
    docs = json.loads(capsys.readouterr().out)
    assert any(d["dnr"] for d in docs)  # the papers' main files, on their cases
    # The kept folder imports again offline, with nothing new and no network.
    assert main(["--db", db, "import", str(into)]) == 0
    assert "OParl: nya inget" in capsys.readouterr().out


@pytest.mark.parametrize("server", [15], indirect=True)
def test_all_fifteen_meeting_pages_without_files_give_346_meetings(server: Server, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "all.sqlite")
    assert main(["--db", db, "oparl-fetch", f"{server.base}{API}/body/1", "--files", "none"]) == 0
    capsys.readouterr()
    assert not any("/files/" in r for r in server.requests)
    assert main(["--db", db, "list", "meetings", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 346


def test_an_unreachable_server_is_one_sentence_and_nothing_changes(tmp_path: Path, demo_db_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    before = db_digest(demo_db_path)
    assert main(["--db", str(demo_db_path), "oparl-fetch", "http://127.0.0.1:9/oparl/system"]) == 2
    err = capsys.readouterr().err
    assert "programmet fungerar offline" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert main(["--db", str(demo_db_path), "oparl-fetch", "file:///etc/passwd"]) == 2
    assert "https://" in capsys.readouterr().err
    assert db_digest(demo_db_path) == before


def test_importing_a_crawl_never_touches_the_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    def refuse(*_args: object, **_kw: object) -> None:
        raise AssertionError("the import tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert main(["--db", str(tmp_path / "n.sqlite"), "import", str(CRAWL / "meeting-01.json")]) == 0
    assert "346 sammanträden" in capsys.readouterr().out
