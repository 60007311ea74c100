"""Central schema: sites, kiosks, activities, occurrences, sign-ups, the change log, the
record of applied operations, row-level security, and the sync functions kiosks call.

Revision ID: c0001
Revises:
"""

from alembic import op

revision = "c0001"
down_revision = None
branch_labels = None
depends_on = None

TABLES = r"""
SET LOCAL ROLE sammen_owner;
-- Nothing sammen_owner makes is callable by anyone unless granted below.
ALTER DEFAULT PRIVILEGES FOR ROLE sammen_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

CREATE TABLE sammen.site (
    id          uuid PRIMARY KEY,
    name        text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 120),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sammen.kiosk (
    id          uuid PRIMARY KEY,
    site_id     uuid NOT NULL REFERENCES sammen.site (id),
    name        text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 120),
    role_name   name NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz,
    last_seen_at timestamptz
);

CREATE TABLE sammen.activity (
    id                    uuid PRIMARY KEY,
    site_id               uuid NOT NULL REFERENCES sammen.site (id),
    title                 text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
    description           text NOT NULL DEFAULT '',
    category              text NOT NULL,
    place                 text NOT NULL DEFAULT '',
    host                  text NOT NULL DEFAULT '',
    contact_name          text NOT NULL DEFAULT '',
    contact_phone         text NOT NULL DEFAULT '',
    capacity              integer NOT NULL CHECK (capacity >= 0),
    sensitive             boolean NOT NULL DEFAULT false,
    accessibility         text NOT NULL DEFAULT '',
    signup_closes_minutes integer,
    wants_volunteers      boolean NOT NULL DEFAULT false,
    cancelled_at          timestamptz
);
CREATE INDEX ON sammen.activity (site_id);

CREATE TABLE sammen.occurrence (
    id           uuid PRIMARY KEY,
    site_id      uuid NOT NULL REFERENCES sammen.site (id),
    activity_id  uuid NOT NULL REFERENCES sammen.activity (id),
    starts_at    timestamptz NOT NULL,
    ends_at      timestamptz NOT NULL CHECK (ends_at >= starts_at),
    capacity     integer NOT NULL CHECK (capacity >= 0),
    status       text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
    seats_taken  integer NOT NULL DEFAULT 0,
    CHECK (seats_taken BETWEEN 0 AND capacity)
);
CREATE INDEX ON sammen.occurrence (site_id, starts_at);

CREATE TABLE sammen.signup (
    id              uuid PRIMARY KEY,
    site_id         uuid NOT NULL REFERENCES sammen.site (id),
    occurrence_id   uuid NOT NULL REFERENCES sammen.occurrence (id),
    display_name    text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 60),
    phone           text CHECK (phone IS NULL OR phone ~ '^\+[0-9]{6,15}$'),
    party_size      integer NOT NULL CHECK (party_size BETWEEN 1 AND 4),
    status          text NOT NULL
                    CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
    -- Waiting-list order: the server's own counter, never a kiosk's clock.
    queue_number    bigint NOT NULL,
    booking_code    text NOT NULL UNIQUE CHECK (booking_code ~ '^[A-Z0-9]{6}$'),
    origin_kiosk_id uuid REFERENCES sammen.kiosk (id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    cancelled_at    timestamptz
);
CREATE INDEX ON sammen.signup (occurrence_id, status, queue_number);

-- Every operation a kiosk pushed, with the answer it got: the same op sent again (a
-- retry after a lost reply) gets the same answer and changes nothing.
CREATE TABLE sammen.applied_op (
    op_id       uuid PRIMARY KEY,
    kiosk_id    uuid NOT NULL REFERENCES sammen.kiosk (id),
    site_id     uuid NOT NULL REFERENCES sammen.site (id),
    kind        text NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now(),
    result      jsonb NOT NULL
);

-- What changed, for kiosks to pull. The cursor is (xid, id): a row is handed out only
-- once every transaction that might still write an older one has ended, so a late
-- commit is never skipped (a plain sequence cursor loses those).
CREATE TABLE sammen.change_log (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    xid        xid8 NOT NULL DEFAULT pg_current_xact_id(),
    site_id    uuid NOT NULL,
    entity     text NOT NULL,
    entity_id  uuid NOT NULL,
    row_data   jsonb NOT NULL
);
CREATE INDEX ON sammen.change_log (site_id, xid, id);
"""

