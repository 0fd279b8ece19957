"""Deterministic material that looks like a region's: for benchmarks and scale tests.

Everything comes from a seeded `random.Random`, so the same seed gives the same
meetings, texts and PDFs, and figures from two runs compare like for like.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from collections.abc import Iterator

from ..domain.records import Block, BlockKind, Section
from ..packs.spec import PackAttachment, PackItem, PackMeeting

BODIES = ("RS", "HSN", "RUN", "KTN", "RF", "RSAU")
SUBJECTS = (
    "hälso- och sjukvården", "tandvården", "kollektivtrafiken", "folkhögskolorna", "primärvården",
    "ambulanssjukvården", "regionens fastigheter", "kompetensförsörjningen", "informationssäkerheten",
    "den nära vården", "läkemedelsförsörjningen", "samisk hälsa", "kulturverksamheten", "sjukresorna",
)
VERBS = ("följa upp", "utreda", "förstärka", "samordna", "prioritera", "effektivisera", "redovisa", "utveckla")
NOUNS = (
    "budgetavvikelsen", "tillgängligheten", "vårdplatserna", "bemanningen", "hyrpersonalen", "arbetsmiljön",
    "investeringsplanen", "internkontrollplanen", "åtgärdsplanen", "måluppfyllelsen", "väntetiderna",
)
OPENINGS = (
    "Regionstyrelsen har gett regiondirektören i uppdrag att",
    "Förvaltningen bedömer att det finns skäl att",
    "Enligt regionplanen ska verksamheten",
    "Nämnden beslutade vid sitt sammanträde att",
    "Uppföljningen per april visar att det är angeläget att",
)
TITLES = (
    "Ekonomisk rapport", "Uppföljning av {s}", "Tertialrapport för {s}", "Investeringar inom {s}",
    "Yttrande över remiss om {s}", "Internkontrollplan för {s}", "Svar på motion om {s}",
    "Fördjupad dialog om {s}", "Revidering av riktlinjer för {s}", "Handlingsplan för {s}",
)


def sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(OPENINGS)} {rng.choice(VERBS)} {rng.choice(NOUNS)} inom {rng.choice(SUBJECTS)}"
        f" under {rng.randint(2016, 2026)}, med en effekt om {rng.randint(1, 950)} {rng.choice(('mkr', 'tkr'))}."
    )


def paragraph(rng: random.Random, sentences: int = 4) -> str:
    return " ".join(sentence(rng) for _ in range(sentences))


def item_title(rng: random.Random) -> str:
    return rng.choice(TITLES).format(s=rng.choice(SUBJECTS))


def pdf_pages(rng: random.Random, pages: int, title: str) -> bytes:
    """A real PDF of `pages` pages of prose (reportlab's core font: fast, and it is only an attachment)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=1)
    for page in range(1, pages + 1):
        canvas.setFont("Helvetica-Bold", 14)
        canvas.drawString(60, 780, f"{title} – sida {page}")
        canvas.setFont("Helvetica", 10)
        text = canvas.beginText(60, 750)
        for _ in range(40):
            text.textLine(sentence(rng)[:95])
        canvas.drawText(text)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def pack_meeting(seed: int = 1, items: int = 40, pages_per_item: int = 10) -> PackMeeting:
    """A meeting of `items` items, each with one attachment of `pages_per_item` pages."""
    rng = random.Random(seed)
    made = []
    for n in range(1, items + 1):
        title = item_title(rng)
        made.append(
            PackItem(
                number=str(n),
                title=title,
                category=rng.choice(("Beslutsärenden", "Informationsärenden")),
                dnr=f"RS/{rng.randint(100, 2000)}/2024",
                presenters=(rng.choice(("Ekonomidirektör", "Regiondirektör", "HR-direktör")),),
                proposed_decision=(Block(BlockKind.NUMBERED, "Rapporten godkänns."),),
                sections=(Section("Ärendebeskrivning", tuple(
                    Block(BlockKind.PARAGRAPH, paragraph(rng)) for _ in range(3))),),
                attachments=(PackAttachment(f"Bilaga {n}", f"bilaga-{n}.pdf",
                                            pdf_pages(rng, pages_per_item, title)),),
                key=f"RS:2024-05-28/{n}",
            )
        )
    return PackMeeting("Regionstyrelsen", "RS", "Regionstyrelsens sammanträde", dt.date(2024, 5, 28),
                       dt.date(2024, 5, 29), dt.time(9, 0), "Regionens hus, Östersund", tuple(made))


def search_texts(seed: int, count: int) -> Iterator[tuple[str, str, str, int]]:
    """(ref, title, body, year) rows for a search index of `count` entries."""
    rng = random.Random(seed)
    for n in range(count):
        year = rng.randint(2016, 2025)
        yield f"item:bench/{n}", item_title(rng), paragraph(rng, rng.randint(3, 12)), year


def search_queries(seed: int = 7, count: int = 200) -> list[str]:
    """Swedish queries: whole words, prefixes, two-word queries and queries typed without diacritics."""
    rng = random.Random(seed)
    words = [w for phrase in SUBJECTS + NOUNS + VERBS for w in phrase.split() if len(w) > 3]
    fold = str.maketrans("åäöÅÄÖ", "aaoAAO")
    queries = []
    for n in range(count):
        word = rng.choice(words)
        kind = n % 4
        if kind == 0:
            queries.append(word)
        elif kind == 1:
            queries.append(word[: rng.randint(3, max(3, len(word) - 1))])
        elif kind == 2:
            queries.append(f"{word} {rng.choice(words)}")
        else:
            queries.append(word.translate(fold))
    return queries
