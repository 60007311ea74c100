"""The GUI's sync worker against a real central database: the online mark, a sign-up
pushed at once, and staff mode's view of sync when the central database is gone."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import psycopg
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from kiosk.central import provision
from kiosk.central.demo import seed_central_demo
from kiosk.clock import OSLO, SystemClock
from kiosk.domain.enums import Period, SignupState, SignupStatus
from kiosk.domain.views import SignupRequest
from kiosk.services import Services
from kiosk.storage.models import SeatQuota
from kiosk.sync.client import enroll
from ui.shell import MainWindow
from ui.sync_status import SyncController


@pytest.fixture
def kiosk(
    qtbot: QtBot, central: Engine, central_url: str, tmp_path: Path
) -> Iterator[tuple[MainWindow, SyncController, Services]]:
    provision.add_site(central, "Solbakken")
    seed_central_demo(central, "Solbakken", datetime.now(OSLO))
    services = Services.open(tmp_path / "kiosk", SystemClock())
    enrolment = provision.add_kiosk(central, central_url, "Solbakken", "Lobby")
    file = tmp_path / "lobby.json"
    provision.write_enrolment(enrolment, file)
    enroll(file, services)
    window = MainWindow(services, kiosk_mode=False)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    controller = SyncController(services, enrolment, window, interval_ms=60_000)
    window.attach_sync(controller)
    yield window, controller, services
    controller.stop()
    window.allow_close()
    window.close()
    services.close()


def test_online_mark_and_a_sign_up_pushed_at_once(
    qtbot: QtBot,
    kiosk: tuple[MainWindow, SyncController, Services],
    central_url: str,
    central: Engine,
) -> None:
    window, controller, services = kiosk
    assert not window.net_label.isVisible()  # not known before the first cycle
    controller.start()
    qtbot.waitUntil(lambda: controller.online is True, timeout=10_000)
    assert window.net_label.text() == "● Tilkoblet"
    assert services.catalogue.occurrences(Period.WEEK)  # pulled from the central database

    view = next(
        v
        for v in services.catalogue.occurrences(Period.WEEK)
        if v.signup_state is SignupState.OPEN and not v.sensitive
    )
    booking = services.booking.sign_up(SignupRequest(view.occurrence_id, "Per Hansen"))
    window.show_confirmation(booking)  # pushes now, not at the next timer tick
    qtbot.waitUntil(
        lambda: controller.pending == 0 and controller.last_push_at is not None, timeout=5_000
    )
    with psycopg.connect(central_url) as admin:
        codes = [r[0] for r in admin.execute("SELECT booking_code FROM sammen.signup")]
    assert codes == [booking.booking_code]

    # The central database locks this kiosk out: offline, the outbox keeps what comes.
    provision.revoke_kiosk(central, "Lobby")
    services.booking.sign_up(SignupRequest(view.occurrence_id, "Kari Lie"))
    controller.sync_now()
    qtbot.waitUntil(lambda: controller.online is False, timeout=10_000)
    assert window.net_label.text() == "○ Frakoblet"
    assert controller.pending == 1 and controller.last_error
    assert controller.timer.interval() > 60_000  # it backs off

    member = services.staff.add("Kari Nordmann", "284619", "284619")
    window.enter_staff_mode(member)
    state = window.screen_named("staff-home").sync_state  # type: ignore[attr-defined]
    assert state.isVisible()
    assert "Frakoblet" in state.text() and "1 venter på å bli sendt" in state.text()
    assert controller.seats_lent > 1  # from the last cycle that reached the server
    assert f"{controller.seats_lent} plasser i reserve for påmelding uten nett" in state.text()


def _open_date_with_lent_seats(services: Services) -> uuid.UUID:
    """An open date with room to spare, of which the server lent this kiosk seats."""
    with services.db.read() as session:
        lent = {q.occurrence_id: q.held for q in session.scalars(select(SeatQuota))}
    return next(
        v.occurrence_id
        for v in services.catalogue.occurrences(Period.WEEK)
        if v.signup_state is SignupState.OPEN
        and not v.sensitive
        and lent.get(v.occurrence_id, 0) > 0
        and (v.seats_left or 0) > lent[v.occurrence_id] + 2
    )


def _held(services: Services, occurrence_id: uuid.UUID) -> int:
    with services.db.read() as session:
        quota = session.get(SeatQuota, occurrence_id)
        return 0 if quota is None else quota.held


def test_offline_only_lent_seats_are_promised_the_rest_waits_for_the_server(
    qtbot: QtBot, kiosk: tuple[MainWindow, SyncController, Services], central_url: str
) -> None:
    window, controller, services = kiosk
    controller.start()
    qtbot.waitUntil(lambda: controller.online is True, timeout=10_000)
    date = _open_date_with_lent_seats(services)
    lent = _held(services, date)
    role = controller.client._enrolment.role  # the test cuts this kiosk off
    with psycopg.connect(central_url, autocommit=True) as admin:
        admin.execute(f"ALTER ROLE {role} NOLOGIN")  # the network is down: no new
        admin.execute(  # connection, and the one the worker holds is cut
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (role,)
        )
    controller.sync_now()
    qtbot.waitUntil(lambda: controller.online is False, timeout=10_000)

    names = iter(["Olga Hansen", "Per Berg", "Kari Lie", "Åse Dahl"])
    promised = []
    for _ in range(lent):  # promised at once, offline, from the seats lent in advance
        booking = services.booking.sign_up(SignupRequest(date, next(names)))
        assert booking.status is SignupStatus.CONFIRMED
        window.show_confirmation(booking)
        assert window.confirmation.outcome.text() == "Du har fått plass!"
        promised.append(booking.booking_code)
    booking = services.booking.sign_up(SignupRequest(date, next(names)))
    assert booking.status is SignupStatus.PENDING  # beyond the quota: not promised
    window.show_confirmation(booking)
    assert window.confirmation.outcome.text() == "Påmeldingen din er notert"
    assert window.confirmation.outcome_detail.text() == (
        "Plassen blir bekreftet når kiosken er tilkoblet nettet igjen."
    )

    with psycopg.connect(central_url, autocommit=True) as admin:
        admin.execute(f"ALTER ROLE {role} LOGIN")  # back on the network
    controller.sync_now()
    qtbot.waitUntil(lambda: controller.online is True and controller.pending == 0, timeout=10_000)
    for code in [*promised, booking.booking_code]:
        found = services.booking.find(code)
        assert found is not None and found.status is SignupStatus.CONFIRMED
    qtbot.waitUntil(
        lambda: window.confirmation.outcome.text() == "Du har fått plass!", timeout=2000
    )


def test_online_beyond_the_quota_the_server_answers_within_a_second(
    qtbot: QtBot, kiosk: tuple[MainWindow, SyncController, Services]
) -> None:
    window, controller, services = kiosk
    controller.start()
    qtbot.waitUntil(
        lambda: controller.online is True and not controller.worker.busy, timeout=10_000
    )
    date = _open_date_with_lent_seats(services)
    names = iter(["Olga Hansen", "Per Berg", "Kari Lie", "Åse Dahl"])
    for _ in range(_held(services, date)):
        services.booking.sign_up(SignupRequest(date, next(names)))
    booking = services.booking.sign_up(SignupRequest(date, next(names)))
    assert booking.status is SignupStatus.PENDING
    started = time.monotonic()
    window.show_confirmation(booking)
    assert window.confirmation.outcome.text() == "Vi sjekker plassen din\u00a0…"
    qtbot.waitUntil(
        lambda: window.confirmation.outcome.text() == "Du har fått plass!", timeout=3000
    )
    assert time.monotonic() - started < 1.0


def test_the_worker_holds_one_session_and_lets_it_go_when_stopped(
    qtbot: QtBot, kiosk: tuple[MainWindow, SyncController, Services], central_url: str
) -> None:
    _, controller, _ = kiosk
    role = controller.client._enrolment.role

    def sessions() -> list[int]:
        with psycopg.connect(central_url) as admin:
            return [
                r[0]
                for r in admin.execute(
                    "SELECT pid FROM pg_stat_activity WHERE usename = %s", (role,)
                )
            ]

    controller.start()
    qtbot.waitUntil(lambda: controller.online is True, timeout=10_000)
    first = sessions()
    assert len(first) == 1
    pulls: list[object] = []
    controller.changed.connect(lambda: pulls.append(controller.last_pull_at))
    for _ in range(2):
        cycles = len(pulls)
        controller.sync_now()
        qtbot.waitUntil(lambda: len(pulls) > cycles, timeout=5_000)  # noqa: B023
    assert sessions() == first
    controller.stop()
    qtbot.waitUntil(lambda: sessions() == [], timeout=5_000)
