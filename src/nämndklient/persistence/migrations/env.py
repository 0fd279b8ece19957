"""Alembic environment: always handed a live connection by `runner.upgrade_to_head`."""

from alembic import context

from nämndklient.persistence.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when run as a stand-alone alembic CLI
    raise SystemExit("Kör migreringar via nämndklient (databasen uppgraderas när den öppnas).")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
