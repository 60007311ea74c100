"""The central sync functions against a real PostgreSQL: idempotent push, a pull cursor
that never skips a late commit, one last seat for two kiosks, and the walls between
kiosks, sites and tables."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from sqlalchemy import Engine

from kiosk.central import provision
from kiosk.ids import uuid7

Json = Any


class Kiosk:
    """One enrolled kiosk talking to the central database as itself."""

    def __init__(self, enrolment: provision.Enrolment) -> None:
        self.enrolment = enrolment
        self.conn = psycopg.connect(provision.kiosk_url(enrolment), autocommit=True)

    def call(self, sql: str, *params: object) -> Json:
        row = self.conn.execute(sql, params).fetchone()
        assert row is not None
        return row[0]

    def push(self, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return list(self.call("SELECT sync.push(%s::jsonb)", json.dumps(ops)))

    def pull_all(self, cursor: tuple[str, int] = ("0", 0)) -> tuple[list[Json], tuple[str, int]]:
        changes: list[Json] = []
        while True:
            page = self.call("SELECT sync.pull(%s::xid8, %s, %s)", cursor[0], cursor[1], 100)
            changes += page["changes"]
            if page["changes"]:
                last = page["changes"][-1]
                cursor = (last["xid"], last["id"])
            if not page["more"]:
                return changes, cursor

    def pull_rows_all(
        self, cursor: tuple[str, int] = ("0", 0), page_size: int = 100
    ) -> tuple[list[Json], tuple[str, int]]:
        """As pull_all, through sync.pull_rows (server_schema 5), the rows made into the
        same shape."""
        changes: list[Json] = []
        while True:
            rows = self.conn.execute(
                "SELECT * FROM sync.pull_rows(%s::xid8, %s, %s)", (*cursor, page_size)
            ).fetchall()
            changes += [
                {"xid": x, "id": i, "entity": e, "entity_id": str(eid), "row": json.loads(r)}
                for x, i, e, eid, r in rows
            ]
            if rows:
                cursor = (rows[-1][0], rows[-1][1])
            if len(rows) < page_size:
                return changes, cursor


@pytest.fixture
def sites(central: Engine, central_url: str) -> dict[str, uuid.UUID]:
    ids = {name: provision.add_site(central, name) for name in ("Solbakken", "Elvebakken")}
    with psycopg.connect(central_url, autocommit=True) as admin:
        for name, site_id in ids.items():
            activity = uuid7()
            admin.execute(
                "INSERT INTO sammen.activity (id, site_id, title, category, capacity) "
                "VALUES (%s, %s, %s, 'games', 1)",
                (activity, site_id, f"Bridge på {name}"),
            )
            admin.execute(
                "INSERT INTO sammen.occurrence (id, site_id, activity_id, starts_at, ends_at, "
                "capacity) VALUES (%s, %s, %s, now() + interval '1 day', "
                "now() + interval '1 day 2 hours', 1)",
                (uuid7(), site_id, activity),
            )
    return ids


@pytest.fixture
def kiosks(
    central: Engine, central_url: str, sites: dict[str, uuid.UUID]
) -> Iterator[dict[str, Kiosk]]:
    made = {
        "a1": Kiosk(provision.add_kiosk(central, central_url, "Solbakken", "Lobby 1")),
        "a2": Kiosk(provision.add_kiosk(central, central_url, "Solbakken", "Lobby 2")),
        "b1": Kiosk(provision.add_kiosk(central, central_url, "Elvebakken", "Inngangen")),
    }
    yield made
    for kiosk in made.values():
        kiosk.conn.close()


def occurrence_of(central_url: str, site_id: uuid.UUID) -> uuid.UUID:
    with psycopg.connect(central_url) as admin:
        row = admin.execute(
            "SELECT id FROM sammen.occurrence WHERE site_id = %s", (site_id,)
        ).fetchone()
    assert row is not None
    return uuid.UUID(str(row[0]))


def request(occurrence_id: uuid.UUID, name: str, code: str, **extra: Any) -> dict[str, Any]:
    payload = {
        "signup_id": str(uuid7()),
        "occurrence_id": str(occurrence_id),
        "display_name": name,
        "phone": None,
        "party_size": 1,
        "booking_code": code,
    }
    payload.update(extra)
    return {"op_id": str(uuid7()), "kind": "signup.request", "payload": payload}


def admin_rows(central_url: str, sql: str, *params: object) -> list[tuple[Any, ...]]:
    with psycopg.connect(central_url) as admin:
        return admin.execute(sql, params).fetchall()


def test_the_same_batch_three_times_acts_once(
    kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str
) -> None:
    occurrence = occurrence_of(central_url, sites["Solbakken"])
    batch = [request(occurrence, "Per Hansen", "AAAAA2"), request(occurrence, "Kari Lie", "BBBBB2")]
    answers = [kiosks["a1"].push(batch) for _ in range(3)]
    assert answers[0] == answers[1] == answers[2]
    assert [a["status"] for a in answers[0]] == ["confirmed", "waitlisted"]
    rows = admin_rows(central_url, "SELECT status FROM sammen.signup ORDER BY queue_number")
    assert rows == [("confirmed",), ("waitlisted",)]
    seats = admin_rows(
        central_url, "SELECT seats_taken FROM sammen.occurrence WHERE id = %s", occurrence
    )
    assert seats == [(1,)]


def test_a_retry_of_sign_ups_decided_as_a_set_is_answered_from_the_sign_ups(
    kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str
) -> None:
    """Since c0025 such an op keeps no copy of its answer, only the sign-up it made: a
    retry answers as the first time while nothing has changed, and what is true now once
    something has (a seat given up, the next in line moved up)."""
    date = occurrence_of(central_url, sites["Solbakken"])  # one seat
    kiosk = kiosks["a1"]
    batch = [
        request(date, "Per Hansen", "SSSSS2"),
        request(date, "Kari Lie", "TTTTT2"),
        request(date, "Ola Berg", "UUUUU2"),
    ]
    first = kiosk.push(batch)
    assert [(a["status"], a["waitlist_position"]) for a in first] == [
        ("confirmed", None),
        ("waitlisted", 1),
        ("waitlisted", 2),
    ]
    assert [a["op_id"] for a in first] == [op["op_id"] for op in batch]
    kept = admin_rows(central_url, "SELECT op_id, kind, result, signup_id FROM sammen.applied_op")
    assert sorted(kept) == sorted(
        (uuid.UUID(op["op_id"]), "signup.request", None, uuid.UUID(op["payload"]["signup_id"]))
        for op in batch
    )
    assert kiosk.push(batch) == first
    per = batch[0]["payload"]["signup_id"]
    (gave_up,) = kiosk.push(
        [{"op_id": str(uuid7()), "kind": "signup.cancel", "payload": {"signup_id": per}}]
    )
    assert gave_up["status"] != "rejected", gave_up
    now = kiosk.push(batch)
    assert [(a["status"], a["waitlist_position"]) for a in now] == [
        ("cancelled", None),
        ("confirmed", None),
        ("waitlisted", 1),
    ]
    assert [sorted(a) for a in now] == [sorted(a) for a in first]  # the same keys
    assert [a["signup_id"] for a in now] == [op["payload"]["signup_id"] for op in batch]
    assert admin_rows(central_url, "SELECT count(*) FROM sammen.signup") == [(3,)]
    # Another kiosk sending one of them again, of this site or another, is refused.
    for thief in ("a2", "b1"):
        (answer,) = kiosks[thief].push([batch[2]])
        assert (answer["status"], answer["reason"]) == ("rejected", "foreign_op")
    assert admin_rows(central_url, "SELECT count(*) FROM sammen.signup") == [(3,)]


def test_ops_kept_without_their_answers_get_them_back_on_the_way_down(
    central: Engine, kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str
) -> None:
    """Down to c0024 each op decided as a set gets back the answer it was given (c0025
    kept none), and the kiosk's retry, on the connection it holds, acts once on either
    side of the migration."""
    date = occurrence_of(central_url, sites["Solbakken"])  # one seat
    batch = [request(date, "Per Hansen", "VVVVV2"), request(date, "Kari Lie", "WWWWW2")]
    kiosk = kiosks["a1"]
    answers = kiosk.push(batch)
    assert [a["status"] for a in answers] == ["confirmed", "waitlisted"]
    kept = "SELECT result FROM sammen.applied_op ORDER BY op_id"
    assert admin_rows(central_url, kept) == [(None,), (None,)]
    provision.downgrade(central, "c0024")
    assert [result for (result,) in admin_rows(central_url, kept)] == answers
    assert kiosk.push(batch) == answers
    provision.migrate(central)
    assert kiosk.push(batch) == answers
    assert admin_rows(central_url, "SELECT count(*) FROM sammen.signup") == [(2,)]


def test_a_late_commit_is_still_pulled(
    kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str
) -> None:
    occurrence = occurrence_of(central_url, sites["Solbakken"])
    # Another date of the same activity, so the two writers do not wait for one another.
    other = uuid7()
    with psycopg.connect(central_url, autocommit=True) as admin:
        admin.execute(
            "INSERT INTO sammen.occurrence (id, site_id, activity_id, starts_at, ends_at, "
            "capacity) SELECT %s, site_id, activity_id, starts_at + interval '7 days', "
            "ends_at + interval '7 days', capacity FROM sammen.occurrence WHERE id = %s",
            (other, occurrence),
        )
    reader = kiosks["a1"]
    _, cursor = reader.pull_all()
    slow = psycopg.connect(provision.kiosk_url(kiosks["a2"].enrolment))  # a transaction
    try:
        slow.execute(
            "SELECT sync.push(%s::jsonb)", (json.dumps([request(other, "Tor Berg", "CCCCC2")]),)
        )  # written first, not committed yet
        kiosks["a1"].push([request(occurrence, "Eva Dahl", "DDDDD2")])  # later, committed
        seen_meanwhile, cursor = reader.pull_all(cursor)
        # Nothing past the open transaction is handed out: a cursor beyond Eva's row
        # would skip Tor's for ever once it commits.
        assert [c["row"].get("display_name") for c in seen_meanwhile] == []
        slow.commit()
    finally:
        slow.close()
    after, _ = reader.pull_all(cursor)
    names = [c["row"]["display_name"] for c in after if c["entity"] == "signup"]
    assert sorted(names) == ["Eva Dahl", "Tor Berg"]


def test_pages_cross_a_big_transaction_without_a_gap_or_a_repeat(
    kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str
) -> None:
    """A page may end inside one transaction's changes (the cursor's xid is the same on
    both sides): the next page goes on from that row, then into later transactions."""
    site = sites["Solbakken"]
    reader = kiosks["a1"]
    _, cursor = reader.pull_all()
    with psycopg.connect(central_url) as admin:  # one transaction: 250 changes
        for n in range(250):
            admin.execute(
                "INSERT INTO sammen.change_log (site_id, entity, entity_id, row_data) "
                "VALUES (%s, 'probe', %s, jsonb_build_object('n', %s::int))",
                (site, uuid7(), n),
            )
    with psycopg.connect(central_url, autocommit=True) as admin:  # then 30 of their own
        for n in range(250, 280):
            admin.execute(
                "INSERT INTO sammen.change_log (site_id, entity, entity_id, row_data) "
                "VALUES (%s, 'probe', %s, jsonb_build_object('n', %s::int))",
                (site, uuid7(), n),
            )
    pages = []
    while True:
        page = reader.call("SELECT sync.pull(%s::xid8, %s, 100)", cursor[0], cursor[1])
        if not page["changes"]:
            break
        pages.append(len(page["changes"]))
        cursor = (page["changes"][-1]["xid"], page["changes"][-1]["id"])
        seen = [c["row"]["n"] for c in page["changes"]]
        assert seen == sorted(seen)
    assert pages == [100, 100, 80]
    changes, _ = reader.pull_all(("0", 0))
    assert [c["row"]["n"] for c in changes if c["entity"] == "probe"] == list(range(280))


def test_a_batch_decided_as_a_set_answers_as_one_by_one(
    kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str
) -> None:
    """The same requests, to triplet dates with the same history: once as a plain batch
    (decided as a set); once each a lent-seat claim this kiosk cannot back (the
    one-by-one path, which treats it as a plain request); once with some of them such
    claims (since c0022 the batch goes in runs: the plain runs as sets, the claims one
    by one). Same answers, same seats, same queues."""
    import random

    rng = random.Random(3)
    kiosk = kiosks["a1"]
    codes = (f"{a}{b}{c}2Q7" for a in "ABCDEFGHJK" for b in "ABCDEFGHJK" for c in "ABCDEFGH")

    def new_date(capacity: int) -> uuid.UUID:
        date = uuid7()
        with psycopg.connect(central_url, autocommit=True) as admin:
            admin.execute(
                "INSERT INTO sammen.occurrence (id, site_id, activity_id, starts_at, ends_at, "
                "capacity) SELECT %s, site_id, activity_id, starts_at, ends_at, %s "
                "FROM sammen.occurrence WHERE site_id = %s LIMIT 1",
                (date, capacity, sites["Solbakken"]),
            )
        return date

    def state(date: uuid.UUID) -> list[tuple[Any, ...]]:
        return admin_rows(
            central_url,
            "SELECT o.seats_taken, s.party_size, s.status, s.queue_number "
            "FROM sammen.occurrence o JOIN sammen.signup s ON s.occurrence_id = o.id "
            "WHERE o.id = %s ORDER BY s.queue_number",
            date,
        )

    def changes_of(date: uuid.UUID) -> int:
        ((count,),) = admin_rows(
            central_url,
            "SELECT count(*) FROM sammen.change_log WHERE entity = 'occurrence' AND entity_id = %s",
            date,
        )
        return int(count)

    logged = [0, 0, 0]
    for _trial in range(20):
        capacities = [rng.randint(0, 6) for _ in range(2)]
        plain = [new_date(c) for c in capacities]
        twins = [new_date(c) for c in capacities]
        mixed = [new_date(c) for c in capacities]
        for _ in range(rng.randint(0, 3)):  # the same history on all three
            which, party = rng.randrange(2), rng.randint(1, 3)
            for dates in (plain, twins, mixed):
                kiosk.push([request(dates[which], "Eldre", next(codes), party_size=party)])
        wanted = [(rng.randrange(2), rng.randint(1, 4)) for _ in range(rng.randint(1, 8))]
        claims = {n for n in range(len(wanted)) if rng.random() < 0.3}
        as_set = kiosk.push(
            [
                request(plain[w], f"Beboer {n}", next(codes), party_size=p)
                for n, (w, p) in enumerate(wanted)
            ]
        )
        one_by_one = kiosk.push(
            [
                request(twins[w], f"Beboer {n}", next(codes), party_size=p, quota=True)
                for n, (w, p) in enumerate(wanted)
            ]
        )
        in_runs = kiosk.push(
            [
                request(mixed[w], f"Beboer {n}", next(codes), party_size=p, quota=n in claims)
                for n, (w, p) in enumerate(wanted)
            ]
        )

        def seen(answers: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
            # The whole answer but its ids: the same keys, the same values.
            return [
                (sorted(a), a["status"], a["waitlist_position"], a["from_quota"]) for a in answers
            ]

        assert seen(as_set) == seen(one_by_one) == seen(in_runs), (capacities, wanted)
        for a, b, c in zip(plain, twins, mixed, strict=True):
            assert state(a) == state(b) == state(c), (capacities, wanted, claims)
            logged[0] += changes_of(a)
            logged[1] += changes_of(b)
            logged[2] += changes_of(c)
    # A set took each date's seats in one update, one by one took them one at a time:
    # proof the set path really ran, whole and in runs.
    assert logged[0] < logged[2] < logged[1], logged


def test_the_last_seat_asked_for_by_two_kiosks_at_once(
    kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str
) -> None:
    occurrence = occurrence_of(central_url, sites["Solbakken"])
    start = threading.Barrier(2)
    answers: dict[str, list[dict[str, Any]]] = {}

    def ask(name: str, code: str) -> None:
        kiosk = kiosks[name]
        op = request(occurrence, f"Person {name}", code)
        start.wait()
        answers[name] = kiosk.push([op])

    threads = [
        threading.Thread(target=ask, args=(n, c)) for n, c in (("a1", "EEEEE2"), ("a2", "FFFFF2"))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    statuses = sorted(a[0]["status"] for a in answers.values())
    assert statuses == ["confirmed", "waitlisted"]
    assert admin_rows(
        central_url, "SELECT seats_taken, capacity FROM sammen.occurrence WHERE id = %s", occurrence
    ) == [(1, 1)]


def test_cancelling_promotes_the_waiting_list(
    kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str
) -> None:
    occurrence = occurrence_of(central_url, sites["Solbakken"])
    first, second = request(occurrence, "Per", "GGGGG2"), request(occurrence, "Kari", "HHHHH2")
    kiosks["a1"].push([first, second])
    cancel = {
        "op_id": str(uuid7()),
        "kind": "signup.cancel",
        "payload": {"signup_id": first["payload"]["signup_id"]},
    }
    assert kiosks["a2"].push([cancel])[0]["status"] == "cancelled"
    rows = admin_rows(
        central_url, "SELECT display_name, status FROM sammen.signup ORDER BY queue_number"
    )
    assert rows == [("Per", "cancelled"), ("Kari", "confirmed")]


# -- the walls ---------------------------------------------------------------------------


def test_a_kiosk_sees_nothing_of_another_site(
    kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str
) -> None:
    occurrence = occurrence_of(central_url, sites["Solbakken"])
    kiosks["a1"].push([request(occurrence, "Per Hansen", "JJJJJ2")])
    other, _ = kiosks["b1"].pull_all()
    assert all(str(sites["Solbakken"]) not in json.dumps(c) for c in other)
    assert "Per Hansen" not in json.dumps(other)
    own, _ = kiosks["a1"].pull_all()
    assert "Per Hansen" in json.dumps(own)


def test_a_forged_payload_for_another_site_changes_nothing(
    kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str
) -> None:
    theirs = occurrence_of(central_url, sites["Solbakken"])
    answer = kiosks["b1"].push(
        [request(theirs, "Inntrenger", "KKKKK2", site_id=str(sites["Elvebakken"]))]
    )
    assert answer[0]["status"] == "rejected"
    assert admin_rows(central_url, "SELECT count(*) FROM sammen.signup") == [(0,)]


def test_another_kiosks_op_id_is_refused(
    kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str
) -> None:
    mine = occurrence_of(central_url, sites["Solbakken"])
    op = request(mine, "Per Hansen", "LLLLL2")
    kiosks["a1"].push([op])
    before = admin_rows(central_url, "SELECT * FROM sammen.signup ORDER BY id")
    for thief in ("a2", "b1"):  # same site, and another site
        forged = {
            **op,
            "payload": {**op["payload"], "signup_id": str(uuid7()), "booking_code": "MMMMM2"},
        }
        answer = kiosks[thief].push([forged])
        assert answer[0]["status"] == "rejected" and answer[0]["reason"] == "foreign_op"
    assert admin_rows(central_url, "SELECT * FROM sammen.signup ORDER BY id") == before


@pytest.mark.parametrize(
    "batch",
    [
        '"not an array"',
        '{"op_id": "x"}',
        json.dumps(
            [{"op_id": str(uuid.UUID(int=i)), "kind": "x", "payload": {}} for i in range(1001)]
        ),
    ],
    ids=["string", "object", "too many ops"],
)
def test_a_malformed_batch_is_refused_whole(
    kiosks: dict[str, Kiosk], central_url: str, batch: str
) -> None:
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        kiosks["a1"].call("SELECT sync.push(%s::jsonb)", batch)
    assert admin_rows(central_url, "SELECT count(*) FROM sammen.applied_op") == [(0,)]


def test_malformed_operations_are_rejected_one_by_one(
    kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str
) -> None:
    occurrence = occurrence_of(central_url, sites["Solbakken"])
    good = request(occurrence, "Per Hansen", "NNNNN2")
    bad = [
        {"op_id": "not-a-uuid", "kind": "signup.request", "payload": {}},
        {"op_id": str(uuid7()), "kind": "signup.request", "payload": "text"},
        request(occurrence, "x" * 500, "PPPPP2"),  # too long a name
        request(occurrence, "Ola", "QQQQQ2", party_size=40),
        request(occurrence, "Ola", "RRRRR2", phone="call me"),
        request(occurrence, "Ola", "bad code"),
        {"op_id": str(uuid7()), "kind": "signup.delete_everything", "payload": {}},
    ]
    answers = kiosks["a1"].push([*bad, good])
    assert [a["status"] for a in answers] == ["rejected"] * len(bad) + ["confirmed"]
    assert admin_rows(central_url, "SELECT display_name FROM sammen.signup") == [("Per Hansen",)]


def test_a_kiosk_cannot_touch_tables_or_other_functions(kiosks: dict[str, Kiosk]) -> None:
    kiosk = kiosks["a1"]
    forbidden = [
        "SELECT count(*) FROM sammen.signup",
        "INSERT INTO sammen.site (id, name) VALUES (gen_random_uuid(), 'x')",
        "UPDATE sammen.occurrence SET capacity = 1000",
        "DELETE FROM sammen.change_log",
        "SELECT sammen.session_site()",
        "SELECT sammen.apply_op(gen_random_uuid(), gen_random_uuid(), 'x', '{}'::jsonb)",
        "CREATE TABLE sync.mine (x int)",
        "CREATE ROLE thief LOGIN",
    ]
    for sql in forbidden:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            kiosk.conn.execute(sql)
    # Nor any function of the core schema, those added later (signup_answer, c0025) too.
    assert kiosk.call("SELECT has_schema_privilege('sammen', 'USAGE')") is False
    runnable = kiosk.call(
        "SELECT array_agg(p.oid::regprocedure::text) FROM pg_proc p "
        "WHERE p.pronamespace = 'sammen'::regnamespace AND has_function_privilege(p.oid, 'EXECUTE')"
    )
    assert runnable is None


def test_an_older_kiosk_is_told_to_upgrade(kiosks: dict[str, Kiosk]) -> None:
    assert kiosks["a1"].call("SELECT sync.hello(2)")["upgrade_required"] is False
    assert kiosks["a1"].call("SELECT sync.hello(1)")["upgrade_required"] is True


def test_a_revoked_kiosk_is_locked_out_at_once(central: Engine, kiosks: dict[str, Kiosk]) -> None:
    kiosk = kiosks["a1"]
    assert kiosk.call("SELECT sync.hello(2)")["kiosk_id"] == str(kiosk.enrolment.kiosk_id)
    provision.revoke_kiosk(central, "Lobby 1")
    with pytest.raises(psycopg.OperationalError):
        kiosk.call("SELECT sync.hello(2)")  # its open session was ended
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(provision.kiosk_url(kiosk.enrolment))
    assert kiosks["a2"].call("SELECT sync.hello(2)")["upgrade_required"] is False


def test_an_activity_of_another_site_cannot_be_taken_over(
    kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str
) -> None:
    theirs = occurrence_of(central_url, sites["Solbakken"])
    (activity_id,) = admin_rows(
        central_url, "SELECT activity_id FROM sammen.occurrence WHERE id = %s", theirs
    )[0]
    before = admin_rows(central_url, "SELECT * FROM sammen.activity ORDER BY id")
    forged = {
        "op_id": str(uuid7()),
        "kind": "activity.upsert",
        "payload": {
            "activity": {
                "id": str(activity_id),
                "title": "Kapret",
                "category": "games",
                "capacity": 99,
            },
            "occurrences": [
                {
                    "id": str(theirs),
                    "starts_at": "2030-01-01T10:00:00+01:00",
                    "ends_at": "2030-01-01T11:00:00+01:00",
                    "capacity": 99,
                    "status": "scheduled",
                }
            ],
            "removed_occurrences": [str(theirs)],
        },
    }
    answer = kiosks["b1"].push([forged])
    assert answer[0]["status"] == "rejected"
    assert admin_rows(central_url, "SELECT * FROM sammen.activity ORDER BY id") == before


def test_pull_rows_gives_what_pull_gives_page_for_page(
    kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str
) -> None:
    """The same changes in the same order through both pulls, across a page boundary
    inside one transaction, and nothing of another site."""
    site = sites["Solbakken"]
    occurrence = occurrence_of(central_url, site)
    kiosks["a1"].push([request(occurrence, "Per Hansen", "KKKKK2")])
    with psycopg.connect(central_url) as admin:  # one transaction: 150 changes
        for n in range(150):
            admin.execute(
                "INSERT INTO sammen.change_log (site_id, entity, entity_id, row_data) "
                "VALUES (%s, 'probe', %s, jsonb_build_object('n', %s::int))",
                (site, uuid7(), n),
            )
    reader = kiosks["a2"]
    as_json, end = reader.pull_all()
    for size in (1, 7, 100, 5000):
        as_rows, row_end = reader.pull_rows_all(page_size=size)
        assert as_rows == as_json and row_end == end
    assert [c["row"]["n"] for c in as_json if c["entity"] == "probe"] == list(range(150))
    elsewhere, _ = kiosks["b1"].pull_rows_all()
    assert "Per Hansen" not in json.dumps(elsewhere)
    assert all(str(site) not in json.dumps(c) for c in elsewhere)
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        reader.conn.execute("SELECT * FROM sync.pull_rows('0'::xid8, 0, 10001)").fetchall()


@pytest.mark.parametrize(
    "function", ["sync.pull_rows(xid8, bigint, integer)", "sync.snapshot_rows(text, uuid, integer)"]
)
def test_rows_functions_are_for_enrolled_kiosks_only(central_url: str, function: str) -> None:
    with psycopg.connect(central_url, autocommit=True) as admin:
        admin.execute("CREATE ROLE not_a_kiosk LOGIN")
        try:
            granted = admin.execute(
                "SELECT has_function_privilege('not_a_kiosk', %s, 'EXECUTE')", (function,)
            ).fetchone()
        finally:
            admin.execute("DROP ROLE not_a_kiosk")
    assert granted == (False,)


def _snapshot_pages(kiosk: Kiosk, entity: str, size: int, rows: bool) -> list[list[Json]]:
    """A site's rows of one kind, page by page, through sync.snapshot or (`rows`)
    sync.snapshot_rows, the rows of both parsed from their JSON."""
    pages: list[list[Json]] = []
    after: str | None = None
    with kiosk.conn.transaction():
        while True:
            if rows:
                got = kiosk.conn.execute(
                    "SELECT entity_id, row_data FROM sync.snapshot_rows(%s, %s, %s)",
                    (entity, after, size),
                ).fetchall()
                assert all(json.loads(r)["id"] == i for i, r in got)
                page, more = [json.loads(r) for _, r in got], len(got) == size
            else:
                document = kiosk.call("SELECT sync.snapshot(%s, %s, %s)", entity, after, size)
                page, more = document["rows"], document["more"]
            if page:
                pages.append(page)
                after = page[-1]["id"]
            if not more:
                return pages


def test_snapshot_rows_gives_what_snapshot_gives_page_for_page(
    kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str
) -> None:
    """Every kind of row, the same rows in the same pages both ways, nothing of another
    site; the same refusals."""
    occurrence = occurrence_of(central_url, sites["Solbakken"])
    codes = ["KKKKK2", "KKKKK3", "KKKKK4", "KKKKK5", "KKKKK6", "KKKKK7", "KKKKK8"]
    kiosks["a1"].push(
        [
            request(occurrence, f"Beboer {n}", code, phone="+4791234567")
            for n, code in enumerate(codes)
        ]
    )
    reader = kiosks["a2"]
    for entity in ("activity", "occurrence", "signup"):
        for size in (1, 3, 5000):
            as_rows = _snapshot_pages(reader, entity, size, rows=True)
            assert as_rows == _snapshot_pages(reader, entity, size, rows=False), (entity, size)
            assert as_rows, entity
    assert len([r for page in _snapshot_pages(reader, "signup", 3, True) for r in page]) == 7
    for entity in ("activity", "occurrence", "signup"):
        for page in _snapshot_pages(kiosks["b1"], entity, 100, rows=True):
            assert all(row["site_id"] == str(sites["Elvebakken"]) for row in page)
            assert "Beboer" not in json.dumps(page)
    for bad in [("signup", None, 10001), ("signup", None, 0), ("kiosk", None, 10)]:
        with pytest.raises(psycopg.errors.InvalidParameterValue):
            reader.conn.execute("SELECT * FROM sync.snapshot_rows(%s, %s, %s)", bad).fetchall()


def test_company_or_a_ride_is_stored_by_both_push_paths_and_pulled(
    kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str
) -> None:
    occurrence = occurrence_of(central_url, sites["Solbakken"])
    # New sign-ups only: decided as a set.
    kiosks["a1"].push([request(occurrence, "Olga Hansen", "HELPA2", needs_help=True)])
    # With another kind of operation in the batch: one by one.
    cancel = {"op_id": str(uuid7()), "kind": "signup.cancel", "payload": {"signup_id": "x"}}
    kiosks["a1"].push([request(occurrence, "Arne Berg", "HELPB2", needs_help=True), cancel])
    # From a kiosk that does not know the question yet: no.
    kiosks["a1"].push([request(occurrence, "Kari Lie", "HELPC2")])
    stored = dict(admin_rows(central_url, "SELECT booking_code, needs_help FROM sammen.signup"))
    assert stored == {"HELPA2": True, "HELPB2": True, "HELPC2": False}
    pulled, _ = kiosks["a2"].pull_rows_all()
    rows = {
        c["row"]["booking_code"]: c["row"]["needs_help"] for c in pulled if c["entity"] == "signup"
    }
    assert rows == stored


def test_a_row_cannot_name_a_site_other_than_its_date_or_kiosk(
    kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str
) -> None:
    """Row-level security reads `site_id`: the schema itself keeps it the site of the
    sign-up's date and of the op's kiosk, whoever writes (c0016)."""
    theirs = occurrence_of(central_url, sites["Solbakken"])
    elsewhere = sites["Elvebakken"]
    with psycopg.connect(central_url, autocommit=True) as admin:
        kiosk_a = admin.execute(
            "SELECT id FROM sammen.kiosk WHERE site_id = %s LIMIT 1", (sites["Solbakken"],)
        ).fetchone()
        assert kiosk_a is not None
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            admin.execute(
                "INSERT INTO sammen.signup (id, site_id, occurrence_id, display_name, "
                "party_size, status, queue_number, booking_code) "
                "VALUES (%s, %s, %s, 'Per', 1, 'confirmed', 1, 'SSSSS2')",
                (uuid7(), elsewhere, theirs),
            )
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            admin.execute(
                "INSERT INTO sammen.applied_op (op_id, kiosk_id, site_id, kind, result) "
                "VALUES (%s, %s, %s, 'signup.request', '{}')",
                (uuid7(), kiosk_a[0], elsewhere),
            )
    assert admin_rows(central_url, "SELECT count(*) FROM sammen.signup") == [(0,)]
    # The date's own site is taken as before, on both push paths.
    assert kiosks["a1"].push([request(theirs, "Per Hansen", "TTTTT2")])[0]["status"] == (
        "confirmed"
    )


def test_a_batch_with_ops_seen_before_answers_each_as_alone(
    kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str
) -> None:
    """The set path no longer looks for ops or sign-ups sent before (c0018): their unique
    keys refuse the set, and the batch is answered one request at a time, as before."""
    date = occurrence_of(central_url, sites["Solbakken"])
    with psycopg.connect(central_url, autocommit=True) as admin:
        admin.execute("UPDATE sammen.occurrence SET capacity = 10 WHERE id = %s", (date,))
    kiosk = kiosks["a1"]
    sent = request(date, "Per Hansen", "NNNNN2")
    (first,) = kiosk.push([sent])
    twice = request(date, "Kari Lie", "PPPPP2")
    taken = request(date, "Ola Berg", "QQQQQ2")
    taken["payload"]["signup_id"] = sent["payload"]["signup_id"]
    new = request(date, "Liv Dahl", "RRRRR2")
    answers = kiosk.push([sent, twice, twice, taken, new])
    assert answers[0] == first
    assert answers[1] == answers[2] and answers[1]["status"] == "confirmed"
    assert (answers[3]["status"], answers[3]["reason"]) == ("rejected", "duplicate_signup")
    assert answers[4]["status"] == "confirmed"
    names = admin_rows(central_url, "SELECT display_name FROM sammen.signup ORDER BY queue_number")
    assert names == [("Per Hansen",), ("Kari Lie",), ("Liv Dahl",)]
    assert admin_rows(
        central_url, "SELECT seats_taken FROM sammen.occurrence WHERE id = %s", date
    ) == [(3,)]


def _signup_row(
    site: uuid.UUID, date: uuid.UUID, code: str, kiosk: object = None
) -> tuple[object, ...]:
    return (uuid7(), site, date, "Per", 1, "confirmed", 1, code, kiosk)


SIGNUP_INSERT = (
    "INSERT INTO sammen.signup (id, site_id, occurrence_id, display_name, party_size, "
    "status, queue_number, booking_code, origin_kiosk_id) "
    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)"
)


def test_keys_are_checked_for_every_row_of_a_statement(
    kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str
) -> None:
    """The keys a foreign key checked row by row are checked once per statement (c0018),
    over every row: one bad row refuses the whole statement."""
    site = sites["Solbakken"]
    date = occurrence_of(central_url, site)
    kiosk_id = kiosks["a1"].enrolment.kiosk_id
    good = [_signup_row(site, date, f"K{n}KKK2", kiosk_id) for n in range(3)]
    bad_rows = {
        "no such date": _signup_row(site, uuid7(), "XXXXX2"),
        "no such kiosk": _signup_row(site, date, "XXXXX2", uuid7()),
        "another site's date": _signup_row(sites["Elvebakken"], date, "XXXXX2"),
    }
    with psycopg.connect(central_url, autocommit=True) as admin:
        for why, bad in bad_rows.items():
            with pytest.raises(psycopg.errors.ForeignKeyViolation), admin.transaction():
                admin.cursor().executemany(SIGNUP_INSERT, [*good[:2], bad, good[2]])
            assert admin_rows(central_url, "SELECT count(*) FROM sammen.signup") == [(0,)], why
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            admin.execute(
                "INSERT INTO sammen.applied_op (op_id, kiosk_id, site_id, kind, result) "
                "SELECT g, %s, %s, 'signup.request', '{}' FROM unnest(%s::uuid[]) g",
                (uuid7(), site, [uuid7(), uuid7()]),
            )
        # Good rows, several per statement, go in as before.
        admin.execute(
            "INSERT INTO sammen.signup (id, site_id, occurrence_id, display_name, party_size,"
            " status, queue_number, booking_code, origin_kiosk_id) "
            "SELECT * FROM unnest(%s::uuid[], %s::uuid[], %s::uuid[], %s::text[], %s::int[],"
            " %s::text[], %s::bigint[], %s::text[], %s::uuid[])",
            [list(column) for column in zip(*good, strict=True)],
        )
    assert admin_rows(central_url, "SELECT count(*) FROM sammen.signup") == [(3,)]


def test_keys_do_not_change_and_kiosks_are_never_deleted(
    kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str
) -> None:
    site, elsewhere = sites["Solbakken"], sites["Elvebakken"]
    date = occurrence_of(central_url, site)
    kiosks["a1"].push([request(date, "Per Hansen", "SSSSS3")])
    other_date = occurrence_of(central_url, elsewhere)
    refused = [
        ("UPDATE sammen.signup SET occurrence_id = %s", (other_date,)),
        ("UPDATE sammen.signup SET site_id = %s", (elsewhere,)),
        ("UPDATE sammen.signup SET origin_kiosk_id = %s", (kiosks["b1"].enrolment.kiosk_id,)),
        ("UPDATE sammen.applied_op SET site_id = %s", (elsewhere,)),
        ("UPDATE sammen.applied_op SET kiosk_id = %s", (kiosks["a2"].enrolment.kiosk_id,)),
        ("UPDATE sammen.occurrence SET site_id = %s WHERE id = %s", (elsewhere, date)),
        ("UPDATE sammen.occurrence SET id = %s WHERE id = %s", (uuid7(), date)),
        ("UPDATE sammen.kiosk SET site_id = %s", (elsewhere,)),
        ("DELETE FROM sammen.kiosk WHERE id = %s", (kiosks["a2"].enrolment.kiosk_id,)),
        ("DELETE FROM sammen.occurrence WHERE id = %s", (date,)),
    ]
    before = [
        admin_rows(central_url, f"SELECT * FROM sammen.{table} ORDER BY id")
        for table in ("signup", "occurrence", "kiosk")
    ]
    with psycopg.connect(central_url, autocommit=True) as admin:
        for sql, params in refused:
            with pytest.raises(psycopg.errors.ForeignKeyViolation):
                admin.execute(sql, params)
        # What is not a key changes as before.
        admin.execute("UPDATE sammen.signup SET status = status, site_id = site_id")
    after = [
        admin_rows(central_url, f"SELECT * FROM sammen.{table} ORDER BY id")
        for table in ("signup", "occurrence", "kiosk")
    ]
    assert after == before
    # A date nobody signed up for can still be removed.
    with psycopg.connect(central_url, autocommit=True) as admin:
        assert admin.execute("DELETE FROM sammen.occurrence WHERE id = %s", (other_date,)).rowcount
        with pytest.raises(psycopg.errors.ForeignKeyViolation), admin.transaction():
            admin.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            admin.execute("DELETE FROM sammen.occurrence WHERE site_id = %s", (site,))


def test_the_key_rules_at_their_edges(
    kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str
) -> None:
    """c0019: a delete of no dates is no delete (in any isolation level); TRUNCATE does not
    get past the rules; a request with no date sends its batch the one-by-one way before
    anything is written."""
    site = sites["Solbakken"]
    date = occurrence_of(central_url, site)
    kiosks["a1"].push([request(date, "Per Hansen", "EEEEE3")])
    before = [
        admin_rows(central_url, f"SELECT * FROM sammen.{table} ORDER BY id")
        for table in ("signup", "occurrence", "kiosk")
    ]
    with psycopg.connect(central_url, autocommit=True) as admin:
        with admin.transaction():
            admin.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            gone = admin.execute("DELETE FROM sammen.occurrence WHERE id = %s", (uuid7(),))
            assert gone.rowcount == 0
        for table in ("occurrence", "kiosk"):
            with pytest.raises(psycopg.errors.ForeignKeyViolation), admin.transaction():
                admin.execute(f"TRUNCATE sammen.{table} CASCADE")
        dateless = request(date, "Kari Lie", "EEEEE4")
        del dateless["payload"]["occurrence_id"]
        batch = [request(date, "Liv Dahl", "EEEEE5"), dateless]
        declined = admin.execute(
            "SELECT sammen.push_signups(%s, %s, %s::jsonb)",
            (kiosks["a1"].enrolment.kiosk_id, site, json.dumps(batch)),
        ).fetchone()
        assert declined == (None,)
    assert admin_rows(central_url, "SELECT count(*) FROM sammen.applied_op") == [(1,)]
    after = [
        admin_rows(central_url, f"SELECT * FROM sammen.{table} ORDER BY id")
        for table in ("signup", "occurrence", "kiosk")
    ]
    assert after == before


@pytest.mark.parametrize("first", ["sign-up", "delete"])
def test_a_date_is_not_deleted_under_a_sign_up_being_made(
    kiosks: dict[str, Kiosk], sites: dict[str, uuid.UUID], central_url: str, first: str
) -> None:
    """The sign-up holds its date as a foreign key would: whichever commits second is
    refused, and no sign-up is left without its date."""
    site = sites["Solbakken"]
    date = occurrence_of(central_url, site)
    with (
        psycopg.connect(central_url) as signer,
        psycopg.connect(central_url) as deleter,
    ):
        outcome: dict[str, BaseException | None] = {}

        def second(name: str, conn: psycopg.Connection[Any], sql: str) -> None:
            try:
                conn.execute(sql, (date,) if "DELETE" in sql else _signup_row(site, date, "TTTTT3"))
                conn.commit()
                outcome[name] = None
            except psycopg.Error as error:
                conn.rollback()
                outcome[name] = error

        delete = "DELETE FROM sammen.occurrence WHERE id = %s"
        if first == "sign-up":
            signer.execute(SIGNUP_INSERT, _signup_row(site, date, "TTTTT3"))
            waiting = threading.Thread(target=second, args=("delete", deleter, delete))
        else:
            deleter.execute(delete, (date,))
            waiting = threading.Thread(target=second, args=("sign-up", signer, SIGNUP_INSERT))
        waiting.start()
        waiting.join(0.5)
        assert waiting.is_alive()  # it waits for the first to end
        (signer if first == "sign-up" else deleter).commit()
        waiting.join(10)
        assert not waiting.is_alive()
    refused = outcome["delete" if first == "sign-up" else "sign-up"]
    assert isinstance(refused, psycopg.errors.ForeignKeyViolation)
    orphans = admin_rows(
        central_url,
        "SELECT count(*) FROM sammen.signup s WHERE NOT EXISTS "
        "(SELECT 1 FROM sammen.occurrence o WHERE o.id = s.occurrence_id)",
    )
    assert orphans == [(0,)]
    signups = admin_rows(central_url, "SELECT count(*) FROM sammen.signup")
    assert signups == [(1 if first == "sign-up" else 0,)]
