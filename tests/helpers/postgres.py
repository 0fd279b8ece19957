"""A throwaway PostgreSQL server for the central-store tests: initdb, pg_ctl start on a free port, stop.

The server runs as an unprivileged user: ourselves, or `postgres` via runuser
when the tests run as root (as in CI), with a data directory that user owns.
When PostgreSQL is missing and we are root, it is installed with apt-get; the
tests must run in CI, never skip.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class PostgresServer:
    host: str
    port: int
    user: str

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    def create_database(self) -> str:
        """A fresh, empty database for one test; returns its URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(host=self.host, port=self.port, user=self.user, dbname="postgres", autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _bin_dir() -> Path | None:
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _install() -> Path:
    if os.geteuid() != 0:
        pytest.fail("PostgreSQL (initdb, pg_ctl) fehlt och testerna körs inte som root: installera paketet postgresql.")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update"], check=True, env=env, capture_output=True)
    subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", "postgresql"], check=True, env=env,
                   capture_output=True)
    found = _bin_dir()
    if found is None:
        pytest.fail("apt-get installerade postgresql men initdb hittas inte.")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_server_user(argv: list[str], user: str | None) -> list[str]:
    return ["runuser", "-u", user, "--", *argv] if user else argv


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    bin_dir = _bin_dir() or _install()
    run_as = "postgres" if os.geteuid() == 0 else None
    if run_as:
        subprocess.run(["id", run_as], check=True, capture_output=True)
    # Not under pytest's tmp (0700, owned by us): the server user must be able to reach it.
    root = Path(tempfile.mkdtemp(prefix="namndklient-pg-"))
    data, sockets = root / "data", root / "sock"
    sockets.mkdir()
    if run_as:
        shutil.chown(root, user=run_as)
        shutil.chown(sockets, user=run_as)
    port = _free_port()
    user = "namndklient"
    subprocess.run(
        _as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-U", user, "-A", "trust", "-E", "UTF8",
                         "--locale=C.UTF-8", "--no-sync"], run_as),
        check=True, capture_output=True,
    )
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {sockets} -c fsync=off"
    started = subprocess.run(
        _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "log"),
                         "-w", "-t", "60", "start"], run_as),
        capture_output=True, text=True,
    )
    if started.returncode != 0:
        log = (root / "log").read_text(errors="replace") if (root / "log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"PostgreSQL startade inte: {started.stderr}\n{log}")
    try:
        yield PostgresServer("127.0.0.1", port, user)
    finally:
        subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                                       run_as), capture_output=True)
        shutil.rmtree(root, ignore_errors=True)
