"""KPI directions: the document's words for them, a stated target comparison, and directions set by a person.

Revision ID: 0004_kpi_directions
Revises: 0003_confidential_expiry

Written by hand; `test_migrations_create_exactly_the_models_tables_and_columns` checks it
against the models. `personal_kpi_direction` is personal: imports never write it.
A direction already stored was read from the KPI's name by the same two rules as
today's first two, so its phrase is found again in the name (`_backfill`, with the rules
frozen here so that a later importer cannot change what this migration did).
"""

import re

import sqlalchemy as sa
from alembic import op

_PHRASES = (
    re.compile(r"\((?:öka|ökning|minska|minskning)(?:\s+jämfört med\s+[^)]+?)?\)", re.IGNORECASE),
    re.compile(r"\(målet är att ha en (?:lägre|högre|mindre|större)[^)]*\)", re.IGNORECASE),
)

revision = "0004_kpi_directions"
down_revision = "0003_confidential_expiry"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("kpi", schema=None) as batch_op:
        batch_op.add_column(sa.Column("direction_phrase", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("target_comparison", sa.String(length=20), nullable=True))
    op.create_table(
        "personal_kpi_direction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kpi_name", sa.String(length=500), nullable=False),
        sa.Column("direction", sa.String(length=20), nullable=False),
        sa.Column("set_by", sa.String(length=200), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personal_kpi_direction")),
        sa.UniqueConstraint("kpi_name", name=op.f("uq_personal_kpi_direction_kpi_name")),
    )
    _backfill()


def _backfill() -> None:
    con = op.get_bind()
    rows = con.execute(sa.text("SELECT id, name FROM kpi WHERE direction IS NOT NULL")).all()
    for kpi_id, name in rows:
        found = next((m[0] for rule in _PHRASES if (m := rule.search(name))), None)
        if found:
            con.execute(sa.text("UPDATE kpi SET direction_phrase = :p WHERE id = :i"), {"p": found, "i": kpi_id})


def downgrade() -> None:
    op.drop_table("personal_kpi_direction")
    with op.batch_alter_table("kpi", schema=None) as batch_op:
        batch_op.drop_column("target_comparison")
        batch_op.drop_column("direction_phrase")
