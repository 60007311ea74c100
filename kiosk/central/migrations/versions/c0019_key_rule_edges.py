"""The edges of c0018's key rules, found reading it again:

- A delete of dates that deletes none was refused outside READ COMMITTED: the statement
  trigger fires for no rows too, and asked for the isolation level first. Nothing is
  checked now when nothing was deleted.
- TRUNCATE got past the rules: it fires no row or delete trigger, and the foreign keys
  that used to refuse it are gone. A date or kiosk table is not truncated now, as a
  table others name by foreign key is not.
- A request with no date passed the batch's check (count(DISTINCT) leaves NULLs out),
  the batch was written and then undone by the "only partly made" guard. Such a batch
  now goes the one-by-one way from the start, as every batch that is not all plain does.
- The unique (id, site_id) keys of dates and kiosks were there for the composite foreign
  keys c0018 replaced; nothing uses them, and each insert kept them up to date.

Revision ID: c0019
Revises: c0018
"""

from alembic import op

from kiosk.central import earlier_revisions as earlier

revision = "c0019"
down_revision = "c0018"
branch_labels = None
depends_on = None

UPGRADE = r"""
ALTER TABLE sammen.occurrence DROP CONSTRAINT occurrence_id_site_key;
ALTER TABLE sammen.kiosk DROP CONSTRAINT kiosk_id_site_key;
CREATE TRIGGER occurrence_not_truncated BEFORE TRUNCATE ON sammen.occurrence
    FOR EACH STATEMENT EXECUTE FUNCTION sammen.keys_stay();
CREATE TRIGGER kiosk_not_truncated BEFORE TRUNCATE ON sammen.kiosk
    FOR EACH STATEMENT EXECUTE FUNCTION sammen.keys_stay();
"""

DOWNGRADE = r"""
DROP TRIGGER kiosk_not_truncated ON sammen.kiosk;
DROP TRIGGER occurrence_not_truncated ON sammen.occurrence;
ALTER TABLE sammen.kiosk ADD CONSTRAINT kiosk_id_site_key UNIQUE (id, site_id);
ALTER TABLE sammen.occurrence ADD CONSTRAINT occurrence_id_site_key UNIQUE (id, site_id);
"""

KEYS_STAY_OLD = """    IF TG_OP = 'DELETE' THEN"""
KEYS_STAY_NEW = """    IF TG_OP = 'TRUNCATE' THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
            MESSAGE = 'other rows name the rows of ' || TG_TABLE_NAME || ': not truncated';
    END IF;
    IF TG_OP = 'DELETE' THEN"""

KEEP_OLD = """BEGIN
    -- A sign-up made meanwhile held its date FOR KEY SHARE"""
KEEP_NEW = """BEGIN
    IF NOT EXISTS (SELECT 1 FROM old_rows) THEN
        RETURN NULL;  -- nothing deleted, nothing to check
    END IF;
    -- A sign-up made meanwhile held its date FOR KEY SHARE"""

FINE_OLD = """                             AND NOT coalesce(p.quota, false), false)),"""
FINE_NEW = """                             AND p.occurrence_id IS NOT NULL
                             AND NOT coalesce(p.quota, false), false)),"""


def _functions() -> list[str]:
    c0018 = earlier.revision("c0018")
    push = c0018._push_signups()
    assert push.count(FINE_OLD) == 1
    return [
        earlier.edited(c0018.UPGRADE, "sammen.keys_stay", KEYS_STAY_OLD, KEYS_STAY_NEW),
        earlier.edited(c0018.UPGRADE, "sammen.occurrence_keep_signups", KEEP_OLD, KEEP_NEW),
        push.replace(FINE_OLD, FINE_NEW),
    ]


def _functions_before() -> list[str]:
    c0018 = earlier.revision("c0018")
    return [
        earlier.function(c0018.UPGRADE, "sammen.keys_stay"),
        earlier.function(c0018.UPGRADE, "sammen.occurrence_keep_signups"),
        c0018._push_signups(),
    ]


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    for function in _functions():
        bind.exec_driver_sql(function)
    bind.exec_driver_sql(UPGRADE)
    bind.exec_driver_sql("RESET ROLE")


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(DOWNGRADE)
    for function in _functions_before():
        bind.exec_driver_sql(function)
    bind.exec_driver_sql("RESET ROLE")
