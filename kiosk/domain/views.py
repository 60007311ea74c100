"""What services hand to the screens: frozen values, never database rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.domain.enums import (
    Category,
    OccurrenceStatus,
    Refusal,
    SignupState,
    SignupStatus,
)


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


@dataclass(frozen=True)
class OccurrenceRow:
    """The stored facts a view is computed from, whichever way they were read."""

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
    starts_at: datetime  # aware
    ends_at: datetime
    capacity: int
    status: OccurrenceStatus
    seats_taken: int
    sensitive: bool
    wants_volunteers: bool
    closes_minutes: int | None  # None: the kiosk's default
    waitlist_length: int


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


def make_view(row: OccurrenceRow, now: datetime, default_closes_minutes: int) -> OccurrenceView:
    tz = now.tzinfo
    starts = row.starts_at.astimezone(tz)
    minutes = default_closes_minutes if row.closes_minutes is None else row.closes_minutes
    closes = starts - timedelta(minutes=minutes)
    # A seat left behind a waiting party is not free: the waiting list goes first.
    free = 0 if row.waitlist_length else max(row.capacity - row.seats_taken, 0)
    return OccurrenceView(
        occurrence_id=row.occurrence_id,
        activity_id=row.activity_id,
        title=row.title,
        description=row.description,
        category=row.category,
        place=row.place,
        host=row.host,
        accessibility=row.accessibility,
        contact_name=row.contact_name,
        contact_phone=row.contact_phone,
        starts_at=starts,
        ends_at=row.ends_at.astimezone(tz),
        capacity=row.capacity,
        seats_left=None if row.sensitive else free,
        waitlist_length=None if row.sensitive else row.waitlist_length,
        sensitive=row.sensitive,
        wants_volunteers=row.wants_volunteers,
        signup_state=signup_state(now, starts, closes, row.status, free),
        closes_at=closes,
    )


class BookingRefused(Exception):
    """A business refusal: an answer for the resident, not an error."""

    def __init__(self, reason: Refusal) -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return f"booking refused: {self.reason.value}"


@dataclass(frozen=True)
class SignupRequest:
    occurrence_id: uuid.UUID
    name: str
    phone: str | None = None
    companions: int = 0


@dataclass(frozen=True)
class Booking:
    """One sign-up as its owner (who holds the code) may see it."""

    booking_code: str
    status: SignupStatus
    waitlist_position: int | None  # 1 = next in line
    party_size: int
    display_name: str
    occurrence: OccurrenceView

    @property
    def can_cancel(self) -> bool:
        return self.status is not SignupStatus.CANCELLED and self.occurrence.signup_state in (
            SignupState.OPEN,
            SignupState.WAITLIST,
            SignupState.CLOSED,
        )
