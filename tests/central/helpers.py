"""What the central tests share: a kiosk enrolled at the demo site, and one sync cycle."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

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
