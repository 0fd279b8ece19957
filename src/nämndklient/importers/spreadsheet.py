"""Spreadsheet files as rows of cell values: XLSX (Excel), ODS (LibreOffice's own format) and CSV.

Cells come back as Python values: text, `Decimal`/float/int, dates, and
`Percent` for a number the sheet shows with a percent format (stored as 0.85,
shown and meant as 85 %), so the caller can read it as the person typed it.
Writing goes through `append_row`, which keeps text text: a cell that starts
like a formula is stored as a string, never as a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any
from xml.etree import ElementTree

from ..domain.cells import formula_like, from_fraction, percent_format, unquote
from ..domain.records import StatedRefusal

Rows = Iterator[tuple[int, list[Any]]]
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
MAX_XML = 64 * 1024 * 1024  # an ODS's content.xml, unpacked
MAX_ROWS = 100_000
MAX_COLUMNS = 64  # the template has eight; trailing empty columns are dropped first

_T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_X = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


@dataclass(frozen=True)
class Percent:
    """A number shown with a percent format; `fraction` is what the file stores (0.85 for "85 %")."""

    fraction: Decimal

    @property
    def percent(self) -> Decimal:
        return from_fraction(self.fraction)

    def __str__(self) -> str:
        return f"{format(self.percent, 'f')} %"


def kind_of(data: bytes) -> str:
    """'xlsx', 'ods' or 'csv', by content: both zip formats start with PK, ODS names its type first."""
    if data[:4] != b"PK\x03\x04":
        return "csv"
    if data[30:38] == b"mimetype" and ODS_MIME in data[38:120]:
        return "ods"
    return "xlsx"


def sheets(data: bytes, name: str) -> Iterator[tuple[str, Rows]]:
    """(where, rows) per sheet; `where` names file and sheet for messages, rows are numbered from 1."""
    kind = kind_of(data)
    if kind == "xlsx":
        yield from _xlsx(data, name)
    elif kind == "ods":
        yield from _ods(data, name)
    else:
        yield name, _csv(data)


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:  # pragma: no cover - nan/inf from a formula
        return None


def _xlsx(data: bytes, name: str) -> Iterator[tuple[str, Rows]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise StatedRefusal(name, 0, "en läsbar XLSX- eller ODS-fil", type(exc).__name__) from exc

    def cell_value(cell: Any) -> Any:
        value = cell.value
        number = _number(value)
        if number is not None and percent_format(getattr(cell, "number_format", None)):
            return Percent(number)
        return value

    for ws in wb.worksheets:
        rows = ((n, [cell_value(c) for c in r]) for n, r in enumerate(ws.iter_rows(), start=1))
        yield f"{name}, blad {ws.title}", rows


def _csv(data: bytes) -> Rows:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    first = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    return ((n, [unquote(c) for c in row]) for n, row in enumerate(reader, start=1))


# --- ODS ---------------------------------------------------------------------------


def _ods(data: bytes, name: str) -> Iterator[tuple[str, Rows]]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            info = z.getinfo("content.xml")
            if info.file_size > MAX_XML:
                raise StatedRefusal(name, 0, f"en ODS-fil med högst {MAX_XML // (1024 * 1024)} MB innehåll")
            xml = z.read(info)
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError) as exc:
        raise StatedRefusal(name, 0, "en läsbar ODS-fil", type(exc).__name__) from exc
    if b"<!DOCTYPE" in xml[:4096] or b"<!ENTITY" in xml:
        raise StatedRefusal(name, 0, "en ODS-fil utan DOCTYPE eller entiteter")
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise StatedRefusal(name, 0, "en läsbar ODS-fil", str(exc)) from exc
    for table in root.iter(f"{_T}table"):
        yield f"{name}, blad {table.get(f'{_T}name', '')}", _ods_rows(table, name)


def _ods_rows(table: ElementTree.Element, name: str) -> Rows:
    n = 0
    for row in table.iter(f"{_T}table-row"):
        repeat = int(row.get(f"{_T}number-rows-repeated", "1"))
        cells = _ods_cells(row)
        if not any(c not in (None, "") for c in cells):
            n += repeat  # LibreOffice writes the sheet's empty tail as one row repeated a million times
            continue
        for _ in range(repeat):
            n += 1
            if n > MAX_ROWS:
                raise StatedRefusal(name, n, f"högst {MAX_ROWS} rader")
            yield n, list(cells)


def _ods_cells(row: ElementTree.Element) -> list[Any]:
    out: list[Any] = []
    for cell in row:
        if cell.tag not in (f"{_T}table-cell", f"{_T}covered-table-cell"):
            continue
        value = _ods_value(cell)
        repeat = int(cell.get(f"{_T}number-columns-repeated", "1"))
        if value is None and len(out) + repeat > MAX_COLUMNS:
            break  # the empty columns to the sheet's right edge
        out.extend([value] * min(repeat, MAX_COLUMNS))
        if len(out) > MAX_COLUMNS:
            del out[MAX_COLUMNS:]
            break
    while out and out[-1] is None:
        out.pop()
    return out


def _ods_value(cell: ElementTree.Element) -> Any:
    kind = cell.get(f"{_O}value-type")
    if kind is None:
        return None
    if kind in ("float", "currency", "percentage"):
        try:
            number = Decimal(cell.get(f"{_O}value", ""))
        except InvalidOperation:
            return _ods_text(cell)
        return Percent(number) if kind == "percentage" else number
    if kind == "date":
        raw = cell.get(f"{_O}date-value", "")
        try:
            return dt.datetime.fromisoformat(raw) if "T" in raw else dt.date.fromisoformat(raw)
        except ValueError:
            return _ods_text(cell)
    if kind == "boolean":
        return cell.get(f"{_O}boolean-value") == "true"
    return _ods_text(cell)


def _ods_text(cell: ElementTree.Element) -> str:
    return "\n".join(_inline(p) for p in cell.findall(f"{_X}p"))


def _inline(el: ElementTree.Element) -> str:
    parts = [el.text or ""]
    for child in el:
        if child.tag == f"{_X}s":
            parts.append(" " * int(child.get(f"{_X}c", "1")))
        elif child.tag == f"{_X}tab":
            parts.append("\t")
        elif child.tag == f"{_X}line-break":
            parts.append("\n")
        else:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


# --- writing -----------------------------------------------------------------------


def append_row(ws: Any, values: Sequence[Any]) -> None:
    """`ws.append`, but a text that starts like a formula stays text (a string cell with Excel's quote prefix)."""
    ws.append(list(values))
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str) and formula_like(cell.value):
            cell.data_type = "s"
            cell.quotePrefix = True
