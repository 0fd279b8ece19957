"""Read tjänsteskrivelser and protokollsutdrag exported from Word/PDF to text.

The secretariat's exports come in several styles (Markdown headings, bold
Markdown headings, plain text, hard-wrapped PDF text), so the parser reads the
*structure* of the document – a letterhead, a title, sections introduced by the
headings the region always uses, an "I tjänsten" signature block and an
"Utdrag till" list – and never the wording of one particular document.

Only `ImportFailure` ever leaves `parse_case_document`; in lenient mode the
parser records what it passed over as `Skipped` and carries on where it can.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from nämndklient.domain.bodies import BODY_NAMES, code_for_name
from nämndklient.domain.dates import MONTH_NUMBERS
from nämndklient.domain.numbers import strip_markup
from nämndklient.domain.records import (
    Block,
    BlockKind,
    CaseDocumentRecord,
    DocumentKind,
    ImportFailure,
    Person,
    Section,
    Skipped,
)
from nämndklient.domain.sections import SectionRole, proposal_heading, section_role

__all__ = ["looks_like_case_document", "parse_case_document"]


# Canonical spelling of every heading the region's templates use.  Keys are casefolded.
_SECTION_HEADINGS = {
    h.casefold(): h
    for h in (
        "Ärendebeskrivning",
        "Ärendet",
        "Regiondirektörens förslag",
        "Förslag till beslut",
        "Förslag till yttrande",
        "Beslutsförslag",
        "Beslut",
        "Beslutsunderlag",
        "Underlag för beslut",
        "Sammanfattning",
        "Bakgrund",
        "Yttrande",
        "Ekonomiska konsekvenser",
        "Konsekvenser",
        "Konsekvensanalys",
        "Barnkonsekvensanalys",
        "Jämställdhetsanalys",
        "Juridiska konsekvenser",
        "Ärendets beredning",
        "Beredning",
        "Samråd",
        "Facklig samverkan",
        "Skäl för beslut",
        "Skäl till beslut",
        "Motivering",
        "Bedömning",
        "Förvaltningens bedömning",
        "Uppföljning",
        "Yrkanden",
        "Propositionsordning",
        "Reservation",
        "Protokollsanteckning",
        "Bilagor",
        "Bilaga",
    )
}
_DISTRIBUTION_HEADINGS = {
    h.casefold(): "Utdrag till"
    for h in ("Utdrag till", "Beslutet skickas till", "Expedieras till", "Skickas till", "Sändlista")
}
_SIGNATURE_HEADINGS = {"i tjänsten", "i tjänsten,"}
# Sections whose lines are separate entries (one document per line), not hard-wrapped prose.
_LIST_ROLES = {SectionRole.BASIS, SectionRole.ATTACHMENTS}
# "Hälso- och sjukvårdsdirektörens förslag", "Arbetsutskottets förslag till beslut".
_PROPOSAL_HEADING = re.compile(r"^[A-ZÅÄÖ][\w\-]*(?: (?:och|[\w\-]+)){0,5}s förslag(?: till beslut)?$")

_DNR = re.compile(r"(?<![\w/])([A-ZÅÄÖ]{1,6})/(\d{1,6}(?::\d{1,6})?)/((?:19|20)\d\d)(?![\w/])")
_ISO_DATE = re.compile(r"(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])")
_MONTHS = MONTH_NUMBERS
_SWEDISH_DATE = re.compile(r"^(?:Datum:?\s*)?(\d{1,2}) (" + "|".join(_MONTHS) + r") (\d{4})$", re.IGNORECASE)
_DNR_LINE = re.compile(
    r"^(?:(?:Dnr|Diarienummer|Diarienr|Ärendenummer|Vår beteckning)\.?:?\s*)?$", re.IGNORECASE
)
_DATE_LABEL = re.compile(r"^(?:Datum\.?:?\s*)?$", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_PHONE_LABEL = re.compile(r"^(?:Telefon|Mobiltelefon|Mobil|Tfn|Tel)\b\.?\s*:?\s*(.*)$", re.IGNORECASE)
_EMAIL_LABEL = re.compile(r"^(?:E-post|E-mail|Epost|Mejl)\s*:?\s*(.*)$", re.IGNORECASE)
_NAME_LABEL = re.compile(r"^(?:Handläggare|Kontaktperson|Kontakt|Föredragande)\s*:\s*(.+)$", re.IGNORECASE)
_PHONE = re.compile(r"^\+?\d[\d \-/]{4,}\d$")
_UNIT_SUFFIXES = (
    "sekretariatet",
    "kansliet",
    "staben",
    "enheten",
    "avdelningen",
    "förvaltningen",
    "kontoret",
)
_BODY_SUFFIXES = ("nämnden", "nämnd", "styrelsen", "fullmäktige", "utskottet", "utskott", "direktionen")
_DOCTYPE_LINES = {"tjänsteskrivelse", "protokollsutdrag", "utdrag ur protokoll", "protokoll", "missiv"}
_PAGE_MARKER = re.compile(r"^(?:Sida \d+(?: \(| av )\d+\)?|\d+ ?\(\d+\))$", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[-*\u2013\u2022\u25aa\u25e6\u2023\uf0b7\u00b7])\s+(.*)$")
_NUMBERED = re.compile(r"^\(?(\d{1,2})[.)]\s+(.*)$")
_MD_HEADING = re.compile(r"^(#{1,6})(?:\s+|$)(.*?)\s*#*$")
_MD_LINK = re.compile(r"\[([^\[\]]*)\]\((?:[^()\s]*)\)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_DECISION = re.compile(
    r"^([A-ZÅÄÖ][\w\-]*(?: (?:och|[\w\-]+)){0,4}?) (?:beslutar|beslöt|föreslår|har beslutat)\b"
)

_EXPECTED_HEADING = "en rubrik (Ärendebeskrivning, Förslag till beslut, Beslut …)"
_EXPECTED_KIND = (
    "en tjänsteskrivelse (diarienummer som RS/454/2023 i brevhuvudet) "
    "eller ett protokollsutdrag (Sammanfattning och Beslut)"
)


@dataclass(frozen=True)
class _Line:
    no: int  # 1-based line number in the file
    text: str  # stripped; "" for a blank line


@dataclass(frozen=True)
class _Heading:
    role: str  # "section", "signature", "distribution" or "markdown" (an unknown Markdown heading)
    text: str
    inline: str = ""  # "Utdrag till: A, B" carries its content on the heading line


@dataclass
class _Context:
    """Strict or lenient: the single place that decides between failing and skipping."""

    file: str
    lenient: bool
    skipped: list[Skipped] = field(default_factory=list)
    _pending: list[tuple[int, str, str | None, str]] = field(default_factory=list)

    def problem(self, line: int, expected: str, found: str | None, reason: str) -> None:
        """Note a problem; it counts only once the document is known to be of a kind we read."""
        self._pending.append((line, expected, found, reason))

    def flush(self) -> None:
        for line, expected, found, reason in sorted(self._pending, key=lambda p: p[0]):
            if not self.lenient:
                raise ImportFailure(self.file, line, expected, _short(found))
            self.skipped.append(Skipped(self.file, line, reason))
        self._pending.clear()


def _short(text: str | None, limit: int = 80) -> str | None:
    if text is None:
        return None
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------- lines and inline text


def _split_lines(text: str) -> list[_Line]:
    """Number lines as an editor would, and drop PDF page markers so wrapped text joins across them."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    out: list[_Line] = []
    for i, raw in enumerate(text.split("\n"), 1):
        s = " ".join(raw.split())
        if s and _PAGE_MARKER.match(s):
            continue
        out.append(_Line(i, s))
    return out


