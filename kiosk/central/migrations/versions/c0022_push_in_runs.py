"""A batch the set path cannot take whole is taken in runs, not all one by one.

A batch that held a single sign-up on lent seats (or a cancellation, a move, an edited
activity) went one op at a time, ≈ 0.8 ms an op, new sign-ups and all. That is the
batch a kiosk sends when it is back from an outage: its first sign-ups of each date on
the seats lent to it, then the rest. Now such a batch is cut into runs in its order:
each run of new sign-ups not on lent seats goes the set way (`push_signups`, which
answers as the one-by-one path does), every other run one by one as before. The order
of the batch is kept, so the answers are those of one by one. A batch the set path takes
whole goes as it went, with no cutting.

Revision ID: c0022
Revises: c0021
"""

from alembic import op

from kiosk.central import earlier_revisions as earlier

revision = "c0022"
down_revision = "c0021"
branch_labels = None
depends_on = None

DECLARE_OLD = """    answers jsonb[] := '{}';
    broken text;"""
DECLARE_NEW = """    answers jsonb[] := '{}';
    broken text;
    run record;
    part jsonb[];"""

# The one-by-one block of c0009's sync.push: between these, the whole batch through
# push_one, and each op alone if that raises. Taken as it is, for each run.
ONE_BY_ONE_HEAD = """    IF answers IS NULL THEN
    answers := '{}';
"""
ONE_BY_ONE_TAIL = """    END IF;
    UPDATE sammen.kiosk"""

RUNS = """    -- In runs, in the batch's order: a run of new sign-ups not on lent seats as a set,
    -- any other run one by one. Read without a cast, so no op can make this raise.
    FOR run IN
        SELECT r.plain, jsonb_agg(r.value ORDER BY r.ord) AS items
          FROM (SELECT e.value, e.ord, k.plain,
                       e.ord - row_number() OVER (PARTITION BY k.plain ORDER BY e.ord) AS nth
                  FROM jsonb_array_elements(batch) WITH ORDINALITY AS e(value, ord),
                       LATERAL (SELECT coalesce(e.value ->> 'kind' = 'signup.request'
                                AND (e.value -> 'payload' -> 'quota') IS DISTINCT FROM
                                    'true'::jsonb, false) AS plain) k) r
         GROUP BY r.plain, r.nth
         ORDER BY min(r.ord)
    LOOP
        part := NULL;
        IF run.plain AND jsonb_array_length(run.items) < jsonb_array_length(batch) THEN
            BEGIN  -- (the whole batch was tried as a set above)
                part := sammen.push_signups(me, my_site, run.items);
            EXCEPTION WHEN others THEN
                part := NULL;
            END;
        END IF;
        IF part IS NULL THEN
        part := '{}';
{one_by_one}        END IF;
        answers := answers || part;
    END LOOP;
"""


def _push_before() -> str:
    """c0009's sync.push, the one in use since."""
    return str(earlier.revision("c0009")._push(earlier.revision("c0008")))


def _push() -> str:
    """c0009's sync.push with its one-by-one block done for each run of the batch."""
    body = earlier.replaced(_push_before(), [(DECLARE_OLD, DECLARE_NEW)])
    start = body.index(ONE_BY_ONE_HEAD) + len(ONE_BY_ONE_HEAD)
    end = body.index(ONE_BY_ONE_TAIL)
    block = earlier.replaced(body[start:end], [("whole batch at once", "whole run at once")])
    assert block.count("jsonb_array_elements(batch)") == 2  # the two loops over its ops
    per_run = block.replace("jsonb_array_elements(batch)", "jsonb_array_elements(run.items)")
    per_run = per_run.replace("answers", "part")
    indented = "".join(f"    {line}" if line.strip() else line for line in per_run.splitlines(True))
    return body[:start] + RUNS.replace("{one_by_one}", indented) + body[end:]


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(_push())
    bind.exec_driver_sql("RESET ROLE")


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(_push_before())
    bind.exec_driver_sql("RESET ROLE")
