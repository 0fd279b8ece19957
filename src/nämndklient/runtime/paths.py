"""Where the application keeps its files, per platform (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

APP = "namndklient"
ENV_DB = "NAMNDKLIENT_DB"


def data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP, appauthor=False, ensure_exists=False)


def log_dir() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP, appauthor=False, ensure_exists=False)


def default_database() -> str:
    """`--db` wins, then NAMNDKLIENT_DB, then the platform's user data directory."""
    return os.environ.get(ENV_DB) or str(data_dir() / "namndklient.sqlite")
