"""Initial schema: published material, the member's own tables and the search index.

Revision ID: 0001_initial
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

# The search index: one row per searchable thing in `search_entry`, mirrored by
# triggers into two FTS5 indexes. `search_folded` ignores diacritics so that
# "sjukvard" finds "sjukvård"; `search_exact` keeps them, so that a query typed
# with å, ä, ö is not widened ("får" is not "far") and exact hits rank first.
_ENTRY_COLUMNS = """
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    meeting_key TEXT,
    body_code TEXT,
    year INTEGER,
    date TEXT
"""
SEARCH_ENTRY_GENERIC = (
    f"CREATE TABLE search_entry ({_ENTRY_COLUMNS.replace('INTEGER PRIMARY KEY', 'SERIAL PRIMARY KEY')})"
)
SEARCH_INDEX_SQLITE = [
    f"CREATE TABLE search_entry ({_ENTRY_COLUMNS})",
    "CREATE INDEX ix_search_entry_kind ON search_entry(kind)",
    "CREATE VIRTUAL TABLE search_folded USING fts5(title, body, content='search_entry', content_rowid='id', "
    "tokenize=\"unicode61 remove_diacritics 2\", prefix='2 3')",
    "CREATE VIRTUAL TABLE search_exact USING fts5(title, body, content='search_entry', content_rowid='id', "
    "tokenize=\"unicode61 remove_diacritics 0\", prefix='2 3')",
    """CREATE TRIGGER search_entry_ai AFTER INSERT ON search_entry BEGIN
        INSERT INTO search_folded(rowid, title, body) VALUES (new.id, new.title, new.body);
        INSERT INTO search_exact(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
    """CREATE TRIGGER search_entry_ad AFTER DELETE ON search_entry BEGIN
        INSERT INTO search_folded(search_folded, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO search_exact(search_exact, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    END""",
    """CREATE TRIGGER search_entry_au AFTER UPDATE ON search_entry BEGIN
        INSERT INTO search_folded(search_folded, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO search_exact(search_exact, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO search_folded(rowid, title, body) VALUES (new.id, new.title, new.body);
        INSERT INTO search_exact(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
]


def upgrade() -> None:
    _create_tables()
    if op.get_bind().dialect.name == "sqlite":
        for statement in SEARCH_INDEX_SQLITE:
            op.execute(statement)
    else:
        op.execute(SEARCH_ENTRY_GENERIC)


def _create_tables() -> None:
    op.create_table(
        "body",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_body")),
        sa.UniqueConstraint("code", name=op.f("uq_body_code")),
    )
    op.create_table(
        "goal_area",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("political_direction", sa.Text(), nullable=True),
        sa.Column("order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_area")),
        sa.UniqueConstraint("name", name=op.f("uq_goal_area_name")),
    )
    op.create_table(
        "kolada_mapping",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kolada_id", sa.String(length=20), nullable=False),
        sa.Column("kpi_name", sa.String(length=500), nullable=False),
        sa.Column("invert", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kolada_mapping")),
        sa.UniqueConstraint("kolada_id", name=op.f("uq_kolada_mapping_kolada_id")),
    )
    op.create_table(
        "personal_assignment_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assignment_key", sa.String(length=400), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personal_assignment_status")),
        sa.UniqueConstraint("assignment_key", name=op.f("uq_personal_assignment_status_assignment_key")),
    )
    op.create_table(
        "personal_flag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_kind", sa.String(length=20), nullable=False),
        sa.Column("target_key", sa.String(length=400), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personal_flag")),
        sa.UniqueConstraint("target_kind", "target_key", name=op.f("uq_personal_flag_target_kind")),
    )
    op.create_table(
        "personal_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_kind", sa.String(length=20), nullable=False),
        sa.Column("target_key", sa.String(length=400), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personal_note")),
    )
    with op.batch_alter_table("personal_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_personal_note_target_key"), ["target_key"], unique=False)

    op.create_table(
        "personal_read_mark",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_kind", sa.String(length=20), nullable=False),
        sa.Column("target_key", sa.String(length=400), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personal_read_mark")),
        sa.UniqueConstraint("target_kind", "target_key", name=op.f("uq_personal_read_mark_target_kind")),
    )
    op.create_table(
        "source_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_file")),
        sa.UniqueConstraint("key", name=op.f("uq_source_file_key")),
    )
    op.create_table(
        "assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_area_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=False),
        sa.Column("responsible", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("status_date", sa.Date(), nullable=True),
        sa.Column("status_comment", sa.Text(), nullable=True),
        sa.Column("order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_area_id"], ["goal_area.id"], name=op.f("fk_assignment_goal_area_id_goal_area")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment")),
    )
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assignment_goal_area_id"), ["goal_area_id"], unique=False)

    op.create_table(
        "budget_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table", sa.String(length=200), nullable=False),
        sa.Column("area", sa.String(length=300), nullable=False),
        sa.Column("category", sa.String(length=200), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=True),
        sa.Column("scenario", sa.String(length=16), nullable=False),
        sa.Column("amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("is_total", sa.Boolean(), nullable=False),
        sa.Column("order", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["source_id"], ["source_file.id"], name=op.f("fk_budget_line_source_id_source_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_line")),
    )
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_budget_line_table"), ["table"], unique=False)

    op.create_table(
        "case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("dnr", sa.String(length=64), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["body_id"], ["body.id"], name=op.f("fk_case_body_id_body")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case")),
        sa.UniqueConstraint("key", name=op.f("uq_case_key")),
    )
    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_dnr"), ["dnr"], unique=False)

    op.create_table(
        "investment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_name", sa.String(length=300), nullable=False),
        sa.Column("object_name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("order", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["source_id"], ["source_file.id"], name=op.f("fk_investment_source_id_source_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_investment")),
    )
    op.create_table(
        "kpi",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_area_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("horizon", sa.String(length=20), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=False),
        sa.Column("target", sa.Numeric(precision=18, scale=4), nullable=True),
        sa.Column("unit", sa.String(length=20), nullable=True),
        sa.Column("direction", sa.String(length=20), nullable=True),
        sa.Column("baseline", sa.String(length=40), nullable=True),
        sa.Column("order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_area_id"], ["goal_area.id"], name=op.f("fk_kpi_goal_area_id_goal_area")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi")),
        sa.UniqueConstraint("goal_area_id", "horizon", "name", name=op.f("uq_kpi_goal_area_id")),
    )
    with op.batch_alter_table("kpi", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kpi_goal_area_id"), ["goal_area_id"], unique=False)

    op.create_table(
        "measure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measure_type", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("consequence", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("order", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["source_id"], ["source_file.id"], name=op.f("fk_measure_source_id_source_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure")),
    )
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("participants", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["body_id"], ["body.id"], name=op.f("fk_meeting_body_id_body")),
        sa.ForeignKeyConstraint(
            ["source_id"], ["source_file.id"], name=op.f("fk_meeting_source_id_source_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        sa.UniqueConstraint("key", name=op.f("uq_meeting_key")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_body_id"), ["body_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_start"), ["start"], unique=False)

    op.create_table(
        "number_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table", sa.String(length=200), nullable=False),
        sa.Column("row", sa.String(length=300), nullable=False),
        sa.Column("column", sa.String(length=200), nullable=False),
        sa.Column("stated", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("computed", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("tolerance", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("agrees", sa.Boolean(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["source_id"], ["source_file.id"], name=op.f("fk_number_check_source_id_source_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_number_check")),
    )
    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=400), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("order", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=True),
        sa.Column("presenters", sa.JSON(), nullable=False),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_agenda_item_case_id_case")),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_agenda_item_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
        sa.UniqueConstraint("key", name=op.f("uq_agenda_item_key")),
        sa.UniqueConstraint("meeting_id", "order", name=op.f("uq_agenda_item_meeting_id")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agenda_item_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_document_case_id_case")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
        sa.UniqueConstraint("key", name=op.f("uq_document_key")),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_case_id"), ["case_id"], unique=False)

    op.create_table(
        "kpi_commentary",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kpi_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["kpi_id"], ["kpi.id"], name=op.f("fk_kpi_commentary_kpi_id_kpi"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_commentary")),
        sa.UniqueConstraint("kpi_id", "period", name=op.f("uq_kpi_commentary_kpi_id")),
    )
    with op.batch_alter_table("kpi_commentary", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kpi_commentary_kpi_id"), ["kpi_id"], unique=False)

    op.create_table(
        "kpi_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kpi_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("value", sa.Numeric(precision=18, scale=4), nullable=True),
        sa.Column("gender", sa.String(length=1), nullable=False),
        sa.Column("scope", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["kpi_id"], ["kpi.id"], name=op.f("fk_kpi_value_kpi_id_kpi"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_value")),
        sa.UniqueConstraint("kpi_id", "period", "gender", "scope", "kind", name=op.f("uq_kpi_value_kpi_id")),
    )
    with op.batch_alter_table("kpi_value", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kpi_value_kpi_id"), ["kpi_id"], unique=False)

    op.create_table(
        "measure_effect",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
            name=op.f("fk_measure_effect_measure_id_measure"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure_effect")),
    )
    with op.batch_alter_table("measure_effect", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_measure_effect_measure_id"), ["measure_id"], unique=False)

    op.create_table(
        "document_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_document_version_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_version")),
        sa.UniqueConstraint("document_id", "version", name=op.f("uq_document_version_document_id")),
    )
    with op.batch_alter_table("document_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_version_document_id"), ["document_id"], unique=False)

    op.create_table(
        "item_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_item_document_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["agenda_item.id"],
            name=op.f("fk_item_document_item_id_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_document")),
    )
    with op.batch_alter_table("item_document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_item_document_item_id"), ["item_id"], unique=False)


def downgrade() -> None:
    for name in ("search_exact", "search_folded", "search_entry"):
        op.execute(f"DROP TABLE IF EXISTS {name}")
    with op.batch_alter_table("item_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_document_item_id"))

    op.drop_table("item_document")
    with op.batch_alter_table("document_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_version_document_id"))

    op.drop_table("document_version")
    with op.batch_alter_table("measure_effect", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measure_effect_measure_id"))

    op.drop_table("measure_effect")
    with op.batch_alter_table("kpi_value", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kpi_value_kpi_id"))

    op.drop_table("kpi_value")
    with op.batch_alter_table("kpi_commentary", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kpi_commentary_kpi_id"))

    op.drop_table("kpi_commentary")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_case_id"))

    op.drop_table("document")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_agenda_item_case_id"))

    op.drop_table("agenda_item")
    op.drop_table("number_check")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_start"))
        batch_op.drop_index(batch_op.f("ix_meeting_body_id"))

    op.drop_table("meeting")
    op.drop_table("measure")
    with op.batch_alter_table("kpi", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kpi_goal_area_id"))

    op.drop_table("kpi")
    op.drop_table("investment")
    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_dnr"))

    op.drop_table("case")
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_line_table"))

    op.drop_table("budget_line")
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assignment_goal_area_id"))

    op.drop_table("assignment")
    op.drop_table("source_file")
    op.drop_table("personal_read_mark")
    with op.batch_alter_table("personal_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_personal_note_target_key"))

    op.drop_table("personal_note")
    op.drop_table("personal_flag")
    op.drop_table("personal_assignment_status")
    op.drop_table("kolada_mapping")
    op.drop_table("goal_area")
    op.drop_table("body")
