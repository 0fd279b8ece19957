"""Cells as spreadsheet programs read them: formula starts, the quote prefix, percent formats, ODS files."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal as D

import pytest

from nämndklient.domain.cells import csv_text, formula_like, from_fraction, percent_format, unquote
from nämndklient.domain.records import ImportFailure
from nämndklient.importers.spreadsheet import Percent, kind_of, sheets


@pytest.mark.parametrize("text", ["=1+1", "+46 70", "-rubrik", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_get_the_quote_prefix_and_lose_it_again(text: str) -> None:
    assert formula_like(text) and csv_text(text) == "'" + text and unquote(csv_text(text)) == text


@pytest.mark.parametrize("text", ["Frisktal", "", "−973", "'citat'", "2024-T1"])
def test_other_texts_are_left_alone(text: str) -> None:
    assert csv_text(text) == text and unquote(text) == text


@pytest.mark.parametrize(("fmt", "percent"), [
    ("0%", True), ("0.0 %", True), ("#,##0.00%", True), ("[Red]0%", True), ("0,0\u00a0%", True),
    ('0" %"', False), ("0\\%", False), ("General", False), ("0.00", False), (None, False), ("[$%-41D]0", False),
])
def test_percent_format_tells_a_scaling_percent_from_a_literal_one(fmt: str | None, percent: bool) -> None:
    assert percent_format(fmt) is percent


def test_from_fraction_is_exact() -> None:
    assert from_fraction(D("0.85")) == D(85) and str(from_fraction(D("0.85"))) == "85"
    assert str(from_fraction(D("0.145"))) == "14.5" and str(from_fraction(D("1"))) == "100"
    assert str(Percent(D("0.85"))) == "85 %"


def _ods(content: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
    return buf.getvalue()


NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def test_ods_cells_repeats_and_the_empty_tail() -> None:
    xml = (f'<office:document-content {NS}><office:body><office:spreadsheet><table:table table:name="Nyckeltal">'
           '<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="2"/>b</text:p>'
           '</table:table-cell><table:table-cell office:value-type="percentage" office:value="0.85"/>'
           '<table:table-cell office:value-type="float" office:value="31.32959689"/>'
           '<table:table-cell table:number-columns-repeated="16381"/></table:table-row>'
           '<table:table-row table:number-rows-repeated="1048575"><table:table-cell '
           'table:number-columns-repeated="16384"/></table:table-row>'
           '</table:table></office:spreadsheet></office:body></office:document-content>').encode()
    data = _ods(xml)
    assert kind_of(data) == "ods"
    [(where, rows)] = list(sheets(data, "m.ods"))
    assert where == "m.ods, blad Nyckeltal"
    assert list(rows) == [(1, ["a  b", Percent(D("0.85")), D("31.32959689")])]


def test_ods_with_entities_is_refused() -> None:
    xml = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    with pytest.raises(ImportFailure, match="utan DOCTYPE"):
        list(sheets(_ods(xml), "m.ods"))
