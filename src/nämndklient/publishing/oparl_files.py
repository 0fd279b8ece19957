"""Finding an OParl File's content on disk: by `fileName`, `accessUrl`, `downloadUrl` or `id`.

Real servers rarely give `fileName` (none of Hürtgenwald's 2 097 paper files
do); the content is then found under the last part of its `accessUrl` or
`downloadUrl`, or through `oparl-files.json`, the index `oparl-fetch` writes
beside what it downloaded. Only a regular file directly inside a folder the
member gave (the JSON files' folders, their `files/` subfolder, or `--files`)
is read: no path parts, no `..`, never a symlink.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..domain import records as r
from .oparl_read import Obj

INDEX_NAME = "oparl-files.json"  # {url or id: file name}, written by oparl-fetch
MAX_CONTENT_BYTES = 512 * 1024 * 1024


def plain_name(name: str) -> str | None:
    """The name when it is one plain file name, else None."""
    if not name or name in (".", "..") or "/" in name or "\\" in name or "\x00" in name or len(name) > 255:
        return None
    return name


def url_name(url: str | None) -> str | None:
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    return plain_name(unquote(path.rstrip("/").rsplit("/", 1)[-1]))


@dataclass
class Found:
    path: Path
    name: str
    data: bytes


class FileLocator:
    def __init__(self, folders: list[Path]) -> None:
        self.folders: list[Path] = []
        for folder in folders:
            for candidate in (folder, folder / "files"):
                if candidate.is_dir() and not candidate.is_symlink() and candidate not in self.folders:
                    self.folders.append(candidate)
        self.index: dict[Path, dict[str, str]] = {}
        for folder in self.folders:
            try:
                data = json.loads((folder / INDEX_NAME).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(data, dict):
                self.index[folder] = {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}

    def find(self, f: Obj) -> Found | None:
        """The content of the File from a folder the member gave, or None when it is not there."""
        file_name = f.text("fileName", limit=300, truncate=False)
        if file_name is not None and plain_name(file_name) is None:
            raise f.fail("fileName", "ett filnamn utan sökväg (bara filer i mappen du angav läses)", file_name)
        urls = [u for u in (f.text("accessUrl", limit=2000), f.text("downloadUrl", limit=2000), f.id) if u]
        for folder in self.folders:
            names = [file_name, *(self.index.get(folder, {}).get(u) for u in urls), *(url_name(u) for u in urls)]
            for name in names:
                if name is None or plain_name(name) is None:
                    continue
                found = self._read(folder, name, f)
                if found is not None:
                    return found
        return None

    def _read(self, folder: Path, name: str, f: Obj) -> Found | None:
        path = folder / name
        if path.is_symlink():
            raise f.fail("fileName", "en vanlig fil i mappen, inte en symbolisk länk", name)
        if not path.is_file() or path.resolve().parent != folder.resolve():
            return None
        size = path.stat().st_size
        if size > MAX_CONTENT_BYTES:
            raise f.fail("fileName", f"en fil på högst {MAX_CONTENT_BYTES // 2**20} MB", f"{size // 2**20} MB")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise r.ImportFailure(str(path), 0, "en läsbar fil", exc.strerror) from exc
        check_checksums(f, data, name)
        return Found(path, name, data)


def check_checksums(f: Obj, data: bytes, name: str) -> None:
    for field, algorithm in (("sha512Checksum", "sha512"), ("sha1Checksum", "sha1")):
        stated = f.text(field, limit=200)
        if stated and hashlib.new(algorithm, data).hexdigest() != stated.lower():
            raise f.fail(field, f"kontrollsumman för {name}", "en annan kontrollsumma")
