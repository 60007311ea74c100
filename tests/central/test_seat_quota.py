"""Seat quotas (escrow) against a real PostgreSQL: kiosks promise seats offline only from
the seats the server lent them, the server honours every such promise, nothing is ever
over capacity, and lent seats come back as the date fills."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import Engine, select

from kiosk.central import provision
from kiosk.domain.enums import SignupStatus
from kiosk.domain.views import SignupRequest
from kiosk.ids import uuid7
from kiosk.services import Services
from kiosk.storage.models import OutboxOp, SeatQuota, Signup
from tests.central.helpers import enrolled_kiosk, sync_once

NAMES = [
    "Åse Ødegård",
    "Per Hansen",
    "Kari Lie",
    "Olga Berg",
    "Viggo Dahl",
    "Ulla Moe",
    "Julie Strand",
    "Kahdra Ali",
    "Nils Bø",
    "Ragnhild Aas",
    "Tor Vik",
    "Liv Lund",
]


def admin_rows(central_url: str, sql: str, *params: object) -> list[tuple[Any, ...]]:
    with psycopg.connect(central_url) as admin:
        return admin.execute(sql, params).fetchall()


def add_date(central_url: str, site_id: uuid.UUID, capacity: int) -> uuid.UUID:
    """An activity with one date tomorrow, straight into the central database."""
    activity, occurrence = uuid7(), uuid7()
    with psycopg.connect(central_url, autocommit=True) as admin:
        admin.execute(
            "INSERT INTO sammen.activity (id, site_id, title, category, capacity) "
            "VALUES (%s, %s, 'Bridge', 'games', %s)",
            (activity, site_id, capacity),
        )
        admin.execute(
            "INSERT INTO sammen.occurrence (id, site_id, activity_id, starts_at, ends_at, "
            "capacity) VALUES (%s, %s, %s, now() + interval '1 day', "
            "now() + interval '1 day 2 hours', %s)",
            (occurrence, site_id, activity, capacity),
        )
    return occurrence


def held(services: Services, occurrence_id: uuid.UUID) -> int:
    with services.db.read() as session:
        quota = session.get(SeatQuota, occurrence_id)
        return 0 if quota is None else quota.held


def seats(central_url: str, occurrence_id: uuid.UUID) -> tuple[int, int, int]:
    ((taken, escrowed, capacity),) = admin_rows(
        central_url,
        "SELECT seats_taken, seats_escrowed, capacity FROM sammen.occurrence WHERE id = %s",
        occurrence_id,
    )
    return taken, escrowed, capacity


def server_status(central_url: str) -> dict[str, str]:
    return dict(admin_rows(central_url, "SELECT booking_code, status FROM sammen.signup"))


def check_invariants(central_url: str) -> None:
    """Seats and lent seats within capacity; the counts agree with the sign-ups; the
    lent seats agree with the kiosks' quotas."""
    rows = admin_rows(
        central_url,
        "SELECT o.seats_taken, o.seats_escrowed, o.capacity, "
        "  (SELECT coalesce(sum(party_size), 0) FROM sammen.signup s "
        "    WHERE s.occurrence_id = o.id AND s.status = 'confirmed'), "
        "  (SELECT coalesce(sum(granted - used - returned), 0) FROM sammen.seat_quota q "
        "    WHERE q.occurrence_id = o.id) "
        "FROM sammen.occurrence o",
    )
    for taken, escrowed, capacity, confirmed, lent in rows:
        assert taken + escrowed <= capacity
        assert taken == confirmed
        assert escrowed == lent


@pytest.fixture
def site(central: Engine) -> uuid.UUID:
    return provision.add_site(central, "Solbakken")


@pytest.fixture
def kiosks(
    central: Engine, central_url: str, site: uuid.UUID, tmp_path: Path
) -> Iterator[dict[str, Services]]:
    made = {
        name: enrolled_kiosk(central, central_url, tmp_path / name, name)
        for name in ("Lobby 1", "Lobby 2", "Kafé")
    }
    yield made
    for services in made.values():
        services.close()


def sign_up(services: Services, occurrence_id: uuid.UUID, name: str) -> tuple[str, SignupStatus]:
    booking = services.booking.sign_up(SignupRequest(occurrence_id, name))
    return booking.booking_code, booking.status


