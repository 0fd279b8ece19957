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


# Letters NFKD does not split into a base letter and a mark.
_ASCII = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l",
                        "Ł": "L", "þ": "th", "Þ": "Th", "ŋ": "n", "Ŋ": "N", "ŧ": "t", "Ŧ": "T", "œ": "oe",
                        "Œ": "OE", "ı": "i"})


def ascii_code(text: str, length: int = 32) -> str:
    """A body code from a name, its letters kept: 'Gemeinde Hürtgenwald' → 'Gemeinde-Hurtgenwald', å → a.

    Empty when nothing of the name is Latin (the caller then uses the id).
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_ASCII)
    code = re.sub(r"[^A-Za-z0-9_]+", "-", plain).strip("-")
    return code[:length].rstrip("-")


def id_token(identifier: str, length: int = 24) -> str:
    """The telling end of a URL id: '…/meeting/333' → '333', '…/meetings.asp?id=7' → '7'.

    A long or empty end becomes a short hash of the whole id, so the token is always short and safe in a key.
    """
    runs = re.findall(r"[A-Za-z0-9_-]+", identifier)
    token = runs[-1] if runs else ""
    if not token or len(token) > length:
        import hashlib

        token = hashlib.sha256(identifier.encode("utf-8")).hexdigest()[:12]
    return token
