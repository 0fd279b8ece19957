"""Content is detected by kind from its first bytes, and every limit refuses in bounded time (#15)."""

from __future__ import annotations

import io
import time
import zipfile

import pytest

from nämndklient.domain.records import ImportFailure
from nämndklient.importers.detect import MAX_JSON_DEPTH, Kind, check_json_depth, check_text_shape, kind_of


def office(*names: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name in names:
            zf.writestr(name, "<x/>")
    return buf.getvalue()


@pytest.mark.parametrize(("head", "kind"), [
    (b"%PDF-1.7\n%\xe2\xe3", Kind.PDF),
    (office("manifest.json", "files/a.txt"), Kind.ZIP),
    (office("[Content_Types].xml", "word/document.xml"), Kind.DOCX),
    (office("[Content_Types].xml", "xl/workbook.xml"), Kind.XLSX),
    (b"\xef\xbb\xbf  {\"values\": []}", Kind.JSON),
    (b"[1, 2]", Kind.JSON),
    (b"# Plan och budget 2024\n\nRegionstyrelsen\n", Kind.TEXT),
    ("Nyckeltal;Målområde;Period\n".encode(), Kind.TEXT),
    (b"\x89PNG\r\n\x1a\n\x00\x00", Kind.BINARY),
    (b"SQLite format 3\x00", Kind.BINARY),
    (b"abc\x00def", Kind.BINARY),
    (b" \n\t\r\n", Kind.EMPTY),
])
def test_the_kind_comes_from_the_first_bytes(head: bytes, kind: Kind) -> None:
    assert kind_of(head) == kind


def test_json_depth_is_counted_outside_strings_only() -> None:
    check_json_depth(b'{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\"["}', "f.json")
    check_json_depth(b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH, "f.json")
    with pytest.raises(ImportFailure, match=r"f\.json.*64 nivåer"):
        check_json_depth(b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1), "f.json")
    with pytest.raises(ImportFailure, match="nivåer"):
        check_json_depth(b"[" * 100_000, "f.json")  # unclosed: json.loads would recurse into it


def test_a_large_json_file_is_checked_in_bounded_time() -> None:
    entry = b'{"kpi": "N00945", "municipality": "0023", "period": 2020, "values": [{"gender": "T", "value": 31.3}]}'
    data = b'{"values": [' + b",".join([entry] * 600_000) + b"]}"  # about 60 MiB, the size limit's order
    started = time.monotonic()
    check_json_depth(data, "stor.json")
    assert time.monotonic() - started < 10


def test_text_shape_names_the_line() -> None:
    with pytest.raises(ImportFailure, match=r"f.txt, rad 3: fann en rad på 100\u00a0001 tecken"):
        check_text_shape("a\nb\n" + "x" * 100_001 + "\nc", "f.txt")
    with pytest.raises(ImportFailure, match="tabellrader"):
        check_text_shape("a\tb\n" * 6_001, "f.txt")
    check_text_shape("a\tb\n" * 5_000, "f.txt")


def test_a_long_search_is_refused_at_once(demo_db: object) -> None:
    from nämndklient.persistence.search_index import QueryTooLong, search

    started = time.monotonic()
    with pytest.raises(QueryTooLong), demo_db.session() as s:  # type: ignore[attr-defined]
        search(s, " ".join(f"sjukv{i}" for i in range(2_000)))
    assert time.monotonic() - started < 1
    with demo_db.session() as s:  # type: ignore[attr-defined]
        assert search(s, "sjukvard ekonomi")  # a few words still find


@pytest.mark.parametrize("data", [b'Tabell;"Omr\xc3\xa5de\r;x\r' * 50, b'Nyckeltal;"' + b"x" * 200_000 + b'"\n',
                                  b"%PDF-1.4\n" + bytes(range(256)) * 10])
def test_the_template_sniffer_says_no_to_what_breaks_a_csv_reader(data: bytes) -> None:
    """The GUI asks it about any file the member picks: a CSV reader's error must not escape."""
    from nämndklient.importers.outcome_template import looks_like_outcome_template

    assert looks_like_outcome_template(data, "fil.csv") is False
