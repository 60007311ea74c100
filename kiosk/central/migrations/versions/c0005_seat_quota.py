"""Seat quotas (escrow) for offline promises.

The server lends each kiosk a few seats of every upcoming date. A kiosk that has lost the
network may promise those seats, and the server honours such a promise when the sign-up
arrives, even after other people took the last free seat. Lent seats count against the
capacity (`seats_taken + seats_escrowed <= capacity`), so honouring can never overbook.
Quotas shrink as dates fill: the kiosk is told a lower target and sends the spare seats
back through its outbox, in order after any sign-up that used them.

Kiosk schema 3 asks for quotas; schema 2 kiosks (one version behind) sync as before.

Revision ID: c0005
Revises: c0004
"""

from alembic import op

from kiosk.central import earlier_revisions as earlier

revision = "c0005"
down_revision = "c0004"
branch_labels = None
depends_on = None

# Seats lent to one kiosk for one date, at most; the rest stays for kiosks that are online.
QUOTA_PER_KIOSK = 2
# How far ahead quotas are lent: a longer outage than this is a repair, not a wait.
QUOTA_DAYS = 14

TABLES = r"""
SET LOCAL ROLE sammen_owner;
ALTER TABLE sammen.occurrence ADD COLUMN seats_escrowed integer NOT NULL DEFAULT 0;
ALTER TABLE sammen.occurrence ADD CONSTRAINT seats_within_capacity
    CHECK (seats_escrowed >= 0 AND seats_taken + seats_escrowed <= capacity);

-- Counters that only grow: what a kiosk still holds is granted - used - returned.
CREATE TABLE sammen.seat_quota (
    kiosk_id      uuid NOT NULL REFERENCES sammen.kiosk (id),
    occurrence_id uuid NOT NULL REFERENCES sammen.occurrence (id) ON DELETE CASCADE,
    site_id       uuid NOT NULL REFERENCES sammen.site (id),
    granted       integer NOT NULL DEFAULT 0,
    used          integer NOT NULL DEFAULT 0,
    returned      integer NOT NULL DEFAULT 0,
    PRIMARY KEY (kiosk_id, occurrence_id),
    CHECK (used >= 0 AND returned >= 0 AND used + returned <= granted)
);
CREATE INDEX ON sammen.seat_quota (occurrence_id);
ALTER TABLE sammen.seat_quota ENABLE ROW LEVEL SECURITY;
ALTER TABLE sammen.seat_quota FORCE ROW LEVEL SECURITY;
CREATE POLICY own_site ON sammen.seat_quota
    USING ((SELECT NOT sammen.is_kiosk_session()) OR site_id = (SELECT sammen.session_site()));
"""

