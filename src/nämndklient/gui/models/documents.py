"""Table models for the Ärenden section and the preparation sheet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ...services.catalog import DocumentInfo
from ...services.personal import FlagInfo
from ...services.reading import HistoryEntry
from ..i18n import format_date, format_short_date
from .base import Column, RowTableModel

translate = QCoreApplication.translate


def document_kind(kind: str) -> str:
    return {
        "tjansteskrivelse": translate("Documents", "Tjänsteskrivelse"),
        "protokollsutdrag": translate("Documents", "Protokollsutdrag"),
        "plan_och_budget": translate("Documents", "Plan och budget"),
        "attachment": translate("Documents", "Bilaga"),
        "item": translate("Documents", "Ärende på sammanträde"),
        "document": translate("Documents", "Handling"),
    }.get(kind, kind)


class DocumentsModel(RowTableModel[DocumentInfo]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(translate("Documents", "Datum"), lambda d: format_short_date(d.date) or "–", lambda d: d.date,
                       tooltip=lambda d: format_date(d.date, weekday=True)),
                Column(translate("Documents", "Typ"), lambda d: document_kind(d.kind)),
                Column(translate("Documents", "Dnr"), lambda d: d.dnr or "–", lambda d: d.dnr),
                Column(translate("Documents", "Rubrik"), lambda d: d.title, tooltip=lambda d: d.title),
            ],
            parent,
        )


class HistoryModel(RowTableModel[HistoryEntry]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(translate("Documents", "Datum"), lambda h: format_short_date(h.date) or "–", lambda h: h.date),
                Column(translate("Documents", "Typ"), lambda h: document_kind(h.kind)),
                Column(translate("Documents", "Rubrik"), lambda h: h.title, tooltip=lambda h: h.title),
            ],
            parent,
        )


class PreparationModel(RowTableModel[FlagInfo]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(translate("Documents", "§"), lambda f: f.number, lambda f: (int(f.number) if f.number.isdigit() else 0, f.number)),
                Column(translate("Documents", "Ärende"), lambda f: f.title, tooltip=lambda f: f.title),
                Column(translate("Documents", "Min fråga"),
                       lambda f: f.question or translate("Documents", "(ingen frågetext ännu)"),
                       tooltip=lambda f: f.question),
            ],
            parent,
        )
