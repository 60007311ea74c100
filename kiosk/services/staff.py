"""Staff users, the PIN check with its growing lock-out, and the audit log.

A PIN is stored only as an Argon2id hash (argon2-cffi: a memory-hard, salted hash from
a well-kept library). The PIN pad asks for the PIN alone, so a PIN must be unique among
the active staff; a new PIN equal to someone's is refused without saying whose.
"""

from __future__ import annotations

import enum
import itertools
import logging
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from kiosk.clock import Clock
from kiosk.domain.validation import InvalidName, validate_name
from kiosk.storage.database import Database
from kiosk.storage.models import AuditEvent, PinGuard, StaffUser

log = logging.getLogger(__name__)

PIN_MIN_LENGTH = 6
PIN_MAX_LENGTH = 12
FAILURES_BEFORE_LOCKOUT = 5
FIRST_LOCKOUT = timedelta(seconds=30)
LONGEST_LOCKOUT = timedelta(hours=1)
# OWASP's minimum for Argon2id (19 MiB, two passes): ≈ 30 ms a check on the kiosk PC.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


class PinProblem(enum.Enum):
    LENGTH = "length"  # not 6–12 digits
    NOT_DIGITS = "not_digits"
    TOO_SIMPLE = "too_simple"  # 111111, 123456, 654321
    MISMATCH = "mismatch"  # the two entries differ
    IN_USE = "in_use"  # another active staff user has it


