"""A sign-up says whether the person would like company or a ride there (DESIGN.md,
"Sign-up"): staff see it on the list and arrange it.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ALTER TABLE, not Alembic's batch mode: that copies the table through
    # reflection, which drops the expression index uq_signup_person.
    op.add_column(
        "signup",
        sa.Column("needs_help", sa.Boolean(), nullable=False, server_default=sa.text("0")),
    )
    op.execute("PRAGMA user_version = 4")


def downgrade() -> None:
    op.drop_column("signup", "needs_help")  # SQLite 3.35+ drops a plain column in place
    op.execute("PRAGMA user_version = 3")