SECURITY = r"""
SET LOCAL ROLE sammen_owner;

-- The calling kiosk's site, from the login role; NULL for anyone who is not a kiosk.
CREATE FUNCTION sammen.session_site() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, sammen, pg_temp
AS $$ SELECT site_id FROM sammen.kiosk WHERE role_name = session_user AND revoked_at IS NULL $$;

CREATE FUNCTION sammen.session_kiosk() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, sammen, pg_temp
AS $$ SELECT id FROM sammen.kiosk WHERE role_name = session_user AND revoked_at IS NULL $$;

CREATE FUNCTION sammen.is_kiosk_session() RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, sammen, pg_temp
AS $$ SELECT pg_has_role(session_user, 'sammen_kiosk', 'MEMBER') $$;

ALTER TABLE sammen.activity   ENABLE ROW LEVEL SECURITY;
ALTER TABLE sammen.occurrence ENABLE ROW LEVEL SECURITY;
ALTER TABLE sammen.signup     ENABLE ROW LEVEL SECURITY;
ALTER TABLE sammen.applied_op ENABLE ROW LEVEL SECURITY;
ALTER TABLE sammen.change_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE sammen.activity   FORCE ROW LEVEL SECURITY;
ALTER TABLE sammen.occurrence FORCE ROW LEVEL SECURITY;
ALTER TABLE sammen.signup     FORCE ROW LEVEL SECURITY;
ALTER TABLE sammen.applied_op FORCE ROW LEVEL SECURITY;
ALTER TABLE sammen.change_log FORCE ROW LEVEL SECURITY;

-- A kiosk's session sees its own site only, whatever a function is asked; staff tools
-- (not kiosk roles) see all.
CREATE POLICY own_site ON sammen.activity
    USING (NOT sammen.is_kiosk_session() OR site_id = sammen.session_site());
CREATE POLICY own_site ON sammen.occurrence
    USING (NOT sammen.is_kiosk_session() OR site_id = sammen.session_site());
CREATE POLICY own_site ON sammen.signup
    USING (NOT sammen.is_kiosk_session() OR site_id = sammen.session_site());
CREATE POLICY own_site ON sammen.applied_op
    USING (NOT sammen.is_kiosk_session() OR site_id = sammen.session_site());
CREATE POLICY own_site ON sammen.change_log
    USING (NOT sammen.is_kiosk_session() OR site_id = sammen.session_site());

-- Change log triggers: one row per change, with the row as JSON.
CREATE FUNCTION sammen.log_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, sammen, pg_temp
AS $$
DECLARE
    r jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
BEGIN
    INSERT INTO sammen.change_log (site_id, entity, entity_id, row_data)
    VALUES ((r ->> 'site_id')::uuid, TG_TABLE_NAME, (r ->> 'id')::uuid,
            CASE WHEN TG_OP = 'DELETE' THEN jsonb_build_object('deleted', true, 'id', r -> 'id')
                 ELSE r END);
    RETURN NULL;
END $$;
CREATE TRIGGER log_change AFTER INSERT OR UPDATE OR DELETE ON sammen.activity
    FOR EACH ROW EXECUTE FUNCTION sammen.log_change();
CREATE TRIGGER log_change AFTER INSERT OR UPDATE OR DELETE ON sammen.occurrence
    FOR EACH ROW EXECUTE FUNCTION sammen.log_change();
CREATE TRIGGER log_change AFTER INSERT OR UPDATE OR DELETE ON sammen.signup
    FOR EACH ROW EXECUTE FUNCTION sammen.log_change();
"""

