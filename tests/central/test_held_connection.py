"""A kiosk's worker holds its connection from cycle to cycle (a new one costs the server a
new process and a fresh compile of every sync function): one session that lasts, a new
one at once when it went stale, none left after close, and a revoked kiosk still locked
out at once."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from kiosk.central import provision
from kiosk.central.demo import seed_central_demo
from kiosk.clock import OSLO, SystemClock
from kiosk.domain.enums import Period, SignupState
from kiosk.domain.views import SignupRequest
from kiosk.services import Services
from kiosk.sync.client import SyncProblem, enroll
from tests.central.helpers import client_of


@pytest.fixture
def lobby(central: Engine, central_url: str, tmp_path: Path) -> Iterator[tuple[Services, str]]:
    provision.add_site(central, "Solbakken")
    seed_central_demo(central, "Solbakken", datetime.now(OSLO))
    services = Services.open(tmp_path / "kiosk", SystemClock())
    file = tmp_path / "lobby.json"
    provision.write_enrolment(provision.add_kiosk(central, central_url, "Solbakken", "Lobby"), file)
    enrolment = enroll(file, services)
    yield services, enrolment.role
    services.close()


def _sessions(central: Engine, role: str) -> list[int]:
    with central.connect() as conn:
        return [
            int(pid)
            for pid in conn.execute(
                text("SELECT pid FROM pg_stat_activity WHERE usename = :r ORDER BY pid"),
                {"r": role},
            ).scalars()
        ]


def _sessions_end(central: Engine, role: str) -> bool:
    """The server notices a client's goodbye at once, but not synchronously."""
    for _ in range(50):
        if not _sessions(central, role):
            return True
        time.sleep(0.02)
    return False


def _sign_up(services: Services, name: str) -> None:
    view = next(
        v
        for v in services.catalogue.occurrences(Period.WEEK)
        if v.signup_state is SignupState.OPEN and not v.sensitive
    )
    services.booking.sign_up(SignupRequest(view.occurrence_id, name, None))


def test_one_session_lasts_from_cycle_to_cycle_and_close_ends_it(
    central: Engine, lobby: tuple[Services, str]
) -> None:
    services, role = lobby
    client = client_of(services, hold_connection=True)
    client.sync_once()
    first = _sessions(central, role)
    assert len(first) == 1
    _sign_up(services, "Kari Nordmann")
    assert client.sync_once().pushed == 1
    client.sync_once()
    assert _sessions(central, role) == first  # the same server process all along
    client.close()
    assert _sessions_end(central, role)


def test_without_holding_no_session_is_left_after_a_cycle(
    central: Engine, lobby: tuple[Services, str]
) -> None:
    services, role = lobby
    client_of(services).sync_once()
    assert _sessions_end(central, role)


def test_a_session_ended_by_the_server_costs_no_cycle(
    central: Engine, lobby: tuple[Services, str]
) -> None:
    """The server restarted, or ended the idle session, between two cycles: the next
    cycle connects again and does its work; nothing is lost or sent twice."""
    services, role = lobby
    client = client_of(services, hold_connection=True)
    client.sync_once()
    (gone,) = _sessions(central, role)
    with central.begin() as conn:
        conn.execute(text("SELECT pg_terminate_backend(:p, 5000)"), {"p": gone})
    _sign_up(services, "Ola Nordmann")
    report = client.sync_once()  # no SyncProblem
    assert report.pushed == 1 and report.pending == 0
    now = _sessions(central, role)
    assert len(now) == 1 and now != [gone]
    with central.connect() as conn:
        stored = conn.execute(
            text("SELECT count(*) FROM sammen.signup WHERE display_name = 'Ola Nordmann'")
        ).scalar_one()
    assert stored == 1
    client.close()


def test_a_revoked_kiosk_is_locked_out_at_once_though_it_held_a_session(
    central: Engine, lobby: tuple[Services, str]
) -> None:
    services, role = lobby
    client = client_of(services, hold_connection=True)
    client.sync_once()
    provision.revoke_kiosk(central, "Lobby")
    _sign_up(services, "Per Hansen")
    with pytest.raises(SyncProblem):
        client.sync_once()
    assert client.pending() == 1  # kept, not lost
    assert _sessions(central, role) == []


def _role_settings(central: Engine, role: str) -> str:
    with central.connect() as conn:
        found = conn.execute(
            text(
                "SELECT s.setconfig FROM pg_db_role_setting s JOIN pg_roles r "
                "ON r.oid = s.setrole WHERE r.rolname = :r"
            ),
            {"r": role},
        ).scalar_one()
    return str(found)


def test_kiosk_sessions_end_when_idle_for_long(
    central: Engine, lobby: tuple[Services, str]
) -> None:
    """A kiosk gone dark must not hold a server process for ever: its role's sessions
    end after ten idle minutes (its worker syncs every 15 s)."""
    _, role = lobby
    assert "idle_session_timeout=10min" in _role_settings(central, role)


def test_the_migration_sets_the_idle_limit_for_kiosks_made_before_it(
    central: Engine, lobby: tuple[Services, str]
) -> None:
    _, role = lobby
    provision.downgrade(central, "c0011")
    assert "idle_session_timeout" not in _role_settings(central, role)
    # The rest of the role's settings stay.
    assert "statement_timeout=15s" in _role_settings(central, role)
    provision.migrate(central)
    assert "idle_session_timeout=10min" in _role_settings(central, role)


def test_the_status_says_whether_the_server_has_room_for_every_kiosks_connection(
    central: Engine,
    central_url: str,
    lobby: tuple[Services, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    from kiosk.cli import main

    room = provision.status(central)["connections"]
    with central.connect() as conn:
        most = int(conn.execute(text("SHOW max_connections")).scalar_one())
    assert room["max_connections"] == most and room["active_kiosks"] == 1 and room["enough"]
    assert main(["central", "--url", central_url, "status"]) == 0
    assert "Warning" not in capsys.readouterr().err

    # More kiosks than the server can hold at once: the status says so.
    for n in range(most - room["for_others"]):
        provision.add_kiosk(central, central_url, "Solbakken", f"Kiosk {n}")
    assert not provision.status(central)["connections"]["enough"]
    assert main(["central", "--url", central_url, "status"]) == 0
    told = capsys.readouterr().err
    assert "raise it" in told and f"max_connections is {most}" in told
