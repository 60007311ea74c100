"""Push: the keys of new sign-ups and applied ops are checked once per statement, not
once per row, and the batch is read in one pass without sorting or looking anything up.

Measured on bench/sync.py's batches of 500 new sign-ups (EXPLAIN ANALYZE of the push's
statements): of ≈ 42 ms, the three foreign keys took ≈ 21 ms, one query per row per key
(the sign-up's date and site ≈ 12 ms, its kiosk ≈ 4.5 ms, the applied op's kiosk and
site ≈ 4.7 ms). Checked as a set they take under 1 ms.

What each foreign key did is kept, as a rule the schema itself holds, whoever writes:
- A sign-up's date must exist with the sign-up's site, and its kiosk (if any) must
  exist; an applied op's kiosk must exist with the op's site. Checked after every
  INSERT statement over all of its rows (`signup_keys`, `applied_op_keys`), with the
  foreign key's own error code, so a caller sees the same error as before.
- The dates a statement's sign-ups name are locked `FOR KEY SHARE`, as a foreign key
  does, so a date cannot be deleted under a sign-up being made. Deleting a date that
  still has sign-ups is refused (`occurrence_keep_signups`). That check reads the
  committed sign-ups only in READ COMMITTED, where each statement sees what committed
  before it; so a date is deleted only there (as every Sammen function does), and a
  delete in a stricter isolation level is refused rather than risk an orphan.
- The key columns do not change once written: a sign-up's date, site and kiosk, an
  applied op's kiosk and site, a date's id and site, a kiosk's id and site. A kiosk is
  revoked, never deleted (its sign-ups and ops keep naming it).

The batch is read in one pass: no per-field sort (each array keeps its place in the
batch as its own column), and no look-up of earlier ops or sign-ups. An op or sign-up
sent before, or twice in one batch, is refused by its unique index, and sync.push then
answers the batch one request at a time, as it did when the look-up found one.

Revision ID: c0018
Revises: c0017
"""

from alembic import op

from kiosk.central import earlier_revisions as earlier

revision = "c0018"
down_revision = "c0017"
branch_labels = None
depends_on = None