FUNCTIONS_WITH_GAPS = r"""
SET LOCAL ROLE sammen_owner;

-- {HELLO}

-- Lent seats are not free: the waiting list moves up only into seats nobody holds.
CREATE OR REPLACE FUNCTION sammen.promote(occ uuid) RETURNS integer
    LANGUAGE plpgsql SET search_path = pg_catalog, sammen, pg_temp
AS $$
DECLARE
    o sammen.occurrence;
    head sammen.signup;
    promoted integer := 0;
BEGIN
    SELECT * INTO o FROM sammen.occurrence WHERE id = occ FOR UPDATE;
    LOOP
        SELECT * INTO head FROM sammen.signup
         WHERE occurrence_id = occ AND status = 'waitlisted'
         ORDER BY queue_number LIMIT 1;
        EXIT WHEN NOT FOUND
               OR o.seats_taken + o.seats_escrowed + head.party_size > o.capacity;
        UPDATE sammen.signup SET status = 'confirmed' WHERE id = head.id;
        UPDATE sammen.occurrence SET seats_taken = seats_taken + head.party_size
         WHERE id = occ RETURNING * INTO o;
        promoted := promoted + 1;
    END LOOP;
    RETURN promoted;
END $$;

-- {APPLY_ACTIVITY}

-- {APPLY_STAFF_SIGNUP}

CREATE OR REPLACE FUNCTION sammen.apply_op(me uuid, my_site uuid, kind text, p jsonb) RETURNS jsonb
    LANGUAGE plpgsql SET search_path = pg_catalog, sammen, pg_temp
AS $$
DECLARE
    o sammen.occurrence;
    s sammen.signup;
    q sammen.seat_quota;
    party integer;
    waiting integer;
    from_quota boolean := false;
    seats integer;
    new_status text;
    new_position bigint;
BEGIN
    IF kind = 'signup.request' THEN
        SELECT * INTO o FROM sammen.occurrence
         WHERE id = (p ->> 'occurrence_id')::uuid AND site_id = my_site FOR UPDATE;
        IF NOT FOUND THEN
            RETURN jsonb_build_object('status', 'rejected', 'reason', 'unknown_occurrence');
        END IF;
        party := (p ->> 'party_size')::integer;
        -- A seat this kiosk promised while offline, from the seats lent to it: honoured,
        -- even if the date has started by the time the kiosk is back online.
        IF coalesce((p ->> 'quota')::boolean, false) THEN
            SELECT * INTO q FROM sammen.seat_quota
             WHERE kiosk_id = me AND occurrence_id = o.id FOR UPDATE;
            from_quota := FOUND AND q.granted - q.used - q.returned >= party;
        END IF;
        IF o.status <> 'scheduled' OR (o.starts_at <= now() AND NOT from_quota) THEN
            RETURN jsonb_build_object('status', 'rejected', 'reason', 'not_open');
        END IF;
        IF EXISTS (SELECT 1 FROM sammen.signup WHERE id = (p ->> 'signup_id')::uuid) THEN
            RETURN jsonb_build_object('status', 'rejected', 'reason', 'duplicate_signup');
        END IF;
        SELECT count(*) INTO waiting FROM sammen.signup
         WHERE occurrence_id = o.id AND status = 'waitlisted';
        IF from_quota THEN
            new_status := 'confirmed';
            UPDATE sammen.seat_quota SET used = used + party
             WHERE kiosk_id = me AND occurrence_id = o.id;
            UPDATE sammen.occurrence
               SET seats_taken = seats_taken + party, seats_escrowed = seats_escrowed - party
             WHERE id = o.id;
        ELSIF waiting = 0 AND o.seats_taken + o.seats_escrowed + party <= o.capacity THEN
            new_status := 'confirmed';
            UPDATE sammen.occurrence SET seats_taken = seats_taken + party WHERE id = o.id;
        ELSE
            new_status := 'waitlisted';
        END IF;
        INSERT INTO sammen.signup (id, site_id, occurrence_id, display_name, phone, party_size,
                                   status, queue_number, booking_code, origin_kiosk_id)
        VALUES ((p ->> 'signup_id')::uuid, my_site, o.id, p ->> 'display_name',
                NULLIF(p ->> 'phone', ''), party, new_status,
                COALESCE((SELECT max(queue_number) FROM sammen.signup
                           WHERE occurrence_id = o.id), 0) + 1,
                p ->> 'booking_code', me)
        RETURNING * INTO s;
        new_position := CASE WHEN new_status = 'waitlisted' THEN waiting + 1 END;
        RETURN jsonb_build_object('status', new_status, 'signup_id', s.id,
                                  'waitlist_position', new_position,
                                  'from_quota', from_quota);
    ELSIF kind = 'quota.return' THEN
        SELECT * INTO o FROM sammen.occurrence
         WHERE id = (p ->> 'occurrence_id')::uuid AND site_id = my_site FOR UPDATE;
        IF NOT FOUND THEN
            RETURN jsonb_build_object('status', 'rejected', 'reason', 'unknown_occurrence');
        END IF;
        SELECT * INTO q FROM sammen.seat_quota
         WHERE kiosk_id = me AND occurrence_id = o.id FOR UPDATE;
        IF NOT FOUND THEN
            RETURN jsonb_build_object('status', 'rejected', 'reason', 'unknown_quota');
        END IF;
        seats := (p ->> 'seats')::integer;
        IF seats IS NULL OR seats < 0 THEN
            RAISE EXCEPTION 'seats must be a count' USING ERRCODE = '22023';
        END IF;
        seats := least(seats, q.granted - q.used - q.returned);  -- never more than held
        UPDATE sammen.seat_quota SET returned = returned + seats
         WHERE kiosk_id = me AND occurrence_id = o.id;
        UPDATE sammen.occurrence SET seats_escrowed = seats_escrowed - seats WHERE id = o.id;
        PERFORM sammen.promote(o.id);
        RETURN jsonb_build_object('status', 'applied', 'returned', seats);
    ELSIF kind = 'activity.upsert' THEN
        RETURN sammen.apply_activity(my_site, p);
    ELSIF kind IN ('signup.move', 'signup.attended') THEN
        RETURN sammen.apply_staff_signup(my_site, kind, p);
    ELSIF kind = 'signup.cancel' THEN
        SELECT * INTO s FROM sammen.signup
         WHERE id = (p ->> 'signup_id')::uuid AND site_id = my_site FOR UPDATE;
        IF NOT FOUND THEN
            RETURN jsonb_build_object('status', 'rejected', 'reason', 'unknown_signup');
        END IF;
        IF s.status = 'cancelled' THEN
            RETURN jsonb_build_object('status', 'cancelled', 'signup_id', s.id);
        END IF;
        UPDATE sammen.signup SET status = 'cancelled', cancelled_at = now() WHERE id = s.id;
        IF s.status = 'confirmed' THEN
            UPDATE sammen.occurrence SET seats_taken = seats_taken - s.party_size
             WHERE id = s.occurrence_id;
        END IF;
        PERFORM sammen.promote(s.occurrence_id);
        RETURN jsonb_build_object('status', 'cancelled', 'signup_id', s.id);
    END IF;
    RETURN jsonb_build_object('status', 'rejected', 'reason', 'unknown_kind');
END $$;

-- Lend this kiosk seats of the coming dates, and say how many it should hold: a kiosk
-- holding more than its target sends the spare seats back through its outbox. Seats are
-- lent only from free ones, never while someone waits, and a share is always left for
-- kiosks that are online. Idempotent: a lost reply is answered again, nothing more lent.
CREATE FUNCTION sync.quota() RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, sammen, pg_temp
AS $$
DECLARE
    me uuid := sammen.session_kiosk();
    my_site uuid := sammen.session_site();
    kiosks integer;
    o sammen.occurrence;
    fresh sammen.occurrence;
    q sammen.seat_quota;
    held integer;
    target integer;
    lend integer;
    answer jsonb := '[]'::jsonb;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'not an enrolled kiosk' USING ERRCODE = '42501';
    END IF;
    SELECT count(*) INTO kiosks FROM sammen.kiosk
     WHERE site_id = my_site AND revoked_at IS NULL;
    FOR o IN SELECT * FROM sammen.occurrence oc
              WHERE oc.site_id = my_site AND oc.starts_at > now()
                AND oc.starts_at < now() + make_interval(days => QUOTA_DAYS)
              ORDER BY oc.starts_at, oc.id LIMIT 1000 LOOP
        SELECT * INTO q FROM sammen.seat_quota WHERE kiosk_id = me AND occurrence_id = o.id;
        held := CASE WHEN FOUND THEN q.granted - q.used - q.returned ELSE 0 END;
        IF o.status <> 'scheduled' OR EXISTS (
               SELECT 1 FROM sammen.signup s
                WHERE s.occurrence_id = o.id AND s.status = 'waitlisted') THEN
            target := 0;
        ELSE
            target := least(QUOTA_PER_KIOSK,
                            (o.capacity - o.seats_taken - o.seats_escrowed + held) / (kiosks + 1));
        END IF;
        IF held < target THEN
            -- Busy with a sign-up right now: lent next time, never waited for.
            SELECT * INTO fresh FROM sammen.occurrence WHERE id = o.id FOR UPDATE SKIP LOCKED;
            IF FOUND THEN
                lend := least(target - held,
                              fresh.capacity - fresh.seats_taken - fresh.seats_escrowed);
                IF lend > 0 THEN
                    INSERT INTO sammen.seat_quota AS sq (kiosk_id, occurrence_id, site_id, granted)
                    VALUES (me, o.id, my_site, lend)
                    ON CONFLICT (kiosk_id, occurrence_id)
                        DO UPDATE SET granted = sq.granted + lend;
                    UPDATE sammen.occurrence SET seats_escrowed = seats_escrowed + lend
                     WHERE id = o.id;
                END IF;
            END IF;
            SELECT * INTO q FROM sammen.seat_quota WHERE kiosk_id = me AND occurrence_id = o.id;
        END IF;
        IF q.kiosk_id IS NOT NULL AND q.occurrence_id = o.id THEN
            answer := answer || jsonb_build_array(jsonb_build_object(
                'occurrence_id', o.id, 'granted', q.granted, 'used', q.used,
                'returned', q.returned, 'target', target));
        END IF;
    END LOOP;
    RETURN answer;
END $$;

GRANT EXECUTE ON FUNCTION sync.quota() TO sammen_kiosk;
RESET ROLE;
"""

