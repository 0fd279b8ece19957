"""PDF documents as the text export the structure parsers read, page by page.

The region publishes its papers as PDF (exported from Word, or printed by a
meeting system). pdfplumber (pdfminer.six) gives every word with its position,
size and font; from those this module rebuilds what a careful "save as text"
would give:

- lines from words that share a baseline, and a blank line where the gap
  between lines is a paragraph's, not a line's;
- headings from type larger than the body text (the largest is level 1), and
  bold lines at body size as bold headings;
- table rows from positioned text: a gap of about two ems between words is a
  column boundary and becomes a tab, as in the plan's text exports; in the
  letterhead, before the first heading, such cells are separate lines;
- bullets in any of the glyphs office suites use become "- ";
- running headers and footers (the same line in the margin of most pages) are
  dropped after the first page.

Each page's plain text is kept too, for the search index, and each output line
knows its page, so a refusal can name the page. Pages are read one at a time and
released, so memory follows the largest page, not the document.
Pages with no text layer are read by Tesseract when it is installed (see
`ocr.py`); otherwise they are reported by number.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from nämndklient.domain.records import ImportFailure

__all__ = ["PDF_LIMITS", "OutlineEntry", "PageText", "PdfLimits", "PdfText", "inspect_pdf", "looks_like_pdf", "read_pdf"]

_BULLETS = {"•", "▪", "◦", "‣", "·", "–", "○", "■", "□", "➢", "\uf0b7", "\uf0a7", "\uf076", "\uf0d8", "\ue000", "-"}
_PUA = re.compile(r"^[\ue000-\uf8ff]$")


@dataclass(frozen=True)
class PdfLimits:
    """The most one PDF may hold: a meeting's papers are rarely above 1 000 pages."""

    pages: int = 1_500
    bytes: int = 256 * 1024 * 1024


PDF_LIMITS = PdfLimits()


@dataclass(frozen=True)
class PageText:
    number: int  # 1-based
    text: str  # the page's words in reading order, for search
    has_text_layer: bool
    ocr: bool = False


@dataclass(frozen=True)
class OutlineEntry:
    title: str
    page: int  # 1-based
    level: int  # 0 for top-level bookmarks


@dataclass
class PdfText:
    text: str  # shaped as a text export
    line_pages: list[int]  # page of each line of `text`
    pages: list[PageText] = field(default_factory=list)
    outline: list[OutlineEntry] = field(default_factory=list)
    title: str | None = None

    def page_of_line(self, line: int) -> int | None:
        """The page a 1-based line of `text` came from."""
        if 1 <= line <= len(self.line_pages):
            return self.line_pages[line - 1]
        return None

    @property
    def pages_without_text(self) -> list[int]:
        return [p.number for p in self.pages if not p.has_text_layer and not p.ocr]


def looks_like_pdf(data: bytes) -> bool:
    return data[:1024].lstrip(b"\x00\t\r\n ").startswith(b"%PDF-")


@dataclass
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass
class _Line:
    words: list[_Word]
    page: int
    table_cells: list[str] | None = None  # a row of a ruled table, read cell by cell

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def size(self) -> float:
        return Counter(round(w.size, 1) for w in self.words).most_common(1)[0][0]

    @property
    def bold(self) -> bool:
        return all(w.bold for w in self.words)

    def cells(self, gap: float) -> list[str]:
        if self.table_cells is not None:
            return self.table_cells
        cells: list[list[str]] = [[]]
        prev: _Word | None = None
        for w in self.words:
            if prev is not None and w.x0 - prev.x1 > gap:
                cells.append([])
            cells[-1].append(w.text)
            prev = w
        return [" ".join(c) for c in cells]

    @property
    def plain(self) -> str:
        return " ".join(w.text for w in self.words)


def _words_to_lines(words: Iterable[_Word], page: int) -> list[_Line]:
    lines: list[_Line] = []
    for w in sorted(words, key=lambda w: (round(w.top, 0), w.x0)):
        if lines and abs(lines[-1].top - w.top) <= max(2.0, 0.3 * w.size):
            lines[-1].words.append(w)
        else:
            lines.append(_Line([w], page))
    for ln in lines:
        ln.words.sort(key=lambda w: w.x0)
    return lines


