"""What every view is handed: the open database and the member's settings.

Views never hold a session; they ask services for plain data through
`ctx.db.session()` (one short transaction per action) and show it through
Qt item models.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

if TYPE_CHECKING:  # the start view imports this module before SQLAlchemy is loaded
    from ..persistence.database import Database


class DataEvents(QObject):
    """Signals views listen to, so that one view's change shows in the others."""

    published_changed = Signal()  # an import or sync replaced published material
    personal_changed = Signal(str)  # a note, read mark or flag changed; the item key


@dataclass
class AppContext:
    db: Database
    settings: QSettings
    events: DataEvents = field(default_factory=DataEvents)
    followed_bodies: tuple[str, ...] = ()  # empty: all bodies
