"""Fixtures for the core: a real SQLite file in tmp_path and a clock that only moves on request."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kiosk.clock import FixedClock, parse_now
from kiosk.config import KioskConfig
from kiosk.demo import SeededBookingCodes
from kiosk.services import Services
from kiosk.storage.models import Activity, Category, Occurrence, Site

NOW = "2026-12-01T10:00"


@pytest.fixture
def two(
    tmp_path: Path, kiosk_config: KioskConfig, _demo_template: tuple[Path, int]
) -> Iterator[tuple[Services, Services]]:
    """Two copies of the demo database: one a pulled page goes to by the way under test,
    one it goes to the ORM way, to compare every stored row."""
    from tests.conftest import DEMO_NOW

    template, _ = _demo_template
    opened = []
    for name in ("tested", "orm"):
        shutil.copytree(template, tmp_path / name)
        opened.append(Services.open(tmp_path / name, FixedClock(parse_now(DEMO_NOW)), kiosk_config))
    yield opened[0], opened[1]
    for services in opened:
        services.close()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(parse_now(NOW))


@pytest.fixture
def core(tmp_path: Path, clock: FixedClock) -> Iterator[Services]:
    services = Services.open(
        tmp_path / "data", clock, KioskConfig(signup_closes_minutes=30), SeededBookingCodes(3)
    )
    yield services
    services.close()


def add_occurrence(
    services: Services,
    *,
    capacity: int = 3,
    starts_in: timedelta = timedelta(days=1),
    sensitive: bool = False,
    title: str = "Bridge",
    category: Category = Category.GAMES,
    closes_minutes: int | None = None,
) -> uuid.UUID:
    """One activity with one occurrence; returns the occurrence id."""
    now: datetime = services.clock.now()
    with services.db.transaction() as session:
        site = session.query(Site).first()
        if site is None:
            site = Site(name="Testsenteret")
            session.add(site)
            session.flush()
        activity = Activity(
            site_id=site.id,
            title=title,
            category=category,
            capacity=capacity,
            sensitive=sensitive,
            signup_closes_minutes=closes_minutes,
        )
        session.add(activity)
        session.flush()
        occ = Occurrence(
            activity_id=activity.id,
            starts_at=now + starts_in,
            ends_at=now + starts_in + timedelta(hours=2),
            capacity=capacity,
        )
        session.add(occ)
        session.flush()
        return occ.id
