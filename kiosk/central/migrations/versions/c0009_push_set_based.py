"""Push: a batch of plain sign-up requests in a handful of statements, not one round of
statements per request.

The usual batch is new sign-ups for open dates. Such a batch is decided as a set: per
date, in the order sent, a request gets a seat while nobody waits and the running sum
of parties fits the free seats (as the one-by-one rule gives: once one request waits,
every later one waits too); waiting-list places and queue numbers follow the same order.
Anything else in the batch (another kind, a lent seat, an id seen before, a date that is
not open, a value that does not fit) leaves the batch to the one-by-one path, which
answers exactly as before.

Revision ID: c0009
Revises: c0008
"""

from types import ModuleType

from alembic import op

from kiosk.central import earlier_revisions as earlier

revision = "c0009"
down_revision = "c0008"
branch_labels = None
depends_on = None

SIGNUPS = r"""
SET LOCAL ROLE sammen_owner;

-- The answers for a batch of new sign-up requests, or NULL if the batch is not one.
CREATE FUNCTION sammen.push_signups(me uuid, my_site uuid, batch jsonb) RETURNS jsonb[]
    LANGUAGE plpgsql SET search_path = pg_catalog, sammen, pg_temp
AS $$
DECLARE
    n integer := jsonb_array_length(batch);
    dates uuid[];
    answers jsonb[];
BEGIN
    IF n = 0 OR EXISTS (
        SELECT 1 FROM jsonb_array_elements(batch) e
         WHERE e.value ->> 'kind' IS DISTINCT FROM 'signup.request'
            OR jsonb_typeof(e.value -> 'payload') IS DISTINCT FROM 'object'
            OR coalesce((e.value -> 'payload' ->> 'quota')::boolean, false)) THEN
        RETURN NULL;
    END IF;
    SELECT array_agg(DISTINCT (e.value -> 'payload' ->> 'occurrence_id')::uuid)
      INTO dates FROM jsonb_array_elements(batch) e;
    -- Locked in one order, as every writer of these rows does one at a time.
    PERFORM 1 FROM sammen.occurrence o WHERE o.id = ANY (dates) ORDER BY o.id FOR UPDATE;
    IF (SELECT count(*) FROM sammen.occurrence o
         WHERE o.id = ANY (dates) AND o.site_id = my_site AND o.status = 'scheduled'
           AND o.starts_at > now()) <> cardinality(dates)
       OR (SELECT count(DISTINCT (e.value ->> 'op_id')::uuid)
             FROM jsonb_array_elements(batch) e) <> n
       OR (SELECT count(DISTINCT (e.value -> 'payload' ->> 'signup_id')::uuid)
             FROM jsonb_array_elements(batch) e) <> n
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(batch) e JOIN sammen.applied_op a
                    ON a.op_id = (e.value ->> 'op_id')::uuid)
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(batch) e JOIN sammen.signup s
                    ON s.id = (e.value -> 'payload' ->> 'signup_id')::uuid) THEN
        RETURN NULL;
    END IF;
    WITH req AS (
        SELECT e.ord,
               (e.value ->> 'op_id')::uuid AS op_id,
               (p ->> 'signup_id')::uuid AS signup_id,
               (p ->> 'occurrence_id')::uuid AS occurrence_id,
               p ->> 'display_name' AS display_name,
               NULLIF(p ->> 'phone', '') AS phone,
               (p ->> 'party_size')::integer AS party_size,
               p ->> 'booking_code' AS booking_code
          FROM jsonb_array_elements(batch) WITH ORDINALITY AS e(value, ord),
               LATERAL (SELECT e.value -> 'payload' AS p) payload
    ), dated AS (
        SELECT o.id,
               o.capacity - o.seats_taken - o.seats_escrowed AS free,
               (SELECT count(*) FROM sammen.signup w
                 WHERE w.occurrence_id = o.id AND w.status = 'waitlisted') AS waiting,
               coalesce((SELECT max(q.queue_number) FROM sammen.signup q
                          WHERE q.occurrence_id = o.id), 0) AS last_queue
          FROM sammen.occurrence o WHERE o.id = ANY (dates)
    ), placed AS (
        SELECT req.*, dated.waiting, dated.last_queue,
               row_number() OVER per_date AS nth,
               CASE WHEN dated.waiting = 0
                         AND sum(req.party_size) OVER per_date <= dated.free
                    THEN 'confirmed' ELSE 'waitlisted' END AS status
          FROM req JOIN dated ON dated.id = req.occurrence_id
        WINDOW per_date AS (PARTITION BY req.occurrence_id ORDER BY req.ord)
    ), decided AS (
        SELECT placed.*,
               CASE WHEN status = 'waitlisted'
                    THEN waiting + row_number() OVER (PARTITION BY occurrence_id, status
                                                       ORDER BY ord) END AS position
          FROM placed
    ), made AS (
        INSERT INTO sammen.signup (id, site_id, occurrence_id, display_name, phone,
                                   party_size, status, queue_number, booking_code,
                                   origin_kiosk_id)
        SELECT signup_id, my_site, occurrence_id, display_name, phone, party_size, status,
               last_queue + nth, booking_code, me
          FROM decided
    ), seated AS (
        UPDATE sammen.occurrence o SET seats_taken = o.seats_taken + c.taken
          FROM (SELECT occurrence_id, sum(party_size) AS taken FROM decided
                 WHERE status = 'confirmed' GROUP BY occurrence_id) c
         WHERE o.id = c.occurrence_id
    ), answered AS (
        SELECT ord, op_id, jsonb_build_object(
                   'status', status, 'signup_id', signup_id,
                   'waitlist_position', position, 'from_quota', false) AS answer
          FROM decided
    ), recorded AS (
        INSERT INTO sammen.applied_op (op_id, kiosk_id, site_id, kind, result)
        SELECT op_id, me, my_site, 'signup.request', answer FROM answered
    )
    -- (The inserts and the update above run in full whether read here or not.)
    SELECT array_agg(a.answer || jsonb_build_object('op_id', a.op_id) ORDER BY a.ord)
      INTO answers
      FROM answered a;
    IF cardinality(answers) IS DISTINCT FROM n THEN
        RAISE EXCEPTION 'a batch only partly made' USING ERRCODE = 'XX000';
    END IF;
    RETURN answers;
END $$;
RESET ROLE;
"""

FAST_FIRST = """    answers := NULL;
    BEGIN  -- new sign-ups only: decided as a set
        answers := sammen.push_signups(me, my_site, batch);
    EXCEPTION WHEN others THEN
        answers := NULL;  -- something in it does not fit: the paths below tell which
    END;
    IF answers IS NULL THEN
    answers := '{}';
    BEGIN  -- the whole batch at once: the usual case"""


def _push(c0008: ModuleType) -> str:
    """c0008's sync.push, trying the set first."""
    body = str(c0008._functions()[1])
    head = "    BEGIN  -- the whole batch at once: the usual case"
    tail = "        END LOOP;\n    END;\n    UPDATE sammen.kiosk"
    assert body.count(head) == 1 and body.count(tail) == 1
    body = body.replace(head, FAST_FIRST)
    return body.replace(tail, "        END LOOP;\n    END;\n    END IF;\n    UPDATE sammen.kiosk")


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql(SIGNUPS)
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(_push(earlier.revision("c0008")))
    bind.exec_driver_sql("RESET ROLE")


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(earlier.revision("c0008")._functions()[1])
    bind.exec_driver_sql("DROP FUNCTION sammen.push_signups(uuid, uuid, jsonb)")
    bind.exec_driver_sql("RESET ROLE")
