"""Typeset items and documents as HTML for the reader: one renderer for the agenda and the Ärenden section.

The parsed `details["sections"]` become headings, paragraphs and lists; what
each section is (proposal, a protocol's decision, beslutsunderlag) comes from
`domain.sections`, the rule the pack uses too. A proposal or a decision is set
apart in a framed box, labelled as what it is. Colours come from the palette.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette

from ..domain.layout import BulletList, Cell, Heading, LayoutBlock, Paragraph, Table
from ..domain.sections import SectionRole, decided_by, section_role
from ..services.catalog import DocumentInfo, ItemDetail
from .i18n import format_date
from .models.documents import document_kind

translate = QCoreApplication.translate


def _e(text: Any) -> str:
    return html.escape(str(text))


def _colors(palette: QPalette) -> dict[str, str]:
    role = QPalette.ColorRole
    return {
        "box": palette.color(role.AlternateBase).name(),
        "accent": palette.color(role.Highlight).name(),
        "subtle": palette.color(role.PlaceholderText).name(),
        "link": palette.color(role.Link).name(),
        "text": palette.color(role.Text).name(),
    }


def _blocks(blocks: Sequence[dict[str, Any]]) -> str:
    out: list[str] = []
    open_list: str | None = None
    for block in blocks:
        kind, text = block.get("kind", "paragraph"), _e(block.get("text", ""))
        tag = {"bullet": "ul", "numbered": "ol"}.get(kind)
        if tag != open_list:
            if open_list:
                out.append(f"</{open_list}>")
            if tag:
                out.append(f"<{tag}>")
            open_list = tag
        out.append(f"<li>{text}</li>" if tag else f"<p>{text}</p>")
    if open_list:
        out.append(f"</{open_list}>")
    return "\n".join(out)


def _box(label: str, heading: str, body: str, border: str, colors: dict[str, str]) -> str:
    return (
        f'<table width="100%" cellpadding="14" style="margin-top:14px; margin-bottom:14px; '
        f'background-color:{colors["box"]}; border: 2px solid {border};"><tr><td>'
        f'<p style="margin:0;"><small>{_e(label.upper())}</small></p>'
        f"<h2 style='margin-top:2px;'>{_e(heading)}</h2>{body}</td></tr></table>"
    )


def _section(section: dict[str, Any], kind: str, colors: dict[str, str]) -> str:
    """One section by its role (domain.sections): a proposal or a decision boxed, beslutsunderlag as a list."""
    heading = str(section.get("heading") or "")
    blocks = section.get("blocks") or []
    role = section_role(heading, kind)
    if role is SectionRole.PROPOSAL:
        return _box(translate("Render", "Förslag till beslut"), heading, _blocks(blocks), colors["accent"], colors)
    if role is SectionRole.DECISION:
        body = decided_by(str(b.get("text", "")) for b in blocks)
        label = (translate("Render", "%1 beslutade").replace("%1", body) if body
                 else translate("Render", "Beslut enligt protokollet"))
        return _box(label, heading, _blocks(blocks), colors["text"], colors)
    if role in (SectionRole.BASIS, SectionRole.ATTACHMENTS):
        blocks = [{"kind": "bullet", "text": b.get("text", "")} for b in blocks]
    return (f"<h2>{_e(heading)}</h2>" if heading else "") + _blocks(blocks)


def _plain_text(text: str) -> str:
    """A document with neither sections nor a layout: its paragraphs as they are."""
    lines = [line.strip() for line in text.splitlines()[1:] if line.strip()]
    return "\n".join(f"<p>{_e(line)}</p>" for line in lines)


def _cell_html(cell: Cell, tag: str, numeric: bool, colors: dict[str, str], *, shade: bool = False,
               size: str = "") -> str:
    text = "<br/>".join(_e(line) for line in (cell.breaks or cell.text).split("\n"))
    if cell.bold and tag == "td":
        text = f"<b>{text}</b>"
    attrs = f' colspan="{cell.span}"' if cell.span > 1 else ""
    attrs += ' align="right"' if numeric else ' align="left"'
    style = f"font-size:{size}; " if size else ""  # Qt does not pass a table's font size on to its cells
    if tag == "th":
        style += f"border-bottom: 1px solid {colors['accent']}; "
    if shade:
        style += f"background-color:{colors['box']}; "
    valign = "bottom" if tag == "th" else "top"
    return f'<{tag}{attrs} valign="{valign}" style="{style}">{text}</{tag}>'


def _table_html(table: Table, colors: dict[str, str]) -> str:
    """A real table: header rows, figures right-aligned as stated, stated totals bold."""
    numeric = table.numeric_columns
    size = "small" if table.columns > 2 else ""  # the one smaller size Qt's rich text knows
    out = []
    for row in table.header:
        col, cells = 0, []
        for cell in row.cells:
            cells.append(_cell_html(cell, "th", numeric[col] and cell.span == 1, colors, size=size))
            col += cell.span
        out.append(f"<tr>{''.join(cells)}</tr>")
    for row in table.rows:
        if row.kind == "group":
            out.append(f'<tr><td colspan="{table.columns}" style="padding-top:8px; border-bottom: 1px solid '
                       f'{colors["subtle"]};"><b>{_e(row.cells[0].text)}</b></td></tr>')
            continue
        tag = "th" if row.kind == "subheader" else "td"
        cells = [_cell_html(c, tag, numeric[i], colors, shade=row.total, size=size) for i, c in enumerate(row.cells)]
        out.append(f"<tr>{''.join(cells)}</tr>")
    pad = 2 if table.columns > 3 else 3
    # 99 %: at some widths Qt rounds a 100 % table one pixel past the page, and the reader scrolls sideways.
    return (f'<table width="99%" cellspacing="0" cellpadding="{pad}" style="margin-top:6px; margin-bottom:14px;">'
            f'{"".join(out)}</table>')


def _layout_html(blocks: Sequence[LayoutBlock], colors: dict[str, str], title_level: int) -> str:
    """The plan read as the plan: its own heading levels under the title, lists, real tables."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            level = min(6, title_level + block.level)
            out.append(f"<h{level}>{_e(block.text)}</h{level}>")
        elif isinstance(block, Paragraph):
            out.append(f"<p>{_e(block.text)}</p>")
        elif isinstance(block, BulletList):
            out.append("<ul>" + "".join(f"<li>{_e(item)}</li>" for item in block.items) + "</ul>")
        else:
            out.append(_table_html(block, colors))
    return "\n".join(out)


