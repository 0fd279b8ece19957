"""A member's reading state on the demo database, for tests of the counts the views show."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nämndklient.services import personal
from nämndklient.services.attachments import attach_files
from tests.helpers.pdfs import make_pdf


def read_flag_and_change(db: Any, folder: Path) -> None:
    """Two items read, one flagged, and the first read item changed afterwards by a new attachment."""
    with db.session() as s:
        personal.mark_read(s, "RS:2024-01-26/ekonomisk-rapport")
        personal.mark_read(s, "RS:2024-01-26/läkemedel")
        personal.set_flag(s, "RS:2024-01-26/läkemedel", "Varför ökar kostnaderna?")
    pdf = folder / "Bilaga.pdf"
    pdf.write_bytes(make_pdf(["Ny bilaga"]))
    attach_files(db, "RS:2024-01-26/ekonomisk-rapport", [pdf])  # read, then changed
