"""A realistic meeting with generated attachments, for the pack tests and previews.

Attachments are made with reportlab's canvas (fast, embedded DejaVu) so a 400-page
meeting can be produced in a fraction of a second.
"""

from __future__ import annotations

import io
from datetime import date, time

from nämndklient.domain.records import Block, BlockKind, Section
from nämndklient.packs import fonts
from nämndklient.packs.spec import PackAttachment, PackItem, PackMeeting

SAMI = "Åarjel-saemien ŋ ï š ž đ ŧ á"

_TOPICS = [
    ("Delårsrapport januari–augusti", "Ekonomi"),
    ("Investeringsplan för fastigheter 2025–2029", "Investeringar"),
    ("Regional utvecklingsstrategi – remissvar", "Remiss"),
    ("Tillgänglighet i primärvården", "Uppföljning"),
    ("Samiska språkets ställning i regionen", "Minoritetsspråk"),
    ("Kollektivtrafikens taxor 2025", "Taxor"),
]


def make_pdf(pages: int, title: str = "Bilaga", landscape: bool = False) -> bytes:
    """A plain text PDF with `pages` pages; text runs to the page edges to show scaling."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    fonts.register_fonts()
    size = (A4[1], A4[0]) if landscape else A4
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=size, invariant=1, initialFontName=fonts.SANS)
    w, h = size
    for p in range(1, pages + 1):
        c.setFont(fonts.SANS_BOLD, 16)
        c.drawString(56, h - 70, f"{title}")
        c.setFont(fonts.SERIF, 10)
        for line in range(44 if not landscape else 28):
            c.drawString(56, h - 110 - line * 15,
                         f"Rad {line + 1} på sidan {p}: underlag för beslut i nämnden om verksamhetens mål.")
        c.setFont(fonts.SANS, 8)
        c.drawString(56, 30, f"Sidfot i bilagan – sida {p}")
        c.rect(8, 8, w - 16, h - 16)  # a frame at the page edge: must stay clear of header and footer
        c.showPage()
    c.save()
    return buf.getvalue()


def sample_item(n: int, attachments: int = 2, pages: int = 3, key: str | None = None) -> PackItem:
    topic, category = _TOPICS[(n - 1) % len(_TOPICS)]
    text = (
        "Regionen har under året arbetat vidare med de mål som regionfullmäktige beslutat om. "
        "Uppföljningen visar att flertalet mål nås, men att personalkostnaderna ökar snabbare än planerat. "
        "Förvaltningen föreslår därför att arbetet med kompetensförsörjning prioriteras under nästa år."
    )
    sections = (
        Section("Sammanfattning", (Block(BlockKind.PARAGRAPH, text),)),
        Section("Ärendet", (
            Block(BlockKind.PARAGRAPH, text + " " + text),
            Block(BlockKind.BULLET, "Nettokostnaderna ökar med 3,2 procent jämfört med föregående år."),
            Block(BlockKind.BULLET, "Sjukfrånvaron har minskat till 6,1 procent."),
            Block(BlockKind.PARAGRAPH, f"Samrådet med Sametinget har hållits på sydsamiska: {SAMI}."),
        )),
        Section("Ekonomiska konsekvenser", (Block(BlockKind.PARAGRAPH, text),)),
    )
    decision = (
        Block(BlockKind.NUMBERED, f"{topic} godkänns."),
        Block(BlockKind.NUMBERED, "Regiondirektören får i uppdrag att återrapportera i juni 2025."),
    )
    atts = tuple(PackAttachment(f"Underlag {a} till ärende {n}", f"underlag-{n}-{a}.pdf",
                                make_pdf(pages, f"Underlag {a} – {topic}"))
                 for a in range(1, attachments + 1))
    return PackItem(
        number=str(n), title=topic, category=category, dnr=f"RS/{400 + n}/2024",
        presenters=("Anna Lindqvist", "Mats Ågren") if n % 2 else ("Sara Niia",),
        proposed_decision=decision, sections=sections, attachments=atts,
        notes=(f"Fråga om kostnadsutvecklingen i ärende {n}.",) if n % 3 == 0 else (),
        question="Hur påverkas de mindre sjukstugorna?" if n % 4 == 0 else None,
        key=key or f"item-{n}",
    )


def sample_meeting(items: int = 6, attachments: int = 2, pages: int = 3) -> PackMeeting:
    return PackMeeting(
        body_name="Regionstyrelsen", body_code="RS", title="Sammanträde med regionstyrelsen",
        start=date(2024, 1, 26), end=date(2024, 1, 26), start_time=time(9, 0),
        place="Regionens hus, sal Storsjön, Östersund",
        items=tuple(sample_item(n, attachments, pages) for n in range(1, items + 1)),
    )