UPGRADE = r"""
ALTER TABLE sammen.signup
    DROP CONSTRAINT signup_occurrence_site_fkey,
    DROP CONSTRAINT signup_origin_kiosk_id_fkey;
ALTER TABLE sammen.applied_op DROP CONSTRAINT applied_op_kiosk_site_fkey;

CREATE FUNCTION sammen.signup_keys() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, sammen, pg_temp
AS $$
BEGIN
    -- Locked first: a date deleted meanwhile is then not found below.
    PERFORM 1 FROM sammen.occurrence o
      WHERE o.id IN (SELECT occurrence_id FROM new_rows) ORDER BY o.id FOR KEY SHARE;
    IF EXISTS (SELECT 1 FROM (SELECT occurrence_id, site_id, origin_kiosk_id
                                FROM new_rows GROUP BY 1, 2, 3) n
                WHERE NOT EXISTS (SELECT 1 FROM sammen.occurrence o
                                   WHERE o.id = n.occurrence_id AND o.site_id = n.site_id)
                   OR (n.origin_kiosk_id IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM sammen.kiosk k
                                        WHERE k.id = n.origin_kiosk_id))) THEN
        RAISE EXCEPTION 'a sign-up names a date of another site, or no such date or kiosk'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER signup_keys AFTER INSERT ON sammen.signup
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sammen.signup_keys();

CREATE FUNCTION sammen.applied_op_keys() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, sammen, pg_temp
AS $$
BEGIN
    -- Kiosks are never deleted (kiosk_keep below): what is found stays.
    IF EXISTS (SELECT 1 FROM (SELECT kiosk_id, site_id FROM new_rows GROUP BY 1, 2) n
                WHERE NOT EXISTS (SELECT 1 FROM sammen.kiosk k
                                   WHERE k.id = n.kiosk_id AND k.site_id = n.site_id)) THEN
        RAISE EXCEPTION 'an applied op names a kiosk of another site, or no such kiosk'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER applied_op_keys AFTER INSERT ON sammen.applied_op
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION sammen.applied_op_keys();

CREATE FUNCTION sammen.keys_stay() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, sammen, pg_temp
AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a kiosk is revoked, never deleted'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
        MESSAGE = 'the keys of a row in ' || TG_TABLE_NAME || ' do not change';
END $$;
CREATE TRIGGER signup_keys_stay BEFORE UPDATE OF occurrence_id, site_id, origin_kiosk_id
    ON sammen.signup FOR EACH ROW
    WHEN (OLD.occurrence_id IS DISTINCT FROM NEW.occurrence_id
          OR OLD.site_id IS DISTINCT FROM NEW.site_id
          OR OLD.origin_kiosk_id IS DISTINCT FROM NEW.origin_kiosk_id)
    EXECUTE FUNCTION sammen.keys_stay();
CREATE TRIGGER applied_op_keys_stay BEFORE UPDATE OF kiosk_id, site_id
    ON sammen.applied_op FOR EACH ROW
    WHEN (OLD.kiosk_id IS DISTINCT FROM NEW.kiosk_id OR OLD.site_id IS DISTINCT FROM NEW.site_id)
    EXECUTE FUNCTION sammen.keys_stay();
CREATE TRIGGER occurrence_keys_stay BEFORE UPDATE OF id, site_id
    ON sammen.occurrence FOR EACH ROW
    WHEN (OLD.id IS DISTINCT FROM NEW.id OR OLD.site_id IS DISTINCT FROM NEW.site_id)
    EXECUTE FUNCTION sammen.keys_stay();
CREATE TRIGGER kiosk_keep BEFORE DELETE ON sammen.kiosk
    FOR EACH ROW EXECUTE FUNCTION sammen.keys_stay();
CREATE TRIGGER kiosk_keys_stay BEFORE UPDATE OF id, site_id
    ON sammen.kiosk FOR EACH ROW
    WHEN (OLD.id IS DISTINCT FROM NEW.id OR OLD.site_id IS DISTINCT FROM NEW.site_id)
    EXECUTE FUNCTION sammen.keys_stay();

CREATE FUNCTION sammen.occurrence_keep_signups() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, sammen, pg_temp
AS $$
BEGIN
    -- A sign-up made meanwhile held its date FOR KEY SHARE, so this delete waited for
    -- it; in READ COMMITTED this statement then sees it. A stricter level would not.
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'dates are deleted in READ COMMITTED transactions only'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM sammen.signup s
                WHERE s.occurrence_id IN (SELECT id FROM old_rows)) THEN
        RAISE EXCEPTION 'a date with sign-ups is not deleted'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER occurrence_keep_signups AFTER DELETE ON sammen.occurrence
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION sammen.occurrence_keep_signups();
"""

DOWNGRADE = r"""
DROP TRIGGER occurrence_keep_signups ON sammen.occurrence;
DROP FUNCTION sammen.occurrence_keep_signups();
DROP TRIGGER kiosk_keys_stay ON sammen.kiosk;
DROP TRIGGER kiosk_keep ON sammen.kiosk;
DROP TRIGGER occurrence_keys_stay ON sammen.occurrence;
DROP TRIGGER applied_op_keys_stay ON sammen.applied_op;
DROP TRIGGER signup_keys_stay ON sammen.signup;
DROP FUNCTION sammen.keys_stay();
DROP TRIGGER applied_op_keys ON sammen.applied_op;
DROP FUNCTION sammen.applied_op_keys();
DROP TRIGGER signup_keys ON sammen.signup;
DROP FUNCTION sammen.signup_keys();
ALTER TABLE sammen.applied_op ADD CONSTRAINT applied_op_kiosk_site_fkey
    FOREIGN KEY (kiosk_id, site_id) REFERENCES sammen.kiosk (id, site_id);
ALTER TABLE sammen.signup
    ADD CONSTRAINT signup_occurrence_site_fkey FOREIGN KEY (occurrence_id, site_id)
        REFERENCES sammen.occurrence (id, site_id),
    ADD CONSTRAINT signup_origin_kiosk_id_fkey FOREIGN KEY (origin_kiosk_id)
        REFERENCES sammen.kiosk (id);
"""

