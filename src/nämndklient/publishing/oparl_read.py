"""Reading OParl JSON files: pages and their `links.next`, deleted markers, typed fields, bounded work.

Servers leave deleted objects as markers (`{"id", "deleted": true}`, with or
without `type`); they are skipped and named, never fatal. A paged list
(`data`, `links`) is followed through `links.next` when the next page is a file
in the same folder, found by its own `links.self`. Every field the import uses
is read through `Obj`, so a wrong type is refused in one sentence that names
the file, the object's id and the field, instead of surfacing later as a
database or Python error.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import reprlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ..domain import records as r

OPARL_PREFIX = "https://schema.oparl.org/1."
STOCKHOLM = ZoneInfo("Europe/Stockholm")
READ_KINDS = ("Body", "Meeting", "AgendaItem", "Paper", "File")
MAX_FILE_BYTES = 64 * 1024 * 1024  # one page or object file; real pages are well under 1 MB
MAX_PAGES = 10_000
MAX_OBJECTS = 500_000

_short = reprlib.Repr()
_short.maxlevel, _short.maxstring, _short.maxother, _short.maxlist, _short.maxdict = 1, 40, 40, 3, 3


def oparl_type(obj: Any) -> str | None:
    """'Meeting' for an OParl 1.x Meeting object, None for anything else."""
    if not isinstance(obj, dict):
        return None
    t = obj.get("type")
    if isinstance(t, str) and t.startswith(OPARL_PREFIX):
        return t.rsplit("/", 1)[-1]
    return None


def is_deleted(obj: Any) -> bool:
    return isinstance(obj, dict) and obj.get("deleted") is True


class OParlFieldError(r.ImportFailure):
    """A field of an OParl object has the wrong type or an impossible value."""

    def __init__(self, file: str, kind: str, oid: str, field_name: str, expected: str, found: Any) -> None:
        super().__init__(file, 0, expected, None)
        self.oid, self.field_name = oid, field_name
        self.args = (f"{file}: {kind} {oid}, fältet '{field_name}': förväntade {expected}, "
                     f"fann {_short.repr(found)}.",)

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass
class Obj:
    """An OParl object with typed access to its fields; a wrong type raises OParlFieldError."""

    data: dict[str, Any]
    file: str
    kind: str

    @property
    def id(self) -> str:
        oid = self.data.get("id")
        if not isinstance(oid, str) or not oid.strip():
            raise OParlFieldError(self.file, self.kind, "(utan id)", "id", "objektets id som text (en URL)", oid)
        if len(oid) > 500:
            raise OParlFieldError(self.file, self.kind, oid[:60] + "…", "id", "ett id på högst 500 tecken",
                                  f"{len(oid)} tecken")
        return oid

    def fail(self, name: str, expected: str, found: Any) -> OParlFieldError:
        return OParlFieldError(self.file, self.kind, self.id, name, expected, found)

    def text(self, name: str, *, limit: int | None = None, truncate: bool = True) -> str | None:
        value = self.data.get(name)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(name, "text", value)
        value = value.strip()
        if limit is not None and len(value) > limit:
            if not truncate:
                raise self.fail(name, f"högst {limit} tecken", f"{len(value)} tecken")
            value = value[: limit - 1].rstrip() + "…"
        return value or None

    def number_text(self, name: str, limit: int) -> str | None:
        value = self.data.get(name)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
            self.data[name] = value
        return self.text(name, limit=limit)

    def boolean(self, name: str) -> bool | None:
        value = self.data.get(name)
        if value is None or isinstance(value, bool):
            return value
        raise self.fail(name, "true eller false", value)

    def integer(self, name: str) -> int | None:
        value = self.data.get(name)
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self.fail(name, "ett heltal", value)

    def reference(self, name: str) -> str | None:
        """A link to another object: its id, or the id of an embedded object."""
        value = self.data.get(name)
        if isinstance(value, dict):
            value = value.get("id")
        if value is None or isinstance(value, str):
            return value
        raise self.fail(name, "en länk (id som text)", value)

    def child(self, name: str, kind: str) -> Obj | None:
        """An embedded object; a plain link (its id only) gives None."""
        value = self.data.get(name)
        if value is None or isinstance(value, str):
            return None
        if isinstance(value, dict):
            return Obj(value, self.file, kind)
        raise self.fail(name, f"ett inbäddat {kind}-objekt eller en länk", value)

    def children(self, name: str, kind: str) -> list[Obj]:
        """Embedded objects of a list field; links (ids) and deleted markers in it are passed over."""
        value = self.data.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(name, f"en lista av {kind}-objekt", value)
        found = []
        for entry in value:
            if isinstance(entry, dict) and not is_deleted(entry):
                found.append(Obj(entry, self.file, kind))
            elif not isinstance(entry, (dict, str)):
                raise self.fail(name, f"en lista av {kind}-objekt eller länkar", entry)
        return found

    def links(self, name: str) -> list[str]:
        value = self.data.get(name)
        if value is None:
            return []
        if isinstance(value, str):
            return [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(name, "en lista av länkar", value)
        return list(value)

    def moment(self, name: str) -> dt.datetime | dt.date | None:
        """A date-time in Swedish local time (Europe/Stockholm), or a date when only a date is given."""
        value = self.data.get(name)
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            raise self.fail(name, "datum och tid (ISO 8601)", value)
        return parse_moment(value, lambda: self.fail(name, "datum och tid (ISO 8601)", value))

    def date(self, name: str) -> dt.date | None:
        found = self.moment(name)
        return found.date() if isinstance(found, dt.datetime) else found


def parse_moment(value: str, error: Any) -> dt.datetime | dt.date:
    """ISO 8601 as OParl writes it; a time with an offset (or Z) is converted to Europe/Stockholm.

    A time without an offset is taken as Swedish local time; the result is always naive local time.
    """
    text = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise error() from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(STOCKHOLM).replace(tzinfo=None)
    return moment


@dataclass
class Collected:
    """Every object read, by kind, with the file it came from; what was passed over is in `skipped`."""

    objects: dict[str, list[Obj]] = field(default_factory=lambda: {k: [] for k in READ_KINDS})
    deleted: list[tuple[str, str]] = field(default_factory=list)  # (file, id)
    other: dict[str, tuple[int, str]] = field(default_factory=dict)  # kinds not used (Person…): count, a file
    folders: list[Path] = field(default_factory=list)  # where the files were: local files are looked for here
    count: int = 0


def load_json(path: Path) -> Any:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise r.ImportFailure(str(path), 0, f"en OParl-fil på högst {MAX_FILE_BYTES // 2**20} MB",
                                  f"{size // 2**20} MB")
        raw = path.read_bytes()
    except OSError as exc:
        raise r.ImportFailure(str(path), 0, "en läsbar fil", exc.strerror) from exc
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except RecursionError:
        raise r.ImportFailure(str(path), 0, "JSON som är nästlad högst några hundra nivåer djupt",
                              "djupare nästling") from None
    except (UnicodeDecodeError, ValueError) as exc:
        line = getattr(exc, "lineno", 0)
        raise r.ImportFailure(str(path), line, "OParl-JSON", str(exc)[:80]) from exc


def json_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.json") if p.is_file() and not p.is_symlink())


class _Pages:
    """The JSON files of the folders involved, parsed once, found by path or by their `links.self`."""

    def __init__(self) -> None:
        self.docs: dict[Path, Any] = {}
        self.by_self: dict[Path, dict[str, Path]] = {}

    def doc(self, path: Path) -> Any:
        key = path.resolve()
        if key not in self.docs:
            self.docs[key] = load_json(path)
        return self.docs[key]

    def find(self, folder: Path, url: str) -> Path | None:
        key = folder.resolve()
        if key not in self.by_self:
            index: dict[str, Path] = {}
            for candidate in json_files(folder):
                try:
                    doc = self.doc(candidate)
                except r.ImportFailure:
                    continue  # named when (if) it is read as a page itself
                own = doc.get("links", {}).get("self") if isinstance(doc, dict) else None
                if isinstance(own, str):
                    index.setdefault(own, candidate)
            self.by_self[key] = index
        return self.by_self[key].get(url)


def expand(paths: Iterable[Path], skipped: list[r.Skipped]) -> list[Path]:
    """Files as given; a folder stands for its OParl JSON files (others in it are named and passed over)."""
    files: list[Path] = []
    for path in paths:
        if not path.is_dir():
            files.append(path)
            continue
        for candidate in json_files(path):
            if looks_like_oparl(candidate):
                files.append(candidate)
            else:
                skipped.append(r.Skipped(str(candidate), 0, "ingen OParl-fil (inget 'type' från schema.oparl.org); "
                                                            "lästes inte."))
    return files


def looks_like_oparl(path: Path) -> bool:
    if path.is_dir():
        return any(looks_like_oparl(p) for p in json_files(path))
    if path.suffix.lower() != ".json":
        return False
    try:
        with path.open("rb") as fh:
            head = fh.read(65536)
    except OSError:
        return False
    return b"schema.oparl.org/1." in head or b"schema.oparl.org\\/1." in head


def collect(paths: Iterable[Path], *, lenient: bool, skipped: list[r.Skipped]) -> Collected:
    """Read the files and every page reachable through `links.next` among the files of their folders."""
    out = Collected()
    pages = _Pages()
    seen_files: set[Path] = set()
    seen_urls: set[str] = set()
    queue = expand(paths, skipped)
    for path in queue:
        folder = path.parent
        if folder.resolve() not in {f.resolve() for f in out.folders}:
            out.folders.append(folder)
    position = 0
    while position < len(queue):
        path = queue[position]
        position += 1
        if path.resolve() in seen_files:
            continue
        seen_files.add(path.resolve())
        if len(seen_files) > MAX_PAGES:
            raise r.ImportFailure(str(path), 0, f"högst {MAX_PAGES} sidor i en inläsning")
        doc = pages.doc(path)
        if isinstance(doc, dict) and isinstance(doc.get("data"), list):
            links = doc.get("links") if isinstance(doc.get("links"), dict) else {}
            own = links.get("self")
            if isinstance(own, str):
                seen_urls.add(own)
            _take(doc["data"], str(path), out, lenient, skipped)
            following = links.get("next")
            if isinstance(following, str) and following not in seen_urls:
                seen_urls.add(following)
                found = pages.find(path.parent, following)
                if found is None:
                    skipped.append(r.Skipped(str(path), 0, f"nästa sida ({following}) finns inte i mappen "
                                                           f"{path.parent}; sidorna som finns lästes."))
                elif found.resolve() not in seen_files:
                    queue.append(found)
        else:
            _take([doc], str(path), out, lenient, skipped)
    return out


def _take(objects: list[Any], file: str, out: Collected, lenient: bool, skipped: list[r.Skipped]) -> None:
    for n, obj in enumerate(objects, start=1):
        out.count += 1
        if out.count > MAX_OBJECTS:
            raise r.ImportFailure(file, 0, f"högst {MAX_OBJECTS} OParl-objekt i en inläsning")
        if is_deleted(obj):
            oid = obj.get("id")
            if isinstance(oid, str) and oid:
                out.deleted.append((file, oid))
                skipped.append(r.Skipped(file, 0, f"{oid} är raderat på servern (\"deleted\": true) och lästes inte."))
            else:
                skipped.append(r.Skipped(file, 0, f"objekt nummer {n} är raderat och saknar id; lästes inte."))
            continue
        kind = oparl_type(obj)
        if kind is None:
            oid = obj.get("id") if isinstance(obj, dict) else None
            failure = r.ImportFailure(
                file, 0, f"ett OParl-objekt med 'type' (objekt nummer {n}"
                + (f", {_short.repr(oid)}" if isinstance(oid, str) else "") + ")",
                None if isinstance(obj, dict) else type(obj).__name__)
            if not lenient:
                raise failure
            skipped.append(r.Skipped(file, 0, str(failure)))
        elif kind in out.objects:
            out.objects[kind].append(Obj(obj, file, kind))
        else:
            n_before, first = out.other.get(kind, (0, file))
            out.other[kind] = (n_before + 1, first)
