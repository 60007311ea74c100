"""Staff mode's use-cases: activities and their series, occurrences, the people on them,
attendance, exports, settings and the retention purge.

Every change is written with its audit line and its outbox operation in one transaction.
Names and phone numbers leave this module only towards staff screens and exports.
"""

from __future__ import annotations

import csv
import enum
import io
import json
import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from time import sleep

from sqlalchemy import func, literal_column, select, update
from sqlalchemy.orm import Session

from kiosk.clock import OSLO, Clock
from kiosk.config import LANGUAGES, KioskConfig
from kiosk.domain.enums import Category, OccurrenceStatus, SignupStatus
from kiosk.domain.validation import MAX_COMPANIONS, validate_phone
from kiosk.domain.views import Booking, SignupRequest
from kiosk.services.booking import (
    BookingService,
    append_outbox,
    promote_waitlist,
    waitlist_count,
)
from kiosk.services.events import Change, ChangeNotifier
from kiosk.services.staff import StaffMember, audit
from kiosk.storage.database import Database
from kiosk.storage.models import Activity, Occurrence, OutboxOp, Signup, Site

log = logging.getLogger(__name__)

MAX_SERIES_DAYS = 366
MAX_CAPACITY = 1000
TITLE_MAX = 120
# Sign-ups wiped per transaction by the retention purge, and the pause between two
# (see purge_personal_data).
PURGE_CHUNK = 500
PURGE_PAUSE_S = 0.005


class EditProblem(enum.Enum):
    TITLE = "title"  # empty or too long
    CAPACITY = "capacity"  # not 1–1000
    TIMES = "times"  # ends before it starts, no length
    DATES = "dates"  # last date before first, or more than a year
    WEEKDAYS = "weekdays"  # a series without a weekday
    PHONE = "phone"  # contact phone not a phone number
    CLOSES = "closes"  # closing minutes out of range
    NOT_FOUND = "not_found"
    IN_THE_PAST = "in_the_past"  # nothing of it would be in the future
    NO_SEAT = "no_seat"  # moving to a seat needs a free seat
    NOT_WAITING = "not_waiting"
    NOT_SEATED = "not_seated"
    SETTINGS = "settings"  # a setting out of range


class EditRefused(ValueError):
    def __init__(self, problem: EditProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True)
class ActivityDraft:
    """What the activity form holds. `weekdays` empty: one single date (`first_date`)."""

    title: str
    category: Category
    capacity: int
    first_date: date
    start: time
    minutes: int
    description: str = ""
    place: str = ""
    host: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    sensitive: bool = False
    accessibility: str = ""
    signup_closes_minutes: int | None = None
    weekdays: frozenset[int] = frozenset()
    last_date: date | None = None


@dataclass(frozen=True)
class StaffOccurrence:
    """An occurrence as staff see it: counts always, sensitive or not."""

    occurrence_id: uuid.UUID
    activity_id: uuid.UUID
    title: str
    place: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    seats_taken: int
    waitlist_length: int
    cancelled: bool
    sensitive: bool
    in_series: bool


@dataclass(frozen=True)
class Participant:
    signup_id: uuid.UUID
    name: str
    phone: str | None
    party_size: int
    status: SignupStatus
    waitlist_position: int | None
    booking_code: str
    attended: bool
    needs_help: bool  # would like company or a ride there


@dataclass(frozen=True)
class SeriesChange:
    created: int
    removed: int
    kept_with_signups: int  # off the new pattern, but people are signed up: staff decide


def occurrence_times(draft: ActivityDraft, today: date) -> list[tuple[datetime, datetime]]:
    """The start and end of every occurrence the draft describes, from today on, in local
    time (a series keeps 18:00 across the change to summer time)."""
    length = timedelta(minutes=draft.minutes)
    if not draft.weekdays:
        days: Iterable[date] = [draft.first_date] if draft.first_date >= today else []
    else:
        last = draft.last_date or draft.first_date
        first = max(draft.first_date, today)
        days = (
            first + timedelta(days=n)
            for n in range((last - first).days + 1)
            if (first + timedelta(days=n)).weekday() in draft.weekdays
        )
    result = []
    for day in days:
        starts = datetime.combine(day, draft.start, tzinfo=OSLO)
        result.append((starts, starts + length))
    return result


