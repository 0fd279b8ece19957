"""`oparl-fetch URL`: the member asks, and only then is an OParl server read over the network.

From a System, a Body (or a list of them), a list or a single object, the
crawl follows the bodies' meeting and paper lists page by page through
`links.next`, and downloads the files they name (`downloadUrl`, else
`accessUrl`). Everything is written as plain files into one folder (pages as
the server sent them, files under `files/` with the index `oparl-files.json`),
and that folder is then imported exactly as a folder the member gave, in one
transaction: a bad answer is refused as a bad file is, and nothing is written.
Only the server of the given URL is contacted; links elsewhere are named and
passed over. Work is bounded: pages, bytes per answer, and time per request.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..domain import records as r
from ..fileio import write_atomically
from ..persistence.database import Database
from .oparl import import_oparl
from .oparl_files import INDEX_NAME, url_name
from .oparl_read import is_deleted, oparl_type

MAX_PAGES = 5_000
MAX_JSON_BYTES = 32 * 1024 * 1024
MAX_FILE_BYTES = 200 * 1024 * 1024
FILE_FIELDS = ("invitation", "resultsProtocol", "verbatimProtocol", "mainFile", "resolutionFile")
LIST_FILE_FIELDS = ("auxiliaryFile",)


@dataclass
class FetchResult:
    folder: Path | None
    pages: int = 0
    files: int = 0
    skipped: list[str] = field(default_factory=list)
    report: r.ImportReport = field(default_factory=r.ImportReport)


class _Crawl:
    def __init__(self, start: str, folder: Path, timeout: float, files: str) -> None:
        parts = urlsplit(start)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise r.ImportFailure(start, 0, "en adress som börjar med https:// eller http://")
        self.origin = (parts.scheme, parts.netloc)
        self.folder, self.timeout, self.want_files = folder, timeout, files
        self.result = FetchResult(folder)
        self.seen: set[str] = set()
        self.index: dict[str, str] = {}

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        if (parts.scheme, parts.netloc) == self.origin:
            return True
        self.result.skipped.append(f"{url}: en annan server än den du angav; hämtades inte.")
        return False

    def get(self, url: str, limit: int) -> bytes:
        request = urllib.request.Request(url, headers={"Accept": "application/json, */*",
                                                       "User-Agent": "Nämndklient oparl-fetch"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                data = answer.read(limit + 1)
        except urllib.error.HTTPError as exc:
            raise r.ImportFailure(url, 0, "ett svar från OParl-servern", f"HTTP {exc.code}") from exc
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise r.ImportFailure(url, 0, "ett svar från OParl-servern (programmet fungerar offline utan det)",
                                  str(getattr(exc, "reason", exc))) from exc
        if len(data) > limit:
            raise r.ImportFailure(url, 0, f"ett svar på högst {limit // 2**20} MB", "ett större")
        return data

    def page(self, url: str) -> Any:
        if url in self.seen or not self.allowed(url):
            return None
        self.seen.add(url)
        if len(self.seen) > MAX_PAGES:
            raise r.ImportFailure(url, 0, f"högst {MAX_PAGES} sidor från en server")
        data = self.get(url, MAX_JSON_BYTES)
        try:
            doc = json.loads(data.decode("utf-8-sig"))
        except RecursionError:
            raise r.ImportFailure(url, 0, "JSON som är nästlad högst några hundra nivåer djupt") from None
        except (UnicodeDecodeError, ValueError) as exc:
            raise r.ImportFailure(url, 0, "OParl-JSON", str(exc)[:80]) from exc
        self.result.pages += 1
        name = f"page-{self.result.pages:05d}.json"
        if isinstance(doc, dict) and isinstance(doc.get("data"), list):
            links = doc.setdefault("links", {}) if isinstance(doc.get("links"), dict) else {}
            links.setdefault("self", url)  # so the import can follow links.next among the files
        write_atomically(self.folder / name, json.dumps(doc, ensure_ascii=False).encode("utf-8"))
        return doc

    def pages(self, url: str) -> Iterator[Any]:
        """Every page of a list, through links.next; a single object is one page."""
        next_url: str | None = url
        while next_url:
            doc = self.page(next_url)
            if doc is None:
                return
            yield doc
            links = doc.get("links") if isinstance(doc, dict) else None
            following = links.get("next") if isinstance(links, dict) else None
            next_url = following if isinstance(following, str) else None

    def objects(self, url: str) -> Iterator[dict[str, Any]]:
        for doc in self.pages(url):
            items = doc["data"] if isinstance(doc, dict) and isinstance(doc.get("data"), list) else [doc]
            yield from (o for o in items if isinstance(o, dict) and not is_deleted(o))

    def crawl(self, url: str) -> None:
        found = list(self.objects(url))
        for obj in found:
            kind = oparl_type(obj)
            if kind == "System" and isinstance(obj.get("body"), str):
                found += list(self.objects(obj["body"]))
        for obj in found:
            if oparl_type(obj) == "Body":
                for list_field in ("organization", "meeting", "paper"):
                    if isinstance(obj.get(list_field), str):
                        found += list(self.objects(obj[list_field]))
        if self.want_files != "none":
            for f in self.files(found):
                self.download(f)
        if self.index:
            write_atomically(self.folder / "files" / INDEX_NAME,
                             json.dumps(self.index, ensure_ascii=False, indent=1).encode("utf-8"))

    def files(self, objects: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for obj in objects:
            kind = oparl_type(obj)
            if self.want_files == "meetings" and kind not in ("Meeting", "AgendaItem"):
                continue
            nested = [obj, *(a for a in obj.get("agendaItem") or [] if isinstance(a, dict))]
            for holder in nested:
                for name in FILE_FIELDS:
                    if isinstance(holder.get(name), dict):
                        yield holder[name]
                for name in LIST_FILE_FIELDS:
                    yield from (f for f in holder.get(name) or [] if isinstance(f, dict))
            if kind == "File":
                yield obj

    def download(self, f: dict[str, Any]) -> None:
        url = next((u for u in (f.get("downloadUrl"), f.get("accessUrl")) if isinstance(u, str) and u), None)
        if url is None or url in self.index or not self.allowed(url):
            return
        data = self.get(url, MAX_FILE_BYTES)
        suffix = Path(url_name(url) or "").suffix[:10]
        name = hashlib.sha256(url.encode("utf-8")).hexdigest()[:20] + suffix
        write_atomically(self.folder / "files" / name, data)
        for key in (f.get("downloadUrl"), f.get("accessUrl"), f.get("id")):
            if isinstance(key, str) and key:
                self.index[key] = name
        self.result.files += 1


def fetch_oparl(db: Database, url: str, *, into: Path | None = None, files: str = "all",
                timeout: float = 30) -> FetchResult:
    """Crawl `url` into a folder (`into`, kept; else a temporary one), then import that folder."""
    if into is not None:
        into.mkdir(parents=True, exist_ok=True)
        for old in into.glob("page-*.json"):  # an earlier crawl's pages (ours by name): a new crawl replaces them
            old.unlink()
        return _fetch(db, url, into, files, timeout)
    with tempfile.TemporaryDirectory(prefix="namndklient-oparl-") as tmp:
        result = _fetch(db, url, Path(tmp), files, timeout)
        result.folder = None
        return result


def _fetch(db: Database, url: str, folder: Path, files: str, timeout: float) -> FetchResult:
    crawl = _Crawl(url, folder, timeout, files)
    crawl.crawl(url)
    crawl.result.report = import_oparl(db, [folder])
    return crawl.result
