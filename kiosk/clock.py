"""One injectable clock, so tests and screenshots are deterministic."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo

OSLO = ZoneInfo("Europe/Oslo")


class Clock(Protocol):
    def now(self) -> datetime:
        """Aware local time (Europe/Oslo unless the site says otherwise)."""
        ...


class SystemClock:
    def __init__(self, tz: tzinfo = OSLO) -> None:
        self._tz = tz

    def now(self) -> datetime:
        return datetime.now(self._tz)


class FixedClock:
    """A clock that only moves when told to."""

    def __init__(self, at: datetime, tz: tzinfo = OSLO) -> None:
        self._now = at if at.tzinfo else at.replace(tzinfo=tz)

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> None:
        self._now += delta

    def set(self, at: datetime) -> None:
        self._now = at


def parse_now(text: str, tz: tzinfo = OSLO) -> datetime:
    """Parse `--now 2026-12-01T10:00`; a naive time is taken as local time."""
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=tz)
