"""KPI values as exact decimal text: Kolada's 31.32959689 is no longer rounded to 31.3296.

Revision ID: 0011_kolada
Revises: 0012_item_links

Written by hand. SQLite's NUMERIC affinity turns any number-like text into a
float, so the column becomes TEXT; values already stored (at most four
decimals) are copied as their text. `test_migrations_create_exactly_the_models_tables_and_columns`
checks it against the models.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_kolada"
down_revision = "0012_item_links"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("kpi_value", schema=None) as batch_op:
        batch_op.alter_column("value", existing_type=sa.Numeric(18, 4), type_=sa.String(64),
                              existing_nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("kpi_value", schema=None) as batch_op:
        batch_op.alter_column("value", existing_type=sa.String(64), type_=sa.Numeric(18, 4),
                              existing_nullable=True)
