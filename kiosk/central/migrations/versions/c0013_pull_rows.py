"""Pull as rows, and a pull that always walks the change log's index.

- `sync.pull_rows` gives a page as rows (xid, id, entity, entity_id, row as text) instead
  of one JSON document: building and printing a page's `jsonb_agg` cost more than
  reading it (bench/sync.py: ≈ 17 ms of 35 for 1,000 changes). Kiosks of schema 4 and
  later use it when the hello says server_schema 5; `sync.pull` stays for older ones.
- Both pulls read the change log only by its (site, xid, id) index in order. A growing
  log's newest transactions are always beyond the planner's statistics, so a kiosk
  catching up was estimated at a few hundred rows and PostgreSQL chose to collect every
  row after the cursor and sort them: 28 ms for a page of 1,000 out of 80,000, instead
  of 0.4 ms. The planner settings are the function's own. A snapshot, which reads each
  table in key order a page at a time, had the same trouble.

Revision ID: c0013
Revises: c0012
"""

from alembic import op

from kiosk.central import earlier_revisions as earlier

revision = "c0013"
down_revision = "c0012"
branch_labels = None
depends_on = None

INDEX_ONLY = "enable_seqscan = off SET enable_bitmapscan = off SET enable_sort = off"

PULL_ROWS = r"""
SET LOCAL ROLE sammen_owner;
CREATE FUNCTION sync.pull_rows(after_xid xid8, after_id bigint, max_rows integer)
    RETURNS TABLE (xid text, id bigint, entity text, entity_id uuid, row_data text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, sammen, pg_temp
    SET plan_cache_mode = force_custom_plan
    SET enable_seqscan = off SET enable_bitmapscan = off SET enable_sort = off
AS $$
#variable_conflict use_column
DECLARE
    my_site uuid := sammen.session_site();
    horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
BEGIN
    IF my_site IS NULL THEN
        RAISE EXCEPTION 'not an enrolled kiosk' USING ERRCODE = '42501';
    END IF;
    -- Where this kiosk stands: all it had before this cursor is applied there.
    UPDATE sammen.kiosk k SET last_pull_at = now(), pulled_xid = after_xid,
           pulled_id = after_id
     WHERE k.role_name = session_user;
    -- The changes before the log's floor are gone: such a cursor needs a snapshot.
    IF EXISTS (SELECT 1 FROM sammen.sync_meta m
                WHERE (after_xid, after_id) < (m.floor_xid, m.floor_id)) THEN
        RAISE EXCEPTION 'cursor older than the change log: read a snapshot'
            USING ERRCODE = '55000';
    END IF;
    IF max_rows IS NULL OR max_rows < 1 OR max_rows > 10000 THEN
        RAISE EXCEPTION 'max_rows must be 1–10000' USING ERRCODE = '22023';
    END IF;
    RETURN QUERY
    SELECT c.xid::text, c.id, c.entity, c.entity_id, c.row_data::text
      FROM (SELECT * FROM (
                -- the rest of the cursor's own transaction ...
                (SELECT * FROM sammen.change_log l
                  WHERE l.site_id = my_site AND l.xid = after_xid AND after_xid < horizon
                    AND l.id > after_id
                  ORDER BY l.xid, l.id LIMIT max_rows)
                UNION ALL
                -- ... then the transactions after it that nobody can still be writing
                (SELECT * FROM sammen.change_log l
                  WHERE l.site_id = my_site AND l.xid > after_xid AND l.xid < horizon
                  ORDER BY l.xid, l.id LIMIT max_rows)) both_ranges
             ORDER BY both_ranges.xid, both_ranges.id LIMIT max_rows) c
     ORDER BY c.xid, c.id;
END $$;
GRANT EXECUTE ON FUNCTION sync.pull_rows(xid8, bigint, integer) TO sammen_kiosk;
ALTER FUNCTION sync.pull(xid8, bigint, integer) SET enable_seqscan = off;
ALTER FUNCTION sync.pull(xid8, bigint, integer) SET enable_bitmapscan = off;
ALTER FUNCTION sync.pull(xid8, bigint, integer) SET enable_sort = off;
-- A snapshot reads each table in key order from the cursor on, a page at a time: with a
-- freshly grown table, the planner sorted the whole site's rows for every page.
ALTER FUNCTION sync.snapshot(text, uuid, integer) SET enable_seqscan = off;
ALTER FUNCTION sync.snapshot(text, uuid, integer) SET enable_bitmapscan = off;
ALTER FUNCTION sync.snapshot(text, uuid, integer) SET enable_sort = off;
RESET ROLE;
"""


def _hello() -> str:
    """c0011's hello, which says server_schema 5: pull_rows is there."""
    return earlier.edited(
        earlier.revision("c0011")._hello(), "sync.hello", "'server_schema', 4", "'server_schema', 5"
    )


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql(PULL_ROWS)
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(_hello())
    bind.exec_driver_sql("RESET ROLE")


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(earlier.revision("c0011")._hello())
    for setting in ("enable_seqscan", "enable_bitmapscan", "enable_sort"):
        bind.exec_driver_sql(f"ALTER FUNCTION sync.pull(xid8, bigint, integer) RESET {setting}")
        bind.exec_driver_sql(f"ALTER FUNCTION sync.snapshot(text, uuid, integer) RESET {setting}")
    bind.exec_driver_sql("DROP FUNCTION sync.pull_rows(xid8, bigint, integer)")
    bind.exec_driver_sql("RESET ROLE")
