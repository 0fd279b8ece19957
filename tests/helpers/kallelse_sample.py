"""A kallelse PDF as a secretariat makes one (python-docx, exported by LibreOffice), with a word on page 17 only.

Item 4's papers put one section on each page, 17 pages in all; the last of them holds
`ONLY_ON_PAGE_17`, a word that stands nowhere else in the kallelse or the demo material.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers.office_documents import STYRMODELL, AgendaEntry, convert_with_libreoffice, kallelse_docx

ONLY_ON_PAGE_17 = "Fjällbjörkskogen"
MEETING = "RS:2024-01-26"
LONG_ITEM_TITLE = "Uppföljning av åtgärdsplanen"


def entries() -> list[AgendaEntry]:
    long_papers = [f"Avsnitt {n}. Uppföljningen av åtgärderna fortsätter enligt plan." for n in range(1, 17)]
    return [
        AgendaEntry(1, "Ekonomisk rapport", None, "Ekonomidirektör",
                    ["Ekonomisk rapport per december.", "Resultatet för perioden är −973 Mkr."]),
        AgendaEntry(2, "Direktiv för översyn av styrmodellen", "RS/342/2022", "Regiondirektör", STYRMODELL),
        AgendaEntry(3, "Läkemedel", None, "Chef Läkemedelsenheten",
                    ["Läkemedelskostnaderna ökar.", "Information lämnas på mötet."]),
        AgendaEntry(4, LONG_ITEM_TITLE, None, "Ekonomidirektör", long_papers),
    ]


def kallelse_pdf(folder: Path) -> Path:
    """The kallelse for Regionstyrelsen 26 januari 2024 as PDF, item 4's papers 17 pages long."""
    import docx as python_docx
    from docx.enum.text import WD_BREAK

    source = kallelse_docx("Regionstyrelsen", "fredag 26 januari 2024", "09.00–16.00",
                           "Regionens hus, sal Storsjön", entries(), folder / "Kallelse RS 2024-01-26.docx")
    d = python_docx.Document(str(source))
    body = [p for p in d.paragraphs if p.text.startswith("Avsnitt ")]
    for p in body[1:]:
        p.insert_paragraph_before().add_run().add_break(WD_BREAK.PAGE)
    body[-1].insert_paragraph_before().add_run().add_break(WD_BREAK.PAGE)
    body[-1].add_run(f" På denna sida nämns {ONLY_ON_PAGE_17}.")
    d.save(str(source))
    return convert_with_libreoffice(source, "pdf", folder)
