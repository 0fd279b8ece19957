"""Manifests: what the writer produces round-trips; anything mutated is refused cleanly, never crashes."""

from __future__ import annotations

import copy
import hashlib
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nämndklient.publishing import manifest as mf

OPARL = mf.OPARL
texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=40)


@st.composite
def manifests(draw: st.DrawFn) -> dict[str, Any]:
    n_files = draw(st.integers(0, 4))
    files = []
    for n in range(n_files):
        data = draw(st.binary(max_size=64))
        files.append({
            "type": OPARL + "File", "id": f"doc:{n}", "name": draw(texts), "fileName": f"f{n}.txt",
            "mimeType": "text/plain", "date": draw(st.none() | st.dates().map(lambda d: d.isoformat())),
            "size": len(data), "sha512Checksum": hashlib.sha512(data).hexdigest(),
            "accessUrl": f"files/{n:04d}-f.txt", "documentKind": "tjansteskrivelse", "version": draw(st.integers(1, 9)),
            "pageCount": None, "text": draw(st.text(max_size=80)), "details": {},
        })
    file_ids = [f["id"] for f in files]
    papers = [{"type": OPARL + "Paper", "id": f"RS/{n}/2024", "reference": f"RS/{n}/2024", "name": draw(texts),
               "mainFile": draw(st.none() | st.sampled_from(file_ids)) if file_ids else None, "auxiliaryFile": []}
              for n in range(draw(st.integers(0, 3)))]
    orders = draw(st.lists(st.integers(0, 500), unique=True, max_size=6))
    items = [{"type": OPARL + "AgendaItem", "id": f"RS:2024-09-10/{o}", "number": str(o), "order": o,
              "name": draw(texts), "public": draw(st.booleans()),
              "confidentialDays": draw(st.none() | st.integers(0, 3650)), "category": None, "presenters": [],
              "paper": draw(st.sampled_from([None, *[p["id"] for p in papers]])),
              "auxiliaryFile": draw(st.lists(st.sampled_from(file_ids), unique=True)) if file_ids else []}
             for o in orders]
    return {
        "format": mf.FORMAT, "schemaVersion": 1, "version": draw(st.integers(1, 10**6)),
        "created": "2024-09-01T10:00:00Z",
        "body": {"type": OPARL + "Body", "id": "RS", "shortName": "RS", "name": "Regionstyrelsen"},
        "meeting": {"type": OPARL + "Meeting", "id": "RS:2024-09-10", "name": draw(texts), "start": "2024-09-10",
                    "end": "2024-09-10", "startTime": "09:00", "location": None, "meetingState": "planerat",
                    "kind": "meeting", "participants": None, "modified": "2024-09-01T10:00:00Z", "agendaItem": items},
        "paper": papers,
        "file": files,
    }


@given(manifests())
@settings(max_examples=60, deadline=None)
def test_a_valid_manifest_round_trips(doc: dict[str, Any]) -> None:
    data = mf.encode(doc)
    assert mf.parse(data, "p.zip") == doc
    assert mf.encode(mf.parse(data, "p.zip")) == data


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


JUNK = [None, -1, 10**12, "", "../../x", "x" * 600, [], {}, True, 3.5, "2024-13-45", {"oväntat": 1}]


@given(manifests(), st.data())
@settings(max_examples=150, deadline=None)
def test_a_mutated_manifest_is_refused_cleanly_or_still_valid(doc: dict[str, Any], data: st.DataObject) -> None:
    mutated = copy.deepcopy(doc)
    path = data.draw(st.sampled_from(_paths(mutated)))
    parent = mutated
    for part in path[:-1]:
        parent = parent[part]
    action = data.draw(st.sampled_from(["replace", "delete", "add"]))
    if action == "delete" and isinstance(parent, dict):
        del parent[path[-1]]
    elif action == "add" and isinstance(parent, dict):
        parent["unknownField"] = 1
    else:
        parent[path[-1]] = data.draw(st.sampled_from(JUNK))
    try:
        result = mf.parse(json.dumps(mutated).encode(), "p.zip")
    except mf.PackageRefused as refused:
        assert "p.zip:" in str(refused) and "inget ändrades" in str(refused)
        return
    assert result == mutated  # accepted only if the mutation kept it valid (e.g. one string for another)


@pytest.mark.parametrize("raw", [b"", b"\xff\xfe", b"[]", b"null", b'{"format": "annat"}', b"{" * 10000])
def test_garbage_is_refused_with_a_sentence(raw: bytes) -> None:
    with pytest.raises(mf.PackageRefused, match=r"manifest\.json"):
        mf.parse(raw, "p.zip")


def test_an_unknown_schema_version_names_both_versions() -> None:
    with pytest.raises(mf.PackageRefused, match=r"schemaversion 2.*version 1"):
        mf.parse(json.dumps({"format": mf.FORMAT, "schemaVersion": 2}).encode(), "p.zip")
