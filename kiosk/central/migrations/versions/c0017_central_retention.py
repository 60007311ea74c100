"""Retention on the central database too (DESIGN.md, "Security": personal data on
sign-ups is purged a configurable time after the occurrence; counts for reports stay).

Until now only each kiosk wiped its own copy, and the central database kept every name
and phone number for good, in the sign-up and in its change-log rows. A purged sign-up
keeps its row, status, party size and booking code, with an empty name, no phone, no
"company or a ride" and the time it was purged; the checks say exactly that. The purge
itself is `sammen central --url … purge-personal-data --keep-days N` (provision.py),
which an administrator runs from a daily timer.

Revision ID: c0017
Revises: c0016
"""

from alembic import op

revision = "c0017"
down_revision = "c0016"
branch_labels = None
depends_on = None

UPGRADE = r"""
ALTER TABLE sammen.signup ADD COLUMN purged_at timestamptz;
ALTER TABLE sammen.signup
    DROP CONSTRAINT signup_display_name_check,
    ADD CONSTRAINT signup_display_name_check CHECK (
        CASE WHEN purged_at IS NULL THEN length(display_name) BETWEEN 1 AND 60
             ELSE display_name = '' AND phone IS NULL AND NOT needs_help END);
"""

# Down again, a purged row keeps no name to put back: it gets a stand-in the old check
# accepts, and the column goes. The stand-in is written as whoever migrates, not as the
# owner: the owner is held to row-level security (FORCE), and for a superuser (a member
# of every role, the kiosks' too) the policy shows no row, so nothing was written and
# the old check then refused the table.
DOWNGRADE_CHECK = "ALTER TABLE sammen.signup DROP CONSTRAINT signup_display_name_check"
DOWNGRADE_STAND_IN = "UPDATE sammen.signup SET display_name = '–' WHERE purged_at IS NOT NULL"
DOWNGRADE = r"""
ALTER TABLE sammen.signup
    ADD CONSTRAINT signup_display_name_check CHECK (length(display_name) BETWEEN 1 AND 60),
    DROP COLUMN purged_at;
"""


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(UPGRADE)
    bind.exec_driver_sql("RESET ROLE")


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(DOWNGRADE_CHECK)
    bind.exec_driver_sql("RESET ROLE")
    bind.exec_driver_sql(DOWNGRADE_STAND_IN)
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(DOWNGRADE)
    bind.exec_driver_sql("RESET ROLE")
