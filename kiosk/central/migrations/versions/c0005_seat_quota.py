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

FUNCTIONS = r"""
SET LOCAL ROLE sammen_owner;

CREATE OR REPLACE FUNCTION sync.hello(client_schema integer) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, sammen, pg_temp
AS $$
DECLARE
    me uuid := sammen.session_kiosk();
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'not an enrolled kiosk' USING ERRCODE = '42501';
    END IF;
    UPDATE sammen.kiosk SET last_seen_at = now() WHERE id = me;
    RETURN jsonb_build_object(
        'kiosk_id', me, 'site_id', sammen.session_site(),
        'server_schema', 3, 'min_client_schema', 2,
        'upgrade_required', client_schema < 2);
END $$;

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

CREATE OR REPLACE FUNCTION sammen.apply_activity(my_site uuid, p jsonb) RETURNS jsonb
    LANGUAGE plpgsql SET search_path = pg_catalog, sammen, pg_temp
AS $$
DECLARE
    a jsonb := p -> 'activity';
    act_id uuid := (p -> 'activity' ->> 'id')::uuid;
    d jsonb;
    gone text;
BEGIN
    IF EXISTS (SELECT 1 FROM sammen.activity WHERE id = act_id AND site_id <> my_site) THEN
        RETURN jsonb_build_object('status', 'rejected', 'reason', 'foreign_activity');
    END IF;
    INSERT INTO sammen.activity (id, site_id, title, description, category, place, host,
                                 contact_name, contact_phone, capacity, sensitive,
                                 accessibility, signup_closes_minutes, wants_volunteers,
                                 cancelled_at)
    VALUES (act_id, my_site, a ->> 'title', coalesce(a ->> 'description', ''),
            a ->> 'category', coalesce(a ->> 'place', ''), coalesce(a ->> 'host', ''),
            coalesce(a ->> 'contact_name', ''), coalesce(a ->> 'contact_phone', ''),
            (a ->> 'capacity')::integer, coalesce((a ->> 'sensitive')::boolean, false),
            coalesce(a ->> 'accessibility', ''), (a ->> 'signup_closes_minutes')::integer,
            coalesce((a ->> 'wants_volunteers')::boolean, false),
            (a ->> 'cancelled_at')::timestamptz)
    ON CONFLICT (id) DO UPDATE SET
        title = EXCLUDED.title, description = EXCLUDED.description,
        category = EXCLUDED.category, place = EXCLUDED.place, host = EXCLUDED.host,
        contact_name = EXCLUDED.contact_name, contact_phone = EXCLUDED.contact_phone,
        capacity = EXCLUDED.capacity, sensitive = EXCLUDED.sensitive,
        accessibility = EXCLUDED.accessibility,
        signup_closes_minutes = EXCLUDED.signup_closes_minutes,
        wants_volunteers = EXCLUDED.wants_volunteers, cancelled_at = EXCLUDED.cancelled_at;
    FOR d IN SELECT value FROM jsonb_array_elements(coalesce(p -> 'occurrences', '[]')) LOOP
        IF EXISTS (SELECT 1 FROM sammen.occurrence o WHERE o.id = (d ->> 'id')::uuid
                     AND (o.site_id <> my_site OR o.activity_id <> act_id)) THEN
            RAISE EXCEPTION 'a date of another activity' USING ERRCODE = '22023';
        END IF;
        INSERT INTO sammen.occurrence (id, site_id, activity_id, starts_at, ends_at, capacity,
                                       status)
        VALUES ((d ->> 'id')::uuid, my_site, act_id, (d ->> 'starts_at')::timestamptz,
                (d ->> 'ends_at')::timestamptz, (d ->> 'capacity')::integer, d ->> 'status')
        ON CONFLICT (id) DO UPDATE SET
            starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
            -- Never fewer seats than are promised or lent to kiosks (an offline kiosk
            -- may already have promised a lent seat).
            capacity = GREATEST(EXCLUDED.capacity,
                                sammen.occurrence.seats_taken + sammen.occurrence.seats_escrowed),
            status = EXCLUDED.status;
        PERFORM sammen.promote((d ->> 'id')::uuid);
    END LOOP;
    FOR gone IN SELECT value FROM jsonb_array_elements_text(
            coalesce(p -> 'removed_occurrences', '[]')) LOOP
        DELETE FROM sammen.occurrence o
         WHERE o.id = gone::uuid AND o.site_id = my_site AND o.activity_id = act_id
           AND NOT EXISTS (SELECT 1 FROM sammen.signup s WHERE s.occurrence_id = o.id);
    END LOOP;
    RETURN jsonb_build_object('status', 'applied', 'activity_id', act_id);
END $$;

CREATE OR REPLACE FUNCTION sammen.apply_staff_signup(my_site uuid, kind text, p jsonb)
    RETURNS jsonb
    LANGUAGE plpgsql SET search_path = pg_catalog, sammen, pg_temp
AS $$
DECLARE
    s sammen.signup;
    o sammen.occurrence;
    head bigint;
BEGIN
    SELECT * INTO s FROM sammen.signup
     WHERE id = (p ->> 'signup_id')::uuid AND site_id = my_site FOR UPDATE;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('status', 'rejected', 'reason', 'unknown_signup');
    END IF;
    IF kind = 'signup.attended' THEN
        UPDATE sammen.signup
           SET attended_at = CASE WHEN (p ->> 'attended')::boolean THEN now() END
         WHERE id = s.id;
        RETURN jsonb_build_object('status', 'applied', 'signup_id', s.id);
    END IF;
    SELECT * INTO o FROM sammen.occurrence WHERE id = s.occurrence_id FOR UPDATE;
    IF p ->> 'status' = 'confirmed' AND s.status = 'waitlisted' THEN
        IF o.seats_taken + o.seats_escrowed + s.party_size > o.capacity THEN
            RETURN jsonb_build_object('status', 'rejected', 'reason', 'no_seat');
        END IF;
        UPDATE sammen.signup SET status = 'confirmed' WHERE id = s.id;
        UPDATE sammen.occurrence SET seats_taken = seats_taken + s.party_size WHERE id = o.id;
    ELSIF p ->> 'status' = 'waitlisted' AND s.status = 'confirmed' THEN
        SELECT min(queue_number) INTO head FROM sammen.signup
         WHERE occurrence_id = o.id AND status = 'waitlisted';
        UPDATE sammen.signup
           SET status = 'waitlisted',
               queue_number = CASE WHEN head IS NOT NULL AND head <= s.queue_number
                                   THEN head - 1 ELSE s.queue_number END
         WHERE id = s.id;
        UPDATE sammen.occurrence SET seats_taken = seats_taken - s.party_size WHERE id = o.id;
    END IF;
    RETURN jsonb_build_object('status', 'applied', 'signup_id', s.id);
END $$;

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
