"""Push: fewer row-by-row checks per new sign-up, and a stronger rule for the sites.

Measured part by part on a batch of 500 new sign-ups (EXPLAIN ANALYZE inside
`push_signups`, bench/sync.py's rows): of ≈ 38 ms, the foreign-key checks took ≈ 15 ms,
one query per row per key; the seats and queue of the batch's dates ≈ 4.5 ms, because
that part of the statement was folded into the per-request rows and so ran once per
request instead of once per date; reading the batch's JSON ≈ 7 ms.

- A sign-up's site and date are checked as one key, (occurrence_id, site_id) against the
  date's own (id, site_id), instead of the date and the site apart; an applied op's kiosk
  and site likewise, against the kiosk's (id, site_id). Two checks per sign-up fewer, and
  the rule is stronger than before: a sign-up can no longer name a site other than its
  date's, nor an op a site other than its kiosk's (row-level security reads `site_id`).
- The dates' free seats, waiting lists and last queue numbers are worked out once per
  date (`MATERIALIZED`).
- The batch is read with `jsonb_to_recordset` / `jsonb_to_record`, each request's fields
  typed in one pass, instead of one `->>` and cast per field. A request whose field does
  not fit its type raises, and `sync.push` then answers the batch one request at a time,
  as it did for such a batch before.

Revision ID: c0016
Revises: c0015
"""

from alembic import op

from kiosk.central import earlier_revisions as earlier

revision = "c0016"
down_revision = "c0015"
branch_labels = None
depends_on = None

KEYS_UP = r"""
ALTER TABLE sammen.occurrence ADD CONSTRAINT occurrence_id_site_key UNIQUE (id, site_id);
ALTER TABLE sammen.kiosk ADD CONSTRAINT kiosk_id_site_key UNIQUE (id, site_id);
ALTER TABLE sammen.signup
    DROP CONSTRAINT signup_site_id_fkey,
    DROP CONSTRAINT signup_occurrence_id_fkey,
    ADD CONSTRAINT signup_occurrence_site_fkey FOREIGN KEY (occurrence_id, site_id)
        REFERENCES sammen.occurrence (id, site_id);
ALTER TABLE sammen.applied_op
    DROP CONSTRAINT applied_op_kiosk_id_fkey,
    DROP CONSTRAINT applied_op_site_id_fkey,
    ADD CONSTRAINT applied_op_kiosk_site_fkey FOREIGN KEY (kiosk_id, site_id)
        REFERENCES sammen.kiosk (id, site_id);
"""

KEYS_DOWN = r"""
ALTER TABLE sammen.applied_op
    DROP CONSTRAINT applied_op_kiosk_site_fkey,
    ADD CONSTRAINT applied_op_kiosk_id_fkey FOREIGN KEY (kiosk_id) REFERENCES sammen.kiosk (id),
    ADD CONSTRAINT applied_op_site_id_fkey FOREIGN KEY (site_id) REFERENCES sammen.site (id);
ALTER TABLE sammen.signup
    DROP CONSTRAINT signup_occurrence_site_fkey,
    ADD CONSTRAINT signup_occurrence_id_fkey FOREIGN KEY (occurrence_id)
        REFERENCES sammen.occurrence (id),
    ADD CONSTRAINT signup_site_id_fkey FOREIGN KEY (site_id) REFERENCES sammen.site (id);
ALTER TABLE sammen.kiosk DROP CONSTRAINT kiosk_id_site_key;
ALTER TABLE sammen.occurrence DROP CONSTRAINT occurrence_id_site_key;
"""

# c0014's reading of the batch (with c0015's needs_help): every request in one pass.
READ_OLD_START = "    SELECT bool_and(coalesce(r.kind = 'signup.request' AND r.shape = 'object'"
READ_OLD_END = "THEN e.value -> 'payload' END AS p) payload) r;\n"
READ_NEW = r"""    SELECT bool_and(coalesce(r.kind = 'signup.request'
                             AND NOT coalesce(p.quota, false), false))
           AND count(DISTINCT r.op_id) = n AND count(DISTINCT p.signup_id) = n
           AND bool_and(NOT EXISTS (SELECT 1 FROM sammen.applied_op a
                                     WHERE a.op_id = r.op_id))
           AND bool_and(NOT EXISTS (SELECT 1 FROM sammen.signup s
                                     WHERE s.id = p.signup_id)),
           array_agg(DISTINCT p.occurrence_id),
           array_agg(r.op_id ORDER BY r.ord), array_agg(p.signup_id ORDER BY r.ord),
           array_agg(p.occurrence_id ORDER BY r.ord), array_agg(p.display_name ORDER BY r.ord),
           array_agg(NULLIF(p.phone, '') ORDER BY r.ord),
           array_agg(p.party_size ORDER BY r.ord), array_agg(p.booking_code ORDER BY r.ord),
           array_agg(coalesce(p.needs_help, false) ORDER BY r.ord)
      INTO fine, dates, op_ids, signup_ids, occurrence_ids, names, phones, parties, codes,
           helps
      FROM ROWS FROM (jsonb_to_recordset(batch) AS (op_id uuid, kind text, payload jsonb))
               WITH ORDINALITY AS r(op_id, kind, payload, ord),
           -- Raises for a payload that is not an object: sync.push then goes one by one.
           jsonb_to_record(r.payload) AS p(signup_id uuid, occurrence_id uuid,
                                           display_name text, phone text,
                                           party_size integer, booking_code text,
                                           needs_help boolean, quota boolean);
"""


def _push_signups() -> str:
    body = str(earlier.revision("c0015")._push_signups())
    start = body.index(READ_OLD_START)
    end = body.index(READ_OLD_END) + len(READ_OLD_END)
    assert body.count(READ_OLD_START) == 1 and body.count(READ_OLD_END) == 1
    body = body[:start] + READ_NEW + body[end:]
    assert body.count("    ), dated AS (") == 1
    # Once per date, not once per request row it is joined to.
    return body.replace("    ), dated AS (", "    ), dated AS MATERIALIZED (")


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(KEYS_UP)
    bind.exec_driver_sql(_push_signups())
    bind.exec_driver_sql("RESET ROLE")


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(str(earlier.revision("c0015")._push_signups()))
    bind.exec_driver_sql(KEYS_DOWN)
    bind.exec_driver_sql("RESET ROLE")
