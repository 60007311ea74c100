"""Initial schema: site, kiosk, activity, occurrence, sign-up, outbox.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

import kiosk.storage.models

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outbox_op",
        sa.Column("op_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", kiosk.storage.models.UTCDateTime(), nullable=False),
        sa.Column("sent_at", kiosk.storage.models.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_outbox_op")),
        sa.UniqueConstraint("seq", name=op.f("uq_outbox_op_seq")),
    )
    op.create_table(
        "site",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site")),
    )
    op.create_table(
        "activity",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "games",
                "exercise",
                "health",
                "crafts",
                "music",
                "digital",
                "food",
                "culture",
                "language",
                name="category",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("place", sa.String(length=120), nullable=False),
        sa.Column("host", sa.String(length=120), nullable=False),
        sa.Column("contact_name", sa.String(length=120), nullable=False),
        sa.Column("contact_phone", sa.String(length=20), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("sensitive", sa.Boolean(), nullable=False),
        sa.Column("accessibility", sa.Text(), nullable=False),
        sa.Column("signup_closes_minutes", sa.Integer(), nullable=True),
        sa.Column("wants_volunteers", sa.Boolean(), nullable=False),
        sa.CheckConstraint("capacity >= 0", name=op.f("ck_activity_capacity_not_negative")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_activity_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_site_id"), ["site_id"], unique=False)

    op.create_table(
        "kiosk",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("is_self", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_kiosk_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kiosk")),
    )
    op.create_table(
        "occurrence",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("starts_at", kiosk.storage.models.UTCDateTime(), nullable=False),
        sa.Column("ends_at", kiosk.storage.models.UTCDateTime(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "scheduled", "cancelled", name="occurrencestatus", native_enum=False, length=20
            ),
            nullable=False,
        ),
        sa.Column("seats_taken", sa.Integer(), nullable=False),
        sa.CheckConstraint("ends_at >= starts_at", name=op.f("ck_occurrence_ends_after_start")),
        sa.CheckConstraint(
            "seats_taken >= 0 AND seats_taken <= capacity", name=op.f("ck_occurrence_seats_within")
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"], name=op.f("fk_occurrence_activity_id_activity")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_occurrence")),
    )
    with op.batch_alter_table("occurrence", schema=None) as batch_op:
        batch_op.create_index("ix_occurrence_activity_id", ["activity_id"], unique=False)
        batch_op.create_index("ix_occurrence_starts_at", ["starts_at"], unique=False)

    op.create_table(
        "signup",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("occurrence_id", sa.Uuid(), nullable=False),
        sa.Column("display_name", sa.String(length=60), nullable=False),
        sa.Column("name_key", sa.String(length=240), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("party_size", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "confirmed",
                "pending",
                "waitlisted",
                "cancelled",
                name="signupstatus",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("queue_number", sa.Integer(), nullable=False),
        sa.Column("booking_code", sa.String(length=6), nullable=False),
        sa.Column("origin_kiosk_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", kiosk.storage.models.UTCDateTime(), nullable=False),
        sa.Column("cancelled_at", kiosk.storage.models.UTCDateTime(), nullable=True),
        sa.CheckConstraint(
            "party_size >= 1 AND party_size <= 4", name=op.f("ck_signup_party_size_range")
        ),
        sa.ForeignKeyConstraint(
            ["occurrence_id"], ["occurrence.id"], name=op.f("fk_signup_occurrence_id_occurrence")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signup")),
        sa.UniqueConstraint("booking_code", name=op.f("uq_signup_booking_code")),
    )
    with op.batch_alter_table("signup", schema=None) as batch_op:
        batch_op.create_index(
            "ix_signup_occurrence_status", ["occurrence_id", "status", "queue_number"], unique=False
        )

    # Backstop against the same person twice on one occurrence (expression index).
    op.execute(
        "CREATE UNIQUE INDEX uq_signup_person ON signup "
        "(occurrence_id, name_key, coalesce(phone, '')) WHERE status != 'cancelled'"
    )
    # The fast start-up path reads this instead of loading Alembic.
    op.execute("PRAGMA user_version = 1")


def downgrade() -> None:
    op.execute("DROP INDEX uq_signup_person")
    with op.batch_alter_table("signup", schema=None) as batch_op:
        batch_op.drop_index("ix_signup_occurrence_status")

    op.drop_table("signup")
    with op.batch_alter_table("occurrence", schema=None) as batch_op:
        batch_op.drop_index("ix_occurrence_starts_at")
        batch_op.drop_index("ix_occurrence_activity_id")

    op.drop_table("occurrence")
    op.drop_table("kiosk")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_site_id"))

    op.drop_table("activity")
    op.drop_table("site")
    op.drop_table("outbox_op")
    op.execute("PRAGMA user_version = 0")
