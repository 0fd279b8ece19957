"""Language, dates and sorting: one place that knows the member's locale.

Dates and numbers go through QLocale and sorting through QCollator, because
Python's own `sorted()` puts Ä before Å and `strftime` follows the C locale.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import (
    QCollator,
    QCollatorSortKey,
    QCoreApplication,
    QDate,
    QLocale,
    Qt,
    QTime,
    QTranslator,
)

from ..resources import resource_root

log = logging.getLogger(__name__)

LANGUAGES = {"sv": "Svenska", "en": "English"}
_state: dict[str, object] = {"language": "sv"}


def language() -> str:
    return str(_state["language"])


def locale() -> QLocale:
    if language() == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)


def install_translator(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Load the compiled translation for `lang`; Swedish is the source language and needs none."""
    _state["language"] = lang if lang in LANGUAGES else "sv"
    QLocale.setDefault(locale())
    install_qt_translator(app, lang if lang in LANGUAGES else "sv")
    if lang == "sv":
        return None
    translator = QTranslator(app)
    directory = str(resource_root() / "translations")
    if not translator.load(f"namndklient_{lang}", directory):
        log.warning("Översättningen %s saknas i %s", lang, directory)
        return None
    app.installTranslator(translator)
    _state["translator"] = translator  # keep it alive as long as the application
    return translator


def install_qt_translator(app: QCoreApplication, lang: str) -> bool:
    """Qt's own texts (the file dialog's buttons and tooltips) in the member's language, from Qt's catalogue."""
    from PySide6.QtCore import QLibraryInfo

    old = _state.pop("qt_translator", None)
    if isinstance(old, QTranslator):
        app.removeTranslator(old)
    if lang == "en":
        return True  # Qt's own language
    translator = QTranslator(app)
    if not translator.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        log.info("Qt:s översättning qtbase_%s finns inte", lang)
        return False
    app.installTranslator(translator)
    _state["qt_translator"] = translator
    return True


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def format_date(day: dt.date | None, *, weekday: bool = False) -> str:
    """'26 januari 2024', or 'fredag 26 januari 2024'."""
    if day is None:
        return QCoreApplication.translate("i18n", "utan datum")
    return locale().toString(qdate(day), "dddd d MMMM yyyy" if weekday else "d MMMM yyyy")


def format_short_date(day: dt.date | None) -> str:
    return locale().toString(qdate(day), "d MMM yyyy") if day else ""


def format_range(start: dt.date, end: dt.date, *, weekday: bool = False) -> str:
    """'26–27 mars 2024' for a meeting over two days, the plain date for one."""
    if end <= start:
        return format_date(start, weekday=weekday)
    loc = locale()
    head = "dddd d" if weekday else "d"
    if (start.year, start.month) == (end.year, end.month) and not weekday:
        return f"{loc.toString(qdate(start), 'd')}–{loc.toString(qdate(end), 'd MMMM yyyy')}"
    return f"{loc.toString(qdate(start), head + ' MMMM')} – {format_date(end, weekday=weekday)}"


def format_time(value: dt.time | None) -> str:
    return locale().toString(QTime(value.hour, value.minute), "HH:mm") if value else ""


def month_title(year: int, month: int) -> str:
    text = locale().toString(QDate(year, month, 1), "MMMM yyyy")
    return text[:1].upper() + text[1:]


def collator() -> QCollator:
    c = QCollator(locale())
    c.setNumericMode(True)
    c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return c


def sort_key(text: str) -> QCollatorSortKey:
    """A key for Python's sort that orders Swedish words A … Z Å Ä Ö."""
    return _collator().sortKey(text)


def _collator() -> QCollator:
    cached = _state.get("collator")
    if not isinstance(cached, QCollator) or _state.get("collator_lang") != language():
        cached = collator()
        _state["collator"], _state["collator_lang"] = cached, language()
    return cached
