"""Stable text keys for published things.

The member's notes, read marks and flags point at published material through
these keys rather than row ids, so a re-import that rebuilds rows still finds
them. A key is derived only from what identifies a thing in the domain: the
body and date of a meeting, an item's diarienummer or title.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata


def slug(text: str, length: int = 80) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = re.sub(r"[^\w]+", "-", folded).strip("-")
    return folded[:length].rstrip("-") or "x"


def meeting_key(body_code: str, start: dt.date) -> str:
    return f"{body_code}:{start.isoformat()}"


def item_key(meeting: str, title: str, dnr: str | None = None) -> str:
    return f"{meeting}/{dnr or slug(title)}"


def case_key(dnr: str | None, file_name: str) -> str:
    return dnr if dnr else f"file:{file_name}"


def document_key(kind: str, dnr: str | None, file_name: str) -> str:
    return f"{kind}:{dnr}" if dnr else f"{kind}:file:{file_name}"
