"""The region's political bodies: the codes diarienummer use and the names documents use."""

from __future__ import annotations

REGION_NAME = "Region Jämtland Härjedalen"
"""The region whose bodies these are, as its own documents name it (every letterhead and the plan)."""

BODY_NAMES: dict[str, str] = {
    "RF": "Regionfullmäktige",
    "RS": "Regionstyrelsen",
    "RSAU": "Regionstyrelsens arbetsutskott",
    "HSN": "Hälso- och sjukvårdsnämnden",
    "RUN": "Regionala utvecklingsnämnden",
    "KTN": "Kollektivtrafiknämnden",
    "PN": "Patientnämnden",
}

BODY_KINDS: dict[str, str] = {"RF": "fullmäktige", "RS": "styrelse", "RSAU": "utskott"}


def body_name(code: str) -> str:
    return BODY_NAMES.get(code, code)


def body_kind(code: str) -> str:
    return BODY_KINDS.get(code, "nämnd")


def _indefinite(name: str) -> str:
    """ "regionstyrelsen" → "regionstyrelse", "hälso- och sjukvårdsnämnden" → "…nämnd"."""
    for suffix in ("en", "n"):
        if name.endswith(suffix) and not name.endswith("fullmäktige"):
            return name[: -len(suffix)]
    return name


_CODES = {form: code for code, name in BODY_NAMES.items() for form in {name.casefold(), _indefinite(name.casefold())}}


def code_for_name(name: str) -> str | None:
    """The code of a body named in definite or indefinite form, or None when unknown."""
    return _CODES.get(" ".join(name.casefold().split()))
