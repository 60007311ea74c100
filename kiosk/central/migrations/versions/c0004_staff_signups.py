"""Staff mode's moves and attendance reach the central database: `signup.move` (between
seats and the waiting list, the seats checked again there) and `signup.attended`.

Revision ID: c0004
Revises: c0003
"""

from alembic import op

revision = "c0004"
down_revision = "c0003"
branch_labels = None
depends_on = None

UPGRADE = r"""
SET LOCAL ROLE sammen_owner;
ALTER TABLE sammen.signup ADD COLUMN attended_at timestamptz;

-- Staff mode on a kiosk: a person moved between seats and the waiting list, or marked
-- as come. The server checks the seats again; it never overbooks for a kiosk.
CREATE FUNCTION sammen.apply_staff_signup(my_site uuid, kind text, p jsonb) RETURNS jsonb
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
        IF o.seats_taken + s.party_size > o.capacity THEN
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
    party integer;
    waiting integer;
    new_status text;
    new_position bigint;
BEGIN
    IF kind = 'signup.request' THEN
        SELECT * INTO o FROM sammen.occurrence
         WHERE id = (p ->> 'occurrence_id')::uuid AND site_id = my_site FOR UPDATE;
        IF NOT FOUND THEN
            RETURN jsonb_build_object('status', 'rejected', 'reason', 'unknown_occurrence');
        END IF;
        IF o.status <> 'scheduled' OR o.starts_at <= now() THEN
            RETURN jsonb_build_object('status', 'rejected', 'reason', 'not_open');
        END IF;
        IF EXISTS (SELECT 1 FROM sammen.signup WHERE id = (p ->> 'signup_id')::uuid) THEN
            RETURN jsonb_build_object('status', 'rejected', 'reason', 'duplicate_signup');
        END IF;
        party := (p ->> 'party_size')::integer;
        SELECT count(*) INTO waiting FROM sammen.signup
         WHERE occurrence_id = o.id AND status = 'waitlisted';
        IF waiting = 0 AND o.seats_taken + party <= o.capacity THEN
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
                                  'waitlist_position', new_position);
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
RESET ROLE;
"""

DOWNGRADE = r"""
SET LOCAL ROLE sammen_owner;
CREATE OR REPLACE FUNCTION sammen.apply_op(me uuid, my_site uuid, kind text, p jsonb) RETURNS jsonb
    LANGUAGE plpgsql SET search_path = pg_catalog, sammen, pg_temp
AS $$
DECLARE
    o sammen.occurrence;
    s sammen.signup;
    party integer;
    waiting integer;
    new_status text;
    new_position bigint;
BEGIN
    IF kind = 'signup.request' THEN
        SELECT * INTO o FROM sammen.occurrence
         WHERE id = (p ->> 'occurrence_id')::uuid AND site_id = my_site FOR UPDATE;
        IF NOT FOUND THEN
            RETURN jsonb_build_object('status', 'rejected', 'reason', 'unknown_occurrence');
        END IF;
        IF o.status <> 'scheduled' OR o.starts_at <= now() THEN
            RETURN jsonb_build_object('status', 'rejected', 'reason', 'not_open');
        END IF;
        IF EXISTS (SELECT 1 FROM sammen.signup WHERE id = (p ->> 'signup_id')::uuid) THEN
            RETURN jsonb_build_object('status', 'rejected', 'reason', 'duplicate_signup');
        END IF;
        party := (p ->> 'party_size')::integer;
        SELECT count(*) INTO waiting FROM sammen.signup
         WHERE occurrence_id = o.id AND status = 'waitlisted';
        IF waiting = 0 AND o.seats_taken + party <= o.capacity THEN
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
                                  'waitlist_position', new_position);
    ELSIF kind = 'activity.upsert' THEN
        RETURN sammen.apply_activity(my_site, p);
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

DROP FUNCTION sammen.apply_staff_signup(uuid, text, jsonb);
ALTER TABLE sammen.signup DROP COLUMN attended_at;
RESET ROLE;
"""


def upgrade() -> None:
    op.get_bind().exec_driver_sql(UPGRADE)


def downgrade() -> None:
    op.get_bind().exec_driver_sql(DOWNGRADE)
