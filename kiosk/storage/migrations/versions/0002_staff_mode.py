"""Staff mode: staff users, the PIN guard, the audit log; series, attendance, purging.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

import kiosk.storage.models

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TIME = kiosk.storage.models.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "staff_user",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("created_at", _TIME(), nullable=False),
        sa.Column("removed_at", _TIME(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_user")),
    )
    op.create_table(
        "pin_guard",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("lockouts", sa.Integer(), nullable=False),
        sa.Column("locked_until", _TIME(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pin_guard")),
    )
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", _TIME(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("staff_name", sa.String(length=60), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event") as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_at"), ["at"], unique=False)
    with op.batch_alter_table("activity") as batch_op:
        batch_op.add_column(sa.Column("cancelled_at", _TIME(), nullable=True))
        batch_op.add_column(
            sa.Column("series_weekdays", sa.String(length=7), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("series_start", sa.String(length=5), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("series_minutes", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("series_from", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("series_until", sa.Date(), nullable=True))
    with op.batch_alter_table("occurrence") as batch_op:
        batch_op.add_column(sa.Column("detached", sa.Boolean(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("series_slot", _TIME(), nullable=True))
    with op.batch_alter_table("signup") as batch_op:
        batch_op.add_column(sa.Column("attended_at", _TIME(), nullable=True))
        batch_op.add_column(sa.Column("purged_at", _TIME(), nullable=True))
    op.execute("PRAGMA user_version = 2")


def downgrade() -> None:
    with op.batch_alter_table("signup") as batch_op:
        batch_op.drop_column("purged_at")
        batch_op.drop_column("attended_at")
    with op.batch_alter_table("occurrence") as batch_op:
        batch_op.drop_column("series_slot")
        batch_op.drop_column("detached")
    with op.batch_alter_table("activity") as batch_op:
        for column in (
            "series_until",
            "series_from",
            "series_minutes",
            "series_start",
            "series_weekdays",
            "cancelled_at",
        ):
            batch_op.drop_column(column)
    op.drop_table("audit_event")
    op.drop_table("pin_guard")
    op.drop_table("staff_user")
    op.execute("PRAGMA user_version = 1")