def _plumber_words(page: object, number: int) -> list[_Word]:
    raw = page.extract_words(extra_attrs=["size", "fontname"], x_tolerance=1.5, y_tolerance=2)  # type: ignore[attr-defined]
    return [
        _Word(w["text"], float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]), float(w["size"]),
              "bold" in str(w["fontname"]).casefold() or "black" in str(w["fontname"]).casefold())
        for w in raw
    ]


def _join_cell_lines(text: str) -> str:
    """A cell's wrapped lines as one; a list in the cell as `<li>` entries, as the text exports carry it."""
    entries: list[str] = []
    listed = False
    for part in (p.strip() for p in text.split("\n")):
        if not part:
            continue
        first = part.split(" ", 1)
        if first[0] in _BULLETS or _PUA.match(first[0]):
            listed = True
            entries.append(first[1].strip() if len(first) > 1 else "")
        elif entries:
            entries[-1] = _unwrap(entries[-1], part) if entries[-1] else part
        else:
            entries.append(part)
    if listed:
        return "<ul>" + "".join(f"<li>{e}</li>" for e in entries if e) + "</ul>"
    return entries[0] if entries else ""


def _table_rows(page: object, number: int) -> tuple[list[_Line], list[tuple[float, float, float, float]]]:
    """Ruled tables on the page as row lines, and their boxes (their words leave the text flow)."""
    lines: list[_Line] = []
    boxes: list[tuple[float, float, float, float]] = []
    for table in page.find_tables():  # type: ignore[attr-defined]
        rows = table.rows
        if len(rows) < 2 or max(len(r.cells) for r in rows) < 2:
            continue  # a framed paragraph, not a table
        boxes.append(table.bbox)
        texts = table.extract(x_tolerance=1.5)
        columns = _segment_columns(rows)
        for row, row_texts, used in zip(rows, texts, columns, strict=False):
            cells: list[str] = []
            top = min((c[1] for c in row.cells if c), default=table.bbox[1])
            sizes: list[float] = []
            for k, (cell, raw) in enumerate(zip(row.cells, row_texts, strict=False)):
                if k not in used:
                    continue  # a column of another table stacked on this one, not of this row's
                text = _join_cell_lines(raw or "")
                if cell is None or not text:
                    cells.append("")
                    continue
                chars = [c for c in page.crop(cell).chars if c["text"].strip()]  # type: ignore[attr-defined]
                bold = bool(chars) and all("bold" in str(c["fontname"]).casefold() for c in chars)
                sizes += [float(c["size"]) for c in chars]
                cells.append(f"<b>{text}</b>" if bold else text)
            if not any(c.strip() for c in cells):
                continue
            size = Counter(round(x, 1) for x in sizes).most_common(1)[0][0] if sizes else 10.0
            marker = _Word(" ".join(cells), row.bbox[0], row.bbox[2], top, top + size, size, False)
            lines.append(_Line([marker], number, table_cells=cells))
    return lines, boxes


def _segment_columns(rows: list[object]) -> list[set[int]]:
    """Per row, the grid columns its own table has.

    pdfplumber joins tables that touch into one grid; a row then has empty slots for
    the other table's column lines. Consecutive rows whose cell starts agree (one a
    subset of the other, as a spanning header is of its data rows) are one table.
    """
    starts = [{k for k, c in enumerate(r.cells) if c is not None} for r in rows]  # type: ignore[attr-defined]
    result: list[set[int]] = [set() for _ in rows]
    segment: list[int] = []
    union: set[int] = set()
    for i, cols in enumerate(starts):
        if segment and not (cols <= union or union <= cols):
            for j in segment:
                result[j] = union
            segment, union = [], set()
        segment.append(i)
        union |= cols
    for j in segment:
        result[j] = union
    return result


_NUMBER_CELL = re.compile(r"^[−–+-]?\d[\d  ]*(?:[,.]\d+)?\s*%?$")