SYNC = r"""
-- The administrator makes the schema (a database privilege); sammen_owner fills it.
RESET ROLE;
CREATE SCHEMA sync AUTHORIZATION sammen_owner;
REVOKE ALL ON SCHEMA sync FROM PUBLIC;
SET LOCAL ROLE sammen_owner;

-- Who am I, and may I sync? An older kiosk is told to upgrade (and keeps its outbox).
CREATE FUNCTION sync.hello(client_schema integer) RETURNS jsonb
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
        'server_schema', 1, 'min_client_schema', 2,
        'upgrade_required', client_schema < 2);
END $$;

-- Seats for the head of the waiting list while its whole party fits; nobody skipped.
CREATE FUNCTION sammen.promote(occ uuid) RETURNS integer
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
        EXIT WHEN NOT FOUND OR o.seats_taken + head.party_size > o.capacity;
        UPDATE sammen.signup SET status = 'confirmed' WHERE id = head.id;
        UPDATE sammen.occurrence SET seats_taken = seats_taken + head.party_size
         WHERE id = occ RETURNING * INTO o;
        promoted := promoted + 1;
    END LOOP;
    RETURN promoted;
END $$;

-- One operation; raises on anything malformed (the caller rolls just this one back).
CREATE FUNCTION sammen.apply_op(me uuid, my_site uuid, kind text, p jsonb) RETURNS jsonb
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

-- Push a batch of intent operations; each is applied once, whatever happens to replies.
CREATE FUNCTION sync.push(batch jsonb) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, sammen, pg_temp
AS $$
DECLARE
    me uuid := sammen.session_kiosk();
    my_site uuid := sammen.session_site();
    item jsonb;
    this_op uuid;
    earlier sammen.applied_op;
    answer jsonb;
    answers jsonb := '[]'::jsonb;
    broken text;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'not an enrolled kiosk' USING ERRCODE = '42501';
    END IF;
    IF jsonb_typeof(batch) IS DISTINCT FROM 'array' OR jsonb_array_length(batch) > 1000
       OR pg_column_size(batch) > 2000000 THEN
        RAISE EXCEPTION 'malformed batch' USING ERRCODE = '22023';
    END IF;
    FOR item IN SELECT value FROM jsonb_array_elements(batch) LOOP
        BEGIN
            this_op := (item ->> 'op_id')::uuid;
            IF this_op IS NULL OR jsonb_typeof(item -> 'payload') IS DISTINCT FROM 'object' THEN
                RAISE EXCEPTION 'malformed op' USING ERRCODE = '22023';
            END IF;
        EXCEPTION WHEN others THEN
            answers := answers || jsonb_build_array(jsonb_build_object(
                'op_id', item -> 'op_id', 'status', 'rejected', 'reason', 'malformed'));
            CONTINUE;
        END;
        SELECT * INTO earlier FROM sammen.applied_op a WHERE a.op_id = this_op;
        IF FOUND THEN
            answer := CASE WHEN earlier.kiosk_id = me THEN earlier.result
                           ELSE jsonb_build_object('status', 'rejected', 'reason', 'foreign_op')
                      END;
        ELSE
            BEGIN
                -- Claim the id first: another site's op with it (invisible here) stops us.
                INSERT INTO sammen.applied_op (op_id, kiosk_id, site_id, kind, result)
                VALUES (this_op, me, my_site, left(coalesce(item ->> 'kind', ''), 40), '{}');
                answer := sammen.apply_op(me, my_site, item ->> 'kind', item -> 'payload');
                UPDATE sammen.applied_op a SET result = answer WHERE a.op_id = this_op;
            EXCEPTION WHEN unique_violation THEN
                GET STACKED DIAGNOSTICS broken = CONSTRAINT_NAME;
                answer := jsonb_build_object('status', 'rejected', 'reason',
                    CASE WHEN broken = 'applied_op_pkey' THEN 'foreign_op' ELSE 'conflict' END);
            WHEN others THEN
                answer := jsonb_build_object('status', 'rejected', 'reason', 'malformed');
            END;
        END IF;
        answers := answers || jsonb_build_array(answer || jsonb_build_object('op_id', this_op));
    END LOOP;
    UPDATE sammen.kiosk SET last_seen_at = now() WHERE id = me;
    RETURN answers;
END $$;

-- Changes after the cursor, oldest first, only from transactions no one can still be
-- writing behind (xid below the snapshot's xmin).
CREATE FUNCTION sync.pull(after_xid xid8, after_id bigint, max_rows integer) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, sammen, pg_temp
AS $$
DECLARE
    my_site uuid := sammen.session_site();
    horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
    rows jsonb;
    last record;
    n integer;
BEGIN
    IF my_site IS NULL THEN
        RAISE EXCEPTION 'not an enrolled kiosk' USING ERRCODE = '42501';
    END IF;
    IF max_rows IS NULL OR max_rows < 1 OR max_rows > 10000 THEN
        RAISE EXCEPTION 'max_rows must be 1–10000' USING ERRCODE = '22023';
    END IF;
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'xid', c.xid::text, 'id', c.id, 'entity', c.entity,
               'entity_id', c.entity_id, 'row', c.row_data) ORDER BY c.xid, c.id), '[]'::jsonb),
           count(*)
      INTO rows, n
      FROM (SELECT * FROM sammen.change_log
             WHERE site_id = my_site AND (xid, id) > (after_xid, after_id) AND xid < horizon
             ORDER BY xid, id LIMIT max_rows) c;
    RETURN jsonb_build_object('changes', rows, 'more', n = max_rows);
END $$;

GRANT USAGE ON SCHEMA sync TO sammen_kiosk;
GRANT EXECUTE ON FUNCTION sync.hello(integer) TO sammen_kiosk;
GRANT EXECUTE ON FUNCTION sync.push(jsonb) TO sammen_kiosk;
GRANT EXECUTE ON FUNCTION sync.pull(xid8, bigint, integer) TO sammen_kiosk;
RESET ROLE;
"""


def upgrade() -> None:
    # Straight to the driver: the SQL is full of `::casts` and `$$` bodies.
    bind = op.get_bind()
    for script in (TABLES, SECURITY, SYNC):
        bind.exec_driver_sql(script)


def downgrade() -> None:
    op.execute("DROP SCHEMA sync CASCADE")
    for table in ("change_log", "applied_op", "signup", "occurrence", "activity", "kiosk", "site"):
        op.execute(f"DROP TABLE sammen.{table} CASCADE")
    for function in (
        "session_site()",
        "session_kiosk()",
        "is_kiosk_session()",
        "log_change()",
        "promote(uuid)",
        "apply_op(uuid, uuid, text, jsonb)",
    ):
        op.execute(f"DROP FUNCTION IF EXISTS sammen.{function}")
