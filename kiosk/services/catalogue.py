"""What is on: occurrences by day and category, with seats left — never anyone's name."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.clock import Clock
from kiosk.config import KioskConfig
from kiosk.storage.database import Database
from kiosk.storage.models import (
    Activity,
    Category,
    Occurrence,
    OccurrenceStatus,
    Signup,
    SignupStatus,
    Site,
)


class Period(enum.Enum):
    TODAY = "today"
    TOMORROW = "tomorrow"
    WEEK = "week"  # today and the six days after


class SignupState(enum.Enum):
    OPEN = "open"  # seats left
    WAITLIST = "waitlist"  # full, but the waiting list takes names
    CLOSED = "closed"  # the closing time before start has passed
    STARTED = "started"  # begun or over
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class OccurrenceView:
    """One occurrence as the public side may see it."""

    occurrence_id: uuid.UUID
    activity_id: uuid.UUID
    title: str
    description: str
    category: Category
    place: str
    host: str
    accessibility: str
    contact_name: str
    contact_phone: str
    starts_at: datetime  # aware, local time
    ends_at: datetime
    capacity: int
    # None for sensitive activities: the public side shows no counts for them.
    seats_left: int | None
    waitlist_length: int | None
    sensitive: bool
    wants_volunteers: bool
    signup_state: SignupState
    closes_at: datetime

    @property
    def can_sign_up(self) -> bool:
        return self.signup_state in (SignupState.OPEN, SignupState.WAITLIST)


def signup_state(
    now: datetime, starts_at: datetime, closes_at: datetime, status: OccurrenceStatus, free: int
) -> SignupState:
    if status is OccurrenceStatus.CANCELLED:
        return SignupState.CANCELLED
    if now >= starts_at:
        return SignupState.STARTED
    if now >= closes_at:
        return SignupState.CLOSED
    return SignupState.OPEN if free > 0 else SignupState.WAITLIST


class Catalogue:
    def __init__(self, db: Database, clock: Clock, config: KioskConfig) -> None:
        self._db = db
        self._clock = clock
        self._config = config

    def site_name(self) -> str:
        with self._db.read() as session:
            name = session.scalar(select(Site.name).limit(1))
        return name or ""

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
        query = (
            select(Occurrence, Activity)
            .join(Activity, Occurrence.activity_id == Activity.id)
            .where(Occurrence.ends_at > start, Occurrence.starts_at < end)
            .order_by(Occurrence.starts_at, Activity.title)
        )
        if category is not None:
            query = query.where(Activity.category == category)
        with self._db.read() as session:
            rows = session.execute(query).all()
            waitlists = _waitlist_lengths(session, [occ.id for occ, _ in rows])
        now = self._clock.now()
        return [self._view(occ, act, waitlists.get(occ.id, 0), now) for occ, act in rows]

    def categories(self, period: Period) -> list[Category]:
        """Categories with something on in the period, in a fixed order."""
        start, end = self._window(period)
        query = (
            select(Activity.category)
            .join(Occurrence, Occurrence.activity_id == Activity.id)
            .where(Occurrence.ends_at > start, Occurrence.starts_at < end)
            .distinct()
        )
        with self._db.read() as session:
            present = set(session.scalars(query))
        return [c for c in Category if c in present]

    def get(self, occurrence_id: uuid.UUID) -> OccurrenceView | None:
        with self._db.read() as session:
            occ = session.get(Occurrence, occurrence_id)
            if occ is None:
                return None
            act = occ.activity
            waitlists = _waitlist_lengths(session, [occ.id])
        return self._view(occ, act, waitlists.get(occ.id, 0), self._clock.now())

    def view_in_session(self, session: Session, occ: Occurrence) -> OccurrenceView:
        waitlists = _waitlist_lengths(session, [occ.id])
        return self._view(occ, occ.activity, waitlists.get(occ.id, 0), self._clock.now())

    def closes_minutes(self, activity: Activity) -> int:
        if activity.signup_closes_minutes is not None:
            return activity.signup_closes_minutes
        return self._config.signup_closes_minutes

    def _view(self, occ: Occurrence, act: Activity, waitlist: int, now: datetime) -> OccurrenceView:
        tz = now.tzinfo
        starts = occ.starts_at.astimezone(tz)
        closes = starts - timedelta(minutes=self.closes_minutes(act))
        free = max(occ.capacity - occ.seats_taken, 0)
        return OccurrenceView(
            occurrence_id=occ.id,
            activity_id=act.id,
            title=act.title,
            description=act.description,
            category=act.category,
            place=act.place,
            host=act.host,
            accessibility=act.accessibility,
            contact_name=act.contact_name,
            contact_phone=act.contact_phone,
            starts_at=starts,
            ends_at=occ.ends_at.astimezone(tz),
            capacity=occ.capacity,
            seats_left=None if act.sensitive else free,
            waitlist_length=None if act.sensitive else waitlist,
            sensitive=act.sensitive,
            wants_volunteers=act.wants_volunteers,
            signup_state=signup_state(now, starts, closes, occ.status, free),
            closes_at=closes,
        )


def _waitlist_lengths(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not ids:
        return {}
    query = (
        select(Signup.occurrence_id, func.count())
        .where(Signup.occurrence_id.in_(ids), Signup.status == SignupStatus.WAITLISTED)
        .group_by(Signup.occurrence_id)
    )
    return {occ_id: int(n) for occ_id, n in session.execute(query).all()}