# Three functions of earlier revisions with a line or two changed: read from them, not
# written out again here.
HELLO = earlier.edited(
    str(earlier.revision("c0001").SYNC),
    "sync.hello",
    "'server_schema', 1, 'min_client_schema', 2,",
    "'server_schema', 3, 'min_client_schema', 2,",
)
APPLY_ACTIVITY = earlier.edited(
    str(earlier.revision("c0002").UPGRADE),
    "sammen.apply_activity",
    """            -- Never fewer seats than are already promised here.
            capacity = GREATEST(EXCLUDED.capacity, sammen.occurrence.seats_taken),""",
    "            -- Never fewer seats than are promised or lent to kiosks (an offline kiosk\n"
    "            -- may already have promised a lent seat).\n"
    "            capacity = GREATEST(EXCLUDED.capacity,\n"
    "                                sammen.occurrence.seats_taken"
    " + sammen.occurrence.seats_escrowed),",
)
APPLY_STAFF_SIGNUP = earlier.edited(
    str(earlier.revision("c0004").UPGRADE),
    "sammen.apply_staff_signup",
    "        IF o.seats_taken + s.party_size > o.capacity THEN",
    "        IF o.seats_taken + o.seats_escrowed + s.party_size > o.capacity THEN",
)
FUNCTIONS = (
    FUNCTIONS_WITH_GAPS.replace("-- {HELLO}\n", HELLO + "\n")
    .replace("-- {APPLY_ACTIVITY}\n", APPLY_ACTIVITY + "\n")
    .replace("-- {APPLY_STAFF_SIGNUP}\n", APPLY_STAFF_SIGNUP + "\n")
)


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql(TABLES)
    bind.exec_driver_sql(
        FUNCTIONS.replace("QUOTA_PER_KIOSK", str(QUOTA_PER_KIOSK)).replace(
            "QUOTA_DAYS", str(QUOTA_DAYS)
        )
    )


def downgrade() -> None:
    c0001, c0002, c0004 = (earlier.revision(n) for n in ("c0001", "c0002", "c0004"))
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL ROLE sammen_owner")
    bind.exec_driver_sql("DROP FUNCTION sync.quota()")
    for script, name in (
        (c0001.SYNC, "sync.hello"),
        (c0001.SYNC, "sammen.promote"),
        (c0002.UPGRADE, "sammen.apply_activity"),
        (c0004.UPGRADE, "sammen.apply_staff_signup"),
        (c0004.UPGRADE, "sammen.apply_op"),
    ):
        bind.exec_driver_sql(earlier.function(script, name))
    bind.exec_driver_sql("DROP TABLE sammen.seat_quota")
    bind.exec_driver_sql("ALTER TABLE sammen.occurrence DROP CONSTRAINT seats_within_capacity")
    bind.exec_driver_sql("ALTER TABLE sammen.occurrence DROP COLUMN seats_escrowed")
    bind.exec_driver_sql("RESET ROLE")
