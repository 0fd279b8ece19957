"""OParl identity, cancelled meetings, stated end times, a meeting's own files, calendar sequences.

Revision ID: 0010_oparl_identity
Revises: 0005_exact_amounts

Written by hand; `test_migrations_create_exactly_the_models_tables_and_columns`
checks it against the models. Meetings and bodies read from OParl are found
again by their OParl `id`; the iCalendar export keeps a SEQUENCE per meeting.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_oparl_identity"
down_revision = "0005_exact_amounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN and unique indexes: a batch rebuild would drop and recreate `body` and `meeting`,
    # which the foreign keys of a database with meetings refuse.
    op.add_column("body", sa.Column("oparl_id", sa.String(length=500), nullable=True))
    op.create_index(op.f("ix_body_oparl_id"), "body", ["oparl_id"], unique=True)
    op.add_column("meeting", sa.Column("end_time", sa.Time(), nullable=True))
    op.add_column("meeting", sa.Column("oparl_id", sa.String(length=500), nullable=True))
    op.create_index(op.f("ix_meeting_oparl_id"), "meeting", ["oparl_id"], unique=True)
    op.create_table(
        "meeting_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"],
                                name=op.f("fk_meeting_document_document_id_document"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"],
                                name=op.f("fk_meeting_document_meeting_id_meeting"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_document")),
        sa.UniqueConstraint("meeting_id", "document_id", name=op.f("uq_meeting_document_meeting_id")),
    )
    with op.batch_alter_table("meeting_document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_document_meeting_id"), ["meeting_id"], unique=False)
    op.create_table(
        "calendar_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_key", sa.String(length=100), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_state")),
        sa.UniqueConstraint("meeting_key", name=op.f("uq_calendar_state_meeting_key")),
    )


def downgrade() -> None:
    op.drop_table("calendar_state")
    with op.batch_alter_table("meeting_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_document_meeting_id"))
    op.drop_table("meeting_document")
    op.drop_index(op.f("ix_meeting_oparl_id"), table_name="meeting")
    op.drop_column("meeting", "oparl_id")  # SQLite ≥ 3.35 drops a column in place
    op.drop_column("meeting", "end_time")
    op.drop_index(op.f("ix_body_oparl_id"), table_name="body")
    op.drop_column("body", "oparl_id")
