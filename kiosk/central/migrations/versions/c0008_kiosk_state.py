"""What the central database knows of each kiosk (DESIGN.md, "Visible state"): the schema
it last said it has, when it last pushed and how many operations, and where its pull
cursor stands, so `sammen central status` can say how far behind it is.

Revision ID: c0008
Revises: c0007
"""

from alembic import op

from kiosk.central import earlier_revisions as earlier

revision = "c0008"
down_revision = "c0007"
branch_labels = None
depends_on = None

COLUMNS = r"""
SET LOCAL ROLE sammen_owner;
ALTER TABLE sammen.kiosk
    ADD COLUMN client_schema integer,
    ADD COLUMN last_push_at timestamptz,
    ADD COLUMN ops_pushed bigint NOT NULL DEFAULT 0,
    ADD COLUMN last_pull_at timestamptz,
    ADD COLUMN pulled_xid xid8,
    ADD COLUMN pulled_id bigint;
RESET ROLE;
"""


def _functions() -> list[str]:
    c0005, c0006, c0007 = (earlier.revision(n) for n in ("c0005", "c0006", "c0007"))
    return [
        earlier.edited(
            c0005.FUNCTIONS,
            "sync.hello",
            "UPDATE sammen.kiosk SET last_seen_at = now() WHERE id = me;",
            "UPDATE sammen.kiosk SET last_seen_at = now(), client_schema = hello.client_schema"
            " WHERE id = me;",
        ),
        earlier.edited(
            c0007.PUSH,
            "sync.push",
            "UPDATE sammen.kiosk SET last_seen_at = now() WHERE id = me;",
            "UPDATE sammen.kiosk SET last_seen_at = now(), last_push_at = now(),"
            " ops_pushed = ops_pushed + cardinality(answers) WHERE id = me;",
        ),
        earlier.edited(
            c0006.PULL,
            "sync.pull",
            "    IF max_rows IS NULL OR max_rows < 1 OR max_rows > 10000 THEN",
            "    -- Where this kiosk stands: all it had before this cursor is applied there.\n"
            "    UPDATE sammen.kiosk SET last_pull_at = now(), pulled_xid = after_xid,"
            " pulled_id = after_id WHERE role_name = session_user;\n"
            "    IF max_rows IS NULL OR max_rows < 1 OR max_rows > 10000 THEN",
        ),
    ]


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql(COLUMNS)
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    for function in _functions():
        bind.exec_driver_sql(function)
    bind.exec_driver_sql("RESET ROLE")


def downgrade() -> None:
    c0005, c0006, c0007 = (earlier.revision(n) for n in ("c0005", "c0006", "c0007"))
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(earlier.function(c0005.FUNCTIONS, "sync.hello"))
    bind.exec_driver_sql(earlier.function(c0007.PUSH, "sync.push"))
    bind.exec_driver_sql(earlier.function(c0006.PULL, "sync.pull"))
    for column in (
        "client_schema",
        "last_push_at",
        "ops_pushed",
        "last_pull_at",
        "pulled_xid",
        "pulled_id",
    ):
        bind.exec_driver_sql(f"ALTER TABLE sammen.kiosk DROP COLUMN {column}")
    bind.exec_driver_sql("RESET ROLE")
