"""Bootstrap and forced resync (DESIGN.md, "Sync protocol").

The change log can now be pruned (`sammen central prune-log`), and a database restored
from a backup gets a new generation (`sammen central new-generation`). `sync.hello`
tells a kiosk both, and a kiosk whose cursor is older than the oldest change still kept,
or from another generation, or that has never synced, reads the site's rows as they are
(`sync.snapshot`, page by page in one REPEATABLE READ transaction) and goes on pulling
from the cursor `sync.snapshot_cursor` gives for that same snapshot.

Revision ID: c0011
Revises: c0010
"""

from alembic import op

from kiosk.central import earlier_revisions as earlier

revision = "c0011"
down_revision = "c0010"
branch_labels = None
depends_on = None

UPGRADE = r"""
SET LOCAL ROLE sammen_owner;
-- One row: which life of this database kiosks are following, and the oldest cursor
-- whose changes are all still in the log.
CREATE TABLE sammen.sync_meta (
    only_row     boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    generation   uuid NOT NULL DEFAULT gen_random_uuid(),
    floor_xid    xid8 NOT NULL DEFAULT '0',
    floor_id     bigint NOT NULL DEFAULT 0
);
INSERT INTO sammen.sync_meta DEFAULT VALUES;
ALTER TABLE sammen.change_log ADD COLUMN logged_at timestamptz NOT NULL DEFAULT now();

-- The site's rows of one kind as they are in the caller's snapshot, by id, one page.
CREATE FUNCTION sync.snapshot(entity text, after_id uuid, max_rows integer) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, sammen, pg_temp
AS $$
DECLARE
    my_site uuid := sammen.session_site();
    rows jsonb;
    n integer;
BEGIN
    IF my_site IS NULL THEN
        RAISE EXCEPTION 'not an enrolled kiosk' USING ERRCODE = '42501';
    END IF;
    IF max_rows IS NULL OR max_rows < 1 OR max_rows > 10000 THEN
        RAISE EXCEPTION 'max_rows must be 1–10000' USING ERRCODE = '22023';
    END IF;
    IF entity = 'activity' THEN
        SELECT coalesce(jsonb_agg(to_jsonb(x) ORDER BY x.id), '[]'), count(*) INTO rows, n
          FROM (SELECT * FROM sammen.activity WHERE site_id = my_site
                   AND id > coalesce(after_id, '00000000-0000-0000-0000-000000000000')
                 ORDER BY id LIMIT max_rows) x;
    ELSIF entity = 'occurrence' THEN
        SELECT coalesce(jsonb_agg(to_jsonb(x) ORDER BY x.id), '[]'), count(*) INTO rows, n
          FROM (SELECT * FROM sammen.occurrence WHERE site_id = my_site
                   AND id > coalesce(after_id, '00000000-0000-0000-0000-000000000000')
                 ORDER BY id LIMIT max_rows) x;
    ELSIF entity = 'signup' THEN
        SELECT coalesce(jsonb_agg(to_jsonb(x) ORDER BY x.id), '[]'), count(*) INTO rows, n
          FROM (SELECT * FROM sammen.signup WHERE site_id = my_site
                   AND id > coalesce(after_id, '00000000-0000-0000-0000-000000000000')
                 ORDER BY id LIMIT max_rows) x;
    ELSE
        RAISE EXCEPTION 'no such entity' USING ERRCODE = '22023';
    END IF;
    RETURN jsonb_build_object('rows', rows, 'more', n = max_rows);
END $$;

-- Where to pull from after a snapshot read in this same transaction: every change from
-- a transaction the snapshot might not see (those from its xmin on) is pulled again,
-- which is harmless, as applying a change is an upsert.
CREATE FUNCTION sync.snapshot_cursor() RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, sammen, pg_temp
AS $$
DECLARE
    xmin xid8 := pg_snapshot_xmin(pg_current_snapshot());
BEGIN
    IF sammen.session_site() IS NULL THEN
        RAISE EXCEPTION 'not an enrolled kiosk' USING ERRCODE = '42501';
    END IF;
    IF current_setting('transaction_isolation') NOT IN ('repeatable read', 'serializable') THEN
        RAISE EXCEPTION 'a snapshot is read in one REPEATABLE READ transaction'
            USING ERRCODE = '25000';
    END IF;
    RETURN jsonb_build_object(
        'xid', (xmin::text::numeric - 1)::text, 'id', 9223372036854775807,
        'generation', (SELECT generation FROM sammen.sync_meta));
END $$;

GRANT EXECUTE ON FUNCTION sync.snapshot(text, uuid, integer) TO sammen_kiosk;
GRANT EXECUTE ON FUNCTION sync.snapshot_cursor() TO sammen_kiosk;
RESET ROLE;
"""

HELLO_OLD = "        'upgrade_required', client_schema < 2);"
HELLO_NEW = """        'upgrade_required', client_schema < 2,
        'generation', (SELECT generation FROM sammen.sync_meta),
        'floor_xid', (SELECT floor_xid::text FROM sammen.sync_meta),
        'floor_id', (SELECT floor_id FROM sammen.sync_meta));"""


def _hello() -> str:
    """c0008's hello, which also says the generation and the log's floor."""
    body = earlier.edited(
        str(earlier.revision("c0008")._functions()[0]), "sync.hello", HELLO_OLD, HELLO_NEW
    )
    assert body.count("'server_schema', 3") == 1
    return body.replace("'server_schema', 3", "'server_schema', 4")


PULL_OLD = "    IF max_rows IS NULL OR max_rows < 1 OR max_rows > 10000 THEN"
PULL_NEW = """    -- The changes before the log's floor are gone: such a cursor needs a snapshot.
    IF EXISTS (SELECT 1 FROM sammen.sync_meta m
                WHERE (after_xid, after_id) < (m.floor_xid, m.floor_id)) THEN
        RAISE EXCEPTION 'cursor older than the change log: read a snapshot'
            USING ERRCODE = '55000';
    END IF;
    IF max_rows IS NULL OR max_rows < 1 OR max_rows > 10000 THEN"""


def _pull() -> str:
    """c0008's pull, which refuses a cursor from before the log's floor."""
    return earlier.edited(
        str(earlier.revision("c0008")._functions()[2]), "sync.pull", PULL_OLD, PULL_NEW
    )


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql(UPGRADE)
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(_hello())
    bind.exec_driver_sql(_pull())
    bind.exec_driver_sql("RESET ROLE")


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(str(earlier.revision("c0008")._functions()[0]))
    bind.exec_driver_sql(str(earlier.revision("c0008")._functions()[2]))
    bind.exec_driver_sql("DROP FUNCTION sync.snapshot_cursor()")
    bind.exec_driver_sql("DROP FUNCTION sync.snapshot(text, uuid, integer)")
    bind.exec_driver_sql("ALTER TABLE sammen.change_log DROP COLUMN logged_at")
    bind.exec_driver_sql("DROP TABLE sammen.sync_meta")
    bind.exec_driver_sql("RESET ROLE")