def _strip_b(text: str) -> tuple[str, bool]:
    bold = text.startswith("<b>") and text.endswith("</b>")
    return (text[3:-4] if bold else text), bold


def _join_split_rows(lines: list[_Line]) -> list[_Line]:
    """A table row that a page break cut in two becomes one row again.

    The part at the top of the next page has the same columns as the last row of
    the page before, mostly empty cells and no figures: it is the rest of that
    row's text, not a row of its own.
    """
    out: list[_Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        cells = ln.table_cells
        if (cells is not None and prev is not None and prev.table_cells is not None
                and prev.page == ln.page - 1 and len(prev.table_cells) == len(cells)):
            filled = [c for c in cells if c.strip()]
            if filled and len(filled) * 2 <= len(cells) \
                    and not any(_NUMBER_CELL.match(_strip_b(c)[0].strip()) for c in filled):
                merged = []
                for before, after in zip(prev.table_cells, cells, strict=True):
                    if not after.strip():
                        merged.append(before)
                        continue
                    a, a_bold = _strip_b(before)
                    b, b_bold = _strip_b(after)
                    joined = _unwrap(a, b) if a else b
                    merged.append(f"<b>{joined}</b>" if (a_bold and b_bold) or (b_bold and not a) else joined)
                prev.table_cells = merged
                continue
        out.append(ln)
    return out


def _inside_any(w: _Word, boxes: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def _margin_key(line: _Line, height: float) -> str | None:
    """A key for a line in the top or bottom tenth of the page, digits folded ("Sida 2 av 9")."""
    if height <= 0 or 0.1 * height < line.top < 0.9 * height:
        return None
    return f"{round(line.top / 4)}:{re.sub(r'[0-9]+', '#', line.plain)}"


OcrFunction = Callable[[bytes, int], list[tuple[str, float, float, float, float, float]]]


def read_pdf(data: bytes, name: str, *, limits: PdfLimits = PDF_LIMITS, ocr: OcrFunction | None = None,
             first_page: int = 1, last_page: int | None = None) -> PdfText:
    """Read a PDF; `ocr(pdf_bytes, page)` gives (text, x0, x1, top, bottom, size) words for a scanned page."""
    if len(data) > limits.bytes:
        raise ImportFailure(name, 0, f"en PDF på högst {limits.bytes // (1024 * 1024)} MB, men fann {len(data) // (1024 * 1024)} MB")
    page_count, outline, title = inspect_pdf(data, name, limits)
    try:
        import pdfplumber
        from pdfminer.pdfparser import PDFSyntaxError
        from pdfminer.psparser import PSException
    except ImportError as exc:  # pragma: no cover - a broken installation
        raise ImportFailure(name, 0, "pdfplumber installerat", str(exc)) from exc
    lines: list[_Line] = []
    pages: list[PageText] = []
    margins: Counter[str] = Counter()
    heights: dict[int, float] = {}
    last = min(last_page or page_count, page_count)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number in range(first_page, last + 1):
                page = pdf.pages[number - 1]
                try:
                    words = _plumber_words(page, number)
                    layered = bool(words)
                    table_lines, boxes = _table_rows(page, number) if words else ([], [])
                    words = [w for w in words if not _inside_any(w, boxes)]
                    heights[number] = float(page.height)
                except Exception as exc:  # pdfminer raises many kinds for one damaged page
                    raise ImportFailure(f"{name}, sida {number}", 0, "en läsbar sida",
                                        "en trasig sida") from exc
                finally:
                    page.close()
                scanned = False
                if not layered and ocr is not None:
                    words = [_Word(t, a, b, c, d, s, False) for t, a, b, c, d, s in ocr(data, number)]
                    scanned = bool(words)
                page_lines = sorted(_words_to_lines(words, number) + table_lines, key=lambda ln: ln.top)
                pages.append(PageText(number, "\n".join(ln.plain for ln in page_lines),
                                      has_text_layer=layered, ocr=scanned))
                for ln in page_lines:
                    key = _margin_key(ln, heights[number])
                    if key:
                        margins[key] += 1
                lines += page_lines
    except ImportFailure:
        raise
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError) as exc:
        raise ImportFailure(name, 0, "en hel PDF, men fann en trasig eller avkortad fil") from exc
    counted = last - first_page + 1
    if counted >= 2:
        repeated = {k for k, n in margins.items() if n >= max(2, counted // 2)}
        lines = [ln for ln in lines
                 if ln.page == first_page or _margin_key(ln, heights[ln.page]) not in repeated]
    text, line_pages = _shape(_join_split_rows(lines), outline)
    return PdfText(text=text, line_pages=line_pages, pages=pages, outline=outline, title=title)


def inspect_pdf(data: bytes, name: str, limits: PdfLimits = PDF_LIMITS) -> tuple[int, list[OutlineEntry], str | None]:
    """Page count, bookmarks and title through pypdf, refusing encrypted and damaged files first."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not looks_like_pdf(data):
        raise ImportFailure(name, 0, "en PDF, men fann en fil av annat slag")
    tail = data[-2048:]
    if b"%%EOF" not in tail:
        raise ImportFailure(name, 0, "en hel PDF, men fann en avkortad fil (slutmarkeringen %%EOF saknas)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ImportFailure(name, 0, "en PDF utan lösenord, men fann en lösenordsskyddad fil")
        count = len(reader.pages)
    except ImportFailure:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        if "encrypt" in str(exc).casefold() or "password" in str(exc).casefold():
            raise ImportFailure(name, 0, "en PDF utan lösenord, men fann en lösenordsskyddad fil") from exc
        raise ImportFailure(name, 0, "en hel PDF, men fann en trasig eller avkortad fil") from exc
    if count == 0:
        raise ImportFailure(name, 0, "en PDF med minst en sida, men fann inga sidor")
    if count > limits.pages:
        raise ImportFailure(name, 0, f"en PDF på högst {limits.pages} sidor, men fann {count} sidor")
    outline: list[OutlineEntry] = []
    try:
        def walk(entries: list[object], level: int) -> None:
            for entry in entries:
                if isinstance(entry, list):
                    walk(entry, level + 1)
                    continue
                page = reader.get_destination_page_number(entry)  # type: ignore[arg-type]
                outline.append(OutlineEntry(str(entry.title).strip(), page + 1, level))  # type: ignore[attr-defined]

        walk(reader.outline, 0)  # type: ignore[arg-type]
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError):
        outline = []
    title = None
    try:
        meta = reader.metadata
        title = str(meta.title).strip() if meta and meta.title else None
    except (PdfReadError, ValueError, KeyError, TypeError):
        title = None
    return count, outline, title


_ENTRY = re.compile(r"^(?:- |\(?\d{1,2}[.)] |[a-zåäö][.)] )")
_CONJUNCTIONS = {"och", "eller", "samt", "respektive", "resp.", "till"}


def _starts_entry(text: str) -> bool:
    """A bullet or a numbered point starts a new entry even without a paragraph gap."""
    return bool(_ENTRY.match(text))


def _unwrap(line: str, more: str) -> str:
    """Join a wrapped line: "Personal-" + "kostnader", but "hälso- och" keeps its space."""
    if not line:
        return more
    if line.endswith("-") and more[:1].islower() and more.split(" ", 1)[0] not in _CONJUNCTIONS:
        return line + more
    return f"{line} {more}"


def _bookmarked_lines(lines: list[_Line], bookmarks: dict[tuple[str, int], int]) -> dict[int, int]:
    """Line index -> heading level, for the lines that together spell a bookmark's title on its page."""
    by_page: dict[int, list[tuple[str, int]]] = {}
    for (title, page), level in bookmarks.items():
        by_page.setdefault(page, []).append((title, level))
    marks: dict[int, int] = {}
    for i, ln in enumerate(lines):
        titles = by_page.get(ln.page)
        if not titles or ln.table_cells is not None or i in marks:
            continue
        joined = ""
        for j in range(i, min(i + 4, len(lines))):  # a heading wraps over at most a few lines
            if lines[j].page != ln.page or lines[j].table_cells is not None:
                break
            joined = _fold(f"{joined} {lines[j].plain}")
            done = [lvl for t, lvl in titles if t == joined]
            if done:
                for k in range(i, j + 1):
                    marks[k] = done[0]
                break
            if not any(t.startswith(joined + " ") for t, _ in titles):
                break
    return marks


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _shape(lines: list[_Line], outline: list[OutlineEntry] = ()) -> tuple[str, list[int]]:  # type: ignore[assignment]
    """Lines as a text export: headings marked, paragraphs apart, table cells tab-separated.

    A heading's level comes from the PDF's bookmarks when it has them (Word and LibreOffice
    write one per heading), else from its type size; a bold line at body size is a heading
    one level below the smallest sized one.
    """
    if not lines:
        return "", []
    bookmarks = {(_fold(e.title), e.page): e.level + 1 for e in outline}
    bookmark_pages = {e.page for e in outline}
    sizes: Counter[float] = Counter()
    for ln in lines:
        for w in ln.words:
            sizes[round(w.size, 1)] += len(w.text)
    body = sizes.most_common(1)[0][0]
    heading_sizes = sorted({s for s in sizes if s >= body * 1.15}, reverse=True)
    level_of = {s: min(i + 1, 4) for i, s in enumerate(heading_sizes)}
    out: list[str] = []
    pages: list[int] = []

    def emit(text: str, page: int) -> None:
        out.append(text)
        pages.append(page)

    seen_heading = False
    prev: _Line | None = None
    pending_heading: tuple[int, list[str], int] | None = None  # level, parts, page

    def flush_heading() -> None:
        nonlocal pending_heading, wrapping
        if pending_heading:
            wrapping = False
            level, parts, page = pending_heading
            if out and out[-1] != "":
                emit("", page)
            emit(f"{'#' * level} {' '.join(parts)}", page)
            emit("", page)
            pending_heading = None

    bold_level = min(len(heading_sizes) + 1, 6)
    wrapping = False  # the last line emitted is prose that the next line may continue
    bookmarked = _bookmarked_lines(lines, bookmarks)
    for index, ln in enumerate(lines):
        size = ln.size
        gap = 2.0 * size
        new_para = prev is None or ln.page != prev.page or (ln.top - prev.top) > 1.6 * max(prev.size, size)
        marked = bookmarked.get(index)
        continues = (pending_heading is not None and not new_para and ln.table_cells is None
                     and (size in level_of or ln.bold))
        if marked is None and ln.table_cells is None and not (ln.page in bookmark_pages and outline):
            if size in level_of and not ln.plain.endswith("."):  # a sentence in larger type is no heading
                marked = level_of[size]
            elif ln.bold and size == body and len(ln.plain) <= 160 and (new_para or continues):
                marked = bold_level
        if marked is not None:
            level = marked
            text = ln.plain
            if pending_heading and pending_heading[0] == level and not new_para:
                pending_heading[1].append(text)
            else:
                flush_heading()
                pending_heading = (level, [text], ln.page)
            seen_heading = True
            prev = ln
            continue
        flush_heading()
        if new_para and out and out[-1] != "":
            emit("", ln.page)
        cells = ln.cells(gap)
        first = cells[0].split(" ", 1)
        if first[0] in _BULLETS or _PUA.match(first[0]):
            rest = first[1] if len(first) > 1 else ""
            cells[0] = f"- {rest}".rstrip() if rest else "-"
            if cells[0] == "-" and len(cells) > 1:
                cells = [f"- {cells[1]}", *cells[2:]]
        if len(cells) > 1 and not seen_heading and ln.table_cells is None:
            for c in cells:  # letterhead facts side by side: one line each
                emit(c, ln.page)
                emit("", ln.page)
        elif len(cells) > 1 or ln.table_cells is not None:
            emit("\t".join(cells), ln.page)
            wrapping = False
        elif wrapping and not new_para and not _starts_entry(cells[0]):
            out[-1] = _unwrap(out[-1], cells[0])  # one line per paragraph, as a text export has it
        else:
            emit(cells[0], ln.page)
            wrapping = True
        prev = ln
    flush_heading()
    while out and out[-1] == "":
        out.pop()
        pages.pop()
    return "\n".join(out) + "\n", pages
