"""Ed25519 keys for publishers, and the member's list of publishers they trust.

Key material is written with owner-only permissions before a byte of it lands
on disk, is never logged, and a private key that others can read is refused,
as ssh does. The trust list holds public keys only, in the user's config
directory.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..domain.records import ImportFailure


class KeyFileError(ImportFailure):
    """A key file that cannot be used; the message is for the user."""

    def __init__(self, file: str, message: str) -> None:
        super().__init__(file, 0, message)
        self.args = (message,)

    def __str__(self) -> str:
        return str(self.args[0])


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(key: Ed25519PublicKey | bytes) -> str:
    """SHA-256 of the raw 32-byte public key, hex: what the member compares and the trust list keys on."""
    raw = key if isinstance(key, bytes) else raw_public(key)
    return hashlib.sha256(raw).hexdigest()


def short_fingerprint(fp: str) -> str:
    return ":".join(fp[i : i + 4] for i in range(0, 16, 4))


def _write_private(path: Path, data: bytes) -> None:
    """Create the file 0600 from the start (O_EXCL: never overwrite a key)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def generate_keypair(prefix: Path) -> tuple[Path, Path, str]:
    """Write PREFIX.key (0600) and PREFIX.pub; refuse to replace either."""
    private_path, public_path = Path(f"{prefix}.key"), Path(f"{prefix}.pub")
    for path in (private_path, public_path):
        if path.exists():
            raise KeyFileError(str(path), f"{path} finns redan: en nyckel skrivs aldrig över. Välj ett annat namn.")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    _write_private(private_path, pem)
    public_path.write_bytes(
        key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return private_path, public_path, fingerprint(key.public_key())


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        info = path.stat()
    except OSError as exc:
        raise KeyFileError(str(path), f"Den privata nyckeln {path} kan inte läsas ({exc.strerror}).") from exc
    if sys.platform != "win32" and info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise KeyFileError(
            str(path),
            f"Den privata nyckeln {path} kan läsas av andra än du. Ändra med 'chmod 600 {path}' och försök igen.",
        )
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError) as exc:
        raise KeyFileError(str(path), f"{path} är ingen privat nyckel i PEM-format.") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(str(path), f"{path} är inte en Ed25519-nyckel.")
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KeyFileError(str(path), f"Den publika nyckeln {path} kan inte läsas ({exc.strerror}).") from exc
    try:
        key = serialization.load_pem_public_key(data)
    except ValueError as exc:
        raise KeyFileError(str(path), f"{path} är ingen publik nyckel i PEM-format.") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise KeyFileError(str(path), f"{path} är inte en publik Ed25519-nyckel.")
    return key


@dataclass(frozen=True)
class Signature:
    public_key: bytes  # raw 32 bytes
    signature: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def to_json(self) -> bytes:
        return json.dumps(
            {
                "algorithm": "Ed25519",
                "publicKey": base64.b64encode(self.public_key).decode(),
                "keyFingerprint": self.fingerprint,
                "signature": base64.b64encode(self.signature).decode(),
            },
            indent=2,
        ).encode()

    @classmethod
    def from_json(cls, data: bytes) -> Signature:
        """Parse `manifest.sig`; ValueError for anything malformed."""
        doc = json.loads(data.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("algorithm") != "Ed25519":
            raise ValueError("okänd signaturalgoritm")
        public_key = base64.b64decode(doc["publicKey"], validate=True)
        signature = base64.b64decode(doc["signature"], validate=True)
        if len(public_key) != 32 or len(signature) != 64:
            raise ValueError("fel längd på nyckel eller signatur")
        return cls(public_key, signature)


def sign(key: Ed25519PrivateKey, data: bytes) -> Signature:
    return Signature(raw_public(key.public_key()), key.sign(data))


def verify(sig: Signature, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(sig.public_key).verify(sig.signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


# --- the member's trust list -------------------------------------------------------


def default_trust_store() -> Path:
    from platformdirs import user_config_path

    from ..runtime.paths import APP

    return user_config_path(APP, appauthor=False, ensure_exists=False) / "trusted_publishers.json"


@dataclass(frozen=True)
class TrustedKey:
    fingerprint: str
    public_key: str  # base64 of the raw key
    name: str
    added: str
    bodies: list[str] = field(default_factory=list)  # the bodies (RS, HSN…) it may publish for; empty: any


class TrustStore:
    """Public keys of publishers whose packages are imported without asking."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_trust_store()

    def keys(self) -> list[TrustedKey]:
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            raise KeyFileError(str(self.path), f"Listan över betrodda utgivare {self.path} kan inte läsas.") from exc
        return [TrustedKey(**k) for k in doc.get("keys", [])]

    def is_trusted(self, fp: str) -> bool:
        return any(k.fingerprint == fp for k in self.keys())

    def bodies(self, fp: str) -> tuple[str, ...]:
        """The bodies a trusted key may publish for; () when it is trusted for any (or not at all)."""
        return next((tuple(k.bodies) for k in self.keys() if k.fingerprint == fp), ())

    def add(self, key: Ed25519PublicKey, name: str, bodies: list[str] | None = None) -> TrustedKey:
        """Trust `key`, for `bodies` only when given.

        Trusting a key again replaces its name, and its bodies when given; without
        them it keeps the ones it had, so renaming a key never widens what it may sign.
        """
        fp = fingerprint(key)
        old = next((k for k in self.keys() if k.fingerprint == fp), None)
        keys = [k for k in self.keys() if k.fingerprint != fp]
        scope = sorted(set(bodies)) if bodies else (list(old.bodies) if old is not None else [])
        entry = TrustedKey(fp, base64.b64encode(raw_public(key)).decode(), name, dt.datetime.now(dt.UTC).isoformat(),
                           scope)
        keys.append(entry)
        self._write(keys)
        return entry

    def remove(self, fingerprint_or_prefix: str) -> TrustedKey | None:
        """Stop trusting a key, named by its fingerprint (whole, or the short form `abcd:ef01:…`).

        Returns the removed entry, None when no trusted key matches; a prefix
        that matches several keys is refused rather than guessed.
        """
        wanted = fingerprint_or_prefix.replace(":", "").strip().lower()
        keys = self.keys()
        if len(wanted) < 16:
            raise KeyFileError(str(self.path), f"{fingerprint_or_prefix!r} är för kort: ange minst 16 tecken av "
                               "fingeravtrycket (som 'nämndklient trust' visar) eller den publika nyckelns fil.")
        matches = [k for k in keys if k.fingerprint.startswith(wanted)]
        if len(matches) > 1:
            raise KeyFileError(str(self.path), f"{fingerprint_or_prefix!r} passar flera betrodda nycklar: "
                               "ange hela fingeravtrycket.")
        if not matches:
            return None
        self._write([k for k in keys if k is not matches[0]])
        return matches[0]

    def _write(self, keys: list[TrustedKey]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = self.path.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        _write_private(tmp, json.dumps({"keys": [k.__dict__ for k in keys]}, indent=2).encode())
        os.replace(tmp, self.path)
