"""Is the document whole? A cut-off file must never pass for a complete one.

A text export carries no end marker, so a file cut at any byte still parses:
the plan simply has fewer budget lines, the calendar fewer meetings, and an
import of it would delete or withdraw everything after the cut. What a whole
document has, checked here after parsing and before anything is written:

- **Plan och budget.** Content (goal areas, KPIs, budget tables or a calendar).
  When it has a table of contents, the heading of the contents' last entry
  (the region's plans end with *Sammanträdesplanering …*) is there. The last
  meeting of the calendar has an agenda, and every category the other ordinary
  meetings have (a calendar cut between two rows of its last meeting loses one).
- **Tjänsteskrivelse, protokollsutdrag.** At least one section with text; a
  signature block ("I tjänsten") with a name after it; no section that ends the
  file without any content.
- **Every document.** The last line is not cut inside a table row (fewer cells
  than the rows above it, an unclosed `<ul>`, `<li>` or `<b>`) or inside a
  sentence (ending in a comma, a hyphen or "och").
- **Against the version already imported** (`shortened_copy_of`): the new file
  is not the old one cut short, and does not stop where the old one went on
  with further sections. This is the proof for the cuts the rules above cannot
  see, such as a calendar cut exactly between two meetings.

Each rule raises `ImportFailure` naming the file, the line and what is missing;
in lenient mode the same finding is reported as skipped and the import goes on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..domain.amounts import is_storable
from ..domain.dates import EARLIEST, LATEST, in_range
from ..domain.records import (
    CaseDocumentRecord,
    DocumentKind,
    ImportFailure,
    MeetingKind,
    PlanRecord,
    Skipped,
)
from .detect import MAX_AGENDA_ITEMS, MAX_ITEMS, MAX_MEETINGS, check_count

MAX_TOC_ENTRIES = 1_000

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MARKUP = re.compile(r"<[^>]*>|\*\*|__")
_TOC_ENTRY = re.compile(r"^(?P<title>.*?)\s*\.{2,}\s*(?:<b>)?\s*(?P<page>\d{1,4})\s*(?:</b>)?\s*$")
_OPEN_CLOSE = (("<ul", "</ul>"), ("<ol", "</ol>"), ("<li", "</li>"), ("<b>", "</b>"), ("<i>", "</i>"),
               ("<sup>", "</sup>"), ("<table", "</table>"), ("<tr", "</tr>"), ("<td", "</td>"))
_CUT_ENDINGS = (",", "-", "–", " och", " samt", " eller", " att", " för", " i", " av", "(")
CUT = "filen verkar avkortad"


class _Findings:
    def __init__(self, file: str, lenient: bool, skipped: list[Skipped] | None) -> None:
        self.file, self.lenient, self.skipped = file, lenient, skipped

    def fail(self, line: int, expected: str, found: str | None = None) -> None:
        if not self.lenient:
            raise ImportFailure(self.file, line, expected, found)
        if self.skipped is not None:
            self.skipped.append(Skipped(self.file, line, f"förväntade {expected}" + (f", fann {found!r}" if found else "")))


def normalise(text: str) -> str:
    """For comparing a contents entry with a heading: no markup, no punctuation, one space, casefolded."""
    plain = _MARKUP.sub("", text).replace("\u00a0", " ").casefold()
    return " ".join(re.findall(r"\w+", plain))


def headings(lines: Sequence[str]) -> list[tuple[int, str]]:
    """(line number, text) of every Markdown heading."""
    out = []
    for n, line in enumerate(lines, start=1):
        m = _HEADING.match(line)
        if m and m[1].strip():
            out.append((n, m[1]))
    return out


def last_line(lines: Sequence[str]) -> tuple[int, str]:
    for n in range(len(lines), 0, -1):
        if lines[n - 1].strip():
            return n, lines[n - 1]
    return 0, ""


def _unclosed(line: str) -> str | None:
    low = line.casefold()
    for opening, closing in _OPEN_CLOSE:
        if low.count(opening) > low.count(closing):
            return opening + ">"
    return None


def check_last_line(lines: Sequence[str], find: _Findings) -> None:
    """The file must not stop inside a table row, a markup element or a sentence."""
    n, line = last_line(lines)
    if not n:
        return
    tag = _unclosed(line)
    if tag:
        find.fail(n, f"en hel sista rad; {CUT} (elementet {tag} avslutas aldrig)", line[-80:])
        return
    if "\t" in line:
        cells = line.count("\t") + 1
        above = [lines[i].count("\t") + 1 for i in range(n - 2, max(n - 12, -1), -1) if "\t" in lines[i]]
        if above and cells < min(above):
            find.fail(n, f"en hel tabellrad med {min(above)} kolumner; {CUT}", line[-80:])
        return
    stripped = _MARKUP.sub("", line).rstrip()
    if stripped.endswith(_CUT_ENDINGS):
        find.fail(n, f"en hel mening på sista raden; {CUT}", stripped[-80:])


def toc_entries(lines: Sequence[str]) -> tuple[int, list[tuple[int, str]]]:
    """(line of the heading, [(line, title)]) of the "Innehållsförteckning"; (0, []) without one.

    A title that runs over two lines (the first without a page number) is joined.
    """
    start = next((n for n, text in headings(lines) if normalise(text) == "innehållsförteckning"), 0)
    if not start:
        return 0, []
    entries: list[tuple[int, str]] = []
    pending = ""
    i = start  # index of the line after the heading
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines) and lines[i].strip() and not _HEADING.match(lines[i]):
        m = _TOC_ENTRY.match(lines[i].strip())
        if m:
            entries.append((i + 1, f"{pending} {m['title']}".strip()))
            pending = ""
            if len(entries) > MAX_TOC_ENTRIES:
                check_count("", len(entries), "rader i innehållsförteckningen", MAX_TOC_ENTRIES)
        else:
            pending = f"{pending} {lines[i].strip()}".strip()
        i += 1
    return start, entries


def _same_section(entry: str, heading: str) -> bool:
    a, b = normalise(entry), normalise(heading)
    if not a or not b:
        return False
    if a == b or a.startswith(b) or b.startswith(a):
        return True
    ta, tb = set(a.split()), set(b.split())
    return len(ta & tb) / len(ta | tb) >= 0.6


def check_toc(lines: Sequence[str], find: _Findings) -> None:
    start, entries = toc_entries(lines)
    if not start:
        return
    if not entries:
        find.fail(start, f"en innehållsförteckning med sina rader; {CUT}")
        return
    line, last = entries[-1]
    after = [(n, text) for n, text in headings(lines) if n > line]
    if not any(_same_section(last, text) for _, text in after):
        find.fail(len(lines), f"avsnittet '{normalise(last)}' som innehållsförteckningen (rad {line}) anger; {CUT}")


def check_dates(plan_or_case: PlanRecord | CaseDocumentRecord, find: _Findings) -> None:
    if not in_range(plan_or_case.date):
        find.fail(0, f"ett datum mellan {EARLIEST.year} och {LATEST.year}", str(plan_or_case.date))
    if isinstance(plan_or_case, PlanRecord):
        for m in plan_or_case.meetings:
            if not (in_range(m.start) and in_range(m.end)):
                find.fail(m.line, f"ett sammanträdesdatum mellan {EARLIEST.year} och {LATEST.year}", str(m.start))


def check_calendar(lines: Sequence[str], plan: PlanRecord, find: _Findings) -> None:
    from .plan_calendar import parse_meeting_dates

    year = plan.year
    for start, text in headings(lines):
        if not normalise(text).startswith("sammanträdesplanering"):
            continue
        m = re.search(r"\b(\d{4})\s*$", normalise(text))
        rows = []
        for n in range(start, len(lines)):
            if _HEADING.match(lines[n]):
                break
            if "\t" in lines[n] and lines[n].strip():
                rows.append((n + 1, lines[n]))
        dated = [i for i, (_, row) in enumerate(rows)
                 if parse_meeting_dates(row.split("\t", 1)[0], int(m[1]) if m else year)]
        if not dated:
            find.fail(start, f"sammanträden under rubriken '{text.strip()}'; {CUT}")
        elif dated[-1] == len(rows) - 1:
            n, row = rows[-1]
            find.fail(n, f"en föredragningslista under sista sammanträdet ({row.split(chr(9), 1)[0].strip()}); {CUT}")
    meetings = list(plan.meetings)
    if not meetings:
        return
    seen: dict[tuple[str, dt.date], int] = {}
    for m in meetings:
        first = seen.setdefault((m.body_code, m.start), m.line)
        if first != m.line:
            find.fail(m.line, f"ett sammanträde per dag; {m.start:%Y-%m-%d} står redan på rad {first}")
    last = meetings[-1]
    if last.kind != MeetingKind.MEETING:
        return
    if not last.items:
        find.fail(last.line, f"en föredragningslista under sista sammanträdet ({last.start:%Y-%m-%d}); {CUT}")
        return
    ordinary = [m for m in meetings[:-1] if m.kind == MeetingKind.MEETING and m.items]
    if len(ordinary) < 2:
        return
    common = set.intersection(*({i.category for i in m.items} for m in ordinary))
    missing = sorted(common - {i.category for i in last.items})
    if missing:
        find.fail(last.line, f"punkter under '{missing[0]}' också i sista sammanträdet ({last.start:%Y-%m-%d}), "
                             f"som i alla andra; {CUT}")


def check_amounts(plan: PlanRecord, find: _Findings) -> None:
    figures = [(b.line, b.amount) for b in plan.budget_lines]
    figures += [(m.line, a) for m in plan.measures for _, a in m.effects]
    figures += [(i.line, i.amount) for i in plan.investments]
    figures += [(k.line, k.target) for k in plan.kpis if k.target is not None]
    figures += [(c.line, v) for c in plan.checks for v in (c.stated, c.computed)]
    for line, value in figures:
        if not is_storable(value):
            find.fail(line, "ett belopp med högst 24 siffror före och 16 efter decimaltecknet", f"{value}")


def check_plan(text: str, plan: PlanRecord, file: str, *, lenient: bool = False,
               skipped: list[Skipped] | None = None) -> None:
    """Refuse (or, lenient, report) a plan that is cut off or structurally incomplete."""
    find = _Findings(file, lenient, skipped)
    check_count(file, len(plan.meetings), "sammanträden", MAX_MEETINGS)
    check_count(file, sum(len(m.items) for m in plan.meetings), "ärendepunkter", MAX_AGENDA_ITEMS)
    for what, rows in (("budgetrader", plan.budget_lines), ("nyckeltal", plan.kpis), ("uppdrag", plan.assignments), ("åtgärder", plan.measures),
                       ("investeringar", plan.investments)):
        check_count(file, len(rows), what, MAX_ITEMS)
    lines = text.split("\n")
    if not (plan.goal_areas or plan.kpis or plan.budget_lines or plan.meetings or plan.assignments):
        find.fail(len(lines), "planens innehåll: målområden, nyckeltal, budgettabeller eller sammanträden; "
                              f"{CUT}")
    check_last_line(lines, find)
    check_toc(lines, find)
    check_calendar(lines, plan, find)
    check_dates(plan, find)
    check_amounts(plan, find)


def check_case_document(text: str, rec: CaseDocumentRecord, file: str, *, lenient: bool = False,
                        skipped: list[Skipped] | None = None) -> None:
    """Refuse (or, lenient, report) a tjänsteskrivelse or protocol excerpt that is cut off."""
    find = _Findings(file, lenient, skipped)
    check_count(file, len(rec.sections), "avsnitt", MAX_ITEMS)
    lines = text.split("\n")
    if not any(s.blocks for s in rec.sections):
        find.fail(len(lines), f"minst ett avsnitt med text; {CUT}")
    elif rec.kind == DocumentKind.TJANSTESKRIVELSE:
        proposal = rec.proposed_decision
        if proposal is None or not proposal.blocks:
            find.fail(len(lines), f"ett förslag till beslut (t.ex. 'Regiondirektörens förslag') med text; {CUT}")
        elif not rec.signatories:
            find.fail(len(lines), f"underskrifterna efter förslaget ('I tjänsten' och namn); {CUT}")
    check_last_line(lines, find)
    signature_at = next((n for n, line in enumerate(lines, start=1)
                         if _MARKUP.sub("", line).strip().casefold().rstrip(",") == "i tjänsten"), 0)
    if signature_at and not rec.signatories:
        find.fail(signature_at, f"namnet på den som undertecknar efter 'I tjänsten'; {CUT}")
    distribution = ("utdrag till", "beslutet skickas till", "expedieras till", "skickas till", "sändlista")
    listed_at = next((n for n, line in enumerate(lines, start=1)
                      if normalise(line.lstrip("#")) in distribution), 0)
    if listed_at and not rec.distribution:
        find.fail(listed_at, f"mottagarna efter '{lines[listed_at - 1].strip('# ')}'; {CUT}")
    if rec.sections and not rec.sections[-1].blocks:
        last = rec.sections[-1]
        if normalise(last.heading) not in distribution:
            find.fail(len(lines), f"text under rubriken '{last.heading}'; {CUT}")
        elif not rec.distribution:
            find.fail(len(lines), f"mottagarna under '{last.heading}'; {CUT}")
    check_dates(rec, find)


def shortened_copy_of(old: str, new: str, *, lenient: bool = False) -> str | None:
    """Why `new` looks like `old` cut short, or None: the proof against the version already imported.

    `new` is `old` cut (a prefix of it, beyond trailing space): refused even when lenient,
    since it holds nothing the database lacks. Or, strict only, `new` has exactly the first
    headings of `old` and stops where `old` goes on with further sections.
    """
    a, b = old.rstrip(), new.rstrip()
    if len(b) < len(a) and a.startswith(b):
        return f"början av den version som redan är inläst ({len(b)} av {len(a)} tecken)"
    if lenient:
        return None
    old_heads = [normalise(t) for _, t in headings(old.split("\n"))]
    new_heads = [normalise(t) for _, t in headings(new.split("\n"))]
    if new_heads and len(new_heads) < len(old_heads) and old_heads[: len(new_heads)] == new_heads:
        missing = old_heads[len(new_heads)]
        return f"samma avsnitt som den inlästa versionen fram till '{missing}', där den slutar"
    return None
