"""What the central tests share: a kiosk enrolled at the demo site, one sync cycle, and
the sign-ups as the server and a kiosk have them."""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import psycopg
from sqlalchemy import Engine, select
from sqlalchemy.engine import make_url

from kiosk.central import provision
from kiosk.clock import SystemClock
from kiosk.services import Services
from kiosk.storage.models import Signup
from kiosk.sync.client import SyncClient, SyncReport, enroll, load_enrolment


def enrolled_kiosk(
    central: Engine, url: str, folder: Path, name: str, reach: str | None = None
) -> Services:
    """A new kiosk data folder, enrolled at the site "Solbakken" as `name`; it reaches
    the server at `reach` if given (a test's proxy), else at `url`."""
    services = Services.open(folder, SystemClock())
    file = folder.parent / f"{name}.json"
    enrolment = provision.add_kiosk(central, url, "Solbakken", name)
    if reach is not None:
        enrolment = replace(enrolment, url=reach)
    provision.write_enrolment(enrolment, file)
    enroll(file, services)
    return services


def client_of(services: Services, hold_connection: bool = False) -> SyncClient:
    """The sync client of an enrolled kiosk."""
    enrolment = load_enrolment(services.data_dir)
    assert enrolment is not None
    return SyncClient(services, enrolment, hold_connection)


def sync_once(services: Services) -> SyncReport:
    return client_of(services).sync_once()


def central_signups(url: str) -> dict[str, tuple[str, str, str]]:
    """Every sign-up on the server: id → (status, date, booking code)."""
    with psycopg.connect(url) as admin:
        rows = admin.execute(
            "SELECT id, status, occurrence_id, booking_code FROM sammen.signup"
        ).fetchall()
    return {str(id_): (status, str(date), code) for id_, status, date, code in rows}


def local_signups(services: Services) -> dict[str, tuple[str, str, str]]:
    """Every sign-up on a kiosk, as `central_signups` gives the server's."""
    with services.db.read() as session:
        rows = session.execute(
            select(Signup.id, Signup.status, Signup.occurrence_id, Signup.booking_code)
        ).all()
    return {str(id_): (status.value, str(date), code) for id_, status, date, code in rows}


def upstream(url: str) -> Callable[[], socket.socket]:
    """How a test's proxy reaches the server of `url`: its Unix socket (the embedded
    server) or its TCP address (a server from SAMMEN_TEST_DATABASE_URL)."""
    parsed = make_url(url)
    host = parsed.query.get("host")
    port = parsed.port or 5432
    if isinstance(host, str) and host.startswith("/"):
        path = f"{host}/.s.PGSQL.{port}"

        def unix() -> socket.socket:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.connect(path)
            return sock

        return unix
    address = (parsed.host or "localhost", port)
    return lambda: socket.create_connection(address)
