"""Attachment checks and page assembly with pikepdf (qpdf).

Each attachment is parsed once: `open_attachment` validates it and records the
geometry of every page; `PackWriter` later copies those pages once, scaling each
into the band between header and footer, and stamps every page of the pack with
its page of the reportlab overlay (header, footer, watermarks) as a form XObject.
Content streams are never decoded or recompressed: qpdf copies the attachments'
streams as they are when the pack is written, which keeps a 400-page merge cheap.
The source documents therefore stay open until the pack has been saved.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO

from nämndklient.packs.overlay import Sheet, resource_name, stamp_ops
from nämndklient.packs.styles import BAND, PAGE_H, PAGE_W

if TYPE_CHECKING:
    import pikepdf

    from nämndklient.packs.spec import PackAttachment

NOT_PDF = "filen är inte en PDF"
ENCRYPTED = "filen är krypterad"
DAMAGED = "filen är skadad"

_DROP_KEYS = ("/Annots", "/B", "/Thumb", "/PieceInfo", "/StructParents", "/AA")
_BOX_KEYS = ("/CropBox", "/BleedBox", "/TrimBox", "/ArtBox", "/Rotate", "/UserUnit")
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
    pdf: pikepdf.Pdf | None
    geometry: list[PageGeometry] = field(default_factory=list)
    reason: str | None = None  # why it cannot be merged, in Swedish

    @property
    def pages(self) -> int:
        return len(self.geometry)


def open_pdf(data: bytes) -> pikepdf.Pdf:
    """Open a PDF held in memory (our own reportlab output, or an attachment)."""
    import pikepdf

    return pikepdf.Pdf.open(io.BytesIO(data))


def open_attachment(attachment: PackAttachment) -> OpenedAttachment:
    """Parse an attachment once and decide whether it can be merged."""
    import pikepdf

    data = attachment.data
    if b"%PDF-" not in data[:1024]:
        return OpenedAttachment(None, reason=NOT_PDF)
    if b"%%EOF" not in data[-2048:]:  # cut off in transfer: pages would be silently missing
        return OpenedAttachment(None, reason=DAMAGED)
    try:
        pdf = open_pdf(data)  # a repaired xref table is not worth a console warning: qpdf stays quiet
    except pikepdf.PasswordError:
        return OpenedAttachment(None, reason=ENCRYPTED)
    except Exception:  # qpdf's own errors, and whatever a hostile file provokes
        return OpenedAttachment(None, reason=DAMAGED)
    try:
        geometry = [_geometry(page) for page in pdf.pages]
    except Exception:
        pdf.close()
        return OpenedAttachment(None, reason=DAMAGED)
    if not geometry:
        pdf.close()
        return OpenedAttachment(None, reason=DAMAGED)
    return OpenedAttachment(pdf, geometry)


def _geometry(page: pikepdf.Page) -> PageGeometry:
    import pikepdf

    box = [float(v) for v in page.cropbox]  # falls back to the (inherited) media box
    if len(box) != 4:
        raise ValueError("bad page box")
    x0, x1 = sorted((box[0], box[2]))
    y0, y1 = sorted((box[1], box[3]))
    if x1 - x0 < 1 or y1 - y0 < 1:
        raise ValueError("empty page box")
    # Decode the page's content now (in qpdf, about 30 µs a page), so a damaged stream gets a
    # placeholder instead of being copied into the pack; the copy itself stays byte for byte.
    contents = page.obj.get("/Contents")
    if contents is not None:
        for stream in contents if isinstance(contents, pikepdf.Array) else [contents]:
            if not isinstance(stream, pikepdf.Stream):
                raise ValueError("bad page contents")
            stream.read_bytes()
    rotate = page.obj.get("/Rotate", 0)
    return PageGeometry(x0, y0, x1, y1, int(rotate) % 360 if isinstance(rotate, (int, float)) else 0)


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


def _version_key(version: str) -> tuple[int, ...]:
    try:
        return tuple(int(p) for p in version.split("."))
    except ValueError:
        return (0,)


def page_size(landscape: bool) -> tuple[float, float]:
    return (PAGE_H, PAGE_W) if landscape else (PAGE_W, PAGE_H)


class PackWriter:
    """The output document; pages are added in final order, each stamped as it arrives."""

    def __init__(self, sheet: Sheet) -> None:
        import pikepdf

        self.pdf: pikepdf.Pdf = pikepdf.Pdf.new()
        self.versions: list[str] = []
        self._sheet = sheet
        self._open = self.pdf.make_stream(b"q\n")  # shared by every typeset page
        self._forms: dict[str, pikepdf.Object] = {}
        self._media = {
            False: pikepdf.Array([0, 0, PAGE_W, PAGE_H]),
            True: pikepdf.Array([0, 0, PAGE_H, PAGE_W]),
        }
        source = self.source(sheet.pdf)
        bbox = pikepdf.Array([-60, -60, PAGE_H + 60, PAGE_H + 60])
        for name, index in sheet.pages.items():
            part = source.pages[index].obj
            content = part.get("/Contents")
            if isinstance(content, pikepdf.Array):  # reportlab writes one stream, but be safe
                content = content[0]
            form = self.pdf.copy_foreign(content)
            form.Type = pikepdf.Name.XObject
            form.Subtype = pikepdf.Name.Form
            form.BBox = bbox
            resources = part.get("/Resources")
            if resources is not None:
                if not resources.is_indirect:
                    resources = source.make_indirect(resources)
                form.Resources = self.pdf.copy_foreign(resources)
            self._forms[name] = form
        self._all_forms = self.pdf.make_indirect(
            pikepdf.Dictionary({resource_name(name): form for name, form in self._forms.items()}))
        self._fits: dict[tuple[PageGeometry, float, float], pikepdf.Object] = {}

    def source(self, data: bytes) -> pikepdf.Pdf:
        """Open one of our own typeset parts; it must stay open until the pack is saved."""
        pdf = open_pdf(data)
        self.versions.append(pdf.pdf_version)
        return pdf

    def _stream(self, data: bytes) -> pikepdf.Object:
        """A small content stream of our own, compressed here: the pack is saved without recompression."""
        import pikepdf

        return self.pdf.make_indirect(pikepdf.Stream(self.pdf, zlib.compress(data), Filter=pikepdf.Name.FlateDecode))

    def save(self, handle: BinaryIO, extra_versions: list[str]) -> None:
        """Write the pack; every stream is copied exactly as it is stored, none is decoded or recompressed."""
        import pikepdf

        version = max([*self.versions, *extra_versions], key=_version_key)
        self.pdf.save(handle, min_version=version, deterministic_id=True, compress_streams=False,
                      stream_decode_level=pikepdf.StreamDecodeLevel.none)

    @property
    def count(self) -> int:
        return len(self.pdf.pages)

    def add_rendered(self, page: pikepdf.Page, context: int) -> None:
        """A page typeset by reportlab: already A4, only needs its stamp."""
        self.pdf.pages.append(page)
        self._finish(self.pdf.pages[-1].obj, self._open, PAGE_W, PAGE_H, context, False)

    def add_attachment_page(self, page: pikepdf.Page, g: PageGeometry, context: int) -> None:
        source = page.obj
        for key in _DROP_KEYS:  # links and structure would point into the wrong place
            if key in source:
                del source[key]
        self.pdf.pages.append(page)
        new = self.pdf.pages[-1].obj
        width, height = page_size(g.landscape)
        new.MediaBox = self._media[g.landscape]
        for key in _BOX_KEYS:
            if key in new:
                del new[key]
        fit = self._fits.get((g, width, height))
        if fit is None:  # pages of the same size share one stream
            fit = self._fits[g, width, height] = self._stream(_fit_matrix(g, width, height).encode())
        self._finish(new, fit, width, height, context, False)

    def add_blank(self, context: int) -> None:
        import pikepdf

        page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=self._media[False])
        self.pdf.pages.append(pikepdf.Page(self.pdf.make_indirect(page)))
        self._finish(self.pdf.pages[-1].obj, self._open, PAGE_W, PAGE_H, context, True)

    def _finish(self, page: pikepdf.Dictionary, opening: pikepdf.Object, width: float, height: float,
                context: int, blank: bool) -> None:
        import pikepdf

        ops, used = stamp_ops(self._sheet, width, height, context, self.count, blank)
        contents = page.get("/Contents")
        if isinstance(contents, pikepdf.Array):
            parts = [opening, *contents]
        elif contents is not None:
            parts = [opening, contents]
        else:
            parts = [opening]
        parts.append(self._stream(f"\nQ {ops}\n".encode()))
        page.Contents = pikepdf.Array(parts)

        # Every page gets the one shared dictionary of all overlay parts, unless it has
        # XObjects of its own; then it gets a copy of those plus the parts it uses.
        resources = page.get("/Resources")
        if resources is None:
            page.Resources = pikepdf.Dictionary(XObject=self._all_forms)
            return
        xobjects = resources.get("/XObject")
        if xobjects is None:
            resources.XObject = self._all_forms  # in place: pages sharing these resources share the forms too
        elif not (xobjects.is_indirect and xobjects.objgen == self._all_forms.objgen):
            merged = pikepdf.Dictionary(dict(xobjects.items()))
            for name in used:
                merged[resource_name(name)] = self._forms[name]
            resources.XObject = merged


# --- finishing the document: font subset tags, link annotations, XMP ------------------

_TAG_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _subset_tag(program: bytes, salt: int) -> str:
    """Six capitals from the font program's hash: the same subset always gets the same tag."""
    import hashlib

    number = int.from_bytes(hashlib.sha256(salt.to_bytes(4, "big") + program).digest()[:8], "big")
    tag = []
    for _ in range(6):
        number, rest = divmod(number, 26)
        tag.append(_TAG_LETTERS[rest])
    return "".join(tag)