class InvalidPin(ValueError):
    def __init__(self, problem: PinProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


class StaffProblem(enum.Enum):
    NAME_TAKEN = "name_taken"
    NOT_FOUND = "not_found"
    LAST_ONE = "last_one"  # removing the last staff user would lock everyone out


class StaffRefused(ValueError):
    def __init__(self, problem: StaffProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True)
class StaffMember:
    id: uuid.UUID
    name: str
    created_at: datetime


@dataclass(frozen=True)
class PinResult:
    """The answer of the PIN pad: who, or how long to wait, or how many tries are left."""

    staff: StaffMember | None
    locked_until: datetime | None = None
    tries_left: int = FAILURES_BEFORE_LOCKOUT


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    staff_name: str
    action: str
    detail: str


def check_new_pin(pin: str, repeated: str | None = None) -> str:
    """The PIN as given, or InvalidPin. Says nothing about other people's PINs."""
    if not pin.isascii() or not pin.isdigit():
        raise InvalidPin(PinProblem.NOT_DIGITS if pin else PinProblem.LENGTH)
    if not PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH:
        raise InvalidPin(PinProblem.LENGTH)
    digits = [int(c) for c in pin]
    steps = {b - a for a, b in itertools.pairwise(digits)}
    if len(set(digits)) == 1 or steps in ({1}, {-1}):
        raise InvalidPin(PinProblem.TOO_SIMPLE)
    if repeated is not None and repeated != pin:
        raise InvalidPin(PinProblem.MISMATCH)
    return pin


def lockout_length(lockouts: int) -> timedelta:
    """30 s after the first five wrong PINs, then 60 s, 120 s, … up to an hour."""
    length: timedelta = FIRST_LOCKOUT * (2 ** max(lockouts - 1, 0))
    return min(length, LONGEST_LOCKOUT)


class StaffService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # -- staff users -------------------------------------------------------------------------

    def has_staff(self) -> bool:
        with self._db.read() as session:
            return session.scalar(_active().limit(1)) is not None

    def members(self) -> list[StaffMember]:
        with self._db.read() as session:
            return [_member(u) for u in session.scalars(_active().order_by(StaffUser.name))]

    def add(
        self, name: str, pin: str, repeated: str | None = None, *, by: StaffMember | None = None
    ) -> StaffMember:
        """A new staff user. Raises InvalidName, InvalidPin or StaffRefused; stores nothing
        then."""
        clean = validate_name(name)
        check_new_pin(pin, repeated)
        with self._db.transaction() as session:
            users = list(session.scalars(_active()))
            if any(u.name.casefold() == clean.casefold() for u in users):
                raise StaffRefused(StaffProblem.NAME_TAKEN)
            if any(_matches(u.pin_hash, pin) for u in users):
                raise InvalidPin(PinProblem.IN_USE)
            user = StaffUser(name=clean, pin_hash=_HASHER.hash(pin), created_at=self._clock.now())
            session.add(user)
            session.flush()
            member = _member(user)
            self._audit(session, by, "staff.add", clean)
        log.info("staff user added")
        return member

    def remove(self, name: str, *, by: StaffMember | None = None) -> None:
        with self._db.transaction() as session:
            users = list(session.scalars(_active()))
            wanted = " ".join(unicodedata.normalize("NFC", name).split()).casefold()
            target = next((u for u in users if u.name.casefold() == wanted), None)
            if target is None:
                raise StaffRefused(StaffProblem.NOT_FOUND)
            if len(users) == 1:
                raise StaffRefused(StaffProblem.LAST_ONE)
            target.removed_at = self._clock.now()
            self._audit(session, by, "staff.remove", target.name)
        log.info("staff user removed")

    # -- the PIN pad ---------------------------------------------------------------------------

    def locked_until(self) -> datetime | None:
        with self._db.read() as session:
            guard = session.get(PinGuard, 1)
            if guard is None or guard.locked_until is None:
                return None
            return guard.locked_until if guard.locked_until > self._clock.now() else None

    def check_pin(self, pin: str) -> PinResult:
        """Who has this PIN. Wrong PINs count towards a lock-out kept in the database, so
        pulling the plug does not reset it; during a lock-out no PIN is even looked at."""
        now = self._clock.now()
        with self._db.transaction() as session:
            guard = session.get(PinGuard, 1)
            if guard is None:
                guard = PinGuard(id=1, failures=0, lockouts=0)
                session.add(guard)
            if guard.locked_until is not None and guard.locked_until > now:
                return PinResult(None, locked_until=guard.locked_until, tries_left=0)
            user = next((u for u in session.scalars(_active()) if _matches(u.pin_hash, pin)), None)
            if user is not None:
                guard.failures = 0
                guard.lockouts = 0
                guard.locked_until = None
                member = _member(user)
                self._audit(session, member, "staff.login", "")
                return PinResult(member)
            guard.failures += 1
            if guard.failures >= FAILURES_BEFORE_LOCKOUT:
                guard.lockouts += 1
                guard.failures = 0
                guard.locked_until = now + lockout_length(guard.lockouts)
                self._audit(session, None, "staff.lockout", f"{lockout_length(guard.lockouts)}")
                log.warning("staff PIN pad locked after %d wrong PINs", FAILURES_BEFORE_LOCKOUT)
                return PinResult(None, locked_until=guard.locked_until, tries_left=0)
            self._audit(session, None, "staff.wrong_pin", "")
            return PinResult(None, tries_left=FAILURES_BEFORE_LOCKOUT - guard.failures)

    # -- the audit log -------------------------------------------------------------------------

    def record(self, by: StaffMember | None, action: str, detail: str = "") -> None:
        with self._db.transaction() as session:
            self._audit(session, by, action, detail)

    def audit_log(self, limit: int = 200) -> list[AuditEntry]:
        with self._db.read() as session:
            rows = session.scalars(
                select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)
            )
            return [AuditEntry(r.at, r.staff_name, r.action, r.detail) for r in rows]

    def _audit(self, session: Session, by: StaffMember | None, action: str, detail: str) -> None:
        audit(session, self._clock, by, action, detail)


def audit(
    session: Session, clock: Clock, by: StaffMember | None, action: str, detail: str = ""
) -> None:
    """One line of the audit log, in the caller's transaction: the action and its record
    are stored together or not at all."""
    session.add(
        AuditEvent(
            at=clock.now(),
            staff_id=None if by is None else by.id,
            staff_name="" if by is None else by.name,
            action=action,
            detail=detail,
        )
    )


def _active() -> Select[StaffUser]:
    return select(StaffUser).where(StaffUser.removed_at.is_(None))


def _member(user: StaffUser) -> StaffMember:
    return StaffMember(user.id, user.name, user.created_at)


def _matches(pin_hash: str, pin: str) -> bool:
    try:
        return _HASHER.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


__all__ = [
    "AuditEntry",
    "InvalidName",
    "InvalidPin",
    "PinProblem",
    "PinResult",
    "StaffMember",
    "StaffProblem",
    "StaffRefused",
    "StaffService",
    "audit",
    "check_new_pin",
    "lockout_length",
]
