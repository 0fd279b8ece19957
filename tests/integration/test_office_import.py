"""Word and PDF documents go through the same parsers and number checks as the text exports.

The files are made by python-docx (as the region's Word template lays a document out)
and converted to PDF by LibreOffice, as a secretariat's "Exportera som PDF" would; the
reader is Nämndklient's, the writers are not.
"""

from __future__ import annotations

import dataclasses
import io
import json
import zipfile
from pathlib import Path

import pikepdf
import pytest

from nämndklient.cli.main import main
from nämndklient.domain.records import DocumentKind, ImportFailure
from nämndklient.importers import ocr
from nämndklient.importers.pdf_text import PdfLimits, read_pdf
from nämndklient.services.importing import parse_file
from tests.conftest import SEEDS
from tests.helpers.files import db_digest
from tests.helpers.office_documents import (
    STYRMODELL,
    convert_with_libreoffice,
    plan_docx,
    soffice,
    tjansteskrivelse_docx,
)

PLAN = SEEDS / "001_cfd44e3ece793d5a.txt"
needs_libreoffice = pytest.mark.skipif(soffice() is None, reason="LibreOffice is installed by make test")
PLAN_PARTS = ("budget_lines", "measures", "investments", "checks", "goal_areas", "meetings")


def _without_lines(items: tuple[object, ...] | list[object]) -> list[object]:
    return [dataclasses.replace(i, line=0) if hasattr(i, "line") else i for i in items]  # type: ignore[type-var]


@pytest.fixture(scope="module")
def office_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One Word tjänsteskrivelse and the plan in Word, each with LibreOffice's PDF of it."""
    folder = tmp_path_factory.mktemp("office")
    files = {
        "ts_docx": tjansteskrivelse_docx(STYRMODELL, folder / "Tjänsteskrivelse styrmodell.docx"),
        "plan_docx": plan_docx(PLAN.read_text(encoding="utf-8"), folder / "Plan och budget 2024.docx"),
    }
    if soffice() is not None:
        files["ts_pdf"] = convert_with_libreoffice(files["ts_docx"], "pdf", folder)
        files["plan_pdf"] = convert_with_libreoffice(files["plan_docx"], "pdf", folder)
    return files


def test_a_word_tjansteskrivelse_reads_as_its_template_laid_it_out(office_files: dict[str, Path]) -> None:
    kind, rec, doc = parse_file(office_files["ts_docx"], lenient=False, skipped=[])
    assert kind == "case_document" and doc.media_type.endswith("wordprocessingml.document")
    assert rec.kind is DocumentKind.TJANSTESKRIVELSE  # type: ignore[attr-defined]
    assert (rec.dnr, str(rec.date), rec.title) == (STYRMODELL.dnr, STYRMODELL.date, STYRMODELL.title)  # type: ignore[attr-defined]
    assert rec.contact.name == "Sandra Hedman" and rec.contact.email == STYRMODELL.email  # type: ignore[attr-defined]
    assert rec.body_code == "RS"  # type: ignore[attr-defined]
    sections = {s.heading: s for s in rec.sections}  # type: ignore[attr-defined]
    proposal = sections["Regiondirektörens förslag"]
    assert [b.kind.value for b in proposal.blocks] == ["numbered", "numbered"]
    assert [b.text for b in proposal.blocks] == STYRMODELL.proposals
    bullets = [b.text for b in sections["Ärendebeskrivning"].blocks if b.kind.value == "bullet"]
    assert len(bullets) == 2 and bullets[1] == "Föreslå hur den nya styrmodellen ska implementeras."
    assert [p.name for p in rec.signatories] == ["Anders Byström"]  # type: ignore[attr-defined]
    assert rec.signatories[0].title == "Regiondirektör"  # type: ignore[attr-defined]
    assert rec.distribution == tuple(STYRMODELL.distribution)  # type: ignore[attr-defined]


@needs_libreoffice
def test_its_pdf_from_libreoffice_gives_the_same_document(office_files: dict[str, Path]) -> None:
    _, from_word, _ = parse_file(office_files["ts_docx"], lenient=False, skipped=[])
    kind, from_pdf, doc = parse_file(office_files["ts_pdf"], lenient=False, skipped=[])
    assert kind == "case_document" and doc.media_type == "application/pdf"
    assert from_pdf == from_word
    assert doc.pdf is not None and doc.pdf.pages[0].has_text_layer
    assert "styrmodell" in doc.pdf.pages[0].text


def test_the_plan_in_word_gives_the_text_exports_figures_and_checks(office_files: dict[str, Path]) -> None:
    _, from_text, _ = parse_file(PLAN, lenient=False, skipped=[])
    _, from_word, _ = parse_file(office_files["plan_docx"], lenient=False, skipped=[])
    for part in PLAN_PARTS:
        assert _without_lines(getattr(from_word, part)) == _without_lines(getattr(from_text, part)), part
    assert len(from_word.checks) == 29  # type: ignore[attr-defined]


