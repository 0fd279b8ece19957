"""Attachment checks and page assembly with pypdf.

Each attachment is parsed once: `open_attachment` validates it and records the
geometry of every page; `PackWriter` later copies those pages once, scaling each
into the band between header and footer, and stamps every page of the pack with
its page of the reportlab overlay (header, footer, watermarks) as a form XObject.
Content streams are never decoded, which keeps a 400-page merge cheap.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from nämndklient.packs.overlay import Sheet, resource_name, stamp_ops
from nämndklient.packs.styles import BAND, PAGE_H, PAGE_W

if TYPE_CHECKING:
    from pypdf import PageObject, PdfReader, PdfWriter
    from pypdf.generic import IndirectObject

    from nämndklient.packs.spec import PackAttachment

NOT_PDF = "filen är inte en PDF"
ENCRYPTED = "filen är krypterad"
DAMAGED = "filen är skadad"

_DROP_KEYS = ("/Annots", "/B", "/Thumb", "/PieceInfo", "/StructParents", "/AA")
_SIDE = 14.0  # side margin for scaled attachment pages


@dataclass(frozen=True)
class PageGeometry:
    """Visible box and rotation of an attachment page, read once when it is opened."""

    x0: float
    y0: float
    x1: float
    y1: float
    rotate: int

    @property
    def shown_size(self) -> tuple[float, float]:
        w, h = self.x1 - self.x0, self.y1 - self.y0
        return (h, w) if self.rotate in (90, 270) else (w, h)

    @property
    def landscape(self) -> bool:
        w, h = self.shown_size
        return w > h * 1.02


@dataclass
class OpenedAttachment:
    reader: PdfReader | None
    geometry: list[PageGeometry] = field(default_factory=list)
    reason: str | None = None  # why it cannot be merged, in Swedish

    @property
    def pages(self) -> int:
        return len(self.geometry)


def open_attachment(attachment: PackAttachment) -> OpenedAttachment:
    """Parse an attachment once and decide whether it can be merged."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    data = attachment.data
    if b"%PDF-" not in data[:1024]:
        return OpenedAttachment(None, reason=NOT_PDF)
    if b"%%EOF" not in data[-2048:]:  # cut off in transfer: pages would be silently missing
        return OpenedAttachment(None, reason=DAMAGED)
    logger = logging.getLogger("pypdf")
    previous = logger.level
    logger.setLevel(logging.ERROR)  # a repaired xref table is not worth a console warning
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    return OpenedAttachment(None, reason=ENCRYPTED)
            except Exception:  # e.g. AES without the optional crypto library
                return OpenedAttachment(None, reason=ENCRYPTED)
        geometry = [_geometry(page) for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
            RecursionError, AssertionError):
        return OpenedAttachment(None, reason=DAMAGED)
    finally:
        logger.setLevel(previous)
    if not geometry:
        return OpenedAttachment(None, reason=DAMAGED)
    return OpenedAttachment(reader, geometry)


def _geometry(page: PageObject) -> PageGeometry:
    box = page.cropbox
    x0, x1 = sorted((float(box.left), float(box.right)))
    y0, y1 = sorted((float(box.bottom), float(box.top)))
    if x1 - x0 < 1 or y1 - y0 < 1:
        raise ValueError("empty page box")
    page.get("/Contents")  # resolve it now, so a broken page fails here and not mid-merge
    return PageGeometry(x0, y0, x1, y1, int(page.rotation) % 360)


def _fit_matrix(g: PageGeometry, width: float, height: float) -> str:
    """`cm` operators that rotate the page upright and scale it into the content band."""
    rotations = {
        0: (1, 0, 0, 1, -g.x0, -g.y0),
        90: (0, -1, 1, 0, -g.y0, g.x1),
        180: (-1, 0, 0, -1, g.x1, g.y1),
        270: (0, 1, -1, 0, g.y1, -g.x0),
    }
    rot = rotations.get(g.rotate, rotations[0])
    sw, sh = g.shown_size
    avail_w, avail_h = width - 2 * _SIDE, height - 2 * BAND
    s = min(avail_w / sw, avail_h / sh, 1.0)
    tx = (width - s * sw) / 2
    ty = BAND + (avail_h - s * sh) / 2
    return (
        f"q {s:.5f} 0 0 {s:.5f} {tx:.3f} {ty:.3f} cm "
        + " ".join(f"{v:.4f}".rstrip("0").rstrip(".") for v in rot)
        + f" cm {g.x0:.3f} {g.y0:.3f} {g.x1 - g.x0:.3f} {g.y1 - g.y0:.3f} re W n\n"
    )


