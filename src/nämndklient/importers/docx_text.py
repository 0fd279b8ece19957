"""Word documents (.docx) as the text export the structure parsers already read.

A secretariat that saves a tjänsteskrivelse "as text" gives the parsers headings,
paragraphs, numbered proposals and tab-separated table rows. Reading the .docx
ourselves gives the same shape with nobody in between, so Word files go through
the very same parsers and number checks as the text exports:

- heading levels come from the paragraph style's outline level, so "Rubrik 1"
  in a Swedish Word and "Heading 1" in an English one read alike;
- numbered and bulleted lists come from Word's numbering definitions, not from
  how the numbers look;
- a letterhead table (sekretariat, name, dnr and date in cells) becomes one line
  per cell, as the letterhead of a text export;
- other tables become one tab-separated line per row, with bold cells marked as
  the plan's exports mark them (`<b>…</b>`), so the plan's tables and totals are
  found by the same header rules;
- tracked deletions are left out and insertions kept: the document as it reads.

Only `ImportFailure` leaves this module. Macro-enabled, encrypted, legacy and
damaged files are refused by name before anything is parsed, and the package's
parts are size-checked before lxml sees them.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from nämndklient.domain.records import ImportFailure

__all__ = ["DOCX_LIMITS", "DocxLimits", "docx_to_text", "looks_like_docx"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MACRO_TYPES = ("macroEnabled", "vbaProject")


@dataclass(frozen=True)
class DocxLimits:
    """What one Word document may hold before it is refused (a tjänsteskrivelse is far below)."""

    members: int = 2_000
    part_bytes: int = 64 * 1024 * 1024  # one XML part, uncompressed
    total_bytes: int = 256 * 1024 * 1024
    ratio: int = 200  # uncompressed / compressed, per member


DOCX_LIMITS = DocxLimits()


def looks_like_docx(data: bytes) -> bool:
    """A ZIP package with a Word main part, or a legacy/encrypted Word file (refused with a reason)."""
    if data.startswith(_OLE_MAGIC):
        return True
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        # A ZIP whose directory is gone (a cut download): refused as a damaged document, not read as text.
        return b"word/" in data[:65536]


def _check_package(data: bytes, name: str, limits: DocxLimits) -> None:
    if data.startswith(_OLE_MAGIC):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            raise ImportFailure(name, 0, "ett Word-dokument utan lösenord, men fann ett lösenordsskyddat dokument")
        raise ImportFailure(name, 0, "ett Word-dokument i formatet .docx (spara om det från Word), men fann det äldre formatet .doc")
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportFailure(name, 0, "ett helt Word-dokument, men fann en trasig eller avkortad fil") from exc
    with z:
        infos = z.infolist()
        if len(infos) > limits.members:
            raise ImportFailure(name, 0, f"högst {limits.members} delar i Word-paketet, men fann {len(infos)} delar")
        total = 0
        for info in infos:
            total += info.file_size
            if info.file_size > limits.part_bytes or total > limits.total_bytes:
                raise ImportFailure(name, 0, f"ett Word-dokument av rimlig storlek, men fann delen {info.filename} packas upp till {info.file_size} byte")
            if info.compress_size and info.file_size / info.compress_size > limits.ratio \
                    and info.file_size > 1024 * 1024:
                raise ImportFailure(name, 0, f"ett Word-dokument utan överdriven komprimering, men fann delen {info.filename}")
        names = {i.filename for i in infos}
        if any("vbaProject" in n for n in names):
            raise ImportFailure(name, 0, "ett Word-dokument utan makron (spara som .docx), men fann makron (VBA) i dokumentet")
        try:
            types = z.read("[Content_Types].xml").decode("utf-8", "replace")
        except KeyError as exc:
            raise ImportFailure(name, 0, "ett helt Word-dokument, men fann innehållsförteckningen saknas") from exc
        if any(t in types for t in _MACRO_TYPES):
            raise ImportFailure(name, 0, "ett Word-dokument utan makron (spara som .docx), men fann ett makroaktiverat dokument (.docm)")
        if "word/document.xml" not in names:
            raise ImportFailure(name, 0, "ett Word-dokument, men fann ett ZIP-paket utan Word-innehåll")


# ---------------------------------------------------------------- numbering and styles


@dataclass
class _Numbering:
    """Word's list definitions: which (numId, level) is a bullet, and the running counters."""

    formats: dict[tuple[str, int], str] = field(default_factory=dict)
    counters: dict[tuple[str, int], int] = field(default_factory=dict)

    @classmethod
    def of(cls, document: Any) -> _Numbering:
        numbering = cls()
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return numbering
        abstract: dict[str, dict[int, str]] = {}
        for an in root.iter(f"{_W}abstractNum"):
            levels: dict[int, str] = {}
            for lvl in an.iter(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                levels[int(lvl.get(f"{_W}ilvl", "0"))] = fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal"
            abstract[an.get(f"{_W}abstractNumId", "")] = levels
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is None:
                continue
            for level, fmt in abstract.get(ref.get(f"{_W}val", ""), {}).items():
                numbering.formats[(num.get(f"{_W}numId", ""), level)] = fmt
        return numbering

    def label(self, num_id: str, level: int) -> str:
        fmt = self.formats.get((num_id, level), "decimal")
        if fmt in ("bullet", "none"):
            return "-"
        key = (num_id, level)
        self.counters[key] = self.counters.get(key, 0) + 1
        for (other, deeper) in list(self.counters):  # a new item restarts the levels below it
            if other == num_id and deeper > level:
                del self.counters[(other, deeper)]
        return f"{self.counters[key]}."


def _style_chain(style: Any) -> Iterator[Any]:
    seen = 0
    while style is not None and seen < 20:
        yield style
        style = style.base_style
        seen += 1


def _outline_level(paragraph: Any) -> int | None:
    """0-based outline level from the paragraph or its style chain; None for body text."""
    ppr = paragraph._p.pPr
    if ppr is not None:
        own = ppr.find(f"{_W}outlineLvl")
        if own is not None:
            level = int(own.get(f"{_W}val", "9"))
            return level if level < 9 else None
    try:
        style = paragraph.style
    except (KeyError, ValueError):
        return None
    for s in _style_chain(style):
        sppr = s.element.pPr
        if sppr is not None:
            lvl = sppr.find(f"{_W}outlineLvl")
            if lvl is not None:
                level = int(lvl.get(f"{_W}val", "9"))
                return level if level < 9 else None
        sid = (s.style_id or "").casefold()
        if sid in ("title", "rubrik"):
            return 0
        for prefix in ("heading", "rubrik"):
            if sid.startswith(prefix) and sid[len(prefix):].isdigit():
                return int(sid[len(prefix):]) - 1
    return None


def _numbering_of(paragraph: Any) -> tuple[str, int] | None:
    candidates = [paragraph._p.pPr]
    with contextlib.suppress(KeyError, ValueError):
        candidates += [s.element.pPr for s in _style_chain(paragraph.style)]
    for ppr in candidates:
        if ppr is None:
            continue
        num_pr = ppr.find(f"{_W}numPr")
        if num_pr is None:
            continue
        num_id = num_pr.find(f"{_W}numId")
        ilvl = num_pr.find(f"{_W}ilvl")
        nid = num_id.get(f"{_W}val", "0") if num_id is not None else "0"
        if nid == "0":
            return None  # numbering switched off
        return nid, int(ilvl.get(f"{_W}val", "0")) if ilvl is not None else 0
    return None


# ---------------------------------------------------------------- text of runs


def _run_text(element: Any) -> str:
    """The visible text under a paragraph element: insertions kept, deletions and field codes left out."""
    out: list[str] = []
    for el in element.iter():
        tag = el.tag
        if tag == f"{_W}t":
            if not _inside(el, f"{_W}del"):
                out.append(el.text or "")
        elif tag == f"{_W}tab":
            if el.getparent() is not None and el.getparent().tag == f"{_W}r":
                out.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            out.append("-")
    return "".join(out)


def _inside(el: Any, tag: str) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent.tag == tag:
            return True
        parent = parent.getparent()
    return False


def _all_bold(paragraph: Any) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    if not runs:
        return False
    for run in runs:
        bold = run.bold
        if bold is None:
            try:
                bold = any(s.font.bold for s in _style_chain(paragraph.style))
            except (KeyError, ValueError):
                bold = False
        if not bold:
            return False
    return True


# ---------------------------------------------------------------- blocks


def _paragraph_lines(paragraph: Any, numbering: _Numbering) -> list[str]:
    text = _run_text(paragraph._p).strip()
    if not text:
        return []
    level = _outline_level(paragraph)
    if level is not None and "\n" not in text:
        return [f"{'#' * min(level + 1, 6)} {text}"]
    num = _numbering_of(paragraph)
    if num is not None:
        label = numbering.label(*num)
        return [f"{label} {' '.join(text.split())}"]
    lines = [ln.strip() for ln in text.split("\n")]
    if len(lines) == 1 and _all_bold(paragraph) and len(text) <= 160:
        return [f"**{text}**"]
    return [ln for ln in lines if ln]


def _is_list_paragraph(p: Any) -> bool:
    ppr = p.find(f"{_W}pPr")
    if ppr is None:
        return False
    if ppr.find(f"{_W}numPr") is not None:
        return True
    style = ppr.find(f"{_W}pStyle")
    return style is not None and "list" in style.get(f"{_W}val", "").casefold()


def _cell_text(cell_el: Any) -> str:
    """A cell's paragraphs; list paragraphs as `<li>` entries, as the text exports carry them."""
    parts: list[tuple[str, bool]] = []
    for p in cell_el.iter(f"{_W}p"):
        t = " ".join(_run_text(p).split())
        if t:
            parts.append((t, _is_list_paragraph(p)))
    if any(listed for _, listed in parts):
        return "<ul>" + "".join(f"<li>{t}</li>" for t, _ in parts) + "</ul>"
    return " ".join(t for t, _ in parts)


def _cell_bold(cell_el: Any) -> bool:
    runs = [r for r in cell_el.iter(f"{_W}r") if "".join(t.text or "" for t in r.iter(f"{_W}t")).strip()]
    if not runs:
        return False
    for r in runs:
        rpr = r.find(f"{_W}rPr")
        b = rpr.find(f"{_W}b") if rpr is not None else None
        if b is None or b.get(f"{_W}val", "true") in ("0", "false"):
            return False
    return True


def _table_rows(tbl: Any) -> list[list[tuple[str, bool]]]:
    rows: list[list[tuple[str, bool]]] = []
    for tr in tbl.iterchildren(f"{_W}tr"):
        row: list[tuple[str, bool]] = []
        for tc in tr.iterchildren(f"{_W}tc"):
            tcpr = tc.find(f"{_W}tcPr")
            span = 1
            continued = False
            if tcpr is not None:
                gs = tcpr.find(f"{_W}gridSpan")
                if gs is not None:
                    span = max(1, int(gs.get(f"{_W}val", "1")))
                vm = tcpr.find(f"{_W}vMerge")
                continued = vm is not None and vm.get(f"{_W}val", "continue") == "continue"
            text = "" if continued else _cell_text(tc)
            row.append((text, _cell_bold(tc) and bool(text)))
            row.extend([("", False)] * (span - 1))
        rows.append(row)
    return rows


def _table_lines(tbl: Any, *, letterhead: bool) -> list[str]:
    rows = _table_rows(tbl)
    if letterhead:
        # Letterhead tables hold one fact per cell (unit, name, dnr, date): one line each.
        lines = []
        for row in rows:
            for text, _bold in row:
                for part in text.split("\n"):
                    if part.strip():
                        lines.append(part.strip())
                        lines.append("")
        return lines
    out = []
    for row in rows:
        cells = [f"<b>{t}</b>" if bold else t for t, bold in row]
        if len(cells) > 1 and any(c.strip() for c in cells):  # empty cells kept: they hold the columns
            out.append("\t".join(cells))
    return out


def _is_letterhead_table(rows: list[list[tuple[str, bool]]]) -> bool:
    """A small table of short facts at the head of the document, with no numeric columns."""
    cells = [t for row in rows for t, _ in row if t.strip()]
    if not cells or len(rows) > 8:
        return False
    return all(len(t) <= 120 for t in cells)


def _blocks(document: Any) -> Iterator[tuple[str, Any]]:
    """('p'|'tbl', element) in reading order, content controls opened."""

    def walk(parent: Any) -> Iterator[tuple[str, Any]]:
        for child in parent.iterchildren():
            if child.tag == f"{_W}p":
                yield "p", child
            elif child.tag == f"{_W}tbl":
                yield "tbl", child
            elif child.tag == f"{_W}sdt":
                content = child.find(f"{_W}sdtContent")
                if content is not None:
                    yield from walk(content)

    yield from walk(document.element.body)


def _header_lines(document: Any, numbering: _Numbering) -> list[str]:
    """The first page's header: Word templates often keep the letterhead there."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        section = document.sections[0]
        header = section.first_page_header if section.different_first_page_header_footer else section.header
        if header.is_linked_to_previous and not header._has_definition:
            return []
        element = header._element
    except (IndexError, AttributeError, KeyError):
        return []
    lines: list[str] = []
    for child in element.iterchildren():
        if child.tag == f"{_W}p":
            for ln in _paragraph_lines(Paragraph(child, header), numbering):
                lines += [ln.lstrip("#* ").rstrip("*"), ""]
        elif child.tag == f"{_W}tbl":
            lines += _table_lines(Table(child, header)._tbl, letterhead=True)
    return lines


def docx_to_text(data: bytes, name: str, limits: DocxLimits = DOCX_LIMITS) -> str:
    """The document as a text export: one line per paragraph, a blank line between blocks."""
    _check_package(data, name, limits)
    try:
        import docx
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
    except ImportFailure:
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds for a damaged part
        raise ImportFailure(name, 0, "ett helt Word-dokument, men fann en trasig eller avkortad fil") from exc
    numbering = _Numbering.of(document)
    lines: list[str] = _header_lines(document, numbering)
    seen_heading = False
    for kind, el in _blocks(document):
        if kind == "p":
            para = Paragraph(el, document._body)
            got = _paragraph_lines(para, numbering)
            if got and got[0].startswith(("#", "**")):
                seen_heading = True
            for ln in got:
                lines += [ln, ""]
        else:
            rows = _table_rows(el)
            letterhead = not seen_heading and _is_letterhead_table(rows)
            lines += _table_lines(el, letterhead=letterhead)
            lines.append("")
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip("\n") + "\n"
