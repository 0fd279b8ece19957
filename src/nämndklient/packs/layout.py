"""The typeset part of the pack after the agenda: item text, placeholders, appendices.

All of it is laid out in one reportlab pass. Every segment starts on a new page
and a zero-size marker records the page it landed on, so the builder can splice
attachment pages in between and number the agenda without a second pass.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from nämndklient.domain.records import Block, BlockKind
from nämndklient.domain.sections import SectionRole, section_role
from nämndklient.packs import fonts
from nämndklient.packs.spec import AppendixTable, PackAttachment, PackItem
from nämndklient.packs.styles import (
    ACCENT,
    BOX_FILL,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_H,
    PAGE_W,
    RULE,
    color,
    esc,
    flate_only,
    paragraph_styles,
    table_style,
)

FRAME_W = PAGE_W - 2 * MARGIN_X
NOTE_FILL = (0.99, 0.965, 0.88)
NOTE_BAR = (0.80, 0.58, 0.10)


@dataclass
class Segment:
    """A run of pages that starts on a fresh page; `key` names it for the builder."""

    key: str
    story: list[Flowable]


class _Mark(Flowable):
    """Zero-size flowable that records the (0-based) page it is drawn on."""

    def __init__(self, key: str, sink: dict[str, int]) -> None:
        super().__init__()
        self.key, self.sink = key, sink
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.sink.setdefault(self.key, self.canv.getPageNumber() - 1)


def make_doc(buf: io.BytesIO, title: str) -> BaseDocTemplate:
    fonts.register_fonts()
    doc = BaseDocTemplate(
        buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, invariant=1, initialFontName=fonts.SANS, title=title,
        author="", creator="Nämndklient", pageCompression=1,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="body", frames=[frame])])
    return doc


def build_body(segments: Sequence[Segment]) -> tuple[bytes, dict[str, int], int]:
    """Lay out all segments once; return the PDF, each segment's first page and the page count."""
    buf = io.BytesIO()
    doc = make_doc(buf, "")
    starts: dict[str, int] = {}
    story: list[Flowable] = []
    for i, seg in enumerate(segments):
        if i:
            story.append(PageBreak())
        story.append(_Mark(seg.key, starts))
        story.extend(seg.story)
    if not story:
        return b"", {}, 0
    with flate_only():
        doc.build(story)
    return buf.getvalue(), starts, doc.page


# -- text blocks -----------------------------------------------------------------------


def blocks(items: Iterable[Block], style_name: str = "body") -> list[Flowable]:
    """Paragraphs and lists; a numbered list restarts after any other kind of block."""
    st = paragraph_styles()
    base = st[style_name]
    bullet_style = base.clone(f"{style_name}-li", leftIndent=16, bulletIndent=4, spaceAfter=3)
    out: list[Flowable] = []
    number = 0
    for block in items:
        text = esc(block.text)
        if block.kind == BlockKind.NUMBERED:
            number += 1
            out.append(Paragraph(text, bullet_style, bulletText=f"{number}."))
            continue
        number = 0
        if block.kind == BlockKind.BULLET:
            out.append(Paragraph(text, bullet_style, bulletText="•"))
        else:
            out.append(Paragraph(text, base))
    return out


def shaded_box(rows: list[Flowable], fill: tuple, bar: tuple) -> Table:
    """A tinted box with a coloured bar on the left; one row per flowable so it can split."""
    table = Table([[f] for f in rows], colWidths=[FRAME_W], splitInRow=1)
    table.setStyle(TableStyle(table_style(
        ("BACKGROUND", (0, 0), (-1, -1), color(fill)),
        ("LINEBEFORE", (0, 0), (0, -1), 3, color(bar)),
        ("LEFTPADDING", (0, 0), (-1, -1), 14),
        ("RIGHTPADDING", (0, 0), (-1, -1), 14),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, 0), 10),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
    )))
    return table


def item_label(item: PackItem) -> str:
    return f"Ärende {item.number}" if item.number else "Ärende"


def item_heading(item: PackItem) -> list[Flowable]:
    st = paragraph_styles()
    label = item_label(item).upper()
    if item.category:
        label += f"  ·  {item.category}"
    out: list[Flowable] = [Paragraph(esc(label), st["label"]), Paragraph(esc(item.title), st["h1"])]
    meta = []
    if item.dnr:
        meta.append(f"Diarienummer <font name='{fonts.SANS_BOLD}'>{esc(item.dnr)}</font>")
    if item.presenters:
        meta.append("Föredragande " + esc(", ".join(item.presenters)))
    if meta:
        out.append(Paragraph("&nbsp;&nbsp;·&nbsp;&nbsp;".join(meta), st["meta"]))
    out.append(HRFlowable(width="100%", thickness=0.6, color=color(RULE), spaceBefore=8, spaceAfter=12))
    return out


PROPOSAL_LABEL = "Förslag till beslut"


