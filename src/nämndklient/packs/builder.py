"""Build one meeting pack ("Kallelse och handlingar") as a single PDF.

Order of work, chosen so that nothing is laid out or parsed twice:
1. open every attachment once (page counts, geometry, or why it is unusable);
2. typeset everything after the agenda in one reportlab pass, noting where each
   segment starts;
3. plan the final page sequence (front, item text, attachment pages, duplex
   fillers) and typeset the small cover + agenda with real page numbers;
4. draw the header/footer overlay for all pages in one reportlab pass;
5. copy every page once into a pikepdf (qpdf) document, stamp it, add links,
   outline and metadata, and write to a temporary file that replaces `out`
   atomically. Attachment streams are copied as they are, never re-encoded.
"""

from __future__ import annotations

import io
import math
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from nämndklient.packs.spec import PackItem, PackMeeting, PackOptions, PackResult
from nämndklient.packs.styles import sv_date_range

if TYPE_CHECKING:
    from nämndklient.packs.front import AgendaRow

_MAX_FRONT_PASSES = 4


@dataclass(frozen=True)
class _Slot:
    source: str  # "front", "body", "blank" or "att"
    index: int  # page index within the source
    context: str
    att: tuple[int, int] | None = None  # (item index, attachment index) for "att"


@dataclass(frozen=True)
class _Entry:
    """An agenda row and an outline entry at once, so the two cannot disagree."""

    level: int
    number: str
    title: str
    detail: str
    target: int
    agenda_title: str = ""  # the agenda has its own number column
    category: str = ""  # the item's category, which the agenda groups by as the application does


def _selected(meeting: PackMeeting, options: PackOptions, warnings: list[str]) -> list[PackItem]:
    if options.item_keys is None:
        return list(meeting.items)
    wanted = set(options.item_keys)
    known = {i.key for i in meeting.items}
    warnings += [f"Okänt ärende {k!r} hoppades över." for k in options.item_keys if k not in known]
    return [i for i in meeting.items if i.key in wanted]


def _detail(item: PackItem) -> str:
    parts = []
    if item.dnr:
        parts.append(f"Dnr {item.dnr}")
    if item.presenters:
        parts.append("Föredragande: " + ", ".join(item.presenters))
    return " · ".join(parts)


def _agenda_rows(entries: list[_Entry]) -> list[AgendaRow]:
    """The agenda's rows, with a heading wherever the category changes (as the meeting view groups)."""
    from nämndklient.packs import front

    rows: list[AgendaRow] = []
    current = ""
    for e in entries:
        if e.level == 0 and e.category and e.category != current:
            rows.append(front.AgendaRow("", e.category, "", e.target, front.CATEGORY_LEVEL))
        if e.level == 0:
            current = e.category
        rows.append(front.AgendaRow(e.number, e.agenda_title, e.detail, e.target, e.level))
    return rows


def _guess_front_pages(entries: list[_Entry]) -> int:
    """Cover plus an estimate of the agenda's length; a wrong guess only costs one more cheap pass."""
    height = 90.0 + sum(33.0 if e.level == 0 else 13.5 for e in entries if e.target > 1)
    return 1 + max(1, math.ceil(height / 694.0))