def _font_program(font: pikepdf.Dictionary) -> tuple[pikepdf.Dictionary, bytes] | None:
    """The descriptor and the embedded font program of a simple or a Type0 font."""
    import pikepdf

    target = font
    descendants = font.get("/DescendantFonts")
    if isinstance(descendants, pikepdf.Array) and len(descendants):
        target = descendants[0]
    descriptor = target.get("/FontDescriptor")
    if not isinstance(descriptor, pikepdf.Dictionary):
        return None
    for key in ("/FontFile2", "/FontFile", "/FontFile3"):
        stream = descriptor.get(key)
        if isinstance(stream, pikepdf.Stream):
            return descriptor, stream.read_raw_bytes()
    return None


def distinct_subset_tags(pdf: pikepdf.Pdf) -> int:
    """Give every embedded font subset a tag of its own; returns how many fonts were renamed.

    reportlab names the first subset of each font `AAAAAA+` in every document it
    writes, so the cover, the body and the overlay each bring an `AAAAAA+DejaVuSans`
    with different glyphs. ISO 32000 (9.6.4) wants different subsets to have
    different tags; viewers and PDF/A converters otherwise mix up their glyphs. The
    tag is taken from the font program's hash, so a rebuild gives the same bytes.
    """
    import pikepdf

    taken: dict[str, bytes] = {}  # tag → the font program holding it
    renamed = 0
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Dictionary) or obj.get("/Type") != pikepdf.Name.Font:
            continue
        base = str(obj.get("/BaseFont", ""))[1:]
        if len(base) < 8 or base[6] != "+" or not base[:6].isalpha() or not base[:6].isupper():
            continue
        found = _font_program(obj)
        if found is None:
            continue
        descriptor, program = found
        salt = 0
        tag = _subset_tag(program, salt)
        while taken.get(tag, program) != program:
            salt += 1
            tag = _subset_tag(program, salt)
        taken[tag] = program
        name = pikepdf.Name(f"/{tag}+{base[7:]}")
        if name != obj.BaseFont:
            renamed += 1
        obj.BaseFont = name
        descriptor.FontName = name
        descendants = obj.get("/DescendantFonts")
        if isinstance(descendants, pikepdf.Array) and len(descendants):
            descendants[0].BaseFont = name
    return renamed