def _role_box(label: str, heading: str, body: Sequence[Block], bar: tuple) -> list[Flowable]:
    """A proposal or a decision: what it is in small capitals, the document's own heading, the text."""
    st = paragraph_styles()
    rows: list[Flowable] = [Paragraph(esc(label.upper()), st["label"].clone("nk-role-l", textColor=color(bar)))]
    if heading and heading.casefold() != label.casefold():
        rows.append(Paragraph(esc(heading), st["h3"].clone("nk-role-h", spaceBefore=0)))
    rows += blocks(body, "decision")
    return [shaded_box(rows, BOX_FILL, bar), Spacer(1, 10)]


def decision_label(item: PackItem) -> str:
    return f"{item.decided_by} beslutade" if item.decided_by else "Beslut enligt protokollet"


def item_story(item: PackItem, with_notes: bool) -> list[Flowable]:
    """The item's text, each section by its role (domain.sections), as the reader shows it."""
    st = paragraph_styles()
    out = item_heading(item)
    if item.proposed_decision:
        out += _role_box(PROPOSAL_LABEL, item.proposal_heading or PROPOSAL_LABEL, item.proposed_decision, ACCENT)
    if item.decision:
        out += _role_box(decision_label(item), item.decision_heading or "Beslut", item.decision, INK)
    for section in item.sections:
        role = section_role(section.heading, item.document_kind)
        if role is SectionRole.PROPOSAL:  # a second proposal, e.g. a committee's after the officer's
            out += _role_box(PROPOSAL_LABEL, section.heading, section.blocks, ACCENT)
            continue
        if section.heading:
            out.append(CondPageBreak(60))
            out.append(Paragraph(esc(section.heading), st["h2"]))
        if role in (SectionRole.BASIS, SectionRole.ATTACHMENTS):  # one paper per entry
            out += blocks(Block(BlockKind.BULLET, b.text) for b in section.blocks)
        else:
            out += blocks(section.blocks)
    if item.layout:
        from nämndklient.packs.document_text import layout_story

        out += layout_story(item.layout)
    if item.attachments:
        out.append(KeepTogether([
            Paragraph("Bilagor", st["h2"]),
            *[Paragraph(f"{esc(a.title)} <font color='#6b7380'>({esc(a.filename)})</font>",
                        st["sans"].clone("nk-att-li", leftIndent=16, bulletIndent=0, spaceAfter=2),
                        bulletText=f"{n}.")
              for n, a in enumerate(item.attachments, 1)],
        ]))
    if with_notes and (item.notes or item.question):
        out += [Spacer(1, 12), *notes_box(item)]
    return out


def notes_box(item: PackItem, heading: bool = True) -> list[Flowable]:
    st = paragraph_styles()
    rows: list[Flowable] = []
    if heading:
        rows.append(Paragraph("Mina anteckningar", st["h3"].clone("nk-note-h", spaceBefore=0)))
    rows += [Paragraph(esc(n), st["sans"]) for n in item.notes]
    if item.question:
        rows.append(Paragraph(f"<b>Fråga att ställa:</b> {esc(item.question)}", st["sans"]))
    return [shaded_box(rows, NOTE_FILL, NOTE_BAR)]


def notes_appendix(items: Sequence[PackItem]) -> list[Flowable]:
    st = paragraph_styles()
    out: list[Flowable] = [Paragraph("BILAGA TILL UTSKICKET", st["label"]),
                           Paragraph("Mina anteckningar", st["h1"])]
    for item in items:
        if not (item.notes or item.question):
            continue
        out.append(CondPageBreak(80))
        out.append(Paragraph(f"{esc(item_label(item))} · {esc(item.title)}", st["h2"]))
        out += notes_box(item, heading=False)
    return out


def placeholder_story(item: PackItem, number: int, att: PackAttachment, reason: str) -> list[Flowable]:
    st = paragraph_styles()
    return [
        Paragraph(esc(f"{item_label(item)}  ·  Bilaga {number}").upper(), st["label"]),
        Paragraph("Bilagan saknas i utskicket", st["h1"]),
        Spacer(1, 6),
        shaded_box([
            Paragraph(f"<b>{esc(att.title)}</b>", st["sans"]),
            Paragraph(f"Filen {esc(att.filename)} kunde inte läsas: {esc(reason)}.", st["sans"]),
            Paragraph("Öppna bilagan i Nämndklient eller be nämndens sekreterare om en läsbar kopia.",
                      st["small"]),
        ], (0.98, 0.94, 0.94), (0.70, 0.10, 0.10)),
    ]


def withheld_story(item: PackItem) -> list[Flowable]:
    st = paragraph_styles()
    return [
        Paragraph(esc(item_label(item)).upper() + "  ·  SEKRETESS", st["label"]),
        Paragraph(esc(item.title), st["h1"]),
        Spacer(1, 6),
        shaded_box([
            Paragraph(f"{esc(item_label(item))} {esc(item.title)} innehåller sekretessbelagda uppgifter "
                      "och ingår inte i detta utskick.", st["sans"]),
            Paragraph("Handlingarna finns hos nämndens sekreterare och delas ut vid sammanträdet.",
                      st["small"]),
        ], BOX_FILL, MUTED),
    ]


def appendix_table(t: AppendixTable) -> list[Flowable]:
    """A table of the appendix (packs.appendix): headers that fit, stated totals bold, the checks below."""
    from nämndklient.packs.appendix import appendix_table as typeset

    return typeset(t)
