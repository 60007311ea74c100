"""The change log keeps each row as `json` text, not `jsonb`.

Nothing on the server looks inside a logged row on the way through: the trigger writes
it and the pull hands it on as text. `jsonb` paid twice for a structure nobody used: the
trigger built it (sorting every row's keys) and the pull printed it back to text. For
12,002 logged rows, printing took 4.1 µs a row as `jsonb` against 1.9 µs as `json`
(PostgreSQL 18, this machine); `to_json` of 500 sign-ups took 1.7 ms against 2.5 ms for
`to_jsonb`. The text the kiosk reads is the same JSON, without the spaces `jsonb` adds.

What reads inside a logged row still can: `->>` reads `json` too, the retention purge
casts to `jsonb` where it edits one, and `sync.pull` (the page as one document, for a
kiosk one version behind) builds `jsonb` from it as before.

Revision ID: c0020
Revises: c0019
"""

from alembic import op

from kiosk.central import earlier_revisions as earlier

revision = "c0020"
down_revision = "c0019"
branch_labels = None
depends_on = None

ROW_OLD = "to_jsonb(n)"
ROW_NEW = "to_json(n)"
DELETED_OLD = "jsonb_build_object('deleted', true, 'id', o.id)"
DELETED_NEW = "json_build_object('deleted', true, 'id', o.id)"


def _log_changes() -> str:
    return earlier.function(earlier.revision("c0010").UPGRADE, "sammen.log_changes")


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(
        "ALTER TABLE sammen.change_log ALTER COLUMN row_data TYPE json USING row_data::json"
    )
    bind.exec_driver_sql(
        earlier.replaced(_log_changes(), [(ROW_OLD, ROW_NEW), (DELETED_OLD, DELETED_NEW)])
    )
    bind.exec_driver_sql("RESET ROLE")


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(_log_changes())
    bind.exec_driver_sql(
        "ALTER TABLE sammen.change_log ALTER COLUMN row_data TYPE jsonb USING row_data::jsonb"
    )
    bind.exec_driver_sql("RESET ROLE")
