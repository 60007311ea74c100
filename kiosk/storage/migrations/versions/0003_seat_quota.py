"""Seat quotas lent by the central database for offline promises; an index on when a
date ends (the home screen asks for what is not over yet).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "seat_quota",
        sa.Column("occurrence_id", sa.Uuid(), nullable=False),
        sa.Column("granted_total", sa.Integer(), nullable=False),
        sa.Column("used_total", sa.Integer(), nullable=False),
        sa.Column("returned_total", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("occurrence_id", name=op.f("pk_seat_quota")),
    )
    with op.batch_alter_table("occurrence") as batch_op:
        batch_op.create_index("ix_occurrence_ends_at", ["ends_at"], unique=False)
    op.execute("PRAGMA user_version = 3")


def downgrade() -> None:
    with op.batch_alter_table("occurrence") as batch_op:
        batch_op.drop_index("ix_occurrence_ends_at")
    op.drop_table("seat_quota")
    op.execute("PRAGMA user_version = 2")