def check_draft(draft: ActivityDraft) -> ActivityDraft:
    title = " ".join(draft.title.split())
    if not title or len(title) > TITLE_MAX:
        raise EditRefused(EditProblem.TITLE)
    if not 1 <= draft.capacity <= MAX_CAPACITY:
        raise EditRefused(EditProblem.CAPACITY)
    if not 5 <= draft.minutes <= 24 * 60:
        raise EditRefused(EditProblem.TIMES)
    if draft.weekdays:
        if not draft.weekdays <= set(range(7)):
            raise EditRefused(EditProblem.WEEKDAYS)
        last = draft.last_date or draft.first_date
        if last < draft.first_date or (last - draft.first_date).days > MAX_SERIES_DAYS:
            raise EditRefused(EditProblem.DATES)
    if draft.signup_closes_minutes is not None and not (
        0 <= draft.signup_closes_minutes <= 7 * 24 * 60
    ):
        raise EditRefused(EditProblem.CLOSES)
    contact_phone = ""
    if draft.contact_phone.strip():
        try:
            contact_phone = validate_phone(draft.contact_phone) or ""
        except ValueError as exc:
            raise EditRefused(EditProblem.PHONE) from exc
    return replace(
        draft,
        title=title,
        place=draft.place.strip(),
        host=draft.host.strip(),
        contact_name=draft.contact_name.strip(),
        contact_phone=contact_phone,
        description=draft.description.strip(),
        accessibility=draft.accessibility.strip(),
    )


