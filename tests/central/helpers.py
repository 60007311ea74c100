"""What the central tests share: a kiosk enrolled at the demo site, and one sync cycle."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from kiosk.central import provision
from kiosk.clock import SystemClock
from kiosk.services import Services
from kiosk.sync.client import SyncClient, SyncReport, enroll, load_enrolment


def enrolled_kiosk(central: Engine, url: str, folder: Path, name: str) -> Services:
    """A new kiosk data folder, enrolled at the site "Solbakken" as `name`."""
    services = Services.open(folder, SystemClock())
    file = folder.parent / f"{name}.json"
    provision.write_enrolment(provision.add_kiosk(central, url, "Solbakken", name), file)
    enroll(file, services)
    return services


def sync_once(services: Services) -> SyncReport:
    enrolment = load_enrolment(services.data_dir)
    assert enrolment is not None
    return SyncClient(services, enrolment).sync_once()


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
