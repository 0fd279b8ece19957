"""Freshness of published meetings: the highest version seen per meeting and publisher.

Revision ID: 0006_publication_freshness
Revises: 0010_oparl_identity

Written by hand (one new table); `test_migrations_create_exactly_the_models_tables_and_columns`
checks it against the models.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_publication_freshness"
down_revision = "0010_oparl_identity"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "publication",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_key", sa.String(length=100), nullable=False),
        sa.Column("publisher", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("signed", sa.Boolean(), nullable=False),
        sa.Column("confidential", sa.JSON(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_publication")),
        sa.UniqueConstraint("meeting_key", "publisher", "role", name=op.f("uq_publication_meeting_key")),
    )


def downgrade() -> None:
    op.drop_table("publication")
