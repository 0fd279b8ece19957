"""What the fetch and pack dialogs say is what really happened: the kind of a wrong file, versions, lifted secrecy."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from nämndklient.gui.context import AppContext
from nämndklient.gui.dialogs import pack_dialog
from nämndklient.gui.dialogs.fetch_dialog import FetchDialog
from nämndklient.persistence.database import Database, open_database
from nämndklient.persistence.models import AgendaItem
from nämndklient.publishing.package_reader import fetch_package
from nämndklient.publishing.package_writer import publish
from nämndklient.publishing.signing import TrustStore
from tests.helpers.files import db_digest
from tests.helpers.pack_sample import make_pdf
from tests.unit.test_publish_support import ITEM_INFO, MEETING, publisher, revise, secretariat_db


@pytest.fixture
def trust(tmp_path: Path) -> TrustStore:
    return TrustStore(tmp_path / "config" / "trusted.json")


@pytest.fixture
def member(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "member.sqlite")
    yield db
    db.dispose()


def _fetch_file(qtbot: QtBot, db: Database, settings: QSettings, trust: TrustStore, path: Path) -> FetchDialog:
    dialog = FetchDialog(AppContext(db, settings), trust_store=trust)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_source("file")
    dialog.file_edit.setText(str(path))
    with qtbot.waitSignal(dialog.fetched, timeout=30000):
        qtbot.mouseClick(dialog.fetch_button, Qt.MouseButton.LeftButton)
    return dialog


def test_a_pdf_is_called_a_pdf_and_a_json_file_json(
    qtbot: QtBot, member: Database, settings: QSettings, trust: TrustStore, tmp_path: Path
) -> None:
    pdf = tmp_path / "kallelse.pdf"
    pdf.write_bytes(make_pdf(2, "Kallelse"))
    before = db_digest(tmp_path / "member.sqlite")
    status = _fetch_file(qtbot, member, settings, trust, pdf).status.text()
    assert "kallelse.pdf: filen är en PDF, inget mötespaket" in status
    assert "trasig" not in status and "avkortad" not in status
    other = tmp_path / "data.json"
    other.write_text(json.dumps({"namn": "inte OParl"}), encoding="utf-8")
    status = _fetch_file(qtbot, member, settings, trust, other).status.text()
    assert "filen är JSON men varken ett mötespaket (.zip) eller en OParl-fil" in status
    assert "zip-paket" not in status
    assert db_digest(tmp_path / "member.sqlite") == before


def test_the_summary_says_the_version_and_that_the_publisher_lifted_confidentiality(
    qtbot: QtBot, member: Database, settings: QSettings, trust: TrustStore, tmp_path: Path
) -> None:
    pub = publisher(tmp_path / "keys", trust)
    sec = secretariat_db(tmp_path / "sec.sqlite")
    publish(sec, MEETING, tmp_path / "v1.zip", pub.key)
    with sec.session() as s:
        s.execute(update(AgendaItem).where(AgendaItem.key == ITEM_INFO).values(confidential=False))
    publish(sec, MEETING, tmp_path / "v2.zip", pub.key)
    sec.dispose()
    fetch_package(member, tmp_path / "v1.zip", trust_store=trust)
    dialog = _fetch_file(qtbot, member, settings, trust, tmp_path / "v2.zip")
    summary = dialog.summary.toPlainText()
    assert "Version 2 (du hade version 1)." in summary
    assert "Sekretessen hävd av utgivaren för 1 ärende: § 3 Information om lokalförsörjning" in summary
    rows = [dialog.items.item(i).text() for i in range(dialog.items.count())]
    assert rows == ["§ 3 Information om lokalförsörjning – sekretessen hävd"]

    before = db_digest(tmp_path / "member.sqlite")
    status = _fetch_file(qtbot, member, settings, trust, tmp_path / "v1.zip").status.text()
    assert status.startswith("Lästes inte in: ") and "en äldre version ersätter aldrig en nyare" in status
    assert db_digest(tmp_path / "member.sqlite") == before


def test_a_newer_version_from_a_folder_is_read_and_an_older_one_refused(
    qtbot: QtBot, member: Database, settings: QSettings, trust: TrustStore, tmp_path: Path
) -> None:
    pub = publisher(tmp_path / "keys", trust)
    sec = secretariat_db(tmp_path / "sec.sqlite")
    publish(sec, MEETING, tmp_path / "v1.zip", pub.key)
    revise(sec, tmp_path / "revised")
    publish(sec, MEETING, tmp_path / "v2.zip", pub.key)
    sec.dispose()
    fetch_package(member, tmp_path / "v2.zip", trust_store=trust)
    share = tmp_path / "share"
    share.mkdir()
    (share / "gammal.zip").write_bytes((tmp_path / "v1.zip").read_bytes())
    dialog = FetchDialog(AppContext(member, settings), trust_store=trust)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_source("folder")
    dialog.folder_edit.setText(str(share))
    with qtbot.waitSignal(dialog.fetched, timeout=30000):
        qtbot.mouseClick(dialog.fetch_button, Qt.MouseButton.LeftButton)
    assert "gammal.zip: paketet är version 1" in dialog.status.text()


@pytest.mark.parametrize(("viewer", "opened", "said"), [
    ("org.gnome.Evince.desktop", True, "Öppnad i PDF-läsaren."),
    ("", True, "Ingen PDF-läsare öppnade filen."),
    ("org.gnome.Evince.desktop", False, "Ingen PDF-läsare öppnade filen."),
    (None, True, "Filen lämnades till systemet för att öppnas i en PDF-läsare."),
])
def test_opened_in_the_pdf_reader_is_said_only_when_a_reader_opened_it(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    viewer: str | None, opened: bool, said: str,
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(pack_dialog, "pdf_viewer", lambda: viewer)
    monkeypatch.setattr(pack_dialog.QDesktopServices, "openUrl", lambda url: calls.append(url.toLocalFile()) or opened)
    monkeypatch.setattr(pack_dialog.QMessageBox, "information", lambda *a: None)
    dialog = pack_dialog.PackDialog(ctx, "RS:2024-01-26")
    qtbot.addWidget(dialog)
    result = SimpleNamespace(path=tmp_path / "pack.pdf", pages=3, warnings=[])
    dialog.result = result
    dialog._open_file(result)
    status = dialog.ui.statusLabel.text()
    assert said in status
    assert ("Öppnad i PDF-läsaren" in status) == (viewer not in ("", None) and opened)
    assert calls == ([] if viewer == "" else [str(tmp_path / "pack.pdf")])


def test_a_refused_oparl_file_is_shown_with_its_reason(
    qtbot: QtBot, member: Database, settings: QSettings, trust: TrustStore, tmp_path: Path
) -> None:
    """An OParl meeting is its own meeting, known by its id (#17), so it can never undo a signed one;
    what the dialog must do is name the reason when an OParl file is refused, never "oväntat fel"."""
    pub = publisher(tmp_path / "keys", trust)
    sec = secretariat_db(tmp_path / "sec.sqlite")
    publish(sec, MEETING, tmp_path / "v1.zip", pub.key)
    sec.dispose()
    fetch_package(member, tmp_path / "v1.zip", trust_store=trust)
    t = "https://schema.oparl.org/1.1/"
    oparl = tmp_path / "rs.json"
    oparl.write_text(json.dumps({"type": t + "System", "data": [
        {"type": t + "Body", "id": "b", "name": "Regionstyrelsen", "shortName": "RS"},
        {"type": t + "Meeting", "id": "m", "name": "Regionstyrelsens sammanträde", "start": 20240910,
         "agendaItem": [{"id": "i", "order": 1, "name": "Något annat"}]},
    ]}), encoding="utf-8")
    before = db_digest(tmp_path / "member.sqlite")
    dialog = _fetch_file(qtbot, member, settings, trust, oparl)
    status = dialog.status.text()
    assert status.startswith("Lästes inte in: ") and "start" in status
    assert "oväntat" not in status
    assert db_digest(tmp_path / "member.sqlite") == before
