"""Row-level security that costs once per query, not once per row: the policies ask for
the kiosk's site in a scalar subquery, which PostgreSQL evaluates once (an InitPlan); and
a pull cursor the index can use. Found by bench/sync.py: push and pull slowed as the
tables grew.

Revision ID: c0003
Revises: c0002
"""

from alembic import op

revision = "c0003"
down_revision = "c0002"
branch_labels = None
depends_on = None

TABLES = ("activity", "occurrence", "signup", "applied_op", "change_log")

# The cursor as plain comparisons of one column each, so the index on (site_id, xid, id)
# gives the range directly (a row comparison is not leakproof, and row-level security
# then keeps it from the index).
PULL = r"""
CREATE OR REPLACE FUNCTION sync.pull(after_xid xid8, after_id bigint, max_rows integer)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, sammen, pg_temp
    -- A plan for the cursor at hand: a generic one scans the whole log.
    SET plan_cache_mode = force_custom_plan
AS $$
DECLARE
    my_site uuid := sammen.session_site();
    horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
    rows jsonb;
    last record;
    n integer;
BEGIN
    IF my_site IS NULL THEN
        RAISE EXCEPTION 'not an enrolled kiosk' USING ERRCODE = '42501';
    END IF;
    IF max_rows IS NULL OR max_rows < 1 OR max_rows > 10000 THEN
        RAISE EXCEPTION 'max_rows must be 1–10000' USING ERRCODE = '22023';
    END IF;
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'xid', c.xid::text, 'id', c.id, 'entity', c.entity,
               'entity_id', c.entity_id, 'row', c.row_data) ORDER BY c.xid, c.id), '[]'::jsonb),
           count(*)
      INTO rows, n
      FROM (SELECT * FROM sammen.change_log
             WHERE site_id = my_site AND xid < horizon
               AND (xid > after_xid OR (xid = after_xid AND id > after_id))
             ORDER BY xid, id LIMIT max_rows) c;
    RETURN jsonb_build_object('changes', rows, 'more', n = max_rows);
END $$;
"""

OLD_PULL = r"""
CREATE OR REPLACE FUNCTION sync.pull(after_xid xid8, after_id bigint, max_rows integer)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, sammen, pg_temp
AS $$
DECLARE
    my_site uuid := sammen.session_site();
    horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
    rows jsonb;
    last record;
    n integer;
BEGIN
    IF my_site IS NULL THEN
        RAISE EXCEPTION 'not an enrolled kiosk' USING ERRCODE = '42501';
    END IF;
    IF max_rows IS NULL OR max_rows < 1 OR max_rows > 10000 THEN
        RAISE EXCEPTION 'max_rows must be 1–10000' USING ERRCODE = '22023';
    END IF;
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'xid', c.xid::text, 'id', c.id, 'entity', c.entity,
               'entity_id', c.entity_id, 'row', c.row_data) ORDER BY c.xid, c.id), '[]'::jsonb),
           count(*)
      INTO rows, n
      FROM (SELECT * FROM sammen.change_log
             WHERE site_id = my_site AND (xid, id) > (after_xid, after_id) AND xid < horizon
             ORDER BY xid, id LIMIT max_rows) c;
    RETURN jsonb_build_object('changes', rows, 'more', n = max_rows);
END $$;
"""


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    for table in TABLES:
        bind.exec_driver_sql(
            f"ALTER POLICY own_site ON sammen.{table} USING ("
            "(SELECT NOT sammen.is_kiosk_session()) "
            "OR site_id = (SELECT sammen.session_site()))"
        )
    bind.exec_driver_sql(PULL)
    bind.exec_driver_sql("RESET ROLE")


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    for table in TABLES:
        bind.exec_driver_sql(
            f"ALTER POLICY own_site ON sammen.{table} USING ("
            "NOT sammen.is_kiosk_session() OR site_id = sammen.session_site())"
        )
    bind.exec_driver_sql(OLD_PULL)
    bind.exec_driver_sql("RESET ROLE")
