"""Test material made by an office suite's own libraries, not by Nämndklient's writers.

python-docx builds Word files the way a region's template does (a letterhead table,
heading styles, Word's own numbered and bulleted lists); LibreOffice converts them
to PDF as a secretariat's "Exportera som PDF" would. A test that reads these cannot
pass only because our writer and our reader agree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.shared import Cm, Pt


@dataclass
class Tjansteskrivelse:
    """The facts of one tjänsteskrivelse, laid out as the region's Word template lays them out."""

    dnr: str
    date: str
    unit: str
    contact: str
    email: str
    title: str
    sections: list[tuple[str, list[str]]] = field(default_factory=list)  # heading, paragraphs ("- " bullets)
    proposal_heading: str = "Regiondirektörens förslag"
    proposals: list[str] = field(default_factory=list)
    signatory: str = "Anders Byström"
    signatory_title: str = "Regiondirektör"
    distribution: list[str] = field(default_factory=list)


STYRMODELL = Tjansteskrivelse(
    dnr="RS/342/2022",
    date="2022-11-29",
    unit="Sekretariatet",
    contact="Sandra Hedman",
    email="sandra.hedman@regionjh.se",
    title="Direktiv för översyn av Region Jämtland Härjedalens styrmodell",
    sections=[
        ("Ärendebeskrivning", [
            "Regionstyrelsen beslutade den 1 juni 2022, § 109, att ge regiondirektören i uppdrag att till "
            "regionstyrelsens möte i augusti utvärdera styrmodellen och efter valet i september 2022 föreslå "
            "direktiv för översyn av Region Jämtland Härjedalens styrmodell.",
            "Sex delmål för översynen föreslås i direktivet:",
            "- Föreslå vilken kärnverksamhet, ledningsprocesser och stödprocesser som fullmäktiges "
            "övergripande mål ska kopplas emot.",
            "- Föreslå hur den nya styrmodellen ska implementeras.",
            "I direktivet föreslås att översynen ska genomföras i början på 2023.",
        ]),
    ],
    proposals=[
        "Direktiv för översyn av styrmodell fastställs enligt förslag.",
        "Regiondirektören får i enlighet med upprättat direktiv i uppdrag att presentera ett förslag till ny "
        "reviderad styrmodell senast till regionstyrelsens möte 2-3 maj 2023.",
    ],
    distribution=["Regiondirektören", "Ekonomidirektören"],
)


def tjansteskrivelse_docx(doc: Tjansteskrivelse, path: Path) -> Path:
    """A Word file with the letterhead in a table and Word's heading and list styles."""
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    head = d.add_table(rows=2, cols=2)
    head.cell(0, 0).text = doc.unit
    head.cell(0, 1).text = doc.date
    head.cell(1, 0).text = doc.contact
    head.cell(1, 1).text = doc.dnr
    d.add_paragraph(f"E-post: {doc.email}")
    d.add_heading(doc.title, level=1)
    for heading, paragraphs in doc.sections:
        d.add_heading(heading, level=2)
        for text in paragraphs:
            if text.startswith("- "):
                d.add_paragraph(text[2:], style="List Bullet")
            else:
                d.add_paragraph(text)
    d.add_heading(doc.proposal_heading, level=2)
    for text in doc.proposals:
        d.add_paragraph(text, style="List Number")
    d.add_paragraph("I tjänsten")
    d.add_paragraph(doc.signatory)
    d.add_paragraph(doc.signatory_title)
    if doc.distribution:
        d.add_heading("Utdrag till", level=3)
        for name in doc.distribution:
            d.add_paragraph(name)
    d.core_properties.title = doc.title
    d.save(str(path))
    return path


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_with_libreoffice(source: Path, fmt: str, outdir: Path) -> Path:
    """`soffice --headless --convert-to FMT`, in a private profile so parallel runs do not collide."""
    exe = soffice()
    if exe is None:
        raise RuntimeError("LibreOffice is not installed (packaging/linux/install-system-deps.sh test installs it)")
    profile = outdir / ".lo-profile"
    env = {**os.environ, "HOME": str(outdir)}
    subprocess.run(
        [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", fmt,
         "--outdir", str(outdir), str(source)],
        check=True, capture_output=True, timeout=180, env=env,
    )
    out = outdir / f"{source.stem}.{fmt.split(':')[0]}"
    assert out.exists(), f"LibreOffice made no {out.name}"
    return out


def _add_runs(paragraph: object, text: str, *, bold: bool = False) -> None:
    """Text with the export's `<b>…</b>` and `**…**` as bold runs, other tags dropped."""
    import re

    for part in re.split(r"(<b>.*?</b>|\*\*.+?\*\*)", text):
        if not part:
            continue
        strong = part.startswith(("<b>", "**"))
        clean = re.sub(r"</?\w+[^>]*>", "", part.strip("*") if part.startswith("**") else part)
        if clean:
            paragraph.add_run(clean).bold = bold or strong  # type: ignore[attr-defined]


