"""A document's `details` in the shape every reader expects, whatever a package put there.

`details` is JSON that arrives from outside (a signed package's `File.details`,
the central store): a signature proves who sent it, not that `sections` is a
list of sections. Readers (the pack, the case view) take it through
`clean_details`, which keeps what has the expected shape, drops what has not,
and bounds the amount, so a hostile value can never crash a view or a pack.
Keys this module does not know are passed on as they are: no reader here uses them.
"""

from __future__ import annotations

from typing import Any

from .records import BlockKind

MAX_SECTIONS = 2_000
MAX_BLOCKS = 20_000  # in all sections together
MAX_TEXT = 200_000  # characters of one heading, block or field
MAX_PEOPLE = 100
MAX_DISTRIBUTION = 500

_BLOCK_KINDS = {k.value for k in BlockKind}
_PERSON_FIELDS = ("name", "title", "email", "phone")
_TEXT_FIELDS = ("dnr", "body_code", "body_name")


def _text(value: Any) -> str | None:
    return value[:MAX_TEXT] if isinstance(value, str) else None


def _person(value: Any) -> dict[str, str | None] | None:
    if not isinstance(value, dict):
        return None
    person = {f: _text(value.get(f)) for f in _PERSON_FIELDS}
    return person if person["name"] else None


def _sections(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        return []
    out: list[dict[str, Any]] = []
    budget = MAX_BLOCKS
    for raw in value[:MAX_SECTIONS]:
        if not isinstance(raw, dict):
            continue
        heading = _text(raw.get("heading"))
        blocks_raw = raw.get("blocks")
        if heading is None or not isinstance(blocks_raw, list):
            continue
        blocks = []
        for b in blocks_raw[:budget]:
            if isinstance(b, dict) and b.get("kind") in _BLOCK_KINDS and isinstance(b.get("text"), str):
                blocks.append({**{k: v for k, v in b.items() if isinstance(k, str)}, "text": b["text"][:MAX_TEXT]})
        budget -= len(blocks)
        extra = {k: v for k, v in raw.items() if isinstance(k, str) and k not in ("heading", "blocks")}
        out.append({**extra, "heading": heading, "blocks": blocks})
        if budget <= 0:
            break
    return out


def clean_details(raw: Any) -> dict[str, Any]:
    """The well-formed part of `raw`; `{}` for anything that is not a JSON object."""
    if not isinstance(raw, dict):
        return {}
    out: dict[str, Any] = {k: v for k, v in raw.items() if isinstance(k, str)}
    for key in _TEXT_FIELDS:
        if key in raw:
            out[key] = _text(raw[key])
    if "year" in raw:
        year = raw["year"]
        out["year"] = year if isinstance(year, int) and not isinstance(year, bool) and 1 <= year <= 9999 else None
    if "sections" in raw:
        out["sections"] = _sections(raw["sections"])
    if "signatories" in raw:
        people = raw["signatories"] if isinstance(raw["signatories"], list) else []
        out["signatories"] = [p for p in (_person(x) for x in people[:MAX_PEOPLE]) if p]
    if "contact" in raw:
        out["contact"] = _person(raw["contact"])
    if "distribution" in raw:
        names = raw["distribution"] if isinstance(raw["distribution"], list) else []
        out["distribution"] = [n[:MAX_TEXT] for n in names[:MAX_DISTRIBUTION] if isinstance(n, str)]
    return out