PRINT_FLAG = 4  # annotation flag bit 3: print the annotation with the page (ISO 32000 12.5.3)


def finish_links(pdf: pikepdf.Pdf) -> None:
    """Every link annotation is printed with its page and says where it goes (PDF/A keeps only such links)."""
    import pikepdf

    for number, page in enumerate(pdf.pages, start=1):
        for annot in page.obj.get("/Annots", []):
            if not isinstance(annot, pikepdf.Dictionary) or annot.get("/Subtype") != pikepdf.Name.Link:
                continue
            annot.F = (int(annot.get("/F", 0)) | PRINT_FLAG)
            if "/Contents" not in annot:
                annot.Contents = pikepdf.String(_link_text(pdf, annot, number))


def _link_text(pdf: pikepdf.Pdf, annot: pikepdf.Dictionary, page_number: int) -> str:
    import pikepdf

    dest = annot.get("/Dest")
    if isinstance(dest, pikepdf.Array) and len(dest):
        try:
            return f"Gå till sidan {pdf.pages.index(pikepdf.Page(dest[0])) + 1}"
        except ValueError:
            pass
    uri = annot.get("/A", {}).get("/URI") if isinstance(annot.get("/A"), pikepdf.Dictionary) else None
    return f"Länk till {uri}" if uri is not None else f"Länk på sidan {page_number}"


def write_xmp(pdf: pikepdf.Pdf, *, title: str, subject: str, author: str, keywords: str, language: str,
              created: str, producer: str, creator_tool: str) -> None:
    """XMP metadata that agrees with the document information dictionary; no timestamp of its own."""
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        meta["dc:title"] = title
        meta["dc:description"] = subject
        meta["dc:creator"] = [author]
        meta["dc:language"] = [language]
        meta["pdf:Keywords"] = keywords
        meta["pdf:Producer"] = producer
        meta["xmp:CreatorTool"] = creator_tool
        meta["xmp:CreateDate"] = created
        meta["xmp:ModifyDate"] = created