def test_offline_kiosks_promise_only_lent_seats_and_every_promise_is_kept(
    kiosks: dict[str, Services], site: uuid.UUID, central_url: str
) -> None:
    date = add_date(central_url, site, capacity=8)
    lobby1, lobby2, cafe = kiosks["Lobby 1"], kiosks["Lobby 2"], kiosks["Kafé"]
    for services in kiosks.values():
        sync_once(services)
    lent = {name: held(services, date) for name, services in kiosks.items()}
    # Three kiosks: each may hold at most 2 and a share is always left for online ones.
    assert lent == {"Lobby 1": 2, "Lobby 2": 1, "Kafé": 1}
    assert seats(central_url, date) == (0, 4, 8)

    # The lobbies lose the network. Each promises what it holds, then only holds seats.
    promised: list[str] = []
    held_only: list[str] = []
    names = iter(NAMES)
    for services in (lobby1, lobby2):
        for _ in range(held(services, date)):
            code, status = sign_up(services, date, next(names))
            assert status is SignupStatus.CONFIRMED
            promised.append(code)
        code, status = sign_up(services, date, next(names))
        assert status is SignupStatus.PENDING  # no lent seat left: not promised
        held_only.append(code)
    assert held(lobby1, date) == held(lobby2, date) == 0

    # Meanwhile the café, online, takes every free seat and more.
    for _ in range(6):
        sign_up(cafe, date, next(names))
        sync_once(cafe)
    taken, escrowed, capacity = seats(central_url, date)
    assert taken + escrowed == capacity  # full; the lobbies' lent seats still held for them
    check_invariants(central_url)

    # Back online: every offline promise is kept, the held-only sign-ups are placed fairly.
    for services in (lobby1, lobby2):
        sync_once(services)
    on_server = server_status(central_url)
    assert all(on_server[code] == "confirmed" for code in promised)
    assert all(on_server[code] == "waitlisted" for code in held_only)
    for services in kiosks.values():
        sync_once(services)
    check_invariants(central_url)
    assert seats(central_url, date)[0] == 8
    for services in kiosks.values():
        with services.db.read() as session:
            local = {s.booking_code: s.status.value for s in session.scalars(select(Signup))}
        assert local == on_server  # every kiosk ends as the server


def test_lent_seats_come_back_as_the_date_fills_and_the_waiting_list_moves_up(
    kiosks: dict[str, Services], site: uuid.UUID, central_url: str
) -> None:
    date = add_date(central_url, site, capacity=6)
    lobby1, lobby2, cafe = kiosks["Lobby 1"], kiosks["Lobby 2"], kiosks["Kafé"]
    for services in (cafe, lobby1, lobby2):
        sync_once(services)
    # Three kiosks and a share for online ones: 6 // 4, 5 // 4, 4 // 4.
    assert [held(k, date) for k in (cafe, lobby1, lobby2)] == [1, 1, 1]
    names = iter(NAMES)
    for _ in range(5):
        sign_up(cafe, date, next(names))
        sync_once(cafe)
    waiting = [code for code, status in server_status(central_url).items() if status != "confirmed"]
    assert len(waiting) == 1  # 2 seats lent, 4 taken: the fifth waits

    # The lobbies sync: the date has a waiting list, so they hand their seats back, and
    # the first person waiting gets one at once.
    sync_once(lobby1)
    assert held(lobby1, date) == 0
    assert server_status(central_url)[waiting[0]] == "confirmed"
    sync_once(lobby2)
    assert held(lobby2, date) == 0
    assert seats(central_url, date) == (5, 0, 6)
    check_invariants(central_url)
    # Nothing is lent while people wait, and the one free seat is no one's quota now.
    with lobby1.db.read() as session:
        kinds = session.scalars(select(OutboxOp.kind).order_by(OutboxOp.seq)).all()
    assert kinds == ["quota.return"]


def test_a_lost_quota_reply_lends_nothing_more(
    kiosks: dict[str, Services], site: uuid.UUID, central_url: str
) -> None:
    date = add_date(central_url, site, capacity=12)
    lobby = kiosks["Lobby 1"]
    enrolment = provision.Enrolment.from_json(
        (lobby.data_dir / "central.json").read_text(encoding="utf-8")
    )
    with psycopg.connect(provision.kiosk_url(enrolment), autocommit=True) as conn:
        for _ in range(3):  # replies the kiosk never saw
            row = conn.execute("SELECT sync.quota()").fetchone()
            assert row is not None
            assert [(a["granted"], a["target"]) for a in row[0]] == [(2, 2)]
    sync_once(lobby)
    assert held(lobby, date) == 2
    assert seats(central_url, date) == (0, 2, 12)


def test_a_seat_promised_from_the_quota_is_kept_after_the_date_started(
    kiosks: dict[str, Services], site: uuid.UUID, central_url: str
) -> None:
    date = add_date(central_url, site, capacity=4)
    lobby = kiosks["Lobby 1"]
    sync_once(lobby)
    code, status = sign_up(lobby, date, "Åse Ødegård")
    assert status is SignupStatus.CONFIRMED
    # The kiosk comes back online only after the start (the server's clock says so).
    with psycopg.connect(central_url, autocommit=True) as admin:
        admin.execute(
            "UPDATE sammen.occurrence SET starts_at = now() - interval '5 minutes' WHERE id = %s",
            (date,),
        )
    sync_once(lobby)
    assert server_status(central_url) == {code: "confirmed"}
    check_invariants(central_url)


# -- forged quota payloads: rejected or acted on as plain requests, nothing over capacity --


def kiosk_call(enrolment: provision.Enrolment, sql: str, *params: object) -> Any:
    with psycopg.connect(provision.kiosk_url(enrolment), autocommit=True) as conn:
        row = conn.execute(sql, params).fetchone()
        assert row is not None
        return row[0]