def _pdf_date(options: PackOptions) -> str:
    c = options.created
    text = c.strftime("D:%Y%m%d%H%M%S")
    offset = c.utcoffset()
    if offset is None:
        return text
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{text}{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"


def build_pack(meeting: PackMeeting, options: PackOptions, out: Path) -> PackResult:
    """Write the pack to `out` (atomically) and describe what was written."""
    from nämndklient.runtime.leftovers import hold, remove_stale

    out = Path(out)
    remove_stale(out.parent, out.name)  # a killed earlier pack's temporary file
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    try:
        hold(fd)
        with os.fdopen(fd, "wb") as handle:
            result = _build(meeting, options, out, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, out)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return result


def _build(meeting: PackMeeting, options: PackOptions, out: Path, handle: io.BufferedWriter) -> PackResult:
    from nämndklient.packs import front, layout, merge, overlay

    warnings: list[str] = []
    items = _selected(meeting, options, warnings)
    withheld = [i.confidential and not options.include_confidential for i in items]

    # 1. attachments, parsed once
    opened: dict[tuple[int, int], merge.OpenedAttachment] = {}
    for n, item in enumerate(items):
        if withheld[n]:
            continue
        for j, att in enumerate(item.attachments):
            opened[n, j] = o = merge.open_attachment(att)
            if o.reason:
                warnings.append(f"Ärende {item.number}, bilaga {att.filename!r} kunde inte läsas: {o.reason}.")

    # 2. the typeset body, in final order
    segments: list[layout.Segment] = []
    for n, item in enumerate(items):
        if withheld[n]:
            segments.append(layout.Segment(f"w{n}", layout.withheld_story(item)))
            continue
        segments.append(layout.Segment(f"i{n}", layout.item_story(item, options.notes == "after_item")))
        for j, att in enumerate(item.attachments):
            if opened[n, j].reason:
                segments.append(layout.Segment(
                    f"p{n}.{j}", layout.placeholder_story(item, j + 1, att, opened[n, j].reason or "")))
    noted = [i for n, i in enumerate(items) if not withheld[n] and (i.notes or i.question)]
    if options.notes == "appendix" and noted:
        segments.append(layout.Segment("notes", layout.notes_appendix(noted)))
    for k, table in enumerate(options.extra_appendix):
        segments.append(layout.Segment(f"t{k}", layout.appendix_table(table)))
    body_pdf, starts, body_pages = layout.build_body(segments)
    order = [s.key for s in segments]
    span = {key: range(starts[key], starts[order[k + 1]] if k + 1 < len(order) else body_pages)
            for k, key in enumerate(order)}

    # 3. page plan and front matter; the agenda's own length is found in at most a few cheap passes
    def plan(front_pages: int) -> tuple[list[_Slot], list[_Entry]]:
        slots = [_Slot("front", 0, "Kallelse och handlingar")]
        slots += [_Slot("front", p, "Föredragningslista") for p in range(1, front_pages)]
        entries = [_Entry(0, "", "Föredragningslista", "", 1)] if front_pages > 1 else []

        def start_odd() -> None:
            if options.duplex and len(slots) % 2:
                slots.append(_Slot("blank", 0, slots[-1].context))

        def body(key: str, context: str) -> None:
            slots.extend(_Slot("body", p, context) for p in span[key])

        for n, item in enumerate(items):
            start_odd()
            head = f"Ärende {item.number} · {item.title}" if item.number else item.title
            title = f"{item.number}. {item.title}" if item.number else item.title
            if withheld[n]:
                entries.append(_Entry(0, item.number, title, "Sekretess – ingår inte i utskicket", len(slots),
                                      item.title))
                body(f"w{n}", head)
                continue
            entries.append(_Entry(0, item.number, title, _detail(item), len(slots), item.title,
                                  item.category or ""))
            body(f"i{n}", head)
            for j, att in enumerate(item.attachments):
                o = opened[n, j]
                label = f"Bilaga {j + 1}: {att.title}"
                context = f"Ärende {item.number} · Bilaga {j + 1}: {att.title}"
                label += " (kunde inte läsas)" if o.reason else ""
                entries.append(_Entry(1, "", label, "", len(slots), label))
                if o.reason:
                    body(f"p{n}.{j}", context)
                else:
                    slots.extend(_Slot("att", p, context, (n, j)) for p in range(o.pages))
        for key, title in [("notes", "Mina anteckningar")] + [
                (f"t{k}", t.title) for k, t in enumerate(options.extra_appendix)]:
            if key in span:
                start_odd()
                entries.append(_Entry(0, "", title, "", len(slots), title))
                body(key, title)
        return slots, entries

    front_pages = _guess_front_pages(plan(2)[1])
    for _ in range(_MAX_FRONT_PASSES):
        slots, entries = plan(front_pages)
        rows = _agenda_rows([e for e in entries if e.title != "Föredragningslista"])
        front_pdf, got, links = front.build_front(meeting, options, rows, len(slots), len(items))
        if got == front_pages:
            break
        front_pages = got
    else:  # pragma: no cover - the agenda's length does not depend on the numbers in it
        raise RuntimeError("Föredragningslistans sidantal blev inte stabilt.")

    # 4. header, footer and watermarks for every page
    when = sv_date_range(meeting.start, meeting.end)
    marks = []
    if options.member_name:
        marks.append(f"Personligt exemplar – {options.member_name}")
    if options.draft:
        marks.append("UTKAST")
    if options.include_confidential:
        marks.append("SEKRETESS")
    settings = overlay.StampSettings(
        left_header=f"{meeting.body_name} · {when}",
        footer_left=(f"Personligt exemplar – {options.member_name}" if options.member_name
                     else "Kallelse och handlingar"),
        watermarks=tuple(marks),
        marking=" · ".join(m for m, on in (("UTKAST", options.draft),
                                           ("SEKRETESS", options.include_confidential)) if on))

    contexts = list(dict.fromkeys(s.context for s in slots))
    context_index = {c: i for i, c in enumerate(contexts)}
    writer = merge.PackWriter(overlay.build_sheet(contexts, settings, len(slots)))

    # 5. one copy of every page; qpdf copies the streams when the pack is saved
    sources = {"front": writer.source(front_pdf)}
    if body_pdf:
        sources["body"] = writer.source(body_pdf)
    for s in slots:
        context = context_index[s.context]
        if s.source == "blank":
            writer.add_blank(context)
        elif s.source == "att" and s.att is not None:
            o = opened[s.att]
            assert o.pdf is not None
            writer.add_attachment_page(o.pdf.pages[s.index], o.geometry[s.index], context)
        else:
            writer.add_rendered(sources[s.source].pages[s.index], context)
    _finish(writer.pdf, meeting, options, entries, links, when)
    writer.save(handle, [o.pdf.pdf_version for o in opened.values() if o.pdf is not None])
    return PackResult(out, len(slots), tuple(warnings), tuple((e.level, e.title) for e in entries))


def _finish(pdf, meeting: PackMeeting, options: PackOptions, entries: list[_Entry], links, when: str) -> None:
    from pikepdf import Array, Dictionary, Name, OutlineItem, String

    from nämndklient.packs import merge

    pages = pdf.pages
    titles: dict[int, str] = {}
    for e in entries:
        titles.setdefault(e.target, e.title)
    for box in links:
        page = pages[box.page].obj
        where = f"sidan {box.target + 1}"
        link = pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Link, Rect=Array(list(box.rect)), Border=Array([0, 0, 0]),
            Dest=Array([pages[box.target].obj, Name.Fit]), F=merge.PRINT_FLAG,
            Contents=String(f"Gå till {titles[box.target]}, {where}" if box.target in titles else f"Gå till {where}")))
        if "/Annots" in page:
            page.Annots.append(link)
        else:
            page.Annots = Array([link])
    with pdf.open_outline() as outline:
        parent = None
        for e in entries:
            item = OutlineItem(e.title, e.target)
            if e.level and parent is not None:
                parent.children.append(item)
            else:
                outline.root.append(item)
                parent = item
    stamp = _pdf_date(options)
    title = f"{meeting.body_name} {when} – Kallelse och handlingar"
    info = {
        "/Title": title,
        "/Subject": f"Kallelse och handlingar: {meeting.title or meeting.body_name}, {when}",
        "/Author": meeting.body_name,
        "/Keywords": f"{meeting.body_code}, kallelse, handlingar",
        "/Creator": "Nämndklient",
        "/Producer": "Nämndklient (reportlab, pikepdf)",
        "/CreationDate": stamp,
        "/ModDate": stamp,
    }
    pdf.docinfo = pdf.make_indirect(Dictionary({k: String(v) for k, v in info.items()}))
    root = pdf.Root
    root.Lang = String("sv-SE")
    root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
    root.PageMode = Name.UseOutlines
    merge.finish_links(pdf)
    merge.distinct_subset_tags(pdf)
    merge.write_xmp(pdf, title=title, subject=info["/Subject"], author=meeting.body_name, keywords=info["/Keywords"],
                    language="sv-SE", created=options.created.isoformat(timespec="seconds"),
                    producer=info["/Producer"], creator_tool=info["/Creator"])