def plan_docx(export: str, path: Path) -> Path:
    """The plan as its Word original would hold it: heading styles, real tables with bold totals.

    Built from the text export line by line (headings, paragraphs, tab-separated rows
    grouped into tables), the way the region's planning template lays out the plan.
    """
    import re

    d = docx.Document()
    rows: list[list[str]] = []

    def flush() -> None:
        if not rows:
            return
        width = max(len(r) for r in rows)
        table = d.add_table(rows=len(rows), cols=width)
        table.style = "Table Grid"
        table.autofit = False
        # Columns as wide as their longest word needs, the rest shared by content: a template's layout.
        plain = [[re.sub(r"<[^>]+>|\*\*", "", c) for c in r] for r in rows]
        need = [max([max((len(w) for w in r[j].split()), default=1) for r in plain if j < len(r)] + [4])
                for j in range(width)]
        share = [max(need[j] + 4.0, min(30.0, sum(len(r[j]) for r in plain if j < len(r)) / len(plain)))
                 for j in range(width)]
        total = sum(share)
        usable = Cm(16.5)
        for j in range(width):
            table.columns[j].width = int(usable * share[j] / total)  # the grid, which LibreOffice follows
            for cell in table.columns[j].cells:
                cell.width = int(usable * share[j] / total)  # and each cell, which Word follows
        for i, row in enumerate(rows):
            for j in range(width):
                cell = table.cell(i, j)
                cell.paragraphs[0].text = ""
                if j >= len(row):
                    continue
                entries = re.findall(r"<li[^>]*>(.*?)</li>", row[j], re.DOTALL)
                if not entries:
                    _add_runs(cell.paragraphs[0], row[j])
                    continue
                for k, entry in enumerate(entries):  # a list in a cell: one bulleted paragraph each
                    para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                    para.style = d.styles["List Bullet"]
                    _add_runs(para, entry.strip().lstrip("•").strip())
        for row in table.rows:
            for cell in row.cells:
                for para in cell.paragraphs:
                    for run in para.runs:
                        run.font.size = Pt(8 if width <= 6 else 7)
        rows.clear()

    for line in export.splitlines():
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        flush()
        if not line.strip():
            continue
        m = re.match(r"^(#{1,6})\s+(.*)$", line)
        if m:
            d.add_heading(re.sub(r"</?\w+>|\*\*", "", m.group(2)), level=min(len(m.group(1)), 4))
        else:
            _add_runs(d.add_paragraph(), line)
    flush()
    d.save(str(path))
    return path


@dataclass
class AgendaEntry:
    number: int
    title: str
    dnr: str | None
    presenter: str
    papers: Tjansteskrivelse | list[str]  # a tjänsteskrivelse, or the paragraphs of an information item


def kallelse_docx(body: str, weekday_date: str, time: str, place: str, entries: list[AgendaEntry],
                  path: Path) -> Path:
    """A "kallelse och handlingar" as a secretariat's template lays it out, before it is exported to PDF.

    A cover (Kallelse, the body, Tid, Plats), the föredragningslista as a table (nr, ärende,
    dnr, föredragande), then each item's papers from a new page under a heading with the
    item's number and title.
    """
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    d.add_heading("Kallelse", level=1)
    d.add_paragraph(body)
    d.add_paragraph(f"Tid: {weekday_date} kl. {time}")
    d.add_paragraph(f"Plats: {place}")
    d.add_heading("Föredragningslista", level=1)
    table = d.add_table(rows=1 + len(entries), cols=4)
    table.style = "Table Grid"
    for j, head in enumerate(("Nr", "Ärende", "Dnr", "Föredragande")):
        table.cell(0, j).text = head
    for i, e in enumerate(entries, 1):
        for j, value in enumerate((str(e.number), e.title, e.dnr or "", e.presenter)):
            table.cell(i, j).text = value
    table.autofit = False
    for j, width in enumerate((Cm(1.2), Cm(7.5), Cm(3.3), Cm(4.5))):
        table.columns[j].width = width
        for cell in table.columns[j].cells:
            cell.width = width
    for e in entries:
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.add_heading(f"{e.number}. {e.title}", level=1)
        if isinstance(e.papers, Tjansteskrivelse):
            t = e.papers
            d.add_paragraph("Tjänsteskrivelse")
            d.add_paragraph(t.unit)
            d.add_paragraph(t.contact)
            d.add_paragraph(f"E-post: {t.email}")
            d.add_paragraph(t.dnr)
            d.add_paragraph(t.date)
            d.add_heading(t.title, level=2)
            for heading, paragraphs in t.sections:
                d.add_heading(heading, level=3)
                for text in paragraphs:
                    d.add_paragraph(text[2:], style="List Bullet") if text.startswith("- ") else d.add_paragraph(text)
            d.add_heading(t.proposal_heading, level=3)
            for text in t.proposals:
                d.add_paragraph(text, style="List Number")
            d.add_paragraph("I tjänsten")
            d.add_paragraph(t.signatory)
            d.add_paragraph(t.signatory_title)
        else:
            for text in e.papers:
                d.add_paragraph(text)
    d.save(str(path))
    return path


def convert_to_pdf_without_bookmarks(source: Path, outdir: Path) -> Path:
    """LibreOffice's PDF export with bookmarks turned off, as some meeting systems publish."""
    fmt = 'pdf:writer_pdf_Export:{"ExportBookmarks":{"type":"boolean","value":"false"}}'
    return convert_with_libreoffice(source, fmt, outdir)