def test_forged_quota_claims_and_returns_change_nothing_they_should_not(
    central: Engine, central_url: str, site: uuid.UUID
) -> None:
    date = add_date(central_url, site, capacity=1)
    other_site = provision.add_site(central, "Elvebakken")
    theirs = add_date(central_url, other_site, capacity=5)
    a = provision.add_kiosk(central, central_url, "Solbakken", "Lobby 1")
    b = provision.add_kiosk(central, central_url, "Elvebakken", "Inngangen")
    assert kiosk_call(a, "SELECT sync.quota()") == []  # 1 seat: 1 // 2 = none to lend
    assert {x["occurrence_id"] for x in kiosk_call(b, "SELECT sync.quota()")} == {str(theirs)}

    def op(kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        return {"op_id": str(uuid7()), "kind": kind, "payload": payload}

    def signup(name: str, code: str, occurrence: uuid.UUID) -> dict[str, Any]:
        return op(
            "signup.request",
            {
                "signup_id": str(uuid7()),
                "occurrence_id": str(occurrence),
                "display_name": name,
                "party_size": 1,
                "booking_code": code,
                "quota": True,  # claims a lent seat it was never given
            },
        )

    answers = kiosk_call(
        a,
        "SELECT sync.push(%s::jsonb)",
        json.dumps(
            [
                signup("Per Hansen", "AAAAA2", date),
                signup("Kari Lie", "BBBBB2", date),
                signup("Olga Berg", "CCCCC2", theirs),  # another site's date
                op("quota.return", {"occurrence_id": str(theirs), "seats": 2}),
                op("quota.return", {"occurrence_id": str(date), "seats": -3}),
                op("quota.return", {"occurrence_id": str(date), "seats": "many"}),
            ]
        ),
    )
    assert [(x["status"], x.get("reason"), x.get("from_quota")) for x in answers] == [
        ("confirmed", None, False),  # a plain request: the one free seat
        ("waitlisted", None, False),  # never a seat beyond the capacity
        ("rejected", "unknown_occurrence", None),
        ("rejected", "unknown_occurrence", None),
        ("rejected", "unknown_quota", None),
        ("rejected", "unknown_quota", None),
    ]
    assert seats(central_url, date) == (1, 0, 1)
    assert seats(central_url, theirs) == (0, 2, 5)  # b's lent seats untouched
    check_invariants(central_url)


def test_a_malformed_return_of_lent_seats_is_rejected(
    central: Engine, central_url: str, site: uuid.UUID
) -> None:
    date = add_date(central_url, site, capacity=8)
    a = provision.add_kiosk(central, central_url, "Solbakken", "Lobby 1")
    assert [x["granted"] for x in kiosk_call(a, "SELECT sync.quota()")] == [2]
    batch = [
        {"op_id": str(uuid7()), "kind": "quota.return", "payload": payload}
        for payload in (
            {"occurrence_id": str(date), "seats": -3},
            {"occurrence_id": str(date), "seats": "many"},
            {"occurrence_id": str(date)},
            {"occurrence_id": str(date), "seats": 99},  # more than held: only what it holds
        )
    ]
    answers = kiosk_call(a, "SELECT sync.push(%s::jsonb)", json.dumps(batch))
    assert [(x["status"], x.get("reason"), x.get("returned")) for x in answers] == [
        ("rejected", "malformed", None),
        ("rejected", "malformed", None),
        ("rejected", "malformed", None),
        ("applied", None, 2),
    ]
    assert seats(central_url, date) == (0, 0, 8)
    check_invariants(central_url)


def test_a_kiosk_one_schema_version_behind_syncs_without_quotas(
    kiosks: dict[str, Services],
    site: uuid.UUID,
    central_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A kiosk of schema 2 (before quotas) says so in hello and never asks for quotas;
    the server still takes its pushes and serves its pulls."""
    from kiosk.sync import client as sync_client

    date = add_date(central_url, site, capacity=3)
    monkeypatch.setattr(sync_client, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(sync_client, "QUOTA_SERVER_SCHEMA", 10**6)  # it knows no quotas
    old, other = kiosks["Lobby 1"], kiosks["Lobby 2"]
    report = sync_once(old)
    assert not report.upgrade_required and report.pulled >= 2
    assert held(old, date) == 0
    code, status = sign_up(old, date, "Viggo Dahl")
    assert status is SignupStatus.PENDING  # no lent seats: held until the server answers
    assert sync_once(old).pushed == 1
    assert server_status(central_url) == {code: "confirmed"}
    with old.db.read() as session:
        mine = session.scalar(select(Signup).where(Signup.booking_code == code))
        assert mine is not None and mine.status is SignupStatus.CONFIRMED
    sync_once(other)  # a current kiosk beside it sees the same
    with other.db.read() as session:
        assert session.scalars(select(Signup.booking_code)).all() == [code]
    check_invariants(central_url)