@needs_libreoffice
def test_the_plan_as_pdf_recovers_its_tables_from_positions(office_files: dict[str, Path]) -> None:
    """Ruled tables, rows cut by a page break, lists in cells and wrapped headings all come back."""
    _, from_text, _ = parse_file(PLAN, lenient=False, skipped=[])
    _, from_pdf, _ = parse_file(office_files["plan_pdf"], lenient=False, skipped=[])
    for part in PLAN_PARTS:
        assert _without_lines(getattr(from_pdf, part)) == _without_lines(getattr(from_text, part)), part
    total = next(c for c in from_pdf.checks if c.table.startswith("Åtgärdsplan"))  # type: ignore[attr-defined]
    assert str(total.stated) == "17.1"  # the plan's stated total, read from the PDF's bold row


@needs_libreoffice
def test_cli_imports_word_and_pdf_as_one_document(office_files: dict[str, Path], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "m.sqlite"
    code = main(["--db", str(db), "import", str(office_files["ts_docx"]), str(office_files["ts_pdf"])])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "case_document" in out
    assert main(["--db", str(db), "list", "documents", "--format", "json"]) == 0
    docs = json.loads(capsys.readouterr().out)
    styr = [d for d in docs if d["dnr"] == STYRMODELL.dnr]
    assert len(styr) == 1 and styr[0]["version"] == 1  # the PDF of the same text is not a new version


def _refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], path: Path) -> str:
    db = tmp_path / "m.sqlite"
    assert main(["--db", str(db), "import", str(SEEDS / "002_82814d268af5d26e.txt")]) == 0
    capsys.readouterr()
    before = db_digest(db)
    code = main(["--db", str(db), "import", str(path)])
    err = capsys.readouterr().err.strip()
    assert code == 2, err
    assert db_digest(db) == before
    assert len(err.splitlines()) == 1 and path.name in err and "Traceback" not in err
    return err


def test_a_macro_enabled_word_file_is_refused(office_files: dict[str, Path], tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    src = office_files["ts_docx"]
    out = tmp_path / "med makron.docm"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml")
            zout.writestr(item, data)
        zout.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 not really VBA")
    assert "makron" in _refused(tmp_path, capsys, out)


def test_a_damaged_word_file_is_refused(office_files: dict[str, Path], tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    data = office_files["ts_docx"].read_bytes()
    broken = tmp_path / "avkortad.docx"
    broken.write_bytes(data[: len(data) // 2])
    err = _refused(tmp_path, capsys, broken)
    assert "trasig eller avkortad" in err


def test_a_legacy_word_file_is_refused_with_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    legacy = tmp_path / "gammal.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    assert ".docx" in _refused(tmp_path, capsys, legacy)


@needs_libreoffice
def test_an_encrypted_pdf_is_refused(office_files: dict[str, Path], tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    locked = tmp_path / "låst.pdf"
    with pikepdf.open(office_files["ts_pdf"]) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(user="hemligt", owner="ägare"))
    assert "lösenordsskyddad" in _refused(tmp_path, capsys, locked)


@needs_libreoffice
def test_a_truncated_pdf_is_refused(office_files: dict[str, Path], tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    data = office_files["ts_pdf"].read_bytes()
    cut = tmp_path / "avkortad.pdf"
    cut.write_bytes(data[: int(len(data) * 0.6)])
    assert "avkortad" in _refused(tmp_path, capsys, cut)


def test_a_pdf_over_the_page_limit_is_refused_before_reading(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "2000 sidor.pdf"
    pdf = pikepdf.new()
    for _ in range(2000):
        pdf.add_blank_page(page_size=(595, 842))
    pdf.save(big)
    err = _refused(tmp_path, capsys, big)
    assert "1500 sidor" in err and "2000 sidor" in err


def _scan_of(pdf_path: Path, out: Path) -> Path:
    """The PDF's pages as images only: what a scanner gives, with no text layer."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf_path))
    images = [doc[i].render(scale=200 / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    images[0].save(out, "PDF", resolution=200.0, save_all=True, append_images=images[1:])
    return out


@needs_libreoffice
def test_a_scan_without_text_says_which_pages_when_there_is_no_ocr(
    office_files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scan = _scan_of(office_files["ts_pdf"], tmp_path / "inskannad.pdf")
    monkeypatch.setattr(ocr, "available_ocr", lambda: None)
    err = _refused(tmp_path, capsys, scan)
    assert "inget textlager på sidan 1" in err


@needs_libreoffice
@pytest.mark.skipif(ocr.ocr_languages() is None or "swe" not in (ocr.ocr_languages() or ""),
                    reason="Tesseract with Swedish is installed by make test")
def test_a_scan_is_read_by_tesseract(office_files: dict[str, Path], tmp_path: Path) -> None:
    scan = _scan_of(office_files["ts_pdf"], tmp_path / "inskannad.pdf")
    kind, rec, doc = parse_file(scan, lenient=False, skipped=[])
    assert kind == "case_document"
    assert rec.dnr == STYRMODELL.dnr and rec.title == STYRMODELL.title  # type: ignore[attr-defined]
    assert doc.pdf is not None and doc.pdf.pages[0].ocr and not doc.pdf.pages[0].has_text_layer
    assert "Regiondirektörens förslag" in [s.heading for s in rec.sections]  # type: ignore[attr-defined]


def test_page_limits_are_checked_in_read_pdf_itself() -> None:
    pdf = pikepdf.new()
    for _ in range(3):
        pdf.add_blank_page()
    buf = io.BytesIO()
    pdf.save(buf)
    with pytest.raises(ImportFailure, match="högst 2 sidor"):
        read_pdf(buf.getvalue(), "tre.pdf", limits=PdfLimits(pages=2))
