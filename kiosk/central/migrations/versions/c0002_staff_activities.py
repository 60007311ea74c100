"""Staff mode's activities reach the central database: `activity.upsert` carries a whole
activity with its dates, for the sending kiosk's own site only.

Revision ID: c0002
Revises: c0001
"""

from alembic import op

revision = "c0002"
down_revision = "c0001"
branch_labels = None
depends_on = None

UPGRADE = r"""
SET LOCAL ROLE sammen_owner;

-- Staff mode on a kiosk sends a whole activity with its dates: create or update it for
-- the kiosk's own site, keep every date's seats, and drop removed dates nobody joined.
CREATE FUNCTION sammen.apply_activity(my_site uuid, p jsonb) RETURNS jsonb
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
            -- Never fewer seats than are already promised here.
            capacity = GREATEST(EXCLUDED.capacity, sammen.occurrence.seats_taken),
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

DROP FUNCTION sammen.apply_activity(uuid, jsonb);
RESET ROLE;
"""


def upgrade() -> None:
    op.get_bind().exec_driver_sql(UPGRADE)


def downgrade() -> None:
    op.get_bind().exec_driver_sql(DOWNGRADE)
