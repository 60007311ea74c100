"""Signing up and cancelling: capacity, a first-come waiting list, booking codes."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import CursorResult, Result, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.clock import Clock
from kiosk.config import KioskConfig
from kiosk.domain.enums import Refusal, SignupState
from kiosk.domain.validation import (
    MAX_COMPANIONS,
    InvalidName,
    InvalidPhone,
    name_key,
    validate_name,
    validate_phone,
)
from kiosk.domain.views import (
    Booking,
    BookingRefused,
    OccurrenceRow,
    OccurrenceView,
    SignupRequest,
    make_view,
)
from kiosk.ids import BookingCodeSource, normalize_booking_code, random_booking_code
from kiosk.services.events import Change, ChangeNotifier
from kiosk.storage.database import Database
from kiosk.storage.models import Occurrence, OutboxOp, SeatQuota, Signup, SignupStatus

__all__ = [
    "Booking",
    "BookingRefused",
    "BookingService",
    "Refusal",
    "SignupRequest",
]

log = logging.getLogger(__name__)


class BookingService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        config: KioskConfig,
        notifier: ChangeNotifier,
        code_source: BookingCodeSource = random_booking_code,
        kiosk_id: uuid.UUID | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._config = config
        self._notifier = notifier
        self._new_code = code_source
        self._kiosk_id = kiosk_id
        # Set for a kiosk enrolled with a central database, which then decides who has a
        # seat (DESIGN.md: never take back a promise). Such a kiosk promises a seat at
        # once only from the seats the server lent it; any other free seat is held
        # (pending) until the server answers, within a second when online.
        self.central = False
        # Set by the sync layer while the central database cannot be reached, so the
        # screens can say a held seat waits for the network, not for a second.
        self.offline = False

    # -- sign up ---------------------------------------------------------------------------

    def sign_up(self, request: SignupRequest, *, by_staff: bool = False) -> Booking:
        """Validate, then take a seat or a waiting-list place in one transaction.

        Raises InvalidName, InvalidPhone or BookingRefused; nothing is stored then. Staff
        (someone who phoned in) may still sign people up after the kiosk's closing time.
        """
        with self._db.transaction() as session:
            booking = self._sign_up_checked(session, request, by_staff)
        self._notifier.notify(Change.SIGNUPS)
        log.info("sign-up %s on occurrence %s", booking.status.value, request.occurrence_id)
        return booking

    def sign_up_batch(
        self, requests: Sequence[SignupRequest], *, by_staff: bool = False
    ) -> list[Booking | InvalidName | InvalidPhone | BookingRefused]:
        """Many sign-ups in one transaction (a paper list, the demo): all are stored, or
        none if anything unexpected fails. Each refused one is answered, not stored."""
        results: list[Booking | InvalidName | InvalidPhone | BookingRefused] = []
        with self._db.transaction() as session:
            for request in requests:
                try:
                    results.append(self._sign_up_checked(session, request, by_staff))
                except (InvalidName, InvalidPhone, BookingRefused) as refused:
                    results.append(refused)
        self._notifier.notify(Change.SIGNUPS)
        return results

    def _sign_up_checked(
        self, session: Session, request: SignupRequest, by_staff: bool = False
    ) -> Booking:
        name = validate_name(request.name)
        phone = validate_phone(request.phone)
        if not 0 <= request.companions <= MAX_COMPANIONS:
            raise BookingRefused(Refusal.TOO_MANY_COMPANIONS)
        party = 1 + request.companions
        key = name_key(name)
        for _attempt in range(5):  # a booking-code collision is retried with a new code
            try:
                with session.begin_nested():
                    return self._sign_up_in(
                        session,
                        request.occurrence_id,
                        name,
                        key,
                        phone,
                        party,
                        by_staff,
                        request.needs_help,
                    )
            except IntegrityError as exc:
                if "booking_code" in str(exc.orig):
                    continue
                if "uq_signup_person" in str(exc.orig) or "name_key" in str(exc.orig):
                    raise BookingRefused(Refusal.ALREADY_SIGNED_UP) from exc
                raise
        raise RuntimeError("could not find a free booking code")

    def _sign_up_in(
        self,
        session: Session,
        occurrence_id: uuid.UUID,
        name: str,
        key: str,
        phone: str | None,
        party: int,
        by_staff: bool = False,
        needs_help: bool = False,
    ) -> Booking:
        occ = session.get(Occurrence, occurrence_id)
        if occ is None:
            raise BookingRefused(Refusal.NOT_FOUND)
        view = self._view(session, occ)
        if not (by_staff and view.signup_state is SignupState.CLOSED):
            _refuse_unless_open(view.signup_state)
        if self._is_same_person_signed_up(session, occ.id, key, phone):
            raise BookingRefused(Refusal.ALREADY_SIGNED_UP)
        # Conditional update: the seat is taken only if it is still there.
        taken = _rowcount(
            session.execute(
                update(Occurrence)
                .where(
                    Occurrence.id == occ.id, Occurrence.seats_taken + party <= Occurrence.capacity
                )
                .values(seats_taken=Occurrence.seats_taken + party)
                .execution_options(synchronize_session=False)
            )
        )
        # Whoever is already waiting goes first: no seat while the waiting list is not empty.
        waiting = waitlist_count(session, occ.id)
        if taken and waiting:
            session.execute(
                update(Occurrence)
                .where(Occurrence.id == occ.id)
                .values(seats_taken=Occurrence.seats_taken - party)
                .execution_options(synchronize_session=False)
            )
            taken = 0
        from_quota = False
        if not taken:
            status = SignupStatus.WAITLISTED
        elif not self.central:
            status = SignupStatus.CONFIRMED
        else:
            from_quota = _use_quota(session, occ.id, party)
            status = SignupStatus.CONFIRMED if from_quota else SignupStatus.PENDING
        queue = (
            session.scalar(
                select(func.max(Signup.queue_number)).where(Signup.occurrence_id == occ.id)
            )
            or 0
        ) + 1
        signup = Signup(
            occurrence_id=occ.id,
            display_name=name,
            name_key=key,
            phone=phone,
            party_size=party,
            status=status,
            queue_number=queue,
            booking_code=self._new_code(),
            origin_kiosk_id=self._kiosk_id,
            created_at=self._clock.now(),
            needs_help=needs_help,
        )
        session.add(signup)
        session.flush()
        request: dict[str, object] = {
            "signup_id": str(signup.id),
            "occurrence_id": str(occ.id),
            "display_name": name,
            "phone": phone,
            "party_size": party,
            "booking_code": signup.booking_code,
            "needs_help": needs_help,
        }
        if from_quota:
            request["quota"] = True  # promised from lent seats: the server honours it
        self._append_outbox(session, "signup.request", request)
        session.refresh(occ)
        return self._booking(session, signup)

    @staticmethod
    def _is_same_person_signed_up(
        session: Session, occurrence_id: uuid.UUID, key: str, phone: str | None
    ) -> bool:
        """Same name, and the same phone or a phone missing on either side."""
        phones = session.scalars(
            select(Signup.phone).where(
                Signup.occurrence_id == occurrence_id,
                Signup.name_key == key,
                Signup.status != SignupStatus.CANCELLED,
            )
        ).all()
        return any(p is None or phone is None or p == phone for p in phones)

    # -- look up and cancel ------------------------------------------------------------------

    def find(self, code_text: str) -> Booking | None:
        """The booking with this code, or None; says nothing about anyone else's."""
        code = normalize_booking_code(code_text)
        if code is None:
            return None
        with self._db.read() as session:
            signup = session.scalar(select(Signup).where(Signup.booking_code == code))
            return None if signup is None else self._booking(session, signup)

    def cancel(self, code_text: str) -> Booking:
        """Cancel by code; the head of the waiting list moves up in the same transaction."""
        code = normalize_booking_code(code_text)
        if code is None:
            raise BookingRefused(Refusal.NOT_FOUND)
        with self._db.transaction() as session:
            signup = session.scalar(select(Signup).where(Signup.booking_code == code))
            if signup is None:
                raise BookingRefused(Refusal.NOT_FOUND)
            if signup.status is SignupStatus.CANCELLED:
                raise BookingRefused(Refusal.ALREADY_CANCELLED)
            occ = signup.occurrence
            view = self._view(session, occ)
            if view.signup_state is SignupState.STARTED:
                raise BookingRefused(Refusal.STARTED)
            held_seat = signup.status in (SignupStatus.CONFIRMED, SignupStatus.PENDING)
            signup.status = SignupStatus.CANCELLED
            signup.cancelled_at = self._clock.now()
            if held_seat:
                occ.seats_taken -= signup.party_size
            session.flush()
            promoted = promote_waitlist(session, occ, self.seat_without_server)
            self._append_outbox(session, "signup.cancel", {"signup_id": str(signup.id)})
            booking = self._booking(session, signup)
        self._notifier.notify(Change.SIGNUPS)
        log.info("sign-up cancelled on occurrence %s; %d promoted", occ.id, promoted)
        return booking

    # -- shared --------------------------------------------------------------------------------

    def _booking(self, session: Session, signup: Signup) -> Booking:
        position = None
        if signup.status is SignupStatus.WAITLISTED:
            position = session.scalar(
                select(func.count()).where(
                    Signup.occurrence_id == signup.occurrence_id,
                    Signup.status == SignupStatus.WAITLISTED,
                    Signup.queue_number <= signup.queue_number,
                )
            )
        return Booking(
            booking_code=signup.booking_code,
            status=signup.status,
            waitlist_position=position,
            party_size=signup.party_size,
            display_name=signup.display_name,
            occurrence=self._view(session, signup.occurrence),
        )

    def _view(self, session: Session, occ: Occurrence) -> OccurrenceView:
        act = occ.activity
        row = OccurrenceRow(
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
            starts_at=occ.starts_at,
            ends_at=occ.ends_at,
            capacity=occ.capacity,
            status=occ.status,
            seats_taken=occ.seats_taken,
            sensitive=act.sensitive,
            wants_volunteers=act.wants_volunteers,
            closes_minutes=act.signup_closes_minutes,
            waitlist_length=waitlist_count(session, occ.id),
        )
        return make_view(row, self._clock.now(), self._config.signup_closes_minutes)

    def _append_outbox(self, session: Session, kind: str, payload: dict[str, object]) -> None:
        append_outbox(session, self._clock, kind, payload)

    @property
    def seat_without_server(self) -> SignupStatus:
        """What a seat taken here, not from lent seats, is until the server has said."""
        return SignupStatus.PENDING if self.central else SignupStatus.CONFIRMED

    def set_config(self, config: KioskConfig) -> None:
        self._config = config


