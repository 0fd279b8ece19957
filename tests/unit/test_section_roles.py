"""The one rule for what a section is (domain.sections), on every seed and on edited copies.

A tjänsteskrivelse's "…förslag" is the proposal; a protocol excerpt's "Beslut" is the
body's decision and its "Beslutsunderlag" the list of papers. The importer, the reader,
the item view and the pack all take their roles from here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nämndklient.domain.records import Block, BlockKind, CaseDocumentRecord, DocumentKind, Section
from nämndklient.domain.sections import SectionRole, decided_by, section_role, split_sections
from nämndklient.importers.case_document import parse_case_document

SEEDS = Path(__file__).resolve().parents[2] / "resources" / "seeds"
S000, S002, S003, S004 = (next(SEEDS.glob(f"{n}_*.txt")).name for n in ("000", "002", "003", "004"))
PLAN = next(SEEDS.glob("001_*.txt")).name
TJ, PROT = DocumentKind.TJANSTESKRIVELSE, DocumentKind.PROTOKOLLSUTDRAG


def seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def parse(text: str, name: str = "x.txt") -> CaseDocumentRecord:
    return parse_case_document(text, name)


def roles(rec: CaseDocumentRecord) -> list[tuple[str, SectionRole]]:
    return [(s.heading, section_role(s.heading, rec.kind)) for s in rec.sections]


# ---------------------------------------------------------------- the seeds


@pytest.mark.parametrize("name", [S000, S002, S004])
def test_tjansteskrivelse_seeds_have_the_officers_proposal(name: str) -> None:
    rec = parse(seed(name), name)
    assert rec.kind is TJ
    assert roles(rec) == [("Ärendebeskrivning", SectionRole.BACKGROUND),
                          ("Regiondirektörens förslag", SectionRole.PROPOSAL)]
    split = split_sections(rec.sections, rec.kind)
    assert split.proposal is not None and split.proposal.heading == "Regiondirektörens förslag"
    assert split.decision is None and split.decided_by is None
    assert [s.heading for s, _ in split.rest] == ["Ärendebeskrivning"]
    assert rec.proposed_decision == split.proposal and rec.decision is None


def test_protocol_excerpt_seed_has_a_decision_and_its_basis_and_no_proposal() -> None:
    rec = parse(seed(S003), S003)
    assert rec.kind is PROT
    assert roles(rec) == [("Sammanfattning", SectionRole.BACKGROUND), ("Beslut", SectionRole.DECISION),
                          ("Beslutsunderlag", SectionRole.BASIS)]
    split = split_sections(rec.sections, rec.kind)
    assert split.proposal is None and rec.proposed_decision is None
    assert split.decision is not None and split.decision.blocks[0].text.startswith("Arbetsutskottet beslutar")
    # "Arbetsutskottet … föreslår att regionstyrelsen …": the committee of the body it proposes to.
    assert split.decided_by == "Regionstyrelsens arbetsutskott"
    basis = dict((s.heading, s) for s, _ in split.rest)["Beslutsunderlag"]
    assert [b.text for b in basis.blocks] == ["Uppsikt av hälso- och sjukvårdsnämnden"]


def test_the_plan_is_not_a_case_document_with_sections() -> None:
    with pytest.raises(Exception):  # noqa: B017 - any ImportFailure; the plan has its own reader
        parse(seed(PLAN), PLAN)


# ---------------------------------------------------------------- edited copies


@pytest.mark.parametrize("heading", ["Förslag till beslut", "Beslutsförslag", "Förvaltningens förslag",
                                     "Hälso- och sjukvårdsdirektörens förslag", "Förslag till yttrande",
                                     "Arbetsutskottets förslag till beslut"])
@pytest.mark.parametrize("name", [S000, S002, S004])
def test_any_forslag_heading_is_the_proposal(name: str, heading: str) -> None:
    rec = parse(seed(name).replace("Regiondirektörens förslag", heading))
    split = split_sections(rec.sections, rec.kind)
    assert split.proposal is not None and split.proposal.heading == heading
    assert section_role(heading, TJ) is SectionRole.PROPOSAL


def test_a_tjansteskrivelse_section_named_beslut_is_neither_decision_nor_proposal() -> None:
    rec = parse(seed(S004).replace("Regiondirektörens förslag", "Beslut"))
    assert rec.kind is TJ
    split = split_sections(rec.sections, rec.kind)
    assert split.proposal is None and split.decision is None
    assert dict(roles(rec))["Beslut"] is SectionRole.OTHER


def test_protocol_with_a_committees_proposal_keeps_both_roles() -> None:
    text = seed(S003).replace(
        "Beslutsunderlag",
        "Arbetsutskottets förslag till beslut\n\nRegionstyrelsen lägger informationen till handlingarna.\n\n"
        "Beslutsunderlag")
    rec = parse(text)
    assert rec.kind is PROT
    split = split_sections(rec.sections, rec.kind)
    assert split.decision is not None and split.decision.heading == "Beslut"
    assert split.proposal is not None and split.proposal.heading == "Arbetsutskottets förslag till beslut"
    assert [r for _, r in split.rest] == [SectionRole.BACKGROUND, SectionRole.BASIS]


def test_beslutsunderlag_with_several_papers_is_a_list_of_entries() -> None:
    text = seed(S003).rstrip() + "\nProtokollsutdrag RS 2023-12-12 § 210\nTjänsteskrivelse 2024-01-10\n"
    rec = parse(text)
    basis = next(s for s in rec.sections if section_role(s.heading, rec.kind) is SectionRole.BASIS)
    assert [b.text for b in basis.blocks] == ["Uppsikt av hälso- och sjukvårdsnämnden",
                                              "Protokollsutdrag RS 2023-12-12 § 210", "Tjänsteskrivelse 2024-01-10"]


@pytest.mark.parametrize(("sentence", "body"), [
    ("Arbetsutskottet beslutar att lägga dialogen till handlingarna.", "Arbetsutskottet"),
    ("Arbetsutskottet beslutar att lägga dialogen till handlingarna och föreslår att regionstyrelsen "
     "fortsätter att följa frågan.", "Regionstyrelsens arbetsutskott"),
    ("Hälso- och sjukvårdsnämnden beslutar att godkänna rapporten.", "Hälso- och sjukvårdsnämnden"),
    ("Regionstyrelsen beslöt att återremittera ärendet.", "Regionstyrelsen"),
    ("Arbetsutskottet föreslår att kulturnämnden beslutar om taxan.", None),  # a proposal, no decision
    ("Dialogen läggs till handlingarna.", None),
])
def test_the_body_that_decided_is_the_one_the_decision_names(sentence: str, body: str | None) -> None:
    assert decided_by([sentence]) == body


def test_a_committee_of_an_unknown_body_keeps_its_own_word() -> None:
    # No "Kulturnämndens arbetsutskott" among the region's bodies: the decision's word stands.
    text = "Arbetsutskottet beslutar att lägga frågan till handlingarna och föreslår att kulturnämnden tar upp den."
    assert decided_by([text]) == "Arbetsutskottet"


def test_decision_of_a_protocol_with_another_body() -> None:
    text = seed(S003).replace("Arbetsutskottet beslutar att lägga dialogen till handlingarna och föreslår att \n"
                              "regionstyrelsen",
                              "Hälso- och sjukvårdsnämnden beslutar att lägga dialogen till handlingarna och "
                              "föreslår att \nregionstyrelsen")
    rec = parse(text)
    assert split_sections(rec.sections, rec.kind).decided_by == "Hälso- och sjukvårdsnämnden"


@pytest.mark.parametrize(("heading", "role"), [
    ("Beslutsunderlag", SectionRole.BASIS), ("Underlag för beslut", SectionRole.BASIS),
    ("Ärendebeskrivning", SectionRole.BACKGROUND), ("Sammanfattning", SectionRole.BACKGROUND),
    ("Skäl för beslut", SectionRole.ASSESSMENT), ("Ekonomiska konsekvenser", SectionRole.CONSEQUENCES),
    ("Barnkonsekvensanalys", SectionRole.CONSEQUENCES), ("Yrkanden", SectionRole.PROCEEDINGS),
    ("Reservation", SectionRole.PROCEEDINGS), ("Bilagor", SectionRole.ATTACHMENTS),
    ("Beslut", SectionRole.DECISION), ("Regionstyrelsens beslut", SectionRole.DECISION),
    ("Miljöanalys", SectionRole.CONSEQUENCES), ("Yttrande", SectionRole.OTHER),
])
def test_roles_of_the_regions_headings_in_a_protocol(heading: str, role: SectionRole) -> None:
    assert section_role(heading, PROT) is role
    assert section_role(heading.upper() + ":", PROT) is role  # case and a trailing colon do not matter


def test_split_keeps_the_order_of_the_other_sections() -> None:
    sections = [Section(h, (Block(BlockKind.PARAGRAPH, "x"),)) for h in
                ("Sammanfattning", "Förslag till beslut", "Bakgrund", "Beslut", "Bilagor")]
    split = split_sections(sections, PROT)
    assert split.proposal is sections[1] and split.decision is sections[3]
    assert [s.heading for s, _ in split.rest] == ["Sammanfattning", "Bakgrund", "Bilagor"]
