"""An expired confidential item: its badge in the agenda and the notice on the item page."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt

from nämndklient.gui.models.agenda import BADGES_ROLE, AgendaModel, badges
from nämndklient.gui.models.base import ACCESSIBLE_ROLE
from nämndklient.gui.widgets.expired_notice import ExpiredNotice, expired_message
from nämndklient.services.catalog import ItemInfo

ITEM = ItemInfo(key="RS:2024-09-10/personalärende", number="3", order=3, title="Personalärende",
                category="Beslutsärenden", presenters=(), dnr="RS/99/2024", confidential=True, withdrawn=False,
                meeting="RS:2024-09-10", version=1, state="current", read=True, flagged=True, notes=1)
EXPIRED = replace(ITEM, state="expired", expired_on=dt.date(2024, 10, 11))


def test_an_expired_item_says_so_in_its_badge_tooltip_and_accessible_text(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    assert badges(ITEM)[0][0] == "read"
    assert badges(EXPIRED) == [("expired", "sekretess upphört – innehållet borttaget"), ("flagged", "flaggad")]
    model = AgendaModel()
    model.set_items([EXPIRED, replace(ITEM, key="b", order=4, number="4")])
    qtmodeltester.check(model)
    row = model.item_index(EXPIRED.key, 4)
    assert model.data(row) == "sekretess upphört – innehållet borttaget · flaggad"
    assert model.data(row, BADGES_ROLE)[0][0] == "expired"
    assert "11 oktober 2024" in model.data(row, Qt.ItemDataRole.ToolTipRole)
    assert "sekretess upphört" in model.data(model.item_index(EXPIRED.key, 0), ACCESSIBLE_ROLE)
    assert model.data(model.item_index("b", 4), Qt.ItemDataRole.ToolTipRole) is None
    # The record stays readable: number, title and dnr are still shown.
    assert [model.data(model.item_index(EXPIRED.key, c)) for c in (0, 1, 3)] == ["3", "Personalärende", "RS/99/2024"]


def test_the_expired_notice_shows_only_for_an_expired_item(qtbot) -> None:  # type: ignore[no-untyped-def]
    notice = ExpiredNotice()
    qtbot.addWidget(notice)
    notice.show()
    notice.set_item(ITEM)
    assert notice.isHidden() and notice.text() == ""
    notice.set_item(EXPIRED)
    assert notice.isVisible()
    assert "punkt 3 (dnr RS/99/2024)" in notice.text() and "11 oktober 2024" in notice.text()
    assert notice.accessibleName() == "Sekretess upphört" and notice.accessibleDescription() == notice.text()
    assert notice.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert expired_message(ITEM) == ""