def page_size(landscape: bool) -> tuple[float, float]:
    return (PAGE_H, PAGE_W) if landscape else (PAGE_W, PAGE_H)


class PackWriter:
    """The output document; pages are added in final order, each stamped as it arrives."""

    def __init__(self, sheet: Sheet) -> None:
        from pypdf import PdfReader, PdfWriter
        from pypdf.generic import ArrayObject, FloatObject, NameObject

        self.writer: PdfWriter = PdfWriter()
        self._sheet = sheet
        self._open = self._stream(b"q\n")
        reader = PdfReader(io.BytesIO(sheet.pdf))
        self._forms: dict[str, IndirectObject] = {}
        bbox = ArrayObject([FloatObject(v) for v in (-60, -60, PAGE_H + 60, PAGE_H + 60)])
        for name, index in sheet.pages.items():
            part = reader.pages[index]
            form = part.raw_get("/Contents").get_object().clone(self.writer)
            form[NameObject("/Type")] = NameObject("/XObject")
            form[NameObject("/Subtype")] = NameObject("/Form")
            form[NameObject("/BBox")] = bbox
            form[NameObject("/Resources")] = part.raw_get("/Resources").clone(self.writer)
            self._forms[name] = form.indirect_reference

    def _stream(self, data: bytes) -> IndirectObject:
        from pypdf.generic import DecodedStreamObject

        obj = DecodedStreamObject()
        obj.set_data(data)
        return self.writer._add_object(obj)

    @property
    def count(self) -> int:
        return len(self.writer.pages)

    def add_rendered(self, page: PageObject, context: int) -> None:
        """A page typeset by reportlab: already A4, only needs its stamp."""
        self._finish(self.writer.add_page(page), self._open, PAGE_W, PAGE_H, context, False)

    def add_attachment_page(self, page: PageObject, g: PageGeometry, context: int) -> None:
        from pypdf.generic import NameObject, RectangleObject

        for key in _DROP_KEYS:  # links and structure would point into the wrong place
            if key in page:
                del page[key]
        new = self.writer.add_page(page)
        width, height = page_size(g.landscape)
        new[NameObject("/MediaBox")] = RectangleObject((0, 0, width, height))
        for key in ("/CropBox", "/BleedBox", "/TrimBox", "/ArtBox", "/Rotate", "/UserUnit"):
            if key in new:
                del new[key]
        self._finish(new, self._stream(_fit_matrix(g, width, height).encode()), width, height, context, False)

    def add_blank(self, context: int) -> None:
        from pypdf.generic import DictionaryObject, NameObject

        new = self.writer.add_blank_page(PAGE_W, PAGE_H)
        new[NameObject("/Resources")] = DictionaryObject()
        self._finish(new, self._open, PAGE_W, PAGE_H, context, True)

    def _finish(self, page: PageObject, opening: IndirectObject, width: float, height: float,
                context: int, blank: bool) -> None:
        from pypdf.generic import ArrayObject, DictionaryObject, NameObject

        ops, used = stamp_ops(self._sheet, width, height, context, self.count, blank)
        parts: list = []
        if page.get(NameObject("/Contents")) is not None:
            raw = page.raw_get("/Contents")
            resolved = raw.get_object()
            parts = list(resolved) if isinstance(resolved, ArrayObject) else [raw]
        closing = self._stream(f"\nQ {ops}\n".encode())
        page[NameObject("/Contents")] = ArrayObject([opening, *parts, closing])

        resources = DictionaryObject(page.get("/Resources") or {})
        xobjects = DictionaryObject(resources.get("/XObject") or {})
        for name in used:
            xobjects[NameObject(resource_name(name))] = self._forms[name]
        resources[NameObject("/XObject")] = xobjects
        page[NameObject("/Resources")] = resources


def _name(value: str):
    from pypdf.generic import NameObject

    return NameObject(value)
