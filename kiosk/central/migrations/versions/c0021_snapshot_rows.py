"""A snapshot as rows, as the pull has been since c0013.

`sync.snapshot` builds each page as one `jsonb` document (`to_jsonb` of every row, then
`jsonb_agg`, then printed); the kiosk parses it and, since the snapshot goes the pull's
way, prints every row back to JSON text. `sync.snapshot_rows` gives the page as rows (id,
row as `to_json` text), which the kiosk takes as they are. This matters most after a
restore, when every kiosk of a site reads a snapshot at once. Kiosks take it when the
hello says server_schema 6; `sync.snapshot` stays for kiosks one version behind.

Revision ID: c0021
Revises: c0020
"""

from alembic import op

from kiosk.central import earlier_revisions as earlier

revision = "c0021"
down_revision = "c0020"
branch_labels = None
depends_on = None

_PAGE = """
        RETURN QUERY
        SELECT x.id::text, to_json(x)::text
          FROM (SELECT * FROM sammen.{table} t WHERE t.site_id = my_site AND t.id > after
                 ORDER BY t.id LIMIT max_rows) x
         ORDER BY x.id;"""

SNAPSHOT_ROWS = rf"""
-- The site's rows of one kind as they are in the caller's snapshot, by id, one page:
-- each its id and the row as JSON text.
CREATE FUNCTION sync.snapshot_rows(entity text, after_id uuid, max_rows integer)
    RETURNS TABLE (entity_id text, row_data text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, sammen, pg_temp
    -- Each table in key order from the cursor on (c0013): never a sort of the site.
    SET enable_seqscan = off SET enable_bitmapscan = off SET enable_sort = off
AS $$
#variable_conflict use_column
DECLARE
    my_site uuid := sammen.session_site();
    after uuid := coalesce(after_id, '00000000-0000-0000-0000-000000000000');
BEGIN
    IF my_site IS NULL THEN
        RAISE EXCEPTION 'not an enrolled kiosk' USING ERRCODE = '42501';
    END IF;
    IF max_rows IS NULL OR max_rows < 1 OR max_rows > 10000 THEN
        RAISE EXCEPTION 'max_rows must be 1–10000' USING ERRCODE = '22023';
    END IF;
    IF entity = 'activity' THEN{_PAGE.format(table="activity")}
    ELSIF entity = 'occurrence' THEN{_PAGE.format(table="occurrence")}
    ELSIF entity = 'signup' THEN{_PAGE.format(table="signup")}
    ELSE
        RAISE EXCEPTION 'no such entity' USING ERRCODE = '22023';
    END IF;
END $$;
GRANT EXECUTE ON FUNCTION sync.snapshot_rows(text, uuid, integer) TO sammen_kiosk;
"""


def _hello() -> str:
    """c0013's hello, which says server_schema 6: snapshot_rows is there."""
    return earlier.edited(
        earlier.revision("c0013")._hello(), "sync.hello", "'server_schema', 5", "'server_schema', 6"
    )


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(SNAPSHOT_ROWS)
    bind.exec_driver_sql(_hello())
    bind.exec_driver_sql("RESET ROLE")


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(earlier.revision("c0013")._hello())
    bind.exec_driver_sql("DROP FUNCTION sync.snapshot_rows(text, uuid, integer)")
    bind.exec_driver_sql("RESET ROLE")
