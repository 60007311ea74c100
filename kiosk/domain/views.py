"""What services hand to the screens: frozen values, never database rows.

Plain `Value` classes rather than dataclasses: the home screen needs them before its first
paint (see kiosk/values.py).
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Final

from kiosk.domain.enums import (
    Category,
    OccurrenceStatus,
    Refusal,
    SignupState,
    SignupStatus,
)
from kiosk.values import Value


class OccurrenceView(Value):
    """One occurrence as the public side may see it."""

    def __init__(
        self,
        occurrence_id: uuid.UUID,
        activity_id: uuid.UUID,
        title: str,
        description: str,
        category: Category,
        place: str,
        host: str,
        accessibility: str,
        contact_name: str,
        contact_phone: str,
        starts_at: datetime,  # aware, local time
        ends_at: datetime,
        capacity: int,
        # None for sensitive activities: the public side shows no counts for them.
        seats_left: int | None,
        waitlist_length: int | None,
        sensitive: bool,
        wants_volunteers: bool,
        signup_state: SignupState,
        closes_at: datetime,
    ) -> None:
        self.occurrence_id: Final = occurrence_id
        self.activity_id: Final = activity_id
        self.title: Final = title
        self.description: Final = description
        self.category: Final = category
        self.place: Final = place
        self.host: Final = host
        self.accessibility: Final = accessibility
        self.contact_name: Final = contact_name
        self.contact_phone: Final = contact_phone
        self.starts_at: Final = starts_at
        self.ends_at: Final = ends_at
        self.capacity: Final = capacity
        self.seats_left: Final = seats_left
        self.waitlist_length: Final = waitlist_length
        self.sensitive: Final = sensitive
        self.wants_volunteers: Final = wants_volunteers
        self.signup_state: Final = signup_state
        self.closes_at: Final = closes_at

    @property
    def can_sign_up(self) -> bool:
        return self.signup_state in (SignupState.OPEN, SignupState.WAITLIST)


class OccurrenceRow(Value):
    """The stored facts a view is computed from, whichever way they were read."""

    def __init__(
        self,
        occurrence_id: uuid.UUID,
        activity_id: uuid.UUID,
        title: str,
        description: str,
        category: Category,
        place: str,
        host: str,
        accessibility: str,
        contact_name: str,
        contact_phone: str,
        starts_at: datetime,  # aware
        ends_at: datetime,
        capacity: int,
        status: OccurrenceStatus,
        seats_taken: int,
        sensitive: bool,
        wants_volunteers: bool,
        closes_minutes: int | None,  # None: the kiosk's default
        waitlist_length: int,
    ) -> None:
        self.occurrence_id: Final = occurrence_id
        self.activity_id: Final = activity_id
        self.title: Final = title
        self.description: Final = description
        self.category: Final = category
        self.place: Final = place
        self.host: Final = host
        self.accessibility: Final = accessibility
        self.contact_name: Final = contact_name
        self.contact_phone: Final = contact_phone
        self.starts_at: Final = starts_at
        self.ends_at: Final = ends_at
        self.capacity: Final = capacity
        self.status: Final = status
        self.seats_taken: Final = seats_taken
        self.sensitive: Final = sensitive
        self.wants_volunteers: Final = wants_volunteers
        self.closes_minutes: Final = closes_minutes
        self.waitlist_length: Final = waitlist_length


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


class SignupRequest(Value):
    def __init__(
        self,
        occurrence_id: uuid.UUID,
        name: str,
        phone: str | None = None,
        companions: int = 0,
        needs_help: bool = False,  # would like company or a ride there (DESIGN.md)
    ) -> None:
        self.occurrence_id: Final = occurrence_id
        self.name: Final = name
        self.phone: Final = phone
        self.companions: Final = companions
        self.needs_help: Final = needs_help


class Booking(Value):
    """One sign-up as its owner (who holds the code) may see it."""

    def __init__(
        self,
        booking_code: str,
        status: SignupStatus,
        waitlist_position: int | None,  # 1 = next in line
        party_size: int,
        display_name: str,
        occurrence: OccurrenceView,
    ) -> None:
        self.booking_code: Final = booking_code
        self.status: Final = status
        self.waitlist_position: Final = waitlist_position
        self.party_size: Final = party_size
        self.display_name: Final = display_name
        self.occurrence: Final = occurrence

    @property
    def can_cancel(self) -> bool:
        return self.status is not SignupStatus.CANCELLED and self.occurrence.signup_state in (
            SignupState.OPEN,
            SignupState.WAITLIST,
            SignupState.CLOSED,
        )
