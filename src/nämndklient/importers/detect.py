"""What a file is, from its first bytes, and the limits every document is held to.

The kind is read from the content (magic bytes, then the shape of the text),
never from the name, and never by running a parser such as a CSV reader over
bytes that may be a PDF or a picture: a parser's own error ("new-line character
seen in unquoted field") says nothing to a member. Every check here is linear
in the file's size and reads at most `MAX_DOCUMENT_BYTES`, so a hostile file is
refused in a fraction of a second instead of using minutes and gigabytes.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ..domain.records import ImportFailure

MIB = 1024 * 1024
MAX_DOCUMENT_BYTES = 4 * MIB  # a region's whole plan is 50 kB and 518 lines: 80 times that is no document
MAX_JSON_BYTES = 64 * MIB  # Kolada files for every KPI and municipality stay well below
MAX_SPREADSHEET_BYTES = 32 * MIB
MAX_LINE_CHARS = 100_000  # the longest calendar row of a real plan is about 1 000
MAX_LINES = 100_000
MAX_TABLE_LINES = 6_000  # lines with a tab: table rows, read at about 0,5 ms each (the 2024 plan has 197)
MAX_JSON_DEPTH = 64  # OParl and Kolada nest four or five levels
MAX_ITEMS = 5_000  # table rows of one kind, or sections, in one document (the 2024 plan has 65 budget rows)
MAX_MEETINGS = 400  # in one calendar: more than one a day
MAX_AGENDA_ITEMS = 3_000  # in one calendar (the 2024 plan has 55)

HEAD_BYTES = 65536


class Kind(StrEnum):
    PDF = "pdf"
    ZIP = "zip"  # a meeting package: any other zip
    XLSX = "xlsx"
    DOCX = "docx"
    ODF = "odf"
    JSON = "json"
    TEXT = "text"
    EMPTY = "empty"
    BINARY = "binary"


@dataclass(frozen=True)
class Detected:
    kind: Kind
    size: int
    head: bytes


KIND_WORDS = {
    Kind.PDF: "en PDF-fil",
    Kind.ZIP: "ett zip-arkiv",
    Kind.XLSX: "ett Excel-ark (XLSX)",
    Kind.DOCX: "ett Word-dokument (DOCX)",
    Kind.ODF: "ett OpenDocument-dokument",
    Kind.JSON: "en JSON-fil",
    Kind.TEXT: "en textfil",
    Kind.EMPTY: "en tom fil",
    Kind.BINARY: "binärdata (ingen text)",
}

_BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!",
    b"SQLite format 3", b"\x7fELF", b"MZ", b"\xd0\xcf\x11\xe0",  # the last: old Word/Excel (OLE)
)


class Refused(ImportFailure):
    """An input refused before anything was read into the database: says so, in one sentence."""

    def __init__(self, file: str, line: int, expected: str, found: str | None = None) -> None:
        super().__init__(file, line, expected, found)
        where = f"{file}, rad {line}" if line else file
        found_part = f"fann {found}, " if found else ""
        self.args = (f"{where}: {found_part}förväntade {expected}; inget ändrades.",)


def refuse(path: Path | str, expected: str, found: str | None = None, line: int = 0) -> ImportFailure:
    return Refused(str(path), line, expected, found)


def detect(path: Path) -> Detected:
    """Read the first bytes of a regular file and name its kind; refuse what is no file at all."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise refuse(path, "en fil som finns") from None
    except OSError as exc:
        raise refuse(path, "en läsbar fil", exc.strerror) from None
    if stat.S_ISDIR(st.st_mode):
        raise refuse(path, "en fil, inte en mapp")
    if not stat.S_ISREG(st.st_mode):
        raise refuse(path, "en vanlig fil (inte en enhet, ett uttag eller en namngiven pipe)")
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError as exc:
        raise refuse(path, "en läsbar fil", exc.strerror) from None
    return Detected(kind_of(head), st.st_size, head)


