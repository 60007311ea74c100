"""Push: a batch of new sign-ups read from its JSON once, not seven times.

c0009 decided a batch of plain new sign-ups as a set, but each check (the kinds, the
ids unique, none seen before) and the decision itself read the whole batch's JSON again:
≈ 14 ms of a 500-request batch's ≈ 34 ms (bench/sync.py, measured part by part). Now
one statement reads every request's fields and makes every check, the dates are locked
(as before, in a statement of their own, so the seats read after it are the latest),
and the decision reads the typed columns. The answers are the same; the test that sends
random batches both ways still compares them.

Revision ID: c0014
Revises: c0013
"""

from alembic import op

from kiosk.central import earlier_revisions as earlier

revision = "c0014"
down_revision = "c0013"
branch_labels = None
depends_on = None

HEAD_OLD = """    dates uuid[];
    answers jsonb[];"""
HEAD_NEW = """    fine boolean;
    dates uuid[];
    op_ids uuid[];
    signup_ids uuid[];
    occurrence_ids uuid[];
    names text[];
    phones text[];
    parties integer[];
    codes text[];
    answers jsonb[];"""

# Instead of c0009's checks, each reading the batch again: the batch read once.
CHECKS = r"""    IF n = 0 THEN
        RETURN NULL;
    END IF;
    -- Every request read once; a batch that is not all plain new sign-ups is not fine.
    SELECT bool_and(coalesce(r.kind = 'signup.request' AND r.shape = 'object'
                             AND NOT r.quota, false))
           AND count(DISTINCT r.op_id) = n AND count(DISTINCT r.signup_id) = n
           AND bool_and(NOT EXISTS (SELECT 1 FROM sammen.applied_op a
                                     WHERE a.op_id = r.op_id))
           AND bool_and(NOT EXISTS (SELECT 1 FROM sammen.signup s
                                     WHERE s.id = r.signup_id)),
           array_agg(DISTINCT r.occurrence_id),
           array_agg(r.op_id ORDER BY r.ord), array_agg(r.signup_id ORDER BY r.ord),
           array_agg(r.occurrence_id ORDER BY r.ord), array_agg(r.display_name ORDER BY r.ord),
           array_agg(r.phone ORDER BY r.ord), array_agg(r.party_size ORDER BY r.ord),
           array_agg(r.booking_code ORDER BY r.ord)
      INTO fine, dates, op_ids, signup_ids, occurrence_ids, names, phones, parties, codes
      FROM (SELECT e.ord,
                   e.value ->> 'kind' AS kind,
                   jsonb_typeof(e.value -> 'payload') AS shape,
                   (e.value ->> 'op_id')::uuid AS op_id,
                   coalesce((p ->> 'quota')::boolean, false) AS quota,
                   (p ->> 'signup_id')::uuid AS signup_id,
                   (p ->> 'occurrence_id')::uuid AS occurrence_id,
                   p ->> 'display_name' AS display_name,
                   NULLIF(p ->> 'phone', '') AS phone,
                   (p ->> 'party_size')::integer AS party_size,
                   p ->> 'booking_code' AS booking_code
              FROM jsonb_array_elements(batch) WITH ORDINALITY AS e(value, ord),
                   LATERAL (SELECT CASE WHEN jsonb_typeof(e.value -> 'payload') = 'object'
                                        THEN e.value -> 'payload' END AS p) payload) r;
    IF NOT coalesce(fine, false) THEN
        RETURN NULL;
    END IF;
    -- Locked in one order, as every writer of these rows does one at a time.
    PERFORM 1 FROM sammen.occurrence o WHERE o.id = ANY (dates) ORDER BY o.id FOR UPDATE;
    IF (SELECT count(*) FROM sammen.occurrence o
         WHERE o.id = ANY (dates) AND o.site_id = my_site AND o.status = 'scheduled'
           AND o.starts_at > now()) <> cardinality(dates) THEN
        RETURN NULL;
    END IF;
"""

# The decision reads the typed columns instead of the JSON.
REQUESTS = r"""    WITH req AS (
        SELECT * FROM unnest(op_ids, signup_ids, occurrence_ids, names, phones, parties, codes)
                      WITH ORDINALITY AS u(op_id, signup_id, occurrence_id, display_name,
                                           phone, party_size, booking_code, ord)
"""


def _signups() -> str:
    """c0009's push_signups with the batch read once."""
    body = earlier.function(str(earlier.revision("c0009").SIGNUPS), "sammen.push_signups")
    assert body.count(HEAD_OLD) == 1
    body = body.replace(HEAD_OLD, HEAD_NEW)
    start, end = body.index("    IF n = 0 OR EXISTS ("), body.index("    WITH req AS (")
    body = body[:start] + CHECKS + body[end:]
    start, end = body.index("    WITH req AS ("), body.index("    ), dated AS (")
    return body[:start] + REQUESTS + body[end:]


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(_signups())
    bind.exec_driver_sql("RESET ROLE")


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(
        earlier.function(str(earlier.revision("c0009").SIGNUPS), "sammen.push_signups")
    )
    bind.exec_driver_sql("RESET ROLE")
