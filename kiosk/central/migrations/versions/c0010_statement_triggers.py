"""The change log written once per statement, not once per row.

A row trigger ran a PL/pgSQL call for every changed row: a third of the time of a push
of 500 new sign-ups (bench/sync.py, measured with the triggers switched off). A
statement trigger with transition tables writes the same log rows in one INSERT per
statement: the same rows, in the order the statement changed them.

Revision ID: c0010
Revises: c0009
"""

from alembic import op

revision = "c0010"
down_revision = "c0009"
branch_labels = None
depends_on = None

TABLES = ("activity", "occurrence", "signup")

UPGRADE = r"""
SET LOCAL ROLE sammen_owner;
CREATE FUNCTION sammen.log_changes() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, sammen, pg_temp
AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO sammen.change_log (site_id, entity, entity_id, row_data)
        SELECT o.site_id, TG_TABLE_NAME, o.id, jsonb_build_object('deleted', true, 'id', o.id)
          FROM old_rows o;
    ELSE
        INSERT INTO sammen.change_log (site_id, entity, entity_id, row_data)
        SELECT n.site_id, TG_TABLE_NAME, n.id, to_jsonb(n) FROM new_rows n;
    END IF;
    RETURN NULL;
END $$;
"""

PER_TABLE = r"""
DROP TRIGGER log_change ON sammen.{t};
CREATE TRIGGER log_insert AFTER INSERT ON sammen.{t}
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sammen.log_changes();
CREATE TRIGGER log_update AFTER UPDATE ON sammen.{t}
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sammen.log_changes();
CREATE TRIGGER log_delete AFTER DELETE ON sammen.{t}
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sammen.log_changes();
"""

DOWNGRADE_PER_TABLE = r"""
DROP TRIGGER log_insert ON sammen.{t};
DROP TRIGGER log_update ON sammen.{t};
DROP TRIGGER log_delete ON sammen.{t};
CREATE TRIGGER log_change AFTER INSERT OR UPDATE OR DELETE ON sammen.{t}
    FOR EACH ROW EXECUTE FUNCTION sammen.log_change();
"""


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql(UPGRADE)
    for table in TABLES:
        bind.exec_driver_sql(PER_TABLE.format(t=table))
    bind.exec_driver_sql("RESET ROLE")


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    for table in TABLES:
        bind.exec_driver_sql(DOWNGRADE_PER_TABLE.format(t=table))
    bind.exec_driver_sql("DROP FUNCTION sammen.log_changes()")
    bind.exec_driver_sql("RESET ROLE")
