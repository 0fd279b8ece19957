"""A 400-page "kallelse och handlingar" for `make bench`, made as a secretariat makes one.

python-docx writes the Word original (cover, föredragningslista, 40 items of ten
pages each) and LibreOffice exports it to PDF with bookmarks, so the bench reads
a file that no code of ours wrote. Kept in bench-out/ once made.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ITEMS = 40
PAGES_PER_ITEM = 10
VERSION = 2
_PARAGRAPH = ("Förvaltningen har under perioden följt upp verksamhetens ekonomi, tillgänglighet och kvalitet. "
              "Åtgärderna i planen för ekonomi i balans genomförs enligt tidplan, och effekterna redovisas "
              "i nästa månadsrapport till regionstyrelsen. ")


def kallelse_pdf(folder: Path) -> Path | None:
    """The bench's kallelse, or None when LibreOffice is not installed (`make bench` installs it)."""
    out = folder / f"kallelse-{ITEMS}x{PAGES_PER_ITEM}-v{VERSION}.pdf"
    if out.exists():
        return out
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    import docx
    from docx.enum.text import WD_BREAK

    folder.mkdir(parents=True, exist_ok=True)
    d = docx.Document()
    d.add_heading("Kallelse", level=1)
    d.add_paragraph("Regionstyrelsen")
    d.add_paragraph("Tid: tisdag 26 mars 2024 kl. 09.00")
    d.add_paragraph("Plats: Regionens hus, sal Storsjön")
    d.add_heading("Föredragningslista", level=1)
    table = d.add_table(rows=ITEMS + 1, cols=4)
    table.style = "Table Grid"
    for j, head in enumerate(("Nr", "Ärende", "Dnr", "Föredragande")):
        table.cell(0, j).text = head
    for n in range(1, ITEMS + 1):
        for j, value in enumerate((str(n), f"Uppföljning av område {n}", f"RS/{100 + n}/2024", "Regiondirektör")):
            table.cell(n, j).text = value
    for n in range(1, ITEMS + 1):
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.add_heading(f"{n}. Uppföljning av område {n}", level=1)
        for page in range(PAGES_PER_ITEM):
            if page:
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            for _ in range(3):
                d.add_paragraph(_PARAGRAPH * 2)
    source = folder / f"kallelse-{ITEMS}x{PAGES_PER_ITEM}-v{VERSION}.docx"
    d.save(str(source))
    folder = folder.resolve()
    env = {**os.environ, "HOME": str(folder)}
    subprocess.run([soffice, f"-env:UserInstallation=file://{folder / '.lo-profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(source.resolve())],
                   check=True, capture_output=True, timeout=600, env=env)
    source.unlink()
    return out
