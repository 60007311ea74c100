"""Faults and convergence against a real PostgreSQL: syncing processes killed with
SIGKILL at random points lose and double nothing; five kiosks with random offline
periods and 1,000 random operations end identical to the central database."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine, select

from kiosk.central import provision
from kiosk.central.demo import seed_central_demo
from kiosk.clock import OSLO
from kiosk.domain.enums import Period, SignupState, SignupStatus
from kiosk.domain.validation import InvalidName, InvalidPhone
from kiosk.domain.views import BookingRefused, SignupRequest
from kiosk.services import Services
from kiosk.storage.models import Occurrence
from kiosk.sync.client import SyncProblem, load_enrolment
from tests.central.helpers import central_signups, enrolled_kiosk, local_signups, sync_once

ROOT = Path(__file__).resolve().parents[2]


def _name(number: int) -> str:
    """A unique name with letters only (names may not hold digits): 0 → "Beboer Aa"."""
    letters = ""
    while True:
        number, rest = divmod(number, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[rest]
        if number == 0:
            return f"Beboer {letters.capitalize()}"


def _check_central_invariants(url: str) -> None:
    with psycopg.connect(url) as admin:
        broken = admin.execute(
            """
            SELECT o.id FROM sammen.occurrence o
             WHERE o.seats_taken <> coalesce((SELECT sum(party_size) FROM sammen.signup s
                                               WHERE s.occurrence_id = o.id
                                                 AND s.status = 'confirmed'), 0)
                OR o.seats_taken + o.seats_escrowed > o.capacity
                OR o.seats_escrowed <> coalesce((SELECT sum(granted - used - returned)
                                                  FROM sammen.seat_quota q
                                                 WHERE q.occurrence_id = o.id), 0)
            """
        ).fetchall()
        assert broken == [], "seats taken and lent must add up, within capacity"
        skipped = admin.execute(
            """
            SELECT w.id FROM sammen.signup w JOIN sammen.occurrence o ON o.id = w.occurrence_id
             WHERE w.status = 'waitlisted'
               AND o.seats_taken + o.seats_escrowed + w.party_size <= o.capacity
               AND NOT EXISTS (SELECT 1 FROM sammen.signup e
                                WHERE e.occurrence_id = w.occurrence_id
                                  AND e.status = 'waitlisted'
                                  AND e.queue_number < w.queue_number)
            """
        ).fetchall()
        assert skipped == [], "the head of a waiting list with room for it must be seated"


def _wait_for_the_server_to_notice(url: str, role: str) -> None:
    """A killed client's session ends when its server process next touches the socket,
    which over TCP can be a moment later; the kiosk role may hold only a few sessions."""
    deadline = time.monotonic() + 15
    with psycopg.connect(url, autocommit=True) as admin:
        while time.monotonic() < deadline:
            row = admin.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE usename = %s", (role,)
            ).fetchone()
            if row is not None and row[0] == 0:
                return
            time.sleep(0.05)
    pytest.fail("the server kept a killed kiosk's session for 15 s")


@pytest.fixture
def site(central: Engine) -> str:
    provision.add_site(central, "Solbakken")
    seed_central_demo(central, "Solbakken", datetime.now(OSLO))
    return "Solbakken"


def test_sigkill_at_random_points_loses_and_doubles_nothing(
    central: Engine, central_url: str, site: str, tmp_path: Path
) -> None:
    kiosk = enrolled_kiosk(central, central_url, tmp_path / "kiosk", "Lobby")
    enrolment = load_enrolment(kiosk.data_dir)
    assert enrolment is not None
    role = enrolment.role
    sync_once(kiosk)
    open_ones = [
        v.occurrence_id
        for v in kiosk.catalogue.occurrences(Period.WEEK)
        if v.signup_state in (SignupState.OPEN, SignupState.WAITLIST)
    ]
    rng = random.Random(5)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "kiosk.cli", "sync", "--once", "--data-dir"]
    command.append(str(kiosk.data_dir))
    # How long a whole cycle takes on this machine now (fast or slow): the kills are
    # spread over that, so most land somewhere inside it.
    kiosk.booking.sign_up_batch([SignupRequest(open_ones[0], _name(10_000 + n)) for n in range(4)])
    began = time.monotonic()
    subprocess.run(command, env=env, check=True, capture_output=True)
    whole = time.monotonic() - began
    trials = 50
    killed = 0
    for trial in range(trials):
        requests = [SignupRequest(rng.choice(open_ones), _name(trial * 4 + n)) for n in range(4)]
        kiosk.booking.sign_up_batch(requests)
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(0.0, whole))  # start-up, connect, push, pull: anywhere
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed += 1
        process.wait()
        _wait_for_the_server_to_notice(central_url, role)
    assert killed >= trials // 3  # most trials were really cut off somewhere
    sync_once(kiosk)
    sync_once(kiosk)
    local = local_signups(kiosk)
    central_rows = central_signups(central_url)
    assert len(local) == trials * 4 + 4  # none lost locally
    assert central_rows == local  # none lost or doubled centrally, statuses agree
    _check_central_invariants(central_url)
    kiosk.close()


@pytest.fixture
def five(central: Engine, central_url: str, site: str, tmp_path: Path) -> Iterator[list[Services]]:
    kiosks = [
        enrolled_kiosk(central, central_url, tmp_path / f"k{n}", f"Kiosk {n}") for n in range(5)
    ]
    for kiosk in kiosks:
        sync_once(kiosk)
    yield kiosks
    for kiosk in kiosks:
        kiosk.close()


def test_five_kiosks_and_a_thousand_random_operations_converge(
    five: list[Services], central_url: str
) -> None:
    rng = random.Random(7)
    online = [True] * 5
    occurrences = [
        v.occurrence_id
        for v in five[0].catalogue.occurrences(Period.WEEK)
        if v.signup_state in (SignupState.OPEN, SignupState.WAITLIST)
    ]
    codes: list[tuple[int, str]] = []
    promised: set[str] = set()  # told "you have a seat" on the screen
    cancelled: set[str] = set()  # the person cancelled it
    done = {"signup": 0, "cancel": 0, "sync": 0, "toggle": 0, "offline_promise": 0}
    for step in range(1000):
        k = rng.randrange(5)
        kiosk = five[k]
        roll = rng.random()
        if roll < 0.55:
            request = SignupRequest(
                rng.choice(occurrences), _name(step), None, rng.choice((0, 0, 0, 1))
            )
            try:
                booking = kiosk.booking.sign_up(request)
            except (BookingRefused, InvalidName, InvalidPhone):
                continue
            codes.append((k, booking.booking_code))
            done["signup"] += 1
            if booking.status is SignupStatus.CONFIRMED:
                promised.add(booking.booking_code)
                done["offline_promise"] += not online[k]
        elif roll < 0.70 and codes:
            _, code = rng.choice(codes)
            try:
                kiosk.booking.cancel(code)  # the code may be known here only after a pull
            except BookingRefused:
                continue
            cancelled.add(code)
            done["cancel"] += 1
        elif roll < 0.92:
            if online[k]:
                try:
                    sync_once(kiosk)
                except SyncProblem:
                    pytest.fail("an online kiosk could not sync")
                done["sync"] += 1
        else:
            online[k] = not online[k]  # a network outage begins or ends
            done["toggle"] += 1
    assert done["signup"] > 300 and done["cancel"] > 30 and done["toggle"] > 20
    assert done["offline_promise"] >= 10  # seats promised offline from lent quotas
    # Everyone back online: push everything, then everyone pulls everything.
    for _ in range(2):
        for kiosk in five:
            sync_once(kiosk)
    central_rows = central_signups(central_url)
    for kiosk in five:
        assert local_signups(kiosk) == central_rows
    with psycopg.connect(central_url) as admin:
        seats = {
            str(r[0]): r[1] for r in admin.execute("SELECT id, seats_taken FROM sammen.occurrence")
        }
    for kiosk in five:
        with kiosk.db.read() as session:
            local_seats = {
                str(r[0]): r[1]
                for r in session.execute(select(Occurrence.id, Occurrence.seats_taken))
            }
        assert local_seats == seats
    _check_central_invariants(central_url)
    with psycopg.connect(central_url) as admin:
        status = dict(admin.execute("SELECT booking_code, status FROM sammen.signup").fetchall())
    taken_back = sorted(c for c in promised - cancelled if status[c] != "confirmed")
    assert taken_back == [], "a seat promised on the screen is never taken back"