def _clean(text: str) -> str:
    """Inline text without Markdown/HTML markup: links become their text, escapes their character."""
    text = _MD_LINK.sub(r"\1", text)
    text = strip_markup(text)
    text = _MD_ESCAPE.sub(r"\1", text)
    text = text.replace("**", "").replace("__", "")
    if len(text) > 2 and text[0] == text[-1] and text[0] in "*_" and text[1] != " ":
        text = text[1:-1]
    return " ".join(text.split())


def _unwrap_heading(text: str) -> tuple[str, bool, bool]:
    """`'### **Beslut**'` → `('Beslut', markdown, bold)`."""
    md = False
    m = _MD_HEADING.match(text)
    if m:
        md = True
        text = m.group(2)
    bold = len(text) > 4 and text.startswith("**") and text.endswith("**")
    return _clean(text), md, bold


def _heading(line: str, prev: str | None) -> _Heading | None:
    """Classify a line as a heading, or None.

    A plain line counts only when it starts with a capital (Swedish nouns inside a
    wrapped sentence do not), so "beslut" at the start of a wrapped line is prose.
    """
    if not line or len(line) > 160:
        return None
    core, md, bold = _unwrap_heading(line)
    if not core:
        return None
    marked = md or bold
    if not marked and not core[0].isupper():
        return None
    inline = ""
    head = core.rstrip(":").strip()
    if ":" in head:
        before, _, after = head.partition(":")
        if before.strip().casefold() in _SECTION_HEADINGS | _DISTRIBUTION_HEADINGS.keys():
            head, inline = before.strip(), after.strip()
    key = head.casefold()
    if key in _SIGNATURE_HEADINGS:
        return _Heading("signature", "I tjänsten")
    if key in _DISTRIBUTION_HEADINGS:
        return _Heading("distribution", _DISTRIBUTION_HEADINGS[key], inline)
    if key in _SECTION_HEADINGS:
        return _Heading("section", _SECTION_HEADINGS[key], inline)
    wrapped = bool(prev) and (prev[-1].islower() or prev[-1] in ",-") and not _is_heading_shape(prev)
    if _PROPOSAL_HEADING.match(head) and (marked or not wrapped):
        # "… beslutar enligt / Regiondirektörens förslag / och …" is a wrapped sentence, not a heading.
        return _Heading("section", head[0].upper() + head[1:])
    if md or (bold and len(head.split()) <= 10 and head[-1] not in ".:"):
        return _Heading("markdown", head)
    return None


