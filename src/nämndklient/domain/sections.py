"""What each section of a case document is: the one rule for proposal, decision and beslutsunderlag.

A tjänsteskrivelse is written before anyone decides: its "…förslag" ("Regiondirektörens
förslag", "Förslag till beslut") is the proposal. A protocol excerpt records what a body
did: its "Beslut" is that body's decision, and its "Beslutsunderlag" lists the papers the
decision rests on. The reader, the item view and the meeting pack all ask this module, so
a section is called the same thing everywhere; nothing else decides it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from .bodies import BODY_NAMES, code_for_name
from .records import DocumentKind, Section

__all__ = [
    "DocumentSections",
    "SectionRole",
    "decided_by",
    "proposal_heading",
    "section_role",
    "split_sections",
]


class SectionRole(StrEnum):
    PROPOSAL = "proposal"  # what the officer (or a preparing body) proposes be decided
    DECISION = "decision"  # what the body decided, in a protocol excerpt
    BASIS = "basis"  # beslutsunderlag: the list of papers the matter rests on
    BACKGROUND = "background"  # ärendebeskrivning, sammanfattning, bakgrund
    ASSESSMENT = "assessment"  # bedömning, skäl för beslut, motivering
    CONSEQUENCES = "consequences"  # ekonomiska konsekvenser, analyser
    PREPARATION = "preparation"  # beredning, samråd, facklig samverkan
    PROCEEDINGS = "proceedings"  # yrkanden, propositionsordning, reservation, protokollsanteckning
    ATTACHMENTS = "attachments"  # bilagor
    OTHER = "other"


# Keys are casefolded, whole headings.
_EXACT = {
    "beslutsunderlag": SectionRole.BASIS,
    "underlag för beslut": SectionRole.BASIS,
    "underlag": SectionRole.BASIS,
    "ärendebeskrivning": SectionRole.BACKGROUND,
    "ärendet": SectionRole.BACKGROUND,
    "sammanfattning": SectionRole.BACKGROUND,
    "bakgrund": SectionRole.BACKGROUND,
    "bedömning": SectionRole.ASSESSMENT,
    "förvaltningens bedömning": SectionRole.ASSESSMENT,
    "skäl för beslut": SectionRole.ASSESSMENT,
    "skäl till beslut": SectionRole.ASSESSMENT,
    "motivering": SectionRole.ASSESSMENT,
    "ärendets beredning": SectionRole.PREPARATION,
    "beredning": SectionRole.PREPARATION,
    "samråd": SectionRole.PREPARATION,
    "facklig samverkan": SectionRole.PREPARATION,
    "yrkanden": SectionRole.PROCEEDINGS,
    "yrkande": SectionRole.PROCEEDINGS,
    "propositionsordning": SectionRole.PROCEEDINGS,
    "reservation": SectionRole.PROCEEDINGS,
    "protokollsanteckning": SectionRole.PROCEEDINGS,
    "bilagor": SectionRole.ATTACHMENTS,
    "bilaga": SectionRole.ATTACHMENTS,
}
# "Regiondirektörens förslag", "Förslag till beslut", "Beslutsförslag", "Arbetsutskottets förslag till beslut".
_PROPOSAL = re.compile(r"(?:^|\s|s)förslag(?:\s+till\s+(?:beslut|yttrande))?$|^förslag\b|^beslutsförslag$")
_DECISION = re.compile(r"^(?:beslut|beslutet|.+s beslut)$")
_CONSEQUENCES = re.compile(r"konsekvens|analys$")


def _key(heading: str) -> str:
    return " ".join(heading.casefold().rstrip(":").split())


def section_role(heading: str, kind: DocumentKind | str | None) -> SectionRole:
    """The role of one section, from its heading and the kind of document it stands in.

    "Beslut" is a decision only in a protocol excerpt; in a tjänsteskrivelse, written
    before the meeting, a section of that name is not the body's decision, and it is
    not called a proposal either, since its heading does not say so.
    """
    key = _key(heading)
    if key in _EXACT:
        return _EXACT[key]
    if "underlag" in key and "beslut" in key:
        return SectionRole.BASIS
    if _PROPOSAL.search(key):
        return SectionRole.PROPOSAL
    if _DECISION.match(key):
        return SectionRole.DECISION if str(kind) == DocumentKind.PROTOKOLLSUTDRAG else SectionRole.OTHER
    if _CONSEQUENCES.search(key):
        return SectionRole.CONSEQUENCES
    return SectionRole.OTHER


def proposal_heading(heading: str) -> bool:
    """Whether a heading names a proposal whatever the document; the importer sniffs kinds with it."""
    return section_role(heading, None) is SectionRole.PROPOSAL


# ---------------------------------------------------------------- who decided

_BODY_WORD = r"[\w\-]*(?:nämnden|nämnd|styrelsen|styrelse|fullmäktige|utskottet|utskott|beredningen|direktionen)"
_DECIDES = re.compile(
    rf"^(?P<body>(?:[A-ZÅÄÖ][\w\-]* (?:och )?){{0,3}}?{_BODY_WORD}|[A-ZÅÄÖ]{_BODY_WORD}) "
    r"(?:beslutar|beslöt|beslutade|har beslutat)\b"
)
_PROPOSES_TO = re.compile(
    r"\bföreslår (?:att )?(?P<body>(?:[a-zåäö]+- och )?[a-zåäö]+(?:styrelsen|nämnden|fullmäktige))\b",
    re.IGNORECASE,
)
_COMMITTEES = ("arbetsutskottet", "utskottet", "beredningen")


def _genitive(name: str) -> str:
    return name if name.endswith("s") else name + "s"


def _indefinite(word: str) -> str:
    """ "arbetsutskottet" → "arbetsutskott", "beredningen" → "beredning"."""
    for suffix in ("et", "en"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def decided_by(blocks: Iterable[str]) -> str | None:
    """The body that made a protocol's decision, as the decision names it.

    "Arbetsutskottet beslutar att … och föreslår att regionstyrelsen …": a committee
    that proposes to a body is that body's committee, so the decision's own words name
    "Regionstyrelsens arbetsutskott". The qualified name is used only when it is a body
    the region has; otherwise the decision's own word stands.
    """
    texts = [t for t in blocks if t]
    if not texts:
        return None
    m = _DECIDES.match(texts[0])
    if not m:
        return None
    body = m["body"]
    if code_for_name(body) is not None or body.casefold() not in _COMMITTEES:
        return body
    for text in texts:
        to = _PROPOSES_TO.search(text)
        if not to:
            continue
        parent = to["body"]
        parent = parent[0].upper() + parent[1:]
        qualified = f"{_genitive(parent)} {_indefinite(body.casefold())}"
        if code_for_name(qualified) is not None:
            return BODY_NAMES[code_for_name(qualified) or ""]
    return body


# ---------------------------------------------------------------- one document's sections by role


@dataclass(frozen=True)
class DocumentSections:
    """A document's sections sorted by role: the proposal and the decision set apart, the rest in order."""

    proposal: Section | None
    decision: Section | None
    decided_by: str | None
    rest: tuple[tuple[Section, SectionRole], ...]


def split_sections(sections: Sequence[Section], kind: DocumentKind | str | None) -> DocumentSections:
    """The first proposal and the first decision, and every other section with its role."""
    proposal: Section | None = None
    decision: Section | None = None
    rest: list[tuple[Section, SectionRole]] = []
    for s in sections:
        role = section_role(s.heading, kind)
        if role is SectionRole.PROPOSAL and proposal is None:
            proposal = s
        elif role is SectionRole.DECISION and decision is None:
            decision = s
        else:
            rest.append((s, role))
    body = decided_by(b.text for b in decision.blocks) if decision else None
    return DocumentSections(proposal, decision, body, tuple(rest))
