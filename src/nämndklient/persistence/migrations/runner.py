"""Run Alembic from inside the application, on a connection we already hold."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

SCRIPT_LOCATION = Path(__file__).resolve().parent


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION))
    return cfg


def upgrade_to_head(engine: Engine) -> None:
    """Upgrade with SQLite's foreign keys off, checked after: a batch migration rebuilds a table by
    dropping it, and with the keys on that drop would cascade into its children (KPI values, measure
    effects, attachments) and delete them."""
    cfg = alembic_config()
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # takes effect only outside a transaction
            connection.commit()
        with connection.begin():
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
            if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                raise RuntimeError("Uppgraderingen lämnade rader utan sina föräldrarader; den ångrades.")
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
