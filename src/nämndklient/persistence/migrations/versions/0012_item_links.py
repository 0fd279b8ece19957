"""Agenda items keep the dnr the agenda states and how their case was found; the member's own links.

Revision ID: 0012_item_links
Revises: 0004_kpi_directions

Written by hand; `test_migrations_create_exactly_the_models_tables_and_columns` checks it
against the models.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_item_links"
down_revision = "0004_kpi_directions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("dnr", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("case_link", sa.String(length=16), nullable=True))
        batch_op.create_index(batch_op.f("ix_agenda_item_dnr"), ["dnr"], unique=False)
    # Items linked before this version were linked by their dnr, the only rule there was.
    op.execute("UPDATE agenda_item SET case_link = 'dnr', "
               "dnr = (SELECT dnr FROM \"case\" WHERE \"case\".id = agenda_item.case_id) "
               "WHERE case_id IS NOT NULL")
    op.create_table(
        "personal_case_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.String(length=400), nullable=False),
        sa.Column("case_key", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personal_case_link")),
        sa.UniqueConstraint("item_key", name=op.f("uq_personal_case_link_item_key")),
    )


def downgrade() -> None:
    op.drop_table("personal_case_link")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_dnr"))
        batch_op.drop_column("case_link")
        batch_op.drop_column("dnr")