# c0016's push_signups, its batch read in one pass: the passages that change.
READ_OLD_START = "    -- Every request read once; a batch that is not all plain new sign-ups"
READ_OLD_END = "INTO fine, dates, op_ids, signup_ids, occurrence_ids, names, phones, parties, "
READ_OLD_END += "codes,\n"
READ_NEW = r"""    -- Every request read once, in one pass: the arrays line up because one aggregate
    -- node fills them all from the same rows, and each keeps its place in the batch.
    -- An op or sign-up sent before, or twice in the batch, is not looked up here: its
    -- key is refused by a unique index below, and sync.push then answers one by one.
    SELECT bool_and(coalesce(r.kind = 'signup.request'
                             AND NOT coalesce(p.quota, false), false)),
           array_agg(r.ord), array_agg(r.op_id), array_agg(p.signup_id),
           array_agg(p.occurrence_id), array_agg(p.display_name),
           array_agg(NULLIF(p.phone, '')), array_agg(p.party_size),
           array_agg(p.booking_code), array_agg(coalesce(p.needs_help, false))
      INTO fine, ords, op_ids, signup_ids, occurrence_ids, names, phones, parties, codes,
"""
LOCK_OLD = r"""    -- Locked in one order, as every writer of these rows does one at a time.
    PERFORM 1 FROM sammen.occurrence o WHERE o.id = ANY (dates) ORDER BY o.id FOR UPDATE;
    IF (SELECT count(*) FROM sammen.occurrence o
         WHERE o.id = ANY (dates) AND o.site_id = my_site AND o.status = 'scheduled'
           AND o.starts_at > now()) <> cardinality(dates) THEN
"""
LOCK_NEW = r"""    -- Locked in one order, as every writer of these rows does one at a time; a date
    -- that is not this site's, not open or gone sends the batch the one-by-one way.
    IF (SELECT count(*) FROM (SELECT 1 FROM sammen.occurrence o
                               WHERE o.id = ANY (occurrence_ids) AND o.site_id = my_site
                                 AND o.status = 'scheduled' AND o.starts_at > now()
                               ORDER BY o.id FOR UPDATE) locked)
       <> (SELECT count(DISTINCT d) FROM unnest(occurrence_ids) d) THEN
"""
UNNEST_OLD = r"""unnest(op_ids, signup_ids, occurrence_ids, names, phones, parties, codes,
                             helps)
                      WITH ORDINALITY AS u(op_id, signup_id, occurrence_id, display_name,
                                           phone, party_size, booking_code, needs_help, ord)
"""
UNNEST_NEW = r"""unnest(ords, op_ids, signup_ids, occurrence_ids, names, phones,
                             parties, codes, helps)
                      AS u(ord, op_id, signup_id, occurrence_id, display_name, phone,
                           party_size, booking_code, needs_help)
"""


def _push_signups() -> str:
    body = str(earlier.revision("c0016")._push_signups())
    start = body.index(READ_OLD_START)
    end = body.index(READ_OLD_END) + len(READ_OLD_END)
    assert body.count(READ_OLD_START) == 1 and body.count(READ_OLD_END) == 1
    body = body[:start] + READ_NEW + body[end:]
    return earlier.replaced(
        body,
        [
            ("    dates uuid[];\n", "    ords bigint[];\n"),
            (LOCK_OLD, LOCK_NEW),
            (UNNEST_OLD, UNNEST_NEW),
            ("FROM sammen.occurrence o WHERE o.id = ANY (dates)",
             "FROM sammen.occurrence o WHERE o.id = ANY (occurrence_ids)"),
        ],
    )  # fmt: skip


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(UPGRADE)
    bind.exec_driver_sql(_push_signups())
    bind.exec_driver_sql("RESET ROLE")


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql(str(earlier.revision("c0016")._push_signups()))
    bind.exec_driver_sql(DOWNGRADE)
    bind.exec_driver_sql("RESET ROLE")
