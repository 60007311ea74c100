"""What is on: occurrences by day and category, with seats left — never anyone's name.

The read side runs plain SQL on its own sqlite3 connection: it is what the first screen
needs, and it must not wait for SQLAlchemy to load.
"""

from __future__ import annotations

import sqlite3
import threading
import uuid
from datetime import datetime, time, timedelta

from kiosk.clock import Clock
from kiosk.config import KioskConfig
from kiosk.domain.enums import Category, OccurrenceStatus, Period, SignupState
from kiosk.domain.views import OccurrenceRow, OccurrenceView, make_view
from kiosk.storage.files import from_stored_time, to_stored_time

__all__ = ["Catalogue", "OccurrenceView", "Period", "SignupState"]

_SELECT = """
SELECT o.id, o.activity_id, a.title, a.description, a.category, a.place, a.host,
       a.accessibility, a.contact_name, a.contact_phone, o.starts_at, o.ends_at,
       o.capacity, o.status, o.seats_taken, a.sensitive, a.wants_volunteers,
       a.signup_closes_minutes,
       (SELECT count(*) FROM signup s
         WHERE s.occurrence_id = o.id AND s.status = 'waitlisted') AS waitlist
  FROM occurrence o JOIN activity a ON a.id = o.activity_id
"""


# Not over yet, and starting before the window ends. The subquery takes the index on
# ends_at: a kiosk in use for a year has mostly past dates, which it then never reads. It
# also tests the start (`+` keeps SQLite from taking the index on starts_at for that), so
# only the window's occurrences are looked up again, not every later one (≈ 1 ms less for
# today's on the bench database).
_NOT_OVER_IN_WINDOW = (
    " WHERE o.id IN (SELECT id FROM occurrence WHERE ends_at > ? AND +starts_at < ?)"
)


def _row(r: tuple[object, ...]) -> OccurrenceRow:
    return OccurrenceRow(
        occurrence_id=uuid.UUID(str(r[0])),
        activity_id=uuid.UUID(str(r[1])),
        title=str(r[2]),
        description=str(r[3]),
        category=Category(r[4]),
        place=str(r[5]),
        host=str(r[6]),
        accessibility=str(r[7]),
        contact_name=str(r[8]),
        contact_phone=str(r[9]),
        starts_at=from_stored_time(str(r[10])),
        ends_at=from_stored_time(str(r[11])),
        capacity=int(str(r[12])),
        status=OccurrenceStatus(r[13]),
        seats_taken=int(str(r[14])),
        sensitive=bool(r[15]),
        wants_volunteers=bool(r[16]),
        closes_minutes=None if r[17] is None else int(str(r[17])),
        waitlist_length=int(str(r[18])),
    )


class Catalogue:
    def __init__(self, reader: sqlite3.Connection, clock: Clock, config: KioskConfig) -> None:
        self._conn = reader
        self._lock = threading.Lock()  # one connection, possibly asked from a worker thread
        self._clock = clock
        self._config = config

    def set_config(self, config: KioskConfig) -> None:
        self._config = config

    def _query(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        with self._lock:
            return list(self._conn.execute(sql, params).fetchall())

    def site_name(self) -> str:
        rows = self._query("SELECT name FROM site LIMIT 1")
        return str(rows[0][0]) if rows else ""

    def _window(self, period: Period) -> tuple[datetime, datetime]:
        now = self._clock.now()
        midnight = datetime.combine(now.date(), time(0), tzinfo=now.tzinfo)
        if period is Period.TODAY:
            return now, midnight + timedelta(days=1)
        if period is Period.TOMORROW:
            return midnight + timedelta(days=1), midnight + timedelta(days=2)
        return now, midnight + timedelta(days=7)

    def occurrences(self, period: Period, category: Category | None = None) -> list[OccurrenceView]:
        """Occurrences in the period not yet over, by start time; cancelled ones included."""
        start, end = self._window(period)
        sql = _SELECT + _NOT_OVER_IN_WINDOW
        params: tuple[object, ...] = (to_stored_time(start), to_stored_time(end))
        if category is not None:
            sql += " AND a.category = ?"
            params += (category.value,)
        sql += " ORDER BY o.starts_at, a.title"
        now = self._clock.now()
        default = self._config.signup_closes_minutes
        return [make_view(_row(r), now, default) for r in self._query(sql, params)]

    def categories(self, period: Period) -> list[Category]:
        """Categories with something on in the period, in a fixed order."""
        start, end = self._window(period)
        rows = self._query(
            "SELECT DISTINCT a.category FROM occurrence o JOIN activity a"
            " ON a.id = o.activity_id WHERE o.ends_at > ? AND o.starts_at < ?",
            (to_stored_time(start), to_stored_time(end)),
        )
        present = {Category(r[0]) for r in rows}
        return [c for c in Category if c in present]

    def get(self, occurrence_id: uuid.UUID) -> OccurrenceView | None:
        rows = self._query(_SELECT + " WHERE o.id = ?", (occurrence_id.hex,))
        if not rows:
            return None
        return make_view(_row(rows[0]), self._clock.now(), self._config.signup_closes_minutes)
