"""Every bad package is refused with one Swedish sentence and exit code 2, the database byte for byte unchanged."""

from __future__ import annotations

import io
import json
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from nämndklient.cli.main import main
from nämndklient.publishing import manifest as mf
from nämndklient.publishing.package_writer import publish
from nämndklient.publishing.signing import TrustStore, load_public_key, sign
from tests.helpers.files import db_digest
from tests.unit.test_publish_support import MEETING, publisher, secretariat_db


@pytest.fixture(scope="module")
def good_package(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A package signed by a key the member trusts (the trust list in the tests' config dir)."""
    folder = tmp_path_factory.mktemp("pkg")
    pub = publisher(folder / "keys")
    TrustStore().add(load_public_key(pub.public), "Sekretariatet")
    sec = secretariat_db(folder / "sec.sqlite")
    package = folder / "good.zip"
    publish(sec, MEETING, package, pub.key)
    sec.dispose()
    return package, pub.key


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _resign(members: dict[str, bytes], manifest: dict) -> dict[str, bytes]:  # type: ignore[type-arg]
    """Re-sign with the trusted key, so only the defect under test can cause the refusal."""
    from nämndklient.publishing.signing import load_private_key

    key = load_private_key(_KEY[0])
    data = mf.encode(manifest)
    return {**members, "manifest.json": data, "manifest.sig": sign(key, data).to_json()}


_KEY: list[Path] = []


def one_byte_changed(good: bytes, members: dict[str, bytes]) -> bytes:
    name = next(n for n in members if n.startswith("files/") and n.endswith(".txt"))
    data = bytearray(members[name])
    data[len(data) // 2] ^= 0x01
    return _zip({**members, name: bytes(data)})


def one_byte_changed_in_manifest(good: bytes, members: dict[str, bytes]) -> bytes:
    text = members["manifest.json"].replace(b"Regionens hus", b"Regionens hut")
    return _zip({**members, "manifest.json": text})


def truncated(good: bytes, members: dict[str, bytes]) -> bytes:
    return good[: len(good) * 2 // 3]


def unknown_schema_version(good: bytes, members: dict[str, bytes]) -> bytes:
    manifest = json.loads(members["manifest.json"])
    manifest["schemaVersion"] = 99
    return _zip(_resign(members, manifest))


def escaping_member_name(good: bytes, members: dict[str, bytes]) -> bytes:
    return _zip({**members, "../../utanför.txt": b"x"})


def escaping_access_url(good: bytes, members: dict[str, bytes]) -> bytes:
    manifest = json.loads(members["manifest.json"])
    old = manifest["file"][0]["accessUrl"]
    manifest["file"][0]["accessUrl"] = "files/../../etc/passwd"
    moved = {("files/../../etc/passwd" if n == old else n): d for n, d in members.items()}
    return _zip(_resign(moved, manifest))


def absurd_declared_size(good: bytes, members: dict[str, bytes]) -> bytes:
    """A central directory entry claiming a terabyte (the header lies; the data is small)."""
    data = bytearray(_zip(members))
    name = next(n for n in members if n.startswith("files/")).encode()
    at = data.rfind(b"PK\x01\x02" + b"", 0)
    while at != -1:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46 : at + 46 + name_len]) == name:
            struct.pack_into("<I", data, at + 24, 0xFFFFFFF0)  # uncompressed size
            break
        at = data.rfind(b"PK\x01\x02", 0, at)
    return bytes(data)


def zip_bomb(good: bytes, members: dict[str, bytes]) -> bytes:
    return _zip({**members, "files/9999-bomb.txt": b"\0" * (20 * 1024 * 1024)})


def invalid_signature(good: bytes, members: dict[str, bytes]) -> bytes:
    manifest = json.loads(members["manifest.json"])
    manifest["meeting"]["name"] = "Förfalskat sammanträde"
    data = mf.encode(manifest)
    sig = json.loads(members["manifest.sig"])
    forged = sign(Ed25519PrivateKey.generate(), data)
    sig["signature"] = json.loads(forged.to_json())["signature"]  # the trusted key, someone else's signature
    return _zip({**members, "manifest.json": data, "manifest.sig": json.dumps(sig).encode()})


def not_a_zip(good: bytes, members: dict[str, bytes]) -> bytes:
    return b"Detta \xe4r ingen zip-fil"


def missing_file(good: bytes, members: dict[str, bytes]) -> bytes:
    name = next(n for n in members if n.startswith("files/"))
    return _zip({n: d for n, d in members.items() if n != name})


CASES: dict[str, tuple[Callable[[bytes, dict[str, bytes]], bytes], str]] = {
    "one byte changed in a document": (one_byte_changed, "kontrollsumman"),
    "one byte changed in the manifest": (one_byte_changed_in_manifest, "signaturen stämmer inte"),
    "truncated zip": (truncated, "zip"),
    "unknown schema version": (unknown_schema_version, "schemaversion 99"),
    "member name escaping the folder": (escaping_member_name, "otillåten sökväg"),
    "access url escaping the folder": (escaping_access_url, "otillåten sökväg"),
    "absurd declared size": (absurd_declared_size, "anger storleken"),
    "zip bomb": (zip_bomb, "orimligt"),
    "invalid signature": (invalid_signature, "signaturen stämmer inte"),
    "not a zip at all": (not_a_zip, "zip"),
    "a file missing": (missing_file, "saknas i paketet"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_package_is_refused_and_nothing_changes(
    case: str, good_package: tuple[Path, Path], demo_db_path: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    good, key = good_package
    _KEY[:] = [key]
    make, expected = CASES[case]
    bad = tmp_path / "bad.zip"
    bad.write_bytes(make(good.read_bytes(), _members(good)))
    assert main(["--db", str(demo_db_path), "note", "RS:2024-01-26/läkemedel", "Min anteckning"]) == 0
    before = db_digest(demo_db_path)
    capsys.readouterr()

    code = main(["--db", str(demo_db_path), "import", str(bad), "--accept-untrusted"])

    err = capsys.readouterr().err
    assert code == 2
    assert expected in err and "inget ändrades" in err
    assert err.count("\n") == 1  # one sentence, no traceback
    assert db_digest(demo_db_path) == before


def test_the_good_package_imports_through_the_command_line(
    good_package: tuple[Path, Path], demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_db_path), "import", str(good_package[0])]) == 0
    assert "betrodd utgivare" in capsys.readouterr().out
    assert main(["--db", str(demo_db_path), "list", "items", "--format", "json"]) == 0
    rows = {r["key"]: r for r in json.loads(capsys.readouterr().out)}
    item = rows[f"{MEETING}/RS/454/2023"]
    assert (item["dnr"], item["version"], item["state"], item["notes"]) == ("RS/454/2023", 1, "current", 0)
