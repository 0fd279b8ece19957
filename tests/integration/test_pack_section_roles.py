"""The pack's item pages name each section by the same rule as the reader (domain.sections).

Read back with pdftotext: a protocol excerpt's "Beslut" prints as the body's decision,
never as "Förslag till beslut"; its beslutsunderlag prints as a list; a tjänsteskrivelse's
"…förslag" prints as the proposal under its own heading.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from nämndklient.cli.main import main
from nämndklient.domain.records import Block, BlockKind, DocumentKind, Section
from nämndklient.domain.sections import SectionRole, section_role
from nämndklient.persistence.database import open_database
from nämndklient.persistence.models import AgendaItem, Document

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils behövs (make test installerar dem)")

PROTOCOL = "protokollsutdrag:file:003_0345254484cbeff7.txt"
TJ = "tjansteskrivelse:RS/454/2023"
DIALOGUE = "RS:2024-01-26/fördjupad-dialog-med-hsn-presidium"
DRUGS = "RS:2024-01-26/läkemedel"


def link(db_path: Path, pairs: dict[str, str]) -> None:
    """Give items a case document, as a package from the secretariat would."""
    db = open_database(db_path)
    with db.session() as s:
        for item_key, doc_key in pairs.items():
            doc = s.scalar(select(Document).where(Document.key == doc_key))
            item = s.scalar(select(AgendaItem).where(AgendaItem.key == item_key))
            assert doc is not None and item is not None
            item.case = doc.case
        s.commit()
    db.dispose()


def item_pages(pdf: Path, title: str) -> str:
    """The text of the item's pages: from its page heading to the next item's."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = text.split("\f")
    mine = [p for p in pages if f"· {title}" in "".join(p.splitlines()[:3])]  # the running header
    assert mine, f"inga sidor för {title}"
    return "\n".join(" ".join(line.split()) for p in mine for line in p.splitlines() if line.strip())


@pytest.fixture
def pack(demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    link(demo_db_path, {DIALOGUE: PROTOCOL, DRUGS: TJ})
    out = tmp_path / "pack.pdf"
    assert main(["--db", str(demo_db_path), "pack", "RS:2024-01-26", "-o", str(out)]) == 0
    return out


def test_protocol_decision_prints_as_the_bodys_decision(pack: Path) -> None:
    text = item_pages(pack, "Fördjupad dialog med HSN presidium")
    assert "REGIONSTYRELSENS ARBETSUTSKOTT BESLUTADE\nBeslut\nArbetsutskottet beslutar att lägga dialogen" in text
    assert "FÖRSLAG TILL BESLUT" not in text and "Förslag till beslut" not in text
    assert "Beslutsunderlag\n• Uppsikt av hälso- och sjukvårdsnämnden" in text
    assert text.index("BESLUTADE") < text.index("Sammanfattning")  # set apart first, as the proposal is


def test_tjansteskrivelse_proposal_prints_under_its_own_heading(pack: Path) -> None:
    text = item_pages(pack, "Läkemedel")
    assert "FÖRSLAG TILL BESLUT\nRegiondirektörens förslag\nInitiativärendet anses besvarat." in text
    assert "BESLUTADE" not in text
    assert text.count("Regiondirektörens förslag") == 1  # boxed, not repeated as a section


def test_pack_and_reader_take_roles_from_the_same_rule(pack: Path) -> None:
    """Every heading of the protocol excerpt prints where its role puts it, and no other way."""
    db = open_database(pack.parent / "demo.sqlite")
    with db.session() as s:
        doc = s.scalar(select(Document).where(Document.key == PROTOCOL))
        assert doc is not None
        sections = [Section(x["heading"], tuple(Block(BlockKind(b["kind"]), b["text"]) for b in x["blocks"]))
                    for x in doc.details["sections"]]
    db.dispose()
    text = item_pages(pack, "Fördjupad dialog med HSN presidium")
    for section in sections:
        role = section_role(section.heading, DocumentKind.PROTOKOLLSUTDRAG)
        if role is SectionRole.DECISION:
            assert f"BESLUTADE\n{section.heading}\n" in text
        elif role is SectionRole.BASIS:
            assert all(f"• {b.text}" in text for b in section.blocks)
        else:
            assert f"\n{section.heading}\n" in text