def _is_heading_shape(text: str) -> bool:
    core, md, bold = _unwrap_heading(text)
    return md or bold or core.rstrip(":").casefold() in _SECTION_HEADINGS


# ---------------------------------------------------------------- letterhead


def _find_dnr(text: str) -> re.Match[str] | None:
    return _DNR.search(text)


def _is_dnr_line(text: str) -> bool:
    """A line that *is* a diarienummer (optionally labelled and dated), not prose that cites one."""
    rest = _DNR.sub("", text, count=1)
    if rest == text:
        return False
    rest = _ISO_DATE.sub("", rest).strip(" ,;\t")
    return bool(_DNR_LINE.match(rest))


def _parse_date(text: str) -> tuple[dt.date | None, bool]:
    """(date, is a date line). An invalid date on a date line gives (None, True)."""
    m = _ISO_DATE.search(text)
    if m and _DATE_LABEL.match(_ISO_DATE.sub("", text, count=1).strip()):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])), True
        except ValueError:
            return None, True
    m = _SWEDISH_DATE.match(text)
    if m:
        try:
            return dt.date(int(m[3]), _MONTHS[m[2].casefold()], int(m[1])), True
        except ValueError:
            return None, True
    return None, False


def _is_name(text: str) -> bool:
    """Two to four capitalised words of letters: "Sandra Hedman", "Anna-Karin von Platen"."""
    words = text.split()
    if not 2 <= len(words) <= 4:
        return False
    for w in words:
        if w in ("von", "af", "de", "van", "der", "la"):
            continue
        if not (w[0].isupper() and all(c.isalpha() or c in "-'’" for c in w)):
            return False
    return True


