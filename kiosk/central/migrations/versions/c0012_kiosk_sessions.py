"""Kiosks hold their connection from one sync cycle to the next (a new connection is a new
server process that loads its catalogue and compiles every sync function again: ≈ 12 ms
of server time for a cycle against ≈ 1.6 ms on a held one). A kiosk gone dark must not
hold a server process for ever: the kiosk roles made before this end their sessions
after ten idle minutes, as `add-kiosk` now sets for new ones.

Revision ID: c0012
Revises: c0011
"""

from alembic import op

# As it was when this revision was written (a migration does not follow later changes
# of provision.KIOSK_IDLE_SESSION, which add-kiosk uses for new kiosks).
KIOSK_IDLE_SESSION = "10min"

revision = "c0012"
down_revision = "c0011"
branch_labels = None
depends_on = None

EACH_KIOSK = r"""
DO $$
DECLARE
    r name;
BEGIN
    FOR r IN SELECT role_name FROM sammen.kiosk LOOP
        EXECUTE 'ALTER ROLE ' || quote_ident(r) || ' {}';
    END LOOP;
END $$;
"""


def upgrade() -> None:
    setting = f"SET idle_session_timeout = ''{KIOSK_IDLE_SESSION}''"
    op.get_bind().exec_driver_sql(EACH_KIOSK.replace("{}", setting))


def downgrade() -> None:
    op.get_bind().exec_driver_sql(EACH_KIOSK.replace("{}", "RESET idle_session_timeout"))
