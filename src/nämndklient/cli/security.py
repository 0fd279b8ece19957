"""`nämndklient encrypt | decrypt | passphrase`, and the key every other command opens the database with.

A passphrase never comes from the command line itself (it would sit in the
shell history and in `ps`): it is read from a file (`--passphrase-file`,
or `NAMNDKLIENT_PASSPHRASE_FILE` for the other commands), from standard input
when that is not a terminal, or asked for with getpass.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from pathlib import Path
from typing import Any

from ..persistence.cipher import DatabaseKey

ENV_PASSPHRASE_FILE = "NAMNDKLIENT_PASSPHRASE_FILE"
WRONG_PASSPHRASE_DELAY = 1.0  # seconds before a wrong passphrase is reported; tests set it to 0


def add_parsers(sub: Any) -> None:
    en = sub.add_parser("encrypt", help="kryptera databasen med en lösenfras (säkerhetskopia först)")
    en.add_argument("--passphrase-file", type=Path, metavar="FIL", help="läs lösenfrasen ur filen (första raden)")
    en.add_argument("--remember", action="store_true", help="spara nyckeln i operativsystemets nyckelring")

    de = sub.add_parser("decrypt", help="ta bort krypteringen av databasen (säkerhetskopia först, krypterad)")
    de.add_argument("--passphrase-file", type=Path, metavar="FIL", help="läs lösenfrasen ur filen (första raden)")

    pw = sub.add_parser("passphrase", help="byt databasens lösenfras (säkerhetskopiorna följer med)")
    pw.add_argument("--passphrase-file", type=Path, metavar="FIL", help="den nuvarande lösenfrasen (första raden)")
    pw.add_argument("--new-passphrase-file", type=Path, metavar="FIL", help="den nya lösenfrasen (första raden)")
    pw.add_argument("--remember", action="store_true", help="spara den nya nyckeln i nyckelringen")


def database_path(args: argparse.Namespace) -> Path:
    from ..persistence.database import resolve_url
    from ..runtime.paths import default_database
    from .main import UsageError

    url = resolve_url(args.db or default_database())
    if not url.startswith("sqlite:///"):
        raise UsageError("Kryptering gäller en lokal databasfil, inte en databas på en server.")
    path = Path(url.removeprefix("sqlite:///"))
    if not path.exists():
        raise UsageError(f"{path}: databasen finns inte.")
    return path


def _read_file(path: Path) -> str:
    from .main import UsageError

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{path}: lösenfrasen kunde inte läsas ({exc.strerror}).") from exc
    first = text.splitlines()[0] if text else ""
    if not first:
        raise UsageError(f"{path}: filen är tom; förväntade lösenfrasen på första raden.")
    return first


def _read_stdin(what: str) -> str:
    from .main import UsageError

    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise UsageError(f"Förväntade {what} på standard in.")
    return line


def read_passphrase(file: Path | None, *, what: str = "lösenfrasen", confirm: bool = False) -> str:
    """From the file, else standard input when it is not a terminal, else getpass (twice with `confirm`)."""
    if file is not None:
        return _read_file(file)
    if not sys.stdin.isatty():
        return _read_stdin(what)
    first = getpass.getpass(f"Ange {what}: ")
    if confirm and getpass.getpass(f"Upprepa {what}: ") != first:
        from .main import UsageError

        raise UsageError("De två lösenfraserna är inte lika; inget ändrades.")
    return first


def key_for(path: Path) -> DatabaseKey | None:
    """The key to open this database with, or None when it is not encrypted.

    Order: the file named by NAMNDKLIENT_PASSPHRASE_FILE, the keyring, getpass
    on a terminal; with none of them, a UsageError (exit code 2).
    """
    from ..persistence import cipher
    from ..services import keychain
    from ..services.encryption import key_opens
    from .main import UsageError

    path = Path(path)
    _recover(path)  # before the salt is read: a re-key killed after its commit is finished first
    if not cipher.is_encrypted(path):
        return None
    env = os.environ.get(ENV_PASSPHRASE_FILE)
    if env:
        return open_key(path, _read_file(Path(env)))
    stored = keychain.fetch_key(path)
    if stored is not None and key_opens(path, stored):
        return stored
    if sys.stdin.isatty():
        return open_key(path, getpass.getpass(f"Lösenfras för {path.name}: "))
    raise UsageError(
        f"{path} är krypterad: ange lösenfrasen i en fil med {ENV_PASSPHRASE_FILE}=FIL, spara nyckeln i "
        "nyckelringen (nämndklient encrypt --remember), eller kör kommandot i en terminal."
    )


def _recover(path: Path) -> None:
    from ..persistence import recovery
    from ..persistence.database import DatabaseError

    if not path.is_file():
        return
    try:
        recovery.recover(path)
    except recovery.RecoveryError as exc:
        raise DatabaseError(str(exc)) from exc


def key_for_db(db: str | os.PathLike[str]) -> DatabaseKey | None:
    """key_for() for what `--db` names: None for a server URL or a file not made yet."""
    from ..persistence.database import resolve_url

    url = resolve_url(db)
    if not url.startswith("sqlite:///"):
        return None
    path = Path(url.removeprefix("sqlite:///"))
    return key_for(path) if path.is_file() else None


def open_key(path: Path, passphrase: str) -> DatabaseKey:
    """The key, or WrongPassphrase after a short pause that makes guessing by script slower."""
    from ..persistence.database import WrongPassphrase
    from ..services.encryption import open_key as service_open_key

    try:
        return service_open_key(path, passphrase)
    except WrongPassphrase:
        time.sleep(WRONG_PASSPHRASE_DELAY)
        raise


def _remember(path: Path, key: DatabaseKey) -> None:
    from ..services import keychain

    try:
        keychain.store_key(path, key)
        print("Nyckeln sparades i nyckelringen.")
    except keychain.KeyringUnavailable as exc:
        print(f"nämndklient: {exc}", file=sys.stderr)


def _say_removed(removed: tuple[Path, ...]) -> None:
    for b in removed:
        print(f"Tog bort säkerhetskopian {b}: den var krypterad med en tidigare lösenfras (eller skadad) och kunde "
              "inte få den nya nyckeln, så att en gammal lösenfras inte längre öppnar något.")


def cmd_encrypt(args: argparse.Namespace) -> int:
    from ..persistence import cipher
    from ..services.encryption import check_new_passphrase, encrypt_database
    from .main import EXIT_OK, UsageError

    path = database_path(args)
    if cipher.is_encrypted(path):
        raise UsageError(f"{path} är redan krypterad; byt lösenfras med 'nämndklient passphrase'.")
    passphrase = read_passphrase(args.passphrase_file, what="en ny lösenfras", confirm=True)
    try:
        check_new_passphrase(passphrase)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    conv = encrypt_database(path, passphrase)
    print(f"Krypterade {path} ({conv.rows} rader kontrollerade). Säkerhetskopia (krypterad): {conv.backup}")
    for b in conv.rekeyed_backups:
        print(f"Krypterade även den äldre säkerhetskopian {b}")
    _say_removed(conv.removed_backups)
    if args.remember and conv.key is not None:
        _remember(path, conv.key)
    return EXIT_OK


def cmd_decrypt(args: argparse.Namespace) -> int:
    from ..persistence import cipher
    from ..services import keychain
    from ..services.encryption import decrypt_database
    from .main import EXIT_OK, UsageError

    path = database_path(args)
    if not cipher.is_encrypted(path):
        raise UsageError(f"{path} är inte krypterad.")
    key = open_key(path, read_passphrase(args.passphrase_file))
    conv = decrypt_database(path, key)
    keychain.forget_key(path)
    print(f"Tog bort krypteringen av {path}. Säkerhetskopia (fortfarande krypterad): {conv.backup}")
    return EXIT_OK


def cmd_passphrase(args: argparse.Namespace) -> int:
    from ..persistence import cipher
    from ..services import keychain
    from ..services.encryption import change_passphrase, check_new_passphrase
    from .main import EXIT_OK, UsageError

    path = database_path(args)
    if not cipher.is_encrypted(path):
        raise UsageError(f"{path} är inte krypterad; kryptera den med 'nämndklient encrypt'.")
    if args.passphrase_file is None and args.new_passphrase_file is None and not sys.stdin.isatty():
        current = _read_stdin("den nuvarande lösenfrasen")
        new = _read_stdin("den nya lösenfrasen")
    else:
        current = read_passphrase(args.passphrase_file, what="den nuvarande lösenfrasen")
        new = read_passphrase(args.new_passphrase_file, what="den nya lösenfrasen", confirm=True)
    key = open_key(path, current)
    try:
        check_new_passphrase(new)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    conv = change_passphrase(path, key, new)
    print(f"Bytte lösenfras för {path} och {len(conv.rekeyed_backups) + 1} säkerhetskopior.")
    _say_removed(conv.removed_backups)
    if conv.key is not None and (args.remember or keychain.fetch_key(path) is not None):
        _remember(path, conv.key)
    return EXIT_OK


COMMANDS = {"encrypt": cmd_encrypt, "decrypt": cmd_decrypt, "passphrase": cmd_passphrase}
