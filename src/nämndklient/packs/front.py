"""Cover and agenda (Föredragningslista), typeset after the body so page numbers are known.

The agenda doubles as the table of contents: every row records where it was drawn
so the builder can put a link annotation over it that jumps to the item's page.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from nämndklient.domain.bodies import REGION_NAME
from nämndklient.packs import fonts
from nämndklient.packs.layout import FRAME_W, make_doc, shaded_box
from nämndklient.packs.spec import PackMeeting, PackOptions
from nämndklient.packs.styles import (
    ALERT,
    BOX_FILL,
    MUTED,
    RULE,
    color,
    esc,
    flate_only,
    paragraph_styles,
    sv_date,
    sv_date_range,
    sv_time,
    sv_weekday_date_range,
    table_style,
)


@dataclass(frozen=True)
class AgendaRow:
    """One line of the agenda; `target` is the final page index (0-based) it links to."""

    number: str
    title: str
    detail: str  # dnr and presenters, or the reason an item is withheld
    target: int
    level: int = 0  # 0 = item, 1 = attachment, 2 = appendix entry, CATEGORY_LEVEL = a category heading


CATEGORY_LEVEL = 3


@dataclass(frozen=True)
class LinkBox:
    page: int  # 0-based page of the front part
    rect: tuple[float, float, float, float]
    target: int


class _AgendaRow(Flowable):
    """One agenda row, laid out as a three-column table row would be, and linked to its page.

    A reportlab `Table` per row costs more than the paragraphs in it; this draws the
    same cells at the same places (padding 2 left and right, cells aligned to the top,
    an optional rule above) and records its rectangle for the link annotation.
    """

    def __init__(self, cells: Sequence[Sequence[Flowable]], widths: Sequence[float], top: float,
                 bottom: float, target: int, sink: list[LinkBox], rule: bool = False,
                 min_height: float = 0.0) -> None:
        super().__init__()
        self.cells, self.widths, self.top, self.bottom = cells, widths, top, bottom
        self.target, self.sink, self.rule, self.min_height = target, sink, rule, min_height
        self._heights: list[list[float]] = []

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._heights = []
        tallest = self.min_height
        for col, width in zip(self.cells, self.widths, strict=True):
            heights = [f.wrap(width - 2 * _PAD, 72000)[1] for f in col]
            self._heights.append(heights)
            if col:
                inner = sum(h + f.getSpaceBefore() + f.getSpaceAfter() for f, h in zip(col, heights, strict=True))
                tallest = max(tallest, inner - col[0].getSpaceBefore() - col[-1].getSpaceAfter())
        self.width, self.height = sum(self.widths), tallest + self.top + self.bottom
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        return []

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:
        self.sink.append(LinkBox(canvas.getPageNumber() - 1, (x, y, x + self.width, y + self.height),
                                 self.target))
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        canvas = self.canv
        left = 0.0
        for col, width, heights in zip(self.cells, self.widths, self._heights, strict=True):
            y = self.height - self.top + (col[0].getSpaceBefore() if col else 0)
            for f, h in zip(col, heights, strict=True):
                y -= f.getSpaceBefore() + h
                f.drawOn(canvas, left + _PAD, y)
                y -= f.getSpaceAfter()
            left += width
        if self.rule:
            canvas.saveState()
            canvas.setLineCap(1)
            canvas.setLineJoin(1)
            canvas.setStrokeColor(color(RULE))
            canvas.setLineWidth(0.4)
            canvas.line(0, self.height, self.width, self.height)
            canvas.restoreState()


_PAD = 2.0
_EMPTY_CELL = 12.0  # the height reportlab's Table gives an empty text cell (its default leading)


def cover_story(meeting: PackMeeting, options: PackOptions, total_pages: int, items: int) -> list[Flowable]:
    st = paragraph_styles()
    big = st["h1"].clone("nk-cover-body", fontSize=28, leading=34, spaceAfter=14)
    kind = st["h2"].clone("nk-cover-kind", fontName=fonts.SANS, fontSize=16, leading=21,
                          textColor=color(MUTED), spaceBefore=0)
    line = st["sans"].clone("nk-cover-line", fontSize=12, leading=18, spaceAfter=2)
    region = st["label"].clone("nk-cover-region", fontSize=11, leading=14, spaceAfter=8)
    out: list[Flowable] = [Spacer(1, 100), Paragraph(esc(REGION_NAME), region),
                           Paragraph(esc(meeting.body_name), big),
                           Paragraph("Kallelse och handlingar", kind),
                           HRFlowable(width="100%", thickness=0.8, color=color(RULE), spaceBefore=18,
                                      spaceAfter=18)]
    if meeting.title:
        out.append(Paragraph(f"<b>{esc(meeting.title)}</b>", line))
    when = sv_weekday_date_range(meeting.start, meeting.end)
    if meeting.start_time:
        when += f", {sv_time(meeting.start_time)}"
    out.append(Paragraph(esc(when), line))
    if meeting.place:
        out.append(Paragraph(esc(meeting.place), line))
    out.append(Spacer(1, 28))
    summary = f"{items} ärenden · {total_pages} sidor" if items != 1 else f"1 ärende · {total_pages} sidor"
    out.append(Paragraph(summary, st["meta"]))
    if options.member_name:
        out += [Spacer(1, 36), shaded_box([Paragraph("Personligt exemplar", st["label"]),
                                           Paragraph(esc(options.member_name), line)], BOX_FILL, MUTED)]
    flags = []
    if options.draft:
        flags.append("Utkast – handlingarna kan ändras före sammanträdet.")
    if options.include_confidential:
        flags.append("Innehåller sekretessbelagda uppgifter. Förvara och kassera utskicket säkert.")
    if flags:
        out.append(Spacer(1, 18))
        alert = st["sans"].clone("nk-cover-alert", fontName=fonts.SANS_BOLD, textColor=color(ALERT))
        out += [Paragraph(esc(f), alert) for f in flags]
    out.append(Spacer(1, 60))
    out.append(Paragraph(f"Utskriven {sv_date(options.created.date())}", st["meta"]))
    return out


def agenda_story(meeting: PackMeeting, rows: Sequence[AgendaRow], sink: list[LinkBox]) -> list[Flowable]:
    st = paragraph_styles()
    head = [
        Paragraph("FÖREDRAGNINGSLISTA", st["label"]),
        Paragraph(esc(f"{meeting.body_name}, {sv_date_range(meeting.start, meeting.end)}"), st["h1"]),
    ]
    if not rows:
        return [*head, Paragraph("Utskicket innehåller inga ärenden.", st["body"])]
    widths = [34, FRAME_W - 34 - 44, 44]
    header = Table([[Paragraph("<b>Nr</b>", st["agenda_sub"]), Paragraph("<b>Ärende</b>", st["agenda_sub"]),
                     Paragraph("<b>Sida</b>", st["agenda_sub_page"])]], colWidths=widths)
    header.setStyle(TableStyle(table_style(("LINEBELOW", (0, 0), (-1, -1), 0.8, color(RULE)),
                                           *_padding(2, 4))))
    out: list[Flowable] = [*head, Spacer(1, 6), header]
    sub = st["agenda_sub"].clone("nk-ag-att", leftIndent=12, firstLineIndent=-12)
    category = st["label"].clone("nk-ag-category", spaceBefore=10, spaceAfter=2)
    for row in rows:
        page = str(row.target + 1)
        if row.level == CATEGORY_LEVEL:
            out.append(Paragraph(esc(row.title.upper()), category))
            continue
        if row.level == 1:
            cells = [[], [Paragraph(esc(row.title), sub)], [Paragraph(page, st["agenda_sub_page"])]]
            out.append(_AgendaRow(cells, widths, 1, 1, row.target, sink, min_height=_EMPTY_CELL))
        else:
            title = [Paragraph(esc(row.title), st["agenda"])]
            if row.detail:
                title.append(Paragraph(esc(row.detail), st["agenda_sub"]))
            cells = [[Paragraph(esc(row.number), st["agenda_num"])], title, [Paragraph(page, st["agenda_page"])]]
            out.append(_AgendaRow(cells, widths, 7, 3, row.target, sink, rule=True))
    out.append(Paragraph("Klicka på ett ärende för att gå till det.", st["small"].clone(
        "nk-ag-hint", spaceBefore=14)))
    return out


def _padding(top: float, bottom: float) -> list[tuple]:
    return [("TOPPADDING", (0, 0), (-1, -1), top), ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]


def build_front(meeting: PackMeeting, options: PackOptions, rows: Sequence[AgendaRow], total_pages: int,
                items: int) -> tuple[bytes, int, list[LinkBox]]:
    """Cover plus agenda; returns the PDF, its page count and the link rectangles."""
    buf = io.BytesIO()
    doc = make_doc(buf, "")
    links: list[LinkBox] = []
    story = [*cover_story(meeting, options, total_pages, items), NextPageTemplate("body"), PageBreak(),
             *agenda_story(meeting, rows, links)]
    with flate_only():
        doc.build(story)
    return buf.getvalue(), doc.page, links
