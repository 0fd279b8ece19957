"""Which case (ärende) an agenda item is about: one rule, used by every import.

A tjänsteskrivelse belongs on the agenda item it was written for. The documents
say so by the diarienummer; where the agenda gives none, by the same title; and
otherwise only the member can say so. No other guess is made: two candidates
with the same title are no match, and neither is a document dated after the
meeting or from another body.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["CaseCandidate", "CaseIndex", "CaseLink", "ItemFacts", "match_case", "normalise_title"]


class CaseLink(StrEnum):
    """How an item came to have its case; shown to the member beside the documents."""

    PUBLISHED = "published"  # the secretariat's package names the item's paper
    DNR = "dnr"  # the agenda names the same diarienummer
    TITLE = "title"  # the agenda has no dnr, and one case has the item's title
    MEMBER = "member"  # the member attached the document to the item


@dataclass(frozen=True)
class ItemFacts:
    title: str
    dnr: str | None
    body_code: str | None
    meeting_date: dt.date


@dataclass(frozen=True)
class CaseCandidate:
    key: str
    title: str
    dnr: str | None
    body_code: str | None
    date: dt.date | None


_NOISE = re.compile(r"[^\w]+")
_PREFIXES = ("tjänsteskrivelse", "protokollsutdrag", "yttrande", "information om", "information")


def normalise_title(title: str) -> str:
    """Case, punctuation, spacing and a leading document word ("Protokollsutdrag:") do not matter."""
    folded = unicodedata.normalize("NFKC", title).casefold().strip()
    for prefix in _PREFIXES:
        if folded.startswith(prefix + ":") or folded.startswith(prefix + " –"):
            folded = folded[len(prefix) + 1:]
    return _NOISE.sub(" ", folded).strip()


def _plausible(item: ItemFacts, case: CaseCandidate) -> bool:
    if case.body_code and item.body_code and case.body_code != item.body_code:
        return False
    return case.date is None or case.date <= item.meeting_date


class CaseIndex:
    """The cases by dnr and by normalised title, built once for many items (a crawl has thousands)."""

    def __init__(self, candidates: Iterable[CaseCandidate]) -> None:
        self.by_dnr: dict[str, list[CaseCandidate]] = {}
        self.by_title: dict[str, list[CaseCandidate]] = {}
        for c in candidates:
            if c.dnr:
                self.by_dnr.setdefault(c.dnr, []).append(c)
            self.by_title.setdefault(normalise_title(c.title), []).append(c)


def match_case(item: ItemFacts, candidates: Iterable[CaseCandidate] | CaseIndex) -> tuple[CaseCandidate, CaseLink] | None:
    """The one case the documents tie this item to, and how; None when they do not say."""
    index = candidates if isinstance(candidates, CaseIndex) else CaseIndex(candidates)
    if item.dnr:
        same = index.by_dnr.get(item.dnr, [])
        return (same[0], CaseLink.DNR) if len(same) == 1 else None
    wanted = normalise_title(item.title)
    if len(wanted.split()) < 2:
        return None  # "Information", "Övrigt": too short to be anyone's title
    same = [c for c in index.by_title.get(wanted, []) if _plausible(item, c)]
    return (same[0], CaseLink.TITLE) if len(same) == 1 else None