class AdminService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        notifier: ChangeNotifier,
        booking: BookingService,
    ) -> None:
        self._db = db
        self._clock = clock
        self._notifier = notifier
        self._booking = booking

    # -- reading -------------------------------------------------------------------------------

    def upcoming(self, days: int = 60) -> list[StaffOccurrence]:
        """Occurrences not yet over, the next `days` days, cancelled ones included."""
        now = self._clock.now()
        with self._db.read() as session:
            rows = session.scalars(
                select(Occurrence)
                .join(Activity)
                .where(Occurrence.ends_at > now, Occurrence.starts_at < now + timedelta(days=days))
                .order_by(Occurrence.starts_at, Activity.title)
            ).all()
            return [self._staff_view(session, occ) for occ in rows]

    def occurrence(self, occurrence_id: uuid.UUID) -> StaffOccurrence:
        with self._db.read() as session:
            return self._staff_view(session, self._occurrence(session, occurrence_id))

    def draft(self, activity_id: uuid.UUID) -> ActivityDraft:
        """The form of an existing activity; a single date shows its next occurrence."""
        with self._db.read() as session:
            act = session.get(Activity, activity_id)
            if act is None:
                raise EditRefused(EditProblem.NOT_FOUND)
            first = session.scalar(
                select(Occurrence)
                .where(Occurrence.activity_id == act.id)
                .order_by(
                    Occurrence.starts_at.desc() if not act.series_weekdays else Occurrence.starts_at
                )
                .limit(1)
            )
            starts = (first.starts_at if first else self._clock.now()).astimezone(OSLO)
            minutes = act.series_minutes or (
                int((first.ends_at - first.starts_at).total_seconds() // 60) if first else 60
            )
            start = (
                time.fromisoformat(act.series_start)
                if act.series_start
                else starts.time().replace(second=0, microsecond=0)
            )
            return ActivityDraft(
                title=act.title,
                category=act.category,
                capacity=act.capacity,
                first_date=act.series_from or starts.date(),
                start=start,
                minutes=minutes,
                description=act.description,
                place=act.place,
                host=act.host,
                contact_name=act.contact_name,
                contact_phone=act.contact_phone,
                sensitive=act.sensitive,
                accessibility=act.accessibility,
                signup_closes_minutes=act.signup_closes_minutes,
                weekdays=frozenset(int(c) for c in act.series_weekdays),
                last_date=act.series_until,
            )

    def participants(self, occurrence_id: uuid.UUID) -> list[Participant]:
        """Seats first (in sign-up order), then the waiting list in its order; cancelled
        sign-ups are left out."""
        with self._db.read() as session:
            self._occurrence(session, occurrence_id)
            rows = session.scalars(
                select(Signup)
                .where(
                    Signup.occurrence_id == occurrence_id,
                    Signup.status != SignupStatus.CANCELLED,
                )
                .order_by(Signup.queue_number)
            ).all()
        seated = [r for r in rows if r.status is not SignupStatus.WAITLISTED]
        waiting = [r for r in rows if r.status is SignupStatus.WAITLISTED]
        result = [_participant(r, None) for r in seated]
        result += [_participant(r, n) for n, r in enumerate(waiting, start=1)]
        return result

    # -- activities ----------------------------------------------------------------------------

    def create_activity(self, draft: ActivityDraft, by: StaffMember) -> uuid.UUID:
        draft = check_draft(draft)
        times = occurrence_times(draft, self._clock.now().date())
        times = [(s, e) for s, e in times if s > self._clock.now()]
        if not times:
            raise EditRefused(EditProblem.IN_THE_PAST)
        with self._db.transaction() as session:
            site_id = session.scalar(select(Site.id).limit(1))
            if site_id is None:
                site = Site(name="Sammen")
                session.add(site)
                session.flush()
                site_id = site.id
            act = Activity(
                site_id=site_id, title=draft.title, category=draft.category, capacity=draft.capacity
            )
            _fill(act, draft)
            session.add(act)
            session.flush()
            for starts, ends in times:
                session.add(
                    Occurrence(
                        activity_id=act.id, starts_at=starts, ends_at=ends, capacity=draft.capacity
                    )
                )
            session.flush()
            _send_activity(session, self._clock, act)
            audit(
                session,
                self._clock,
                by,
                "activity.create",
                f"{draft.title} ({len(times)} occurrences)",
            )
            activity_id = act.id
        self._notifier.notify(Change.CATALOGUE)
        return activity_id

    def update_activity(
        self, activity_id: uuid.UUID, draft: ActivityDraft, by: StaffMember
    ) -> SeriesChange:
        """New details for the whole series. Future occurrences follow the new pattern;
        those changed by hand stay as they are, and one off the pattern with people signed
        up is kept (and counted) so nobody loses a seat without staff knowing."""
        draft = check_draft(draft)
        now = self._clock.now()
        wanted = {s: e for s, e in occurrence_times(draft, now.date()) if s > now}
        created = removed = kept = 0
        removed_ids: list[str] = []
        with self._db.transaction() as session:
            act = session.get(Activity, activity_id)
            if act is None:
                raise EditRefused(EditProblem.NOT_FOUND)
            _fill(act, draft)
            act.capacity = draft.capacity
            future = session.scalars(
                select(Occurrence).where(
                    Occurrence.activity_id == act.id, Occurrence.starts_at > now
                )
            ).all()
            for occ in future:
                if occ.detached:
                    wanted.pop(occ.series_slot or occ.starts_at, None)
                    continue
                if occ.starts_at in wanted:
                    occ.ends_at = wanted.pop(occ.starts_at)
                    _set_capacity(session, occ, draft.capacity, self._booking.seat_without_server)
                    continue
                has_people = session.scalar(
                    select(func.count()).where(Signup.occurrence_id == occ.id)
                )
                if has_people:
                    kept += 1
                    _set_capacity(session, occ, draft.capacity, self._booking.seat_without_server)
                else:
                    removed_ids.append(str(occ.id))
                    session.delete(occ)
                    removed += 1
            for starts, ends in sorted(wanted.items()):
                session.add(
                    Occurrence(
                        activity_id=act.id, starts_at=starts, ends_at=ends, capacity=draft.capacity
                    )
                )
                created += 1
            session.flush()
            _send_activity(session, self._clock, act, removed_ids)
            audit(
                session,
                self._clock,
                by,
                "activity.edit",
                f"{draft.title}: +{created} −{removed}, {kept} kept with sign-ups",
            )
        self._notifier.notify(Change.CATALOGUE)
        return SeriesChange(created, removed, kept)

    def cancel_activity(self, activity_id: uuid.UUID, by: StaffMember) -> int:
        """Cancel every future occurrence; sign-ups stay listed so staff can call people."""
        now = self._clock.now()
        with self._db.transaction() as session:
            act = session.get(Activity, activity_id)
            if act is None:
                raise EditRefused(EditProblem.NOT_FOUND)
            act.cancelled_at = now
            result = session.execute(
                update(Occurrence)
                .where(
                    Occurrence.activity_id == act.id,
                    Occurrence.starts_at > now,
                    Occurrence.status == OccurrenceStatus.SCHEDULED,
                )
                .values(status=OccurrenceStatus.CANCELLED)
                .execution_options(synchronize_session=False)
            )
            count = int(getattr(result, "rowcount", 0) or 0)
            _send_activity(session, self._clock, act)
            audit(session, self._clock, by, "activity.cancel", f"{act.title} ({count})")
        self._notifier.notify(Change.CATALOGUE)
        return count

    # -- one occurrence --------------------------------------------------------------------------

    def update_occurrence(
        self,
        occurrence_id: uuid.UUID,
        starts_at: datetime,
        minutes: int,
        capacity: int,
        by: StaffMember,
    ) -> None:
        """Move or resize one occurrence; the series is not touched."""
        if not 5 <= minutes <= 24 * 60:
            raise EditRefused(EditProblem.TIMES)
        if not 1 <= capacity <= MAX_CAPACITY:
            raise EditRefused(EditProblem.CAPACITY)
        if starts_at <= self._clock.now():
            raise EditRefused(EditProblem.IN_THE_PAST)
        with self._db.transaction() as session:
            occ = self._occurrence(session, occurrence_id)
            if not occ.detached:
                occ.series_slot = occ.starts_at
            occ.starts_at = starts_at
            occ.ends_at = starts_at + timedelta(minutes=minutes)
            occ.detached = True
            _set_capacity(session, occ, capacity, self._booking.seat_without_server)
            _send_activity(session, self._clock, occ.activity)
            audit(
                session,
                self._clock,
                by,
                "occurrence.edit",
                f"{occ.activity.title} {starts_at:%Y-%m-%d %H:%M}, {occ.capacity} seats",
            )
        self._notifier.notify(Change.CATALOGUE)

    def cancel_occurrence(self, occurrence_id: uuid.UUID, by: StaffMember) -> int:
        """Cancel one date. Returns how many are signed up: they stay on the list, so staff
        can call them; the public side shows the date as cancelled."""
        with self._db.transaction() as session:
            occ = self._occurrence(session, occurrence_id)
            occ.status = OccurrenceStatus.CANCELLED
            people = int(
                session.scalar(
                    select(func.count()).where(
                        Signup.occurrence_id == occ.id, Signup.status != SignupStatus.CANCELLED
                    )
                )
                or 0
            )
            _send_activity(session, self._clock, occ.activity)
            audit(
                session,
                self._clock,
                by,
                "occurrence.cancel",
                f"{occ.activity.title} {occ.starts_at.astimezone(OSLO):%Y-%m-%d %H:%M}, "
                f"{people} signed up",
            )
        self._notifier.notify(Change.CATALOGUE)
        return people

    def reinstate_occurrence(self, occurrence_id: uuid.UUID, by: StaffMember) -> None:
        with self._db.transaction() as session:
            occ = self._occurrence(session, occurrence_id)
            occ.status = OccurrenceStatus.SCHEDULED
            _send_activity(session, self._clock, occ.activity)
            audit(session, self._clock, by, "occurrence.reinstate", occ.activity.title)
        self._notifier.notify(Change.CATALOGUE)

    # -- people ----------------------------------------------------------------------------------

    def sign_up_for(
        self,
        occurrence_id: uuid.UUID,
        name: str,
        phone: str | None,
        companions: int,
        by: StaffMember,
        needs_help: bool = False,
    ) -> Booking:
        """Someone who phoned in. The same rules as the kiosk, except the closing time."""
        booking = self._booking.sign_up(
            SignupRequest(occurrence_id, name, phone, companions, needs_help), by_staff=True
        )
        self._audit_only(by, "signup.by_staff", booking.booking_code)
        return booking

    def move_to_seat(self, signup_id: uuid.UUID, by: StaffMember) -> None:
        with self._db.transaction() as session:
            signup = self._signup(session, signup_id)
            if signup.status is not SignupStatus.WAITLISTED:
                raise EditRefused(EditProblem.NOT_WAITING)
            occ = signup.occurrence
            if occ.seats_taken + signup.party_size > occ.capacity:
                raise EditRefused(EditProblem.NO_SEAT)
            signup.status = SignupStatus.CONFIRMED
            occ.seats_taken += signup.party_size
            append_outbox(
                session,
                self._clock,
                "signup.move",
                {"signup_id": str(signup.id), "status": "confirmed"},
            )
            audit(session, self._clock, by, "signup.to_seat", signup.booking_code)
        self._notifier.notify(Change.SIGNUPS)

    def move_to_waitlist(self, signup_id: uuid.UUID, by: StaffMember) -> None:
        """Back to the waiting list, at its head: first in line when a seat frees up. The
        seat it leaves is not filled by itself; staff choose who gets it."""
        with self._db.transaction() as session:
            signup = self._signup(session, signup_id)
            if signup.status not in (SignupStatus.CONFIRMED, SignupStatus.PENDING):
                raise EditRefused(EditProblem.NOT_SEATED)
            occ = signup.occurrence
            head = session.scalar(
                select(func.min(Signup.queue_number)).where(
                    Signup.occurrence_id == occ.id, Signup.status == SignupStatus.WAITLISTED
                )
            )
            signup.status = SignupStatus.WAITLISTED
            if head is not None and head <= signup.queue_number:
                signup.queue_number = head - 1
            occ.seats_taken -= signup.party_size
            append_outbox(
                session,
                self._clock,
                "signup.move",
                {"signup_id": str(signup.id), "status": "waitlisted"},
            )
            audit(session, self._clock, by, "signup.to_waitlist", signup.booking_code)
        self._notifier.notify(Change.SIGNUPS)

    def cancel_signup(self, signup_id: uuid.UUID, by: StaffMember) -> None:
        """Cancel for someone; the waiting list moves up as it does on the kiosk."""
        with self._db.transaction() as session:
            signup = self._signup(session, signup_id)
            if signup.status is SignupStatus.CANCELLED:
                return
            held_seat = signup.status in (SignupStatus.CONFIRMED, SignupStatus.PENDING)
            signup.status = SignupStatus.CANCELLED
            signup.cancelled_at = self._clock.now()
            occ = signup.occurrence
            if held_seat:
                occ.seats_taken -= signup.party_size
            session.flush()
            promote_waitlist(session, occ, self._booking.seat_without_server)
            append_outbox(session, self._clock, "signup.cancel", {"signup_id": str(signup.id)})
            audit(session, self._clock, by, "signup.cancel", signup.booking_code)
        self._notifier.notify(Change.SIGNUPS)

    def set_attended(self, signup_id: uuid.UUID, attended: bool, by: StaffMember) -> None:
        with self._db.transaction() as session:
            signup = self._signup(session, signup_id)
            signup.attended_at = self._clock.now() if attended else None
            append_outbox(
                session,
                self._clock,
                "signup.attended",
                {"signup_id": str(signup.id), "attended": attended},
            )
            audit(
                session,
                self._clock,
                by,
                "attendance.mark" if attended else "attendance.unmark",
                signup.booking_code,
            )

    def participants_csv(self, occurrence_id: uuid.UUID, by: StaffMember) -> str:
        """The list as CSV (UTF-8 with BOM, so a spreadsheet shows æ ø å right)."""
        occ = self.occurrence(occurrence_id)
        people = self.participants(occurrence_id)
        out = io.StringIO()
        out.write("\ufeff")
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(
            [
                "activity",
                "starts_at",
                "name",
                "phone",
                "party_size",
                "status",
                "waitlist_position",
                "booking_code",
                "attended",
                "needs_company_or_ride",
            ]
        )
        for p in people:
            writer.writerow(
                [
                    _csv_safe(occ.title),
                    occ.starts_at.astimezone(OSLO).isoformat(timespec="minutes"),
                    _csv_safe(p.name),
                    p.phone or "",
                    p.party_size,
                    p.status.value,
                    "" if p.waitlist_position is None else p.waitlist_position,
                    p.booking_code,
                    "yes" if p.attended else "",
                    "yes" if p.needs_help else "",
                ]
            )
        self._audit_only(by, "participants.export", f"{occ.title} (CSV)")
        return out.getvalue()

    def record_export(self, occurrence_id: uuid.UUID, what: str, by: StaffMember) -> None:
        occ = self.occurrence(occurrence_id)
        self._audit_only(by, "participants.export", f"{occ.title} ({what})")

    # -- settings and retention ----------------------------------------------------------------

    def site_name(self) -> str:
        with self._db.read() as session:
            return session.scalar(select(Site.name).limit(1)) or ""

    def save_settings(self, site_name: str, config: KioskConfig, by: StaffMember) -> None:
        """The site's name in the database (it travels to the central one), the rest in the
        data folder's config.toml (the caller writes it)."""
        name = " ".join(site_name.split())
        if not name or len(name) > 120 or config.language not in LANGUAGES:
            raise EditRefused(EditProblem.SETTINGS)
        with self._db.transaction() as session:
            site = session.scalar(select(Site).limit(1))
            if site is None:
                session.add(Site(name=name))
            else:
                site.name = name
            audit(
                session,
                self._clock,
                by,
                "settings.save",
                f"language {config.language}, idle {config.idle_seconds}+"
                f"{config.idle_answer_seconds} s, closes {config.signup_closes_minutes} min, "
                f"keep {config.retention_days} days",
            )
        self._notifier.notify(Change.CATALOGUE)

    def purge_personal_data(
        self, retention_days: int, keep_going: Callable[[], bool] | None = None
    ) -> int:
        """Wipe names and phone numbers of sign-ups on occurrences that ended more than
        `retention_days` ago. Rows, statuses and party sizes stay, so counts still add up.

        PURGE_CHUNK sign-ups a transaction: the write lock is held for one chunk, so a
        sign-up typed meanwhile waits for a few milliseconds, not for the whole purge (the
        first purge of a big database wiped 73,000 rows in one transaction, and a sign-up
        waited for it or failed). Between chunks it stops when `keep_going()` says so
        (someone is using the kiosk); the next run goes on where it stopped."""
        cutoff = self._clock.now() - timedelta(days=retention_days)
        ended = select(Occurrence.id).where(Occurrence.ends_at < cutoff)
        total = 0
        while True:
            with self._db.transaction() as session:
                chunk = (
                    select(Signup.id)
                    .where(Signup.occurrence_id.in_(ended), Signup.purged_at.is_(None))
                    .limit(PURGE_CHUNK)
                )
                wiped = session.execute(
                    update(Signup)
                    .where(Signup.id.in_(chunk))
                    .values(
                        display_name="",
                        # Keeps the unique (occurrence, person) index happy without any
                        # name in it (the id as SQLite stores it: 32 hex digits).
                        name_key=literal_column("'purged:' || signup.id"),
                        phone=None,
                        needs_help=False,
                        purged_at=self._clock.now(),
                    )
                    .execution_options(synchronize_session=False)
                )
            done = int(getattr(wiped, "rowcount", 0) or 0)
            total += done
            if done < PURGE_CHUNK or (keep_going is not None and not keep_going()):
                break
            sleep(PURGE_PAUSE_S)  # a sign-up waiting for the lock gets it now
        with self._db.transaction() as session:
            # Every purged sign-up, not only this run's: a purge cut short before this
            # step leaves no name in the outbox for the next one to miss.
            _scrub_outbox(session)
            if total:
                audit(session, self._clock, None, "retention.purge", f"{total} sign-ups")
        if total:
            log.info("retention: personal data wiped from %d sign-ups", total)
        return total

    # -- shared ----------------------------------------------------------------------------------

    def _audit_only(self, by: StaffMember, action: str, detail: str) -> None:
        with self._db.transaction() as session:
            audit(session, self._clock, by, action, detail)

    @staticmethod
    def _occurrence(session: Session, occurrence_id: uuid.UUID) -> Occurrence:
        occ = session.get(Occurrence, occurrence_id)
        if occ is None:
            raise EditRefused(EditProblem.NOT_FOUND)
        return occ

    @staticmethod
    def _signup(session: Session, signup_id: uuid.UUID) -> Signup:
        signup = session.get(Signup, signup_id)
        if signup is None:
            raise EditRefused(EditProblem.NOT_FOUND)
        return signup

    @staticmethod
    def _staff_view(session: Session, occ: Occurrence) -> StaffOccurrence:
        act = occ.activity
        return StaffOccurrence(
            occurrence_id=occ.id,
            activity_id=act.id,
            title=act.title,
            place=act.place,
            starts_at=occ.starts_at.astimezone(OSLO),
            ends_at=occ.ends_at.astimezone(OSLO),
            capacity=occ.capacity,
            seats_taken=occ.seats_taken,
            waitlist_length=waitlist_count(session, occ.id),
            cancelled=occ.status is OccurrenceStatus.CANCELLED,
            sensitive=act.sensitive,
            in_series=bool(act.series_weekdays),
        )


def _send_activity(
    session: Session, clock: Clock, act: Activity, removed: list[str] | None = None
) -> None:
    """The whole activity and its dates, as the central database should have them: one
    idempotent operation, however many edits led to it."""
    session.flush()
    # Fresh from the database: a bulk UPDATE (cancel_activity) bypasses loaded objects.
    dates = session.scalars(
        select(Occurrence)
        .where(Occurrence.activity_id == act.id)
        .execution_options(populate_existing=True)
    ).all()
    append_outbox(
        session,
        clock,
        "activity.upsert",
        {
            "activity": {
                "id": str(act.id),
                "title": act.title,
                "description": act.description,
                "category": act.category.value,
                "place": act.place,
                "host": act.host,
                "contact_name": act.contact_name,
                "contact_phone": act.contact_phone,
                "capacity": act.capacity,
                "sensitive": act.sensitive,
                "accessibility": act.accessibility,
                "signup_closes_minutes": act.signup_closes_minutes,
                "wants_volunteers": act.wants_volunteers,
                "cancelled_at": None if act.cancelled_at is None else act.cancelled_at.isoformat(),
            },
            "occurrences": [
                {
                    "id": str(o.id),
                    "starts_at": o.starts_at.isoformat(),
                    "ends_at": o.ends_at.isoformat(),
                    "capacity": o.capacity,
                    "status": o.status.value,
                }
                for o in dates
            ],
            "removed_occurrences": removed or [],
        },
    )


def _fill(act: Activity, draft: ActivityDraft) -> None:
    act.title = draft.title
    act.category = draft.category
    act.description = draft.description
    act.place = draft.place
    act.host = draft.host
    act.contact_name = draft.contact_name
    act.contact_phone = draft.contact_phone
    act.sensitive = draft.sensitive
    act.accessibility = draft.accessibility
    act.signup_closes_minutes = draft.signup_closes_minutes
    act.series_weekdays = "".join(str(d) for d in sorted(draft.weekdays))
    act.series_start = draft.start.strftime("%H:%M") if draft.weekdays else ""
    act.series_minutes = draft.minutes if draft.weekdays else 0
    act.series_from = draft.first_date if draft.weekdays else None
    act.series_until = (draft.last_date or draft.first_date) if draft.weekdays else None


def _scrub_outbox(session: Session) -> None:
    """The outbox keeps the intent, not the person: names and phones of purged sign-ups
    go from the queued payloads too."""
    purged: set[str] | None = None  # read only if some payload still names someone
    for op in session.scalars(select(OutboxOp).where(OutboxOp.kind == "signup.request")):
        try:
            payload = json.loads(op.payload)
        except ValueError:
            continue
        if not isinstance(payload, dict) or not (
            payload.get("display_name") or payload.get("phone")
        ):
            continue
        if purged is None:
            purged = {
                str(i)
                for i in session.scalars(select(Signup.id).where(Signup.purged_at.is_not(None)))
            }
        if payload.get("signup_id") in purged:
            payload["display_name"] = ""
            payload["phone"] = None
            op.payload = json.dumps(payload, ensure_ascii=False)


def _set_capacity(session: Session, occ: Occurrence, capacity: int, seat: SignupStatus) -> None:
    """Never below the seats already promised; more seats promote the waiting list."""
    occ.capacity = max(capacity, occ.seats_taken)
    session.flush()
    promote_waitlist(session, occ, seat)


def _participant(row: Signup, position: int | None) -> Participant:
    return Participant(
        signup_id=row.id,
        name=row.display_name,
        phone=row.phone,
        party_size=row.party_size,
        status=row.status,
        waitlist_position=position,
        booking_code=row.booking_code,
        attended=row.attended_at is not None,
        needs_help=row.needs_help,
    )


def _csv_safe(text: str) -> str:
    """A name can not start a spreadsheet formula (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


__all__ = [
    "MAX_COMPANIONS",
    "ActivityDraft",
    "AdminService",
    "EditProblem",
    "EditRefused",
    "Participant",
    "SeriesChange",
    "StaffOccurrence",
    "check_draft",
    "occurrence_times",
]