def kind_of(head: bytes) -> Kind:
    if not head.strip():
        return Kind.EMPTY
    if head.startswith(b"%PDF-"):
        return Kind.PDF
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return _zip_kind(head)
    if head.startswith(_BINARY_MAGIC):
        return Kind.BINARY
    body = head.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")
    if b"\x00" in head or _control_share(head) > 0.05:
        return Kind.BINARY
    if body[:1] in (b"{", b"["):
        return Kind.JSON
    return Kind.TEXT


def _zip_kind(head: bytes) -> Kind:
    """Office files are zips too: their first member's name says which (no unpacking needed)."""
    if b"mimetypeapplication/vnd.oasis.opendocument" in head[:200]:
        return Kind.ODF
    if b"[Content_Types].xml" in head or b"_rels/.rels" in head:
        if b"word/" in head:
            return Kind.DOCX
        if b"xl/" in head:
            return Kind.XLSX
    if b"xl/workbook.xml" in head or b"xl/worksheets/" in head:
        return Kind.XLSX
    if b"word/document.xml" in head:
        return Kind.DOCX
    return Kind.ZIP


def _control_share(head: bytes) -> float:
    sample = head[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(len(sample), 1)


def check_size(path: Path | str, size: int, limit: int, what: str) -> None:
    if size > limit:
        raise refuse(path, f"{what} på högst {limit // MIB} MiB", f"{size / MIB:.0f} MiB".replace(".", ","))


def _n(value: int) -> str:
    return f"{value:,}".replace(",", "\u00a0")


def check_text_shape(text: str, path: Path | str) -> None:
    """At most `MAX_LINES` lines of at most `MAX_LINE_CHARS` characters, `MAX_TABLE_LINES` of them rows."""
    count = text.count("\n") + 1
    if count > MAX_LINES:
        raise refuse(path, f"ett dokument på högst {_n(MAX_LINES)} rader", f"{_n(count)} rader")
    table_rows = 0
    for n, line in enumerate(text.split("\n"), start=1):
        if len(line) > MAX_LINE_CHARS:
            raise refuse(path, f"rader på högst {_n(MAX_LINE_CHARS)} tecken", f"en rad på {_n(len(line))} tecken", n)
        if "\t" in line:
            table_rows += 1
    if table_rows > MAX_TABLE_LINES:
        raise refuse(path, f"högst {_n(MAX_TABLE_LINES)} tabellrader", _n(table_rows))


_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'[]{}"')
_INNERMOST = re.compile(rb"[\[{][\]}]")


def json_brackets(data: bytes) -> bytes:
    """The brackets of a JSON text that are outside strings, in order; every step runs in C.

    Escaped backslashes and quotes go first; then everything but brackets and quotes. What is
    left alternates opening and closing quotes: removing two adjacent quotes keeps that order
    (an empty string, or two strings with nothing between), and the few strings that hold
    brackets are cut out by splitting on the quotes.
    """
    reduced = data.replace(b"\\\\", b"").replace(b'\\"', b"").translate(None, delete=_NOT_STRUCTURE)
    while b'""' in reduced:
        reduced = reduced.replace(b'""', b"")
    return b"".join(reduced.split(b'"')[::2]) if b'"' in reduced else reduced


def check_json_depth(data: bytes, path: Path | str, limit: int = MAX_JSON_DEPTH) -> None:
    """Refuse JSON nested deeper than `limit` before a parser recurses into it (RecursionError).

    Each pass removes the innermost pairs of brackets, so after `limit` passes a pair is left
    only if the nesting is deeper: a 60 MiB Kolada file takes well under a second.
    """
    brackets = json_brackets(data)
    for _ in range(limit):
        brackets, removed = _INNERMOST.subn(b"", brackets)
        if not removed:
            break
    # What is left is unbalanced (the parser names that), unless pairs remain or opens pile up.
    if _INNERMOST.search(brackets) or brackets.count(b"[") + brackets.count(b"{") > limit:
        raise refuse(path, f"JSON som är nästlad högst {limit} nivåer djupt", f"mer än {limit} nivåer")


def check_count(path: Path | str, count: int, what: str, limit: int = MAX_ITEMS) -> None:
    if count > limit:
        raise refuse(path, f"högst {_n(limit)} {what}", _n(count))
