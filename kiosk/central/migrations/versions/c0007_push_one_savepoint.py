"""Push: a batch in one savepoint, not one per operation.

A savepoint per operation gave every operation its own subtransaction id: slow, and past
64 of them in one transaction every other session pays for looking them up. Now the
whole batch is tried in one savepoint; only if some operation raises (malformed, or a
clash of ids) is the batch rolled back and applied again one savepoint per operation, so
that one alone is rejected, exactly as before. Each operation's record is written once,
with its answer, after it was applied; the answers are gathered in an array, not by
copying a growing JSON array for every operation; and a date's next queue number comes
from an index.

Revision ID: c0007
Revises: c0006
"""

from alembic import op

from kiosk.central import earlier_revisions as earlier

revision = "c0007"
down_revision = "c0006"
branch_labels = None
depends_on = None

PUSH = r"""
SET LOCAL ROLE sammen_owner;
-- The next place in a date's queue is max(queue_number) + 1: read from an index, not by
-- visiting every sign-up of the date.
CREATE INDEX signup_queue ON sammen.signup (occurrence_id, queue_number);

-- One operation, recorded with its answer; raises on anything malformed or clashing.
CREATE FUNCTION sammen.push_one(me uuid, my_site uuid, item jsonb) RETURNS jsonb
    LANGUAGE plpgsql SET search_path = pg_catalog, sammen, pg_temp
AS $$
DECLARE
    this_op uuid := (item ->> 'op_id')::uuid;
    earlier sammen.applied_op;
    answer jsonb;
BEGIN
    IF this_op IS NULL OR jsonb_typeof(item -> 'payload') IS DISTINCT FROM 'object' THEN
        RAISE EXCEPTION 'malformed op' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO earlier FROM sammen.applied_op a WHERE a.op_id = this_op;
    IF FOUND THEN
        RETURN CASE WHEN earlier.kiosk_id = me THEN earlier.result
                    ELSE jsonb_build_object('status', 'rejected', 'reason', 'foreign_op')
               END || jsonb_build_object('op_id', this_op);
    END IF;
    answer := sammen.apply_op(me, my_site, item ->> 'kind', item -> 'payload');
    -- Another site's op with this id (invisible here) makes this insert fail.
    INSERT INTO sammen.applied_op (op_id, kiosk_id, site_id, kind, result)
    VALUES (this_op, me, my_site, left(coalesce(item ->> 'kind', ''), 40), answer);
    RETURN answer || jsonb_build_object('op_id', this_op);
END $$;

CREATE OR REPLACE FUNCTION sync.push(batch jsonb) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, sammen, pg_temp
AS $$
DECLARE
    me uuid := sammen.session_kiosk();
    my_site uuid := sammen.session_site();
    item jsonb;
    answers jsonb[] := '{}';
    broken text;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'not an enrolled kiosk' USING ERRCODE = '42501';
    END IF;
    IF jsonb_typeof(batch) IS DISTINCT FROM 'array' OR jsonb_array_length(batch) > 1000
       OR pg_column_size(batch) > 2000000 THEN
        RAISE EXCEPTION 'malformed batch' USING ERRCODE = '22023';
    END IF;
    BEGIN  -- the whole batch at once: the usual case
        FOR item IN SELECT value FROM jsonb_array_elements(batch) LOOP
            answers := array_append(answers, sammen.push_one(me, my_site, item));
        END LOOP;
    EXCEPTION WHEN others THEN
        answers := '{}';
        FOR item IN SELECT value FROM jsonb_array_elements(batch) LOOP
            BEGIN  -- one at a time: only what raises is rejected
                answers := array_append(answers, sammen.push_one(me, my_site, item));
            EXCEPTION WHEN unique_violation THEN
                GET STACKED DIAGNOSTICS broken = CONSTRAINT_NAME;
                answers := array_append(answers, jsonb_build_object(
                    'op_id', item -> 'op_id', 'status', 'rejected', 'reason',
                    CASE WHEN broken = 'applied_op_pkey' THEN 'foreign_op' ELSE 'conflict' END));
            WHEN others THEN
                answers := array_append(answers, jsonb_build_object(
                    'op_id', item -> 'op_id', 'status', 'rejected', 'reason', 'malformed'));
            END;
        END LOOP;
    END;
    UPDATE sammen.kiosk SET last_seen_at = now() WHERE id = me;
    RETURN to_jsonb(answers);
END $$;
RESET ROLE;
"""


def upgrade() -> None:
    op.get_bind().exec_driver_sql(PUSH)


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(earlier.function(earlier.revision("c0001").SYNC, "sync.push"))
    bind.exec_driver_sql("DROP FUNCTION sammen.push_one(uuid, uuid, jsonb)")
    bind.exec_driver_sql("DROP INDEX sammen.signup_queue")
    bind.exec_driver_sql("RESET ROLE")