def _is_body_name(text: str) -> bool:
    """ "Regionstyrelsen", "Hälso- och sjukvårdsnämnden", "Regionala utvecklingsnämnden"."""
    if code_for_name(text) is not None:
        return True
    if not text or not text[0].isupper() or any(c.isdigit() for c in text):
        return False
    words = text.split()
    if not words[-1].casefold().endswith(_BODY_SUFFIXES):
        return False
    if len(words) == 1:
        return True
    if len(words) == 2:
        return words[0][-1] in "asne"  # an adjective or a genitive: "Regionala", "Regionstyrelsens"
    return len(words) == 3 and words[0].endswith("-") and words[1] == "och"


def _is_unit(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and text[0].isupper() and words[-1].casefold().endswith(_UNIT_SUFFIXES)


@dataclass
class _Letterhead:
    dnr: str | None = None
    dnr_line: int = 0
    date: dt.date | None = None
    body_name: str | None = None
    contact_name: str | None = None
    email: str | None = None
    phone: str | None = None
    protocol: bool = False  # the letterhead says "Protokollsutdrag"


def _letterhead_kind(text: str) -> str:
    """What one letterhead line is; "other" lines may be a contact name or the title."""
    clean = _clean(text)
    if not clean:
        return "blank"
    if _is_dnr_line(clean):
        return "dnr"
    if _parse_date(clean)[1]:
        return "date"
    if _PHONE_LABEL.match(clean) or _EMAIL_LABEL.match(clean) or ("@" in clean and _EMAIL.search(clean)):
        return "contact"
    if _PHONE.match(clean):
        return "contact"
    if clean.casefold() in _DOCTYPE_LINES:
        return "doctype"
    if _is_body_name(clean):
        return "body"
    if _is_unit(clean):
        return "unit"
    if re.match(r"^Region [A-ZÅÄÖ]\w*(?: [A-ZÅÄÖ]\w*)?$", clean):
        return "org"
    return "other"


def _read_letterhead(lines: list[_Line], ctx: _Context) -> _Letterhead:
    lh = _Letterhead()
    for ln in lines:
        clean = _clean(ln.text)
        kind = _letterhead_kind(ln.text)
        if kind == "dnr" and lh.dnr is None:
            m = _find_dnr(clean)
            if m:
                lh.dnr, lh.dnr_line = m.group(0), ln.no
            date, _ = _parse_date(clean)
            lh.date = lh.date or date
        elif kind == "date" and lh.date is None:
            date, _ = _parse_date(clean)
            if date is None:
                ctx.problem(ln.no, "ett giltigt datum (ÅÅÅÅ-MM-DD)", clean, f"ogiltigt datum {clean!r}")
            lh.date = date
        elif kind == "contact":
            # The raw line: a mailto link holds the address too.
            email = _EMAIL.search(ln.text) if "@" in ln.text else None
            phone = _PHONE_LABEL.match(clean)
            if email and lh.email is None:
                lh.email = email.group(0).casefold()
            elif phone and lh.phone is None:
                lh.phone = phone.group(1).strip() or None
            elif _PHONE.match(clean) and lh.phone is None:
                lh.phone = clean
        elif kind == "body" and lh.body_name is None:
            lh.body_name = clean
        elif kind == "doctype":
            lh.protocol = lh.protocol or clean.casefold() != "tjänsteskrivelse"
        elif kind == "other" and lh.contact_name is None:
            labelled = _NAME_LABEL.match(clean)
            name = labelled.group(1).strip() if labelled else clean
            if _is_name(name):
                lh.contact_name = name
    return lh


def _split_title(head: list[_Line]) -> tuple[list[_Line], list[_Line]]:
    """Plain export: the title is the last run of lines in the head that are not surely letterhead.

    Runs end at blank lines and at typed letterhead lines (dnr, date, e-mail …); a
    line that is just a person's name is the contact, never part of the title.
    """
    runs: list[list[_Line]] = []
    current: list[_Line] = []
    for ln in head:
        if _letterhead_kind(ln.text) == "other":
            current.append(ln)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    runs = [[ln for ln in run if not _is_name(_clean(ln.text))] for run in runs]
    runs = [run for run in runs if run]
    if not runs:
        return head, []
    title = runs[-1]
    taken = {ln.no for ln in title}
    return [ln for ln in head if ln.no not in taken], title


# ---------------------------------------------------------------- section bodies


def _paragraphs(lines: list[_Line]) -> list[list[_Line]]:
    out: list[list[_Line]] = []
    current: list[_Line] = []
    for ln in lines:
        if ln.text:
            current.append(ln)
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def _blocks(lines: list[_Line], as_list: bool) -> tuple[Block, ...]:
    """Paragraphs (hard-wrapped lines joined), bullets and numbered items of one section."""
    blocks: list[tuple[BlockKind, list[str]]] = []
    for para in _paragraphs(lines):
        prev: str | None = None
        start = len(blocks)
        for ln in para:
            text = ln.text
            in_list = len(blocks) > start and blocks[-1][0] != BlockKind.PARAGRAPH
            list_ok = prev is None or prev[-1] in ".:;!?" or in_list
            bullet = _BULLET.match(text)
            numbered = _NUMBERED.match(text)
            if bullet and (list_ok or text[0] in "\u2022\uf0b7\u25aa"):
                blocks.append((BlockKind.BULLET, [bullet.group(1)]))
            elif numbered and list_ok:
                blocks.append((BlockKind.NUMBERED, [numbered.group(2)]))
            elif as_list or len(blocks) == start:
                blocks.append((BlockKind.PARAGRAPH, [text]))
            else:
                blocks[-1][1].append(text)
            prev = text
    out = []
    for kind, parts in blocks:
        text = _clean(" ".join(parts))
        if text:
            out.append(Block(kind, text))
    return tuple(out)


def _signatories(lines: list[_Line], ctx: _Context) -> tuple[Person, ...]:
    """Name line + title line pairs; a paragraph of exactly two lines is always one pair."""
    people: list[Person] = []
    items: list[tuple[_Line, int, int]] = []  # line, paragraph index, paragraph length
    for p, para in enumerate(_paragraphs(lines)):
        items.extend((ln, p, len(para)) for ln in para)
    i = 0
    while i < len(items):
        ln, para, size = items[i]
        name = _clean(ln.text)
        if not _plausible_signature_line(name) or name[0].islower():
            ctx.problem(ln.no, "ett namn under I tjänsten", name, f"ej en underskrift: {_short(name)!r}")
            i += 1
            continue
        title: str | None = None
        if i + 1 < len(items):
            nxt, npara, _ = items[i + 1]
            cand = _clean(nxt.text)
            same = npara == para
            if _plausible_signature_line(cand) and (
                (same and (size == 2 or not _is_name(cand)))
                or (not same and size == 1 and not _is_name(cand))
            ):
                title = cand
        people.append(Person(name=name, title=title))
        i += 2 if title is not None else 1
    return tuple(people)


def _plausible_signature_line(text: str) -> bool:
    return (
        bool(text)
        and len(text.split()) <= 8
        and text[-1] not in ".:;!?"
        and not any(c.isdigit() for c in text)
    )


def _distribution(heading: _Heading, lines: list[_Line]) -> tuple[str, ...]:
    """Split "A, B och C." into entries; "Hälso- och sjukvårdsdirektör" stays one entry."""
    pieces: list[str] = [heading.inline] if heading.inline else []
    prev: str | None = None
    for ln in lines:
        text = ln.text
        if not text:
            prev = None
            continue
        bullet = _BULLET.match(text)
        continues = prev is not None and (prev.endswith((",", "-", " och")) or text[0].islower())
        if bullet:
            text = bullet.group(1)
        if pieces and (bullet or not continues):
            pieces.append(",")  # a new line that does not continue the previous one is a new entry
        pieces.append(" " + text)
        prev = text
    joined = _clean("".join(pieces))
    entries: list[str] = []
    for chunk in re.split(r"[,;]", joined):
        chunk = chunk.strip()
        if not chunk:
            continue
        entries.extend(_split_och(chunk))
    out = []
    for e in entries:
        e = e.strip().rstrip(".").strip()
        if e:
            out.append(e)
    return tuple(out)


def _split_och(chunk: str) -> list[str]:
    """Split on " och " only between entries: never after "X-", and only when both sides match in case."""
    parts = [chunk]
    while True:
        last = parts[-1]
        for m in re.finditer(r" och ", last):
            left, right = last[: m.start()], last[m.end() :]
            if not left or not right or left.endswith("-"):
                continue
            if left[0].isupper() == right[0].isupper():
                parts[-1:] = [left, right]
                break
        else:
            return parts


# ---------------------------------------------------------------- public API


def looks_like_case_document(text: str) -> bool:
    """Cheap sniff before a full parse: a dnr near the top plus a known heading, or protocol markers."""
    lines = _split_lines(text[:200_000])
    nonblank = [ln for ln in lines if ln.text]
    dnr_on_top = any(_is_dnr_line(_clean(ln.text)) for ln in nonblank[:15])
    headings: set[str] = set()
    prev: str | None = None
    for ln in lines[:2000]:
        h = _heading(ln.text, prev)
        if h and h.role != "markdown":
            headings.add(h.text.casefold())
        prev = ln.text or None
    known = headings - {"utdrag till", "i tjänsten"}
    if dnr_on_top and known:
        return True
    return "beslut" in headings and ("sammanfattning" in headings or " beslutar " in f" {text} ")


def parse_case_document(
    text: str, file: str, *, lenient: bool = False, skipped: list[Skipped] | None = None
) -> CaseDocumentRecord:
    """Parse one tjänsteskrivelse or protokollsutdrag; raise ImportFailure on broken structure."""
    ctx = _Context(file, lenient)
    try:
        record = _parse(text, ctx)
        ctx.flush()
        return record
    finally:
        if skipped is not None:
            skipped.extend(ctx.skipped)


def _parse(text: str, ctx: _Context) -> CaseDocumentRecord:
    lines = _split_lines(text)
    headings: list[tuple[int, _Heading]] = []  # index into lines
    prev: str | None = None
    for i, ln in enumerate(lines):
        h = _heading(ln.text, prev)
        if h is not None:
            headings.append((i, h))
        prev = ln.text or None

    # An unknown Markdown heading before any known heading is the title (000, 002).
    md_title: tuple[int, _Heading] | None = None
    if headings and headings[0][1].role == "markdown":
        md_title = headings.pop(0)
    if not headings:
        _fail_without_sections(lines, md_title, ctx)

    first = headings[0][0]
    if md_title is not None:
        head = lines[: md_title[0]]
        title_lines: list[_Line] = []
        title = md_title[1].text
        for ln in lines[md_title[0] + 1 : first]:
            if ln.text:
                ctx.problem(
                    ln.no, _EXPECTED_HEADING, ln.text, f"text före första rubriken: {_short(ln.text)!r}"
                )
    else:
        head, title_lines = _split_title(lines[:first])
        title = _clean(" ".join(ln.text for ln in title_lines))
    letterhead = _read_letterhead(head, ctx)

    sections: list[Section] = []
    signatories: list[Person] = []
    distribution: list[str] = []
    for k, (i, h) in enumerate(headings):
        end = headings[k + 1][0] if k + 1 < len(headings) else len(lines)
        body = lines[i + 1 : end]
        if h.role == "signature":
            signatories.extend(_signatories(body, ctx))
        elif h.role == "distribution":
            distribution.extend(_distribution(h, body))
        else:
            inline = [_Line(lines[i].no, h.inline)] if h.inline else []
            as_list = section_role(h.text, None) in _LIST_ROLES
            sections.append(Section(h.text, _blocks(inline + body, as_list)))

    if not sections:
        ln = lines[headings[0][0]]
        raise ImportFailure(ctx.file, ln.no, _EXPECTED_HEADING, _short(ln.text))

    contact = None
    if letterhead.contact_name:
        contact = Person(letterhead.contact_name, email=letterhead.email, phone=letterhead.phone)

    by_heading = {s.heading.casefold(): s for s in reversed(sections)}
    decision = by_heading.get("beslut")
    organ = None
    if decision and decision.blocks:
        m = _DECISION.match(decision.blocks[0].text)
        organ = m.group(1) if m else None
    has_proposal = any(proposal_heading(s.heading) for s in sections)
    protocol_marked = decision is not None and (organ is not None or "sammanfattning" in by_heading)
    protocol_marked = protocol_marked or letterhead.protocol
    tj_marked = letterhead.dnr is not None and (
        contact is not None or has_proposal or "ärendebeskrivning" in by_heading
    )

    if tj_marked or (letterhead.dnr is not None and not protocol_marked):
        return _tjansteskrivelse(
            ctx, letterhead, title, lines[first], sections, signatories, contact, distribution
        )
    if protocol_marked:
        body_name = letterhead.body_name or organ
        body_code = _code_of(letterhead.dnr) or (code_for_name(body_name) if body_name else None)
        if not title:
            underlag = by_heading.get("beslutsunderlag") or by_heading.get("underlag för beslut")
            title = underlag.blocks[0].text.rstrip(".") if underlag and underlag.blocks else ""
        return CaseDocumentRecord(
            kind=DocumentKind.PROTOKOLLSUTDRAG,
            title=f"Protokollsutdrag: {title}" if title else "Protokollsutdrag",
            dnr=letterhead.dnr,
            body_code=body_code,
            body_name=body_name,
            date=letterhead.date,
            sections=tuple(sections),
            signatories=tuple(signatories),
            contact=contact,
            distribution=tuple(distribution),
        )
    raise ImportFailure(ctx.file, 0, _EXPECTED_KIND, _short(_first_text(lines)))


def _tjansteskrivelse(
    ctx: _Context,
    lh: _Letterhead,
    title: str,
    first_heading: _Line,
    sections: list[Section],
    signatories: list[Person],
    contact: Person | None,
    distribution: list[str],
) -> CaseDocumentRecord:
    dnr = lh.dnr or ""
    if not title:
        ctx.problem(
            first_heading.no, "en ärenderubrik efter brevhuvudet", first_heading.text, "ärenderubrik saknas"
        )
        title = f"Tjänsteskrivelse {dnr}".strip()
    code = _code_of(dnr)
    return CaseDocumentRecord(
        kind=DocumentKind.TJANSTESKRIVELSE,
        title=title,
        dnr=lh.dnr,
        body_code=code,
        body_name=lh.body_name or (BODY_NAMES.get(code) if code else None),
        date=lh.date,
        sections=tuple(sections),
        signatories=tuple(signatories),
        contact=contact,
        distribution=tuple(distribution),
    )


def _code_of(dnr: str | None) -> str | None:
    if not dnr:
        return None
    m = _DNR.search(dnr)
    return m.group(1) if m else None


def _first_text(lines: list[_Line]) -> str | None:
    return next((ln.text for ln in lines if ln.text), None)


def _fail_without_sections(lines: list[_Line], md_title: tuple[int, _Heading] | None, ctx: _Context) -> None:
    """No heading at all: name the line where one was due if this looks like a tjänsteskrivelse."""
    nonblank = [ln for ln in lines if ln.text]
    dnr_line = next((ln for ln in nonblank[:15] if _is_dnr_line(_clean(ln.text))), None)
    if dnr_line is None:
        raise ImportFailure(ctx.file, 0, _EXPECTED_KIND, _short(_first_text(lines)))
    after = md_title[0] if md_title is not None else lines.index(dnr_line)
    due = next((ln for ln in lines[after + 1 :] if ln.text and _letterhead_kind(ln.text) == "other"), None)
    if due is not None and md_title is None:
        # The plain title line comes first; the heading was due after it.
        due = next((ln for ln in lines[lines.index(due) + 1 :] if ln.text), due)
    where = due or dnr_line
    raise ImportFailure(ctx.file, where.no, _EXPECTED_HEADING, _short(where.text if due else None))
