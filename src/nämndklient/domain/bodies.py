"""The region's political bodies: the codes diarienummer use and the names documents use."""

from __future__ import annotations

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


def code_for_name(name: str) -> str | None:
    folded = name.strip().casefold()
    for code, known in BODY_NAMES.items():
        if known.casefold() == folded:
            return code
    return None
