"""Amounts as exact decimal text instead of SQLite REALs; source files found by their hash.

Revision ID: 0005_exact_amounts
Revises: 0012_item_links

`Numeric` on SQLite is a floating-point column: 20-digit figures came back
rounded. Every amount column becomes `ExactDecimal` (VARCHAR holding the
canonical decimal text, see `persistence.types`). Existing values are converted
through SQLite's own REAL-to-text cast, which writes 15 significant digits: the
figure the document stated, for every figure a float could hold. Written by
hand; `test_migrations_create_exactly_the_models_tables_and_columns` checks it
against the models.
"""

from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision = "0005_exact_amounts"
down_revision = "0012_item_links"
branch_labels = None
depends_on = None

COLUMNS: dict[str, tuple[tuple[str, bool], ...]] = {  # table: (column, nullable)
    "budget_line": (("amount", False),),
    "measure_effect": (("amount", False),),
    "investment": (("amount", False),),
    "kpi": (("target", True),),
    "kpi_value": (("value", True),),
    "number_check": (("stated", False), ("computed", False), ("tolerance", False)),
}
TEXT = sa.String(40)
NUMERIC = sa.Numeric(precision=18, scale=4)


def _canonical(text: str) -> str:
    """SQLite's cast may write `1.0e+17`: the positional text of the same number."""
    d = Decimal(text)
    return "0" if d.is_zero() else f"{d:f}"


def upgrade() -> None:
    # A document is recognised by its content under any file name: look it up by hash.
    op.create_index("ix_source_file_sha256", "source_file", ["sha256"])
    con = op.get_bind()
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column, nullable in columns:
                batch_op.alter_column(column, existing_type=NUMERIC, type_=TEXT, existing_nullable=nullable,
                                      postgresql_using=f"{column}::text")
        for column, _ in columns:
            rows = con.execute(sa.text(f'SELECT id, "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL'))
            for row_id, value in rows.fetchall():
                fixed = _canonical(str(value))
                if fixed != value:
                    con.execute(sa.text(f'UPDATE "{table}" SET "{column}" = :v WHERE id = :id'),
                                {"v": fixed, "id": row_id})


def downgrade() -> None:
    op.drop_index("ix_source_file_sha256", table_name="source_file")
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column, nullable in columns:
                batch_op.alter_column(column, existing_type=TEXT, type_=NUMERIC, existing_nullable=nullable,
                                      postgresql_using=f"{column}::numeric")