def _meta_rows(doc: DocumentInfo) -> list[tuple[str, str]]:
    d = doc.details
    rows = [(translate("Render", "Typ"), document_kind(doc.kind)),
            (translate("Render", "Diarienummer"), doc.dnr or "–"),
            (translate("Render", "Datum"), format_date(doc.date, weekday=True)),
            (translate("Render", "Organ"), str(d.get("body_name") or doc.body or "–"))]
    signers = [", ".join(filter(None, [s.get("name"), s.get("title")])) for s in d.get("signatories") or []]
    if signers:
        rows.append((translate("Render", "Undertecknad av"), "; ".join(signers)))
    contact = d.get("contact") or {}
    if contact.get("name"):
        rows.append((translate("Render", "Kontaktperson"),
                     ", ".join(filter(None, [contact.get("name"), contact.get("title"), contact.get("email")]))))
    if d.get("distribution"):
        rows.append((translate("Render", "Beslutet skickas till"), ", ".join(d["distribution"])))
    return rows


def _meta_table(rows: Sequence[tuple[str, str]], colors: dict[str, str]) -> str:
    cells = "".join(
        f"<tr><td style='color:{colors['subtle']}; padding-right:16px;' valign='top'>{_e(k)}</td>"
        f"<td>{_e(v)}</td></tr>"
        for k, v in rows
    )
    return f"<table cellpadding='3' style='margin-top:8px; margin-bottom:12px;'>{cells}</table>"


def document_html(doc: DocumentInfo, palette: QPalette, *, title_level: int = 1,
                  layout: Sequence[LayoutBlock] | None = None) -> str:
    """A case document by its sections, a plan by its layout (services.document_layout)."""
    colors = _colors(palette)
    sections = doc.details.get("sections") or []
    if sections:
        body = "".join(_section(s, doc.kind, colors) for s in sections)
    elif layout:
        body = _layout_html(layout, colors, title_level)
    else:
        body = _plain_text(doc.text)
    return (
        f"<h{title_level}>{_e(doc.title)}</h{title_level}>"
        f"{_meta_table(_meta_rows(doc), colors)}<hr/>{body}"
    )


def page(content: str) -> str:
    return f"<html><body style='line-height:145%;'>{content}</body></html>"


def item_html(detail: ItemDetail, palette: QPalette,
              layouts: Mapping[str, Sequence[LayoutBlock]] | None = None) -> str:
    """The item's own facts first, then every document of its case in full."""
    colors = _colors(palette)
    item, meeting = detail.item, detail.meeting
    rows = [
        (translate("Render", "Sammanträde"), f"{meeting.title}, {format_date(meeting.start, weekday=True)}"),
        (translate("Render", "Organ"), meeting.body_name),
        (translate("Render", "Kategori"), item.category or "–"),
        (translate("Render", "Föredragande"), ", ".join(item.presenters) or "–"),
        (translate("Render", "Diarienummer"), item.dnr or "–"),
    ]
    if detail.attachments:
        rows.append((translate("Render", "Bilagor"), ", ".join(a.title for a in detail.attachments)))
    point = translate("Render", "Punkt %1").replace("%1", item.number)
    parts = [f"<p style='color:{colors['subtle']}; margin-bottom:0;'>{_e(point)}</p>",
             f"<h1 style='margin-top:0;'>{_e(item.title)}</h1>", _meta_table(rows, colors)]
    if not detail.documents:
        parts.append(
            f"<hr/><p style='color:{colors['subtle']};'>"
            + _e(translate("Render", "Det finns ingen tjänsteskrivelse till den här punkten. Punkten är en "
                                     "dragning eller information på sammanträdet."))
            + (_e(" " + translate("Render", "Bilagorna finns under fliken Bilagor.")) if detail.attachments else "")
            + "</p>"
        )
    for doc in detail.documents:
        layout = (layouts or {}).get(doc.key)
        parts.append("<hr/>" + document_html(doc, palette, title_level=2, layout=layout))
    return page("".join(parts))
