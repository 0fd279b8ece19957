"""Confidential items expire: the day their content was removed, so the record can say so.

Revision ID: 0003_confidential_expiry
Revises: 0002_publishing

Written by hand (one nullable column); `test_migrations_create_exactly_the_models_tables_and_columns`
checks it against the models.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_confidential_expiry"
down_revision = "0002_publishing"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("expired_at", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_column("expired_at")
