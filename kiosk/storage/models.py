"""The kiosk's local tables. Ids are UUIDs made where the row is born (DESIGN.md)."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    CheckConstraint,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    Uuid,
    text,
)
from sqlalchemy import DateTime as SADateTime
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kiosk.domain.enums import Category, OccurrenceStatus, SignupStatus
from kiosk.ids import uuid7

__all__ = [
    "Activity",
    "AuditEvent",
    "Base",
    "Category",
    "Kiosk",
    "Occurrence",
    "OccurrenceStatus",
    "OutboxOp",
    "PinGuard",
    "SeatQuota",
    "Signup",
    "SignupStatus",
    "Site",
    "StaffUser",
]


class UTCDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC (SQLite has no time zones), handed out as aware UTC."""

    impl = SADateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def _enum(cls: type[enum.Enum]) -> SAEnum:
    # Store the value, not the name, and no CHECK constraint: a newer central may add values.
    return SAEnum(
        cls,
        values_callable=lambda e: [m.value for m in e],
        native_enum=False,
        create_constraint=False,
        length=20,
    )


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime, uuid.UUID: Uuid}


class Site(Base):
    __tablename__ = "site"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    name: Mapped[str] = mapped_column(String(120))
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Oslo")


class Kiosk(Base):
    __tablename__ = "kiosk"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"))
    name: Mapped[str] = mapped_column(String(120))
    is_self: Mapped[bool] = mapped_column(default=False)


class Activity(Base):
    """A series: what it is, who hosts it and how many it takes."""

    __tablename__ = "activity"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id"), index=True)
    title: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[Category] = mapped_column(_enum(Category))
    place: Mapped[str] = mapped_column(String(120), default="")
    host: Mapped[str] = mapped_column(String(120), default="")
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    capacity: Mapped[int] = mapped_column(Integer)
    sensitive: Mapped[bool] = mapped_column(default=False)
    accessibility: Mapped[str] = mapped_column(Text, default="")
    # Minutes before start when sign-up closes; None means the kiosk's default.
    signup_closes_minutes: Mapped[int | None] = mapped_column(default=None)
    wants_volunteers: Mapped[bool] = mapped_column(default=False)
    cancelled_at: Mapped[datetime | None] = mapped_column(default=None)
    # A weekly series: weekdays as digits Monday=0 ("02" is Monday and Wednesday), a start
    # time, a length and the dates it runs; empty weekdays means single dates only.
    series_weekdays: Mapped[str] = mapped_column(String(7), default="")
    series_start: Mapped[str] = mapped_column(String(5), default="")  # "HH:MM", local time
    series_minutes: Mapped[int] = mapped_column(Integer, default=0)
    series_from: Mapped[date | None] = mapped_column(default=None)
    series_until: Mapped[date | None] = mapped_column(default=None)

    occurrences: Mapped[list[Occurrence]] = relationship(back_populates="activity")

    __table_args__ = (CheckConstraint("capacity >= 0", name="capacity_not_negative"),)


class Occurrence(Base):
    """One dated instance of an activity, with its own capacity and status."""

    __tablename__ = "occurrence"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activity.id"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    capacity: Mapped[int] = mapped_column(Integer)
    status: Mapped[OccurrenceStatus] = mapped_column(
        _enum(OccurrenceStatus), default=OccurrenceStatus.SCHEDULED
    )
    # Seats held by confirmed and pending sign-ups (party sizes added up), kept in the same
    # transaction as the sign-up rows; the CHECK is the backstop against overbooking.
    seats_taken: Mapped[int] = mapped_column(Integer, default=0)
    # Changed by hand (time, capacity): a later edit of the series leaves it alone.
    detached: Mapped[bool] = mapped_column(default=False)
    # Where the series had put it before it was changed by hand: that slot stays taken.
    series_slot: Mapped[datetime | None] = mapped_column(default=None)

    activity: Mapped[Activity] = relationship(back_populates="occurrences")

    __table_args__ = (
        Index("ix_occurrence_starts_at", "starts_at"),
        # What is on now or later: a kiosk in use for a year has mostly past dates.
        Index("ix_occurrence_ends_at", "ends_at"),
        Index("ix_occurrence_activity_id", "activity_id"),
        CheckConstraint("seats_taken >= 0 AND seats_taken <= capacity", name="seats_within"),
        CheckConstraint("ends_at >= starts_at", name="ends_after_start"),
    )