def append_outbox(session: Session, clock: Clock, kind: str, payload: dict[str, object]) -> None:
    """An intent for the central database, in the caller's transaction."""
    seq = (session.scalar(select(func.max(OutboxOp.seq))) or 0) + 1
    session.add(
        OutboxOp(
            seq=seq,
            kind=kind,
            payload=json.dumps(payload, ensure_ascii=False),
            created_at=clock.now(),
        )
    )


def _use_quota(session: Session, occurrence_id: uuid.UUID, party: int) -> bool:
    """Take the party's seats from those the server lent this kiosk, if it holds enough."""
    quota = session.get(SeatQuota, occurrence_id)
    if quota is None or quota.held < party:
        return False
    quota.used_total += party
    return True


def _refuse_unless_open(state: SignupState) -> None:
    refusal = {
        SignupState.CANCELLED: Refusal.CANCELLED,
        SignupState.STARTED: Refusal.STARTED,
        SignupState.CLOSED: Refusal.CLOSED,
    }.get(state)
    if refusal is not None:
        raise BookingRefused(refusal)


def waitlist_count(session: Session, occurrence_id: uuid.UUID) -> int:
    return int(
        session.scalar(
            select(func.count()).where(
                Signup.occurrence_id == occurrence_id, Signup.status == SignupStatus.WAITLISTED
            )
        )
        or 0
    )


def promote_waitlist(
    session: Session, occ: Occurrence, seat: SignupStatus = SignupStatus.CONFIRMED
) -> int:
    """Move the head of the waiting list up while its whole party fits; never skip anyone.
    On an enrolled kiosk `seat` is PENDING: the central database, which also counts the
    seats lent to other kiosks, decides whether the seat is really free."""
    promoted = 0
    while True:
        head = session.scalar(
            select(Signup)
            .where(Signup.occurrence_id == occ.id, Signup.status == SignupStatus.WAITLISTED)
            .order_by(Signup.queue_number)
            .limit(1)
        )
        if head is None or occ.seats_taken + head.party_size > occ.capacity:
            return promoted
        head.status = seat
        occ.seats_taken += head.party_size
        session.flush()
        promoted += 1


def _rowcount(result: Result[Any]) -> int:
    assert isinstance(result, CursorResult)  # an UPDATE always gives a CursorResult
    return result.rowcount
