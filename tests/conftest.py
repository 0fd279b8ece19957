"""Test setup shared by every suite: headless Qt, and no test touches the real user directories."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="namndklient-tests-"))
for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state"), ("XDG_CONFIG_HOME", "config"),
                 ("XDG_CACHE_HOME", "cache")):
    os.environ[var] = str(_HOME / sub)
os.environ.pop("NAMNDKLIENT_DB", None)

SEEDS = Path(__file__).resolve().parents[1] / "resources" / "seeds"


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once from the region's documents."""
    from nämndklient.persistence.database import open_database
    from nämndklient.services.importing import import_seed_documents

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path)
    import_seed_documents(db)
    with db.engine.connect() as con:
        con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def demo_db_path(demo_db_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database for one test."""
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_db_file, target)
    return target


@pytest.fixture
def demo_db(demo_db_path: Path) -> Iterator[object]:
    from nämndklient.persistence.database import open_database

    db = open_database(demo_db_path)
    yield db
    db.dispose()


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[object]:
    from nämndklient.persistence.database import open_database

    db = open_database(tmp_path / "empty.sqlite")
    yield db
    db.dispose()


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at a test's strength: the real one takes about 0.4 s per passphrase."""
    from nämndklient.persistence import cipher

    monkeypatch.setattr(cipher, "SCRYPT_N", 2**10)


@pytest.fixture
def ring() -> Iterator[object]:
    """An empty in-memory keyring in place of the system's, restored afterwards."""
    from tests.helpers.keyrings import MemoryKeyring, using_keyring

    with using_keyring(MemoryKeyring()) as backend:
        yield backend
