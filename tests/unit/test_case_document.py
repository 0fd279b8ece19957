"""The case-document parser on the region's own exports and on edited copies of them.

Each seed is a different export style, so every item the parser is meant to read
is asserted on each of them; the edited copies check that the parser reads the
structure rather than the wording of these four files.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest

from nämndklient.domain.records import (
    Block,
    BlockKind,
    CaseDocumentRecord,
    DocumentKind,
    ImportFailure,
    Person,
    Skipped,
)
from nämndklient.importers.case_document import looks_like_case_document, parse_case_document

SEEDS = Path(__file__).resolve().parents[2] / "resources" / "seeds"
S000 = "000_ff8657e5c647dc6e.txt"
S002 = "002_82814d268af5d26e.txt"
S003 = "003_0345254484cbeff7.txt"
S004 = "004_15c26e256e8b5bd5.txt"
PLAN = "001_cfd44e3ece793d5a.txt"


def seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


@cache
def parse(name: str) -> CaseDocumentRecord:
    return parse_case_document(seed(name), name)


def headings(rec: CaseDocumentRecord) -> list[str]:
    return [s.heading for s in rec.sections]


def section(rec: CaseDocumentRecord, heading: str):
    return next(s for s in rec.sections if s.heading == heading)


# ---------------------------------------------------------------- 000: Markdown headings


class TestSeed000:
    @pytest.fixture
    def rec(self) -> CaseDocumentRecord:
        return parse(S000)

    def test_kind_and_letterhead(self, rec: CaseDocumentRecord) -> None:
        assert rec.kind is DocumentKind.TJANSTESKRIVELSE
        assert rec.dnr == "RS/454/2023"
        assert rec.body_code == "RS"
        assert rec.body_name == "Regionstyrelsen"
        assert rec.date == dt.date(2023, 8, 10)

    def test_title_without_markup(self, rec: CaseDocumentRecord) -> None:
        assert rec.title == (
            "Svar på initiativärende från Robert Hamberg (M) om att stärka "
            "förutsättningarna för hälso- och sjukvårdsnämnden"
        )

    def test_sections(self, rec: CaseDocumentRecord) -> None:
        assert headings(rec) == ["Ärendebeskrivning", "Regiondirektörens förslag"]
        beskr = section(rec, "Ärendebeskrivning")
        assert len(beskr.blocks) == 3
        assert all(b.kind is BlockKind.PARAGRAPH for b in beskr.blocks)
        assert beskr.blocks[1].text.startswith("Initiativärendet behandlades")
        assert not any(b.text.endswith(" ") for b in beskr.blocks)

    def test_proposed_decision(self, rec: CaseDocumentRecord) -> None:
        assert rec.proposed_decision is not None
        assert rec.proposed_decision.heading == "Regiondirektörens förslag"
        assert rec.proposed_decision.blocks == (
            Block(BlockKind.PARAGRAPH, "Initiativärendet anses besvarat."),
        )

    def test_signatories(self, rec: CaseDocumentRecord) -> None:
        assert rec.signatories == (
            Person("Sara Lewerentz", "Regiondirektör"),
            Person("Mikael Ferm", "Regionstabschef"),
        )

    def test_contact_email_lowercased(self, rec: CaseDocumentRecord) -> None:
        assert rec.contact == Person("Sandra Hedman", email="sandra.hedman@regionjh.se")

    def test_single_distribution_entry_kept_whole(self, rec: CaseDocumentRecord) -> None:
        assert rec.distribution == ("Robert Hamberg (M)",)
        assert "Utdrag till" not in headings(rec)
        assert "I tjänsten" not in headings(rec)


# ---------------------------------------------------------------- 002: bold headings, mailto, Tfn:


class TestSeed002:
    @pytest.fixture
    def rec(self) -> CaseDocumentRecord:
        return parse(S002)

    def test_kind_and_letterhead(self, rec: CaseDocumentRecord) -> None:
        assert rec.kind is DocumentKind.TJANSTESKRIVELSE
        assert rec.dnr == "RS/342/2022"
        assert rec.body_code == "RS"
        assert rec.body_name == "Regionstyrelsen"  # no letterhead line: from the code
        assert rec.date == dt.date(2022, 11, 29)

    def test_title_without_bold(self, rec: CaseDocumentRecord) -> None:
        assert rec.title == "Direktiv för översyn av Region Jämtland Härjedalens styrmodell"

    def test_bold_headings_recognised(self, rec: CaseDocumentRecord) -> None:
        assert headings(rec) == ["Ärendebeskrivning", "Regiondirektörens förslag"]

    def test_bullet_list(self, rec: CaseDocumentRecord) -> None:
        blocks = section(rec, "Ärendebeskrivning").blocks
        bullets = [b.text for b in blocks if b.kind is BlockKind.BULLET]
        assert len(bullets) == 6
        assert bullets[0] == (
            "Föreslå vilken kärnverksamhet, ledningsprocesser och stödprocesser som "
            "fullmäktiges övergripande mål ska kopplas emot."
        )
        assert bullets[-1] == "Föreslå hur den nya styrmodellen ska implementeras."
        kinds = [b.kind for b in blocks]
        assert kinds == [BlockKind.PARAGRAPH] * 3 + [BlockKind.BULLET] * 6 + [BlockKind.PARAGRAPH]

    def test_numbered_proposal(self, rec: CaseDocumentRecord) -> None:
        proposal = rec.proposed_decision
        assert proposal is not None and proposal.heading == "Regiondirektörens förslag"
        assert [b.kind for b in proposal.blocks] == [BlockKind.NUMBERED, BlockKind.NUMBERED]
        assert proposal.blocks[0].text == "Direktiv för översyn av styrmodell fastställs enligt förslag."
        assert proposal.blocks[1].text.startswith("Regiondirektören får i enlighet")

    def test_signatories(self, rec: CaseDocumentRecord) -> None:
        assert rec.signatories == (
            Person("Anders Byström", "Tf. Regiondirektör"),
            Person("Mikael Ferm", "Regionstabschef"),
        )

    def test_contact_from_mailto_and_empty_phone(self, rec: CaseDocumentRecord) -> None:
        assert rec.contact == Person("Sandra Hedman", email="sandra.hedman@regionjh.se", phone=None)

    def test_distribution(self, rec: CaseDocumentRecord) -> None:
        assert rec.distribution == (
            "Ekonomidirektör",
            "Budgetansvarig",
            "Enhetschef sekretariatet",
            "Närstöd till förvaltningsområdeschefer",
        )


# ---------------------------------------------------------------- 004: plain text


class TestSeed004:
    @pytest.fixture
    def rec(self) -> CaseDocumentRecord:
        return parse(S004)

    def test_kind_and_letterhead(self, rec: CaseDocumentRecord) -> None:
        assert rec.kind is DocumentKind.TJANSTESKRIVELSE
        assert rec.dnr == "HSN/1157/2023"
        assert rec.body_code == "HSN"
        assert rec.body_name == "Hälso- och sjukvårdsnämnden"
        assert rec.date == dt.date(2023, 8, 25)

    def test_plain_title(self, rec: CaseDocumentRecord) -> None:
        assert rec.title == "Uppföljning av hälso- och sjukvårdsnämndens verksamhetsplan 2023"

    def test_plain_headings(self, rec: CaseDocumentRecord) -> None:
        assert headings(rec) == ["Ärendebeskrivning", "Regiondirektörens förslag"]
        assert len(section(rec, "Ärendebeskrivning").blocks) == 5
        assert section(rec, "Regiondirektörens förslag").blocks == (
            Block(
                BlockKind.PARAGRAPH,
                "Upprättad rapport om uppföljning av nämndens verksamhetsplan 2023 godkänns.",
            ),
        )

    def test_signatories(self, rec: CaseDocumentRecord) -> None:
        assert rec.signatories == (
            Person("Sara Lewerentz", "Regiondirektör"),
            Person("Anna Granevärn", "Hälso- och sjukvårdsdirektör"),
        )

    def test_contact(self, rec: CaseDocumentRecord) -> None:
        assert rec.contact == Person("Sandra Hedman", email="sandra.hedman@regionjh.se")

    def test_distribution_over_two_lines_keeps_compounds(self, rec: CaseDocumentRecord) -> None:
        assert rec.distribution == (
            "Hälso- och sjukvårdsdirektör",
            "Hälso- och sjukvårdsdirektörens närstöd",
            "Ekonomicontroller",
            "Enhetschef sekretariatet",
        )


# ---------------------------------------------------------------- 003: protocol excerpt


class TestSeed003:
    @pytest.fixture
    def rec(self) -> CaseDocumentRecord:
        return parse(S003)

    def test_kind_and_body(self, rec: CaseDocumentRecord) -> None:
        assert rec.kind is DocumentKind.PROTOKOLLSUTDRAG
        assert rec.dnr is None
        assert rec.body_name == "Arbetsutskottet"
        assert rec.body_code is None
        assert rec.date is None

    def test_title_from_beslutsunderlag(self, rec: CaseDocumentRecord) -> None:
        assert rec.title == "Protokollsutdrag: Uppsikt av hälso- och sjukvårdsnämnden"

    def test_sections(self, rec: CaseDocumentRecord) -> None:
        assert headings(rec) == ["Sammanfattning", "Beslut", "Beslutsunderlag"]

    def test_hard_wrapped_lines_joined(self, rec: CaseDocumentRecord) -> None:
        summary = section(rec, "Sammanfattning").blocks
        assert len(summary) == 6
        assert summary[0].text == (
            "Regionstyrelsen har bjudit in presidiet i nämnden för dialog. Dialogen sker inom ramen "
            "för regionstyrelsens uppsiktsplikt och fokuserar på ekonomiskt utfall per 2023 och "
            "vidtagna och planerade åtgärder under 2024."
        )
        assert summary[1].text.startswith(
            "Nämndens budgetavvikelse för 2023 uppgår till –973 miljoner kronor."
        )
        assert all("  " not in b.text and b.text == b.text.strip() for b in summary)

    def test_decision_is_the_bodys_not_a_proposal(self, rec: CaseDocumentRecord) -> None:
        assert rec.proposed_decision is None  # the excerpt records a decision; nothing in it is a proposal
        decision = rec.decision
        assert decision is not None and decision.heading == "Beslut"
        assert len(decision.blocks) == 1
        assert decision.blocks[0].text.startswith("Arbetsutskottet beslutar att lägga dialogen")
        assert decision.blocks[0].text.endswith("regiondirektörens månadsrapporter.")

    def test_no_letterhead_data(self, rec: CaseDocumentRecord) -> None:
        assert rec.contact is None
        assert rec.signatories == ()
        assert rec.distribution == ()


# ---------------------------------------------------------------- sniffing


@pytest.mark.parametrize("name", [S000, S002, S003, S004])
def test_sniff_accepts_case_documents(name: str) -> None:
    assert looks_like_case_document(seed(name))


def test_sniff_rejects_plan_och_budget_and_prose() -> None:
    assert not looks_like_case_document(seed(PLAN))
    assert not looks_like_case_document("Hej!\n\nDet här är ett vanligt brev om RS/1/2023.\n")
    assert not looks_like_case_document("")


def test_dnr_in_body_text_is_not_the_documents_own() -> None:
    # 001 cites several dnrs in running text; none of them makes it a tjänsteskrivelse.
    with pytest.raises(ImportFailure) as exc:
        parse_case_document(seed(PLAN), PLAN)
    assert exc.value.file == PLAN
    assert PLAN in str(exc.value)


# ---------------------------------------------------------------- edited copies


def test_extra_section_is_read() -> None:
    text = seed(S004).replace(
        "Regiondirektörens förslag",
        "Ekonomiska konsekvenser\n\nÄrendet medför inga kostnader.\n\nRegiondirektörens förslag",
    )
    rec = parse_case_document(text, "x.txt")
    assert headings(rec) == ["Ärendebeskrivning", "Ekonomiska konsekvenser", "Regiondirektörens förslag"]
    assert section(rec, "Ekonomiska konsekvenser").blocks == (
        Block(BlockKind.PARAGRAPH, "Ärendet medför inga kostnader."),
    )


def test_unknown_markdown_section_is_read() -> None:
    text = seed(S000).replace(
        "### Regiondirektörens förslag", "### Miljöanalys\n\nIngen påverkan.\n\n### Regiondirektörens förslag"
    )
    rec = parse_case_document(text, "x.txt")
    assert headings(rec) == ["Ärendebeskrivning", "Miljöanalys", "Regiondirektörens förslag"]


@pytest.mark.parametrize("name", [S000, S002, S004])
def test_heading_renamed_to_forslag_till_beslut(name: str) -> None:
    text = seed(name).replace("Regiondirektörens förslag", "Förslag till beslut")
    rec = parse_case_document(text, name)
    assert headings(rec) == ["Ärendebeskrivning", "Förslag till beslut"]
    assert rec.proposed_decision is not None
    assert rec.proposed_decision.heading == "Förslag till beslut"


def test_other_officers_proposal_heading() -> None:
    text = seed(S004).replace("Regiondirektörens förslag", "Hälso- och sjukvårdsdirektörens förslag")
    rec = parse_case_document(text, "x.txt")
    assert rec.proposed_decision is not None
    assert rec.proposed_decision.heading == "Hälso- och sjukvårdsdirektörens förslag"


def test_extra_signatory() -> None:
    text = seed(S004).replace(
        "Hälso- och sjukvårdsdirektör\n\nUtdrag till",
        "Hälso- och sjukvårdsdirektör\n\nKarin Ek\nEkonomidirektör\n\nUtdrag till",
    )
    rec = parse_case_document(text, "x.txt")
    assert rec.signatories[-1] == Person("Karin Ek", "Ekonomidirektör")
    assert len(rec.signatories) == 3


def test_dnr_of_another_body() -> None:
    text = seed(S004).replace("Hälso- och sjukvårdsnämnden\nHSN/1157/2023", "KTN/12/2024")
    rec = parse_case_document(text, "x.txt")
    assert rec.dnr == "KTN/12/2024"
    assert rec.body_code == "KTN"
    assert rec.body_name == "Kollektivtrafiknämnden"


@pytest.mark.parametrize("dnr", ["RS/216:13/2019", "RS/2324/2016"])
def test_other_dnr_forms(dnr: str) -> None:
    rec = parse_case_document(seed(S000).replace("RS/454/2023", dnr), "x.txt")
    assert rec.dnr == dnr
    assert rec.body_code == "RS"


def test_letterhead_with_phone_and_labelled_dnr() -> None:
    text = seed(S002).replace("Tfn:", "Tfn: 063-14 75 00").replace("RS/342/2022", "Dnr: RS/342/2022")
    rec = parse_case_document(text, "x.txt")
    assert rec.dnr == "RS/342/2022"
    assert rec.contact is not None and rec.contact.phone == "063-14 75 00"


def test_crlf_and_page_markers() -> None:
    text = seed(S004).replace("Syftet med", "Sida 2 av 3\n\nSyftet med").replace("\n", "\r\n")
    rec = parse_case_document(text, "x.txt")
    assert len(section(rec, "Ärendebeskrivning").blocks) == 5


def test_distribution_with_inline_list_and_och() -> None:
    text = seed(S000).replace(
        "### Utdrag till\n\nRobert Hamberg (M)",
        "Utdrag till: Ekonomidirektör, Budgetansvarig och Område vård och omsorg.",
    )
    rec = parse_case_document(text, "x.txt")
    assert rec.distribution == ("Ekonomidirektör", "Budgetansvarig", "Område vård och omsorg")


def test_protocol_with_known_body_gets_code() -> None:
    text = seed(S003).replace("Arbetsutskottet beslutar", "Regionstyrelsen beslutar")
    rec = parse_case_document(text, "p.txt")
    assert rec.kind is DocumentKind.PROTOKOLLSUTDRAG
    assert (rec.body_name, rec.body_code) == ("Regionstyrelsen", "RS")


def test_protocol_without_beslutsunderlag_is_titled_plainly() -> None:
    text = seed(S003).split("Beslutsunderlag")[0]
    rec = parse_case_document(text, "p.txt")
    assert rec.title == "Protokollsutdrag"
    assert headings(rec) == ["Sammanfattning", "Beslut"]


NO_BLANK_LINES = """Region Jämtland Härjedalen
TJÄNSTESKRIVELSE
Sekretariatet
Sandra Hedman
Telefon: 063-14 75 00
Sandra.Hedman@RegionJH.se
Regionala utvecklingsnämnden
RUN/77/2024
Datum: 2024-03-01
Yttrande över remiss om regional utvecklingsstrategi
för Jämtlands län
Ärendebeskrivning
Remissen kom in i februari. Den gäller
strategin för länet.
Förslag till beslut
1. Yttrandet antas.
2. Paragrafen justeras omedelbart.
I tjänsten
Sara Lewerentz
Regiondirektör
Utdrag till
Regionala utvecklingsdirektören
Ekonomidirektör
"""


def test_export_without_blank_lines() -> None:
    rec = parse_case_document(NO_BLANK_LINES, "x.txt")
    assert rec.kind is DocumentKind.TJANSTESKRIVELSE
    assert (rec.dnr, rec.body_code, rec.body_name) == ("RUN/77/2024", "RUN", "Regionala utvecklingsnämnden")
    assert rec.date == dt.date(2024, 3, 1)
    assert rec.title == "Yttrande över remiss om regional utvecklingsstrategi för Jämtlands län"
    assert headings(rec) == ["Ärendebeskrivning", "Förslag till beslut"]
    assert section(rec, "Ärendebeskrivning").blocks == (
        Block(BlockKind.PARAGRAPH, "Remissen kom in i februari. Den gäller strategin för länet."),
    )
    assert [b.kind for b in section(rec, "Förslag till beslut").blocks] == [BlockKind.NUMBERED] * 2
    assert rec.signatories == (Person("Sara Lewerentz", "Regiondirektör"),)
    assert rec.contact == Person("Sandra Hedman", email="sandra.hedman@regionjh.se", phone="063-14 75 00")
    assert rec.distribution == ("Regionala utvecklingsdirektören", "Ekonomidirektör")


def test_protocol_with_letterhead() -> None:
    text = (
        "Protokollsutdrag\nRegionstyrelsens arbetsutskott\n2024-02-13\n\n"
        "§ 12 Uppsikt av hälso- och sjukvårdsnämnden\nDnr RS/100/2024\n\n"
        "Sammanfattning\nText här.\n\nBeslut\n"
        "Arbetsutskottet beslutar att lägga informationen till handlingarna.\n\n"
        "Beslutsunderlag\nTjänsteskrivelse 2024-01-30\nPresentation\n"
    )
    rec = parse_case_document(text, "p.txt")
    assert rec.kind is DocumentKind.PROTOKOLLSUTDRAG
    assert rec.title == "Protokollsutdrag: § 12 Uppsikt av hälso- och sjukvårdsnämnden"
    assert (rec.dnr, rec.body_code, rec.body_name) == ("RS/100/2024", "RS", "Regionstyrelsens arbetsutskott")
    assert rec.date == dt.date(2024, 2, 13)
    assert [b.text for b in section(rec, "Beslutsunderlag").blocks] == [
        "Tjänsteskrivelse 2024-01-30",
        "Presentation",
    ]


def test_wrapped_word_beslut_is_not_a_heading() -> None:
    text = seed(S003).replace("Positivt är att", "Nämnden fattade ett \nbeslut om åtgärder. Positivt är att")
    rec = parse_case_document(text, "p.txt")
    assert headings(rec) == ["Sammanfattning", "Beslut", "Beslutsunderlag"]


# ---------------------------------------------------------------- failures and lenient mode


def test_neither_kind_names_the_file() -> None:
    text = "Inbjudan till sommarfest\n\nVälkomna till sommarfesten den 20 juni.\n"
    with pytest.raises(ImportFailure) as exc:
        parse_case_document(text, "fest.txt")
    assert exc.value.file == "fest.txt"
    assert "fest.txt" in str(exc.value)
    assert "protokollsutdrag" in exc.value.expected


def test_known_sections_without_dnr_or_decision_are_neither_kind() -> None:
    text = "Bakgrund\n\nNågot hände.\n\nBedömning\n\nDet var bra.\n"
    with pytest.raises(ImportFailure):
        parse_case_document(text, "x.txt")


def test_dnr_without_any_section_fails_with_line_number() -> None:
    lines = seed(S004).split("\n")
    cut = lines.index("Ärendebeskrivning")
    text = "\n".join([*lines[:cut], "Här kommer bara löptext utan rubriker.", "", "Och lite till."])
    with pytest.raises(ImportFailure) as exc:
        parse_case_document(text, "x.txt")
    err = exc.value
    assert err.file == "x.txt"
    assert err.line == cut + 1  # 1-based: the line where a heading was due
    assert "rubrik" in err.expected
    assert f"rad {err.line}" in str(err)


def test_text_between_title_and_first_heading_strict_and_lenient() -> None:
    text = seed(S000).replace("### Ärendebeskrivning", "Lös text utan rubrik.\n\n### Ärendebeskrivning")
    line = text.split("\n").index("Lös text utan rubrik.") + 1
    with pytest.raises(ImportFailure) as exc:
        parse_case_document(text, "x.txt")
    assert exc.value.line == line
    skipped: list[Skipped] = []
    rec = parse_case_document(text, "x.txt", lenient=True, skipped=skipped)
    assert [s.line for s in skipped] == [line]
    assert skipped[0].file == "x.txt"
    assert headings(rec) == ["Ärendebeskrivning", "Regiondirektörens förslag"]


def test_lenient_skips_bad_signature_and_date() -> None:
    text = (
        seed(S004)
        .replace("2023-08-25", "2023-13-45")
        .replace(
            "Sara Lewerentz\n", "Detta är en mening som inte är en underskrift alls.\n\nSara Lewerentz\n"
        )
    )
    with pytest.raises(ImportFailure):
        parse_case_document(text, "x.txt")
    skipped: list[Skipped] = []
    rec = parse_case_document(text, "x.txt", lenient=True, skipped=skipped)
    assert rec.date is None
    assert len(skipped) == 2
    assert rec.signatories[0] == Person("Sara Lewerentz", "Regiondirektör")


def test_lenient_missing_title_falls_back_to_dnr() -> None:
    text = seed(S004).replace("Uppföljning av hälso- och sjukvårdsnämndens verksamhetsplan 2023\n", "")
    with pytest.raises(ImportFailure):
        parse_case_document(text, "x.txt")
    skipped: list[Skipped] = []
    rec = parse_case_document(text, "x.txt", lenient=True, skipped=skipped)
    assert rec.title == "Tjänsteskrivelse HSN/1157/2023"
    assert len(skipped) == 1


def test_lenient_still_fails_when_nothing_can_be_read() -> None:
    with pytest.raises(ImportFailure):
        parse_case_document("bara text", "x.txt", lenient=True, skipped=[])


def test_plain_text_roundtrip() -> None:
    rec = parse(S004)
    text = rec.plain_text()
    assert text.startswith(rec.title)
    assert "Regiondirektörens förslag" in text
