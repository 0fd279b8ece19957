"""Numbers as a Swedish reader expects them: `1 754 242`, `−973`, `14,5 %`.

QLocale (sv_SE) writes U+00A0 between thousands and U+2212 as minus; every
view and chart formats through here so the two never drift apart.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal, localcontext

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ...domain.kpi_status import Status

_LOCALE = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
MINUS = "\u2212"


def locale() -> QLocale:
    return _LOCALE


def format_number(value: Decimal | float | int | None, unit: str | None = None, decimals: int | None = None) -> str:
    """Shown with the decimals the figure has (a Decimal up to four, a float two), and the unit after a no-break space."""
    if value is None:
        return ""
    if decimals is None:
        if isinstance(value, Decimal):
            exp = value.as_tuple().exponent  # as stated ("2,0" keeps its decimal), to 1/10 000
            decimals = min(-exp, 4) if isinstance(exp, int) and exp < 0 else 0
        elif isinstance(value, float) and not value.is_integer():
            # the decimals the value has (17.1 is "17,1", not "17,10"), at most two (one from 100 on)
            decimals = min(len(repr(round(value, 2)).partition(".")[2]), 1 if abs(value) >= 100 else 2)
        else:
            decimals = 0
    if isinstance(value, Decimal):
        text = _exact_text(value, decimals)  # a float would show 99 999 999 999 999 999,9999 as 1e17
    else:
        text = _LOCALE.toString(float(value), "f", decimals).replace("-", MINUS)
    if text in (f"{MINUS}0", f"{MINUS}0,0", f"{MINUS}0,00"):
        text = text[1:]
    return f"{text}\u00a0{unit}" if unit else text


def _exact_text(value: Decimal, decimals: int) -> str:
    """What QLocale (sv_SE) writes for the figure, from its digits: U+00A0 groups, comma, U+2212."""
    with localcontext() as ctx:
        ctx.prec = 80  # an amount column keeps 38 digits: rounding must never run out of precision
        rounded = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_EVEN)
        whole, _, frac = f"{abs(rounded):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", "\u00a0")
    return (MINUS if rounded < 0 else "") + grouped + ("," + frac if frac else "")


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette or QApplication.palette()
    return pal.color(QPalette.ColorRole.Base).lightness() < 128


# Text colours with at least 4.5:1 contrast: light ones on a dark base, dark ones on white.
_STATUS = {
    Status.MET: ("#1b6e34", "#7ddc94"),
    Status.NEAR: ("#7a4f00", "#f5c05a"),
    Status.NOT_MET: ("#b3261e", "#ff9a90"),
    Status.DIRECTION_UNKNOWN: ("#54585e", "#c4c7cc"),
    Status.NO_TARGET: ("#54585e", "#c4c7cc"),
    Status.MISSING: ("#54585e", "#c4c7cc"),
}
_NEGATIVE = ("#b3261e", "#ff9a90")
SERIES_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D31")
"""Okabe–Ito: told apart also by colour-blind readers; every series has its own symbol too."""


def status_colour(status: Status, palette: QPalette | None = None) -> QColor:
    light, dark = _STATUS[status]
    return QColor(dark if is_dark(palette) else light)


def negative_colour(palette: QPalette | None = None) -> QColor:
    return QColor(_NEGATIVE[1] if is_dark(palette) else _NEGATIVE[0])
