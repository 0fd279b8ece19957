"""The manifest of a meeting package: its JSON shape, its schema and the checks beyond the schema.

The manifest is the only thing the signature covers; every file in the package
is bound to it by size and SHA-512, so verifying the signature and then each
checksum verifies the whole package. Names follow OParl 1.1 where they fit
(Meeting, AgendaItem with `order` and `public`, Paper with `reference`, File
with `sha512Checksum`); `resources/schema/meeting-package-1.schema.json` is the
reference.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from typing import Any

from ..domain.records import ImportFailure

FORMAT = "nämndklient-meeting-package"
SCHEMA_VERSION = 1
SCHEMA_FILE = f"schema/meeting-package-{SCHEMA_VERSION}.schema.json"
OPARL = "https://schema.oparl.org/1.1/"

Manifest = dict[str, Any]


class PackageRefused(ImportFailure):
    """A package that is not imported; the message says why, in Swedish, and that nothing changed."""

    def __init__(self, file: str, reason: str) -> None:
        super().__init__(file, 0, reason)
        self.reason = reason
        self.args = (f"{file}: {reason} Paketet lästes inte in; inget ändrades.",)

    def __str__(self) -> str:
        return str(self.args[0])


class UntrustedPackage(PackageRefused):
    """Refused only because nobody vouches for it (unsigned, or an unknown key): the member may accept it."""

    def __init__(self, file: str, reason: str, signer: str | None) -> None:
        super().__init__(file, reason)
        self.signer = signer


@cache
def schema() -> dict[str, Any]:
    from ..resources import resource_path

    return json.loads(resource_path(SCHEMA_FILE).read_text(encoding="utf-8"))


def encode(manifest: Manifest) -> bytes:
    """Stable bytes: the same manifest always signs the same."""
    return json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def parse(data: bytes, file: str) -> Manifest:
    """Decode, check version and schema, then the references between objects."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageRefused(file, f"manifest.json är inte giltig JSON ({exc}).") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise PackageRefused(file, "manifest.json beskriver inget mötespaket från Nämndklient.")
    version = doc.get("schemaVersion")
    if version != SCHEMA_VERSION:
        raise PackageRefused(
            file,
            f"paketet har schemaversion {version!r}, den här versionen av Nämndklient läser version "
            f"{SCHEMA_VERSION}. Uppdatera programmet eller be sekretariatet om ett paket i version {SCHEMA_VERSION}.",
        )
    validate(doc, file)
    check_references(doc, file)
    return doc


def validate(doc: Manifest, file: str) -> None:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    error = best_match(Draft202012Validator(schema()).iter_errors(doc))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(roten)"
        raise PackageRefused(file, f"manifest.json följer inte schemat vid {where}: {error.message[:200]}.")


def check_references(doc: Manifest, file: str) -> None:
    """What a JSON Schema cannot say: ids are unique and every reference points at something."""
    files = [f["id"] for f in doc["file"]]
    urls = [f["accessUrl"] for f in doc["file"]]
    papers = [p["id"] for p in doc["paper"]]
    items = doc["meeting"]["agendaItem"]
    for label, values in (("fil-id", files), ("filsökväg", urls), ("ärende-id", papers),
                          ("punkt-id", [i["id"] for i in items]), ("punktordning", [i["order"] for i in items])):
        seen: set[Any] = set()
        for value in values:
            if value in seen:
                raise PackageRefused(file, f"manifest.json har samma {label} två gånger ({value!r}).")
            seen.add(value)
    known_files, known_papers = set(files), set(papers)
    for p in doc["paper"]:
        for ref in [p.get("mainFile"), *p.get("auxiliaryFile", [])]:
            if ref is not None and ref not in known_files:
                raise PackageRefused(file, f"ärendet {p['id']!r} hänvisar till en fil som saknas ({ref!r}).")
    for i in items:
        if i.get("paper") is not None and i["paper"] not in known_papers:
            raise PackageRefused(file, f"punkten {i['id']!r} hänvisar till ett ärende som saknas ({i['paper']!r}).")
        for ref in i.get("auxiliaryFile", []):
            if ref not in known_files:
                raise PackageRefused(file, f"punkten {i['id']!r} hänvisar till en fil som saknas ({ref!r}).")
    meeting = doc["meeting"]
    if meeting["id"] != f"{doc['body']['shortName']}:{meeting['start']}":
        # Members key meetings by body and date; an id naming another meeting would land on the wrong one.
        raise PackageRefused(file, f"sammanträdets id {meeting['id']!r} stämmer inte med organ och datum.")
    dates = [("sammanträdets start", meeting["start"]), ("sammanträdets slut", meeting["end"])]
    dates += [(f"datum för {f['id']!r}", f["date"]) for f in doc["file"] if f.get("date")]
    for label, text in dates:
        try:
            dt.date.fromisoformat(text)
        except ValueError as exc:
            raise PackageRefused(file, f"{label} är inget giltigt datum ({text!r}).") from exc
    if meeting.get("startTime"):
        try:
            dt.time.fromisoformat(meeting["startTime"])
        except ValueError as exc:
            raise PackageRefused(file, f"starttiden är ingen giltig tid ({meeting['startTime']!r}).") from exc
    if meeting["end"] < meeting["start"]:
        raise PackageRefused(file, "sammanträdet slutar innan det börjar.")