class Signup(Base):
    __tablename__ = "signup"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    occurrence_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("occurrence.id"))
    display_name: Mapped[str] = mapped_column(String(60))
    name_key: Mapped[str] = mapped_column(String(240))
    phone: Mapped[str | None] = mapped_column(String(20), default=None)
    party_size: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[SignupStatus] = mapped_column(_enum(SignupStatus))
    # Waiting-list order: a per-occurrence counter, never a device clock.
    queue_number: Mapped[int] = mapped_column(Integer)
    booking_code: Mapped[str] = mapped_column(String(6), unique=True)
    origin_kiosk_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    created_at: Mapped[datetime]
    cancelled_at: Mapped[datetime | None] = mapped_column(default=None)
    attended_at: Mapped[datetime | None] = mapped_column(default=None)
    # Would like company or a ride there: staff arrange it (wiped with the name).
    needs_help: Mapped[bool] = mapped_column(default=False, server_default=text("0"))
    # Name and phone wiped after the retention time; the row stays for the counts.
    purged_at: Mapped[datetime | None] = mapped_column(default=None)

    occurrence: Mapped[Occurrence] = relationship()

    __table_args__ = (
        Index("ix_signup_occurrence_status", "occurrence_id", "status", "queue_number"),
        # Backstop against the same person twice on one occurrence.
        Index(
            "uq_signup_person",
            "occurrence_id",
            "name_key",
            text("coalesce(phone, '')"),
            unique=True,
            sqlite_where=text("status != 'cancelled'"),
        ),
        CheckConstraint("party_size >= 1 AND party_size <= 4", name="party_size_range"),
    )


class OutboxOp(Base):
    """An intent to send to the central database, written with the local change."""

    __tablename__ = "outbox_op"

    op_id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None] = mapped_column(default=None)


class SeatQuota(Base):
    """Seats the central database has lent this kiosk for one occurrence, to promise while
    the network is down (DESIGN.md: escrow). Three counters that only grow, so a lost
    reply or a retried push can never make the kiosk think it holds more than it does:
    what it may still promise is granted - used - returned."""

    __tablename__ = "seat_quota"

    occurrence_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    granted_total: Mapped[int] = mapped_column(Integer, default=0)
    used_total: Mapped[int] = mapped_column(Integer, default=0)
    returned_total: Mapped[int] = mapped_column(Integer, default=0)

    @property
    def held(self) -> int:
        return self.granted_total - self.used_total - self.returned_total


class StaffUser(Base):
    """Someone who may open staff mode. Only a salted, memory-hard hash of the PIN."""

    __tablename__ = "staff_user"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    name: Mapped[str] = mapped_column(String(60))
    pin_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]
    # Removed staff stay, so the audit log can still say who did what.
    removed_at: Mapped[datetime | None] = mapped_column(default=None)


class PinGuard(Base):
    """Wrong PINs and the lock-out, in the database so a restart does not reset them."""

    __tablename__ = "pin_guard"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)  # since the last lock-out
    lockouts: Mapped[int] = mapped_column(Integer, default=0)  # in a row; the delay grows
    locked_until: Mapped[datetime | None] = mapped_column(default=None)


class AuditEvent(Base):
    """Who did what, when, in staff mode. Never a PIN; residents only by booking code."""

    __tablename__ = "audit_event"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    at: Mapped[datetime] = mapped_column(index=True)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    staff_name: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")
