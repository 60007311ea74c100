"""Staff mode's use-cases on a real SQLite file: series, one-occurrence edits, the people
on an occurrence, attendance, the CSV export, settings, the audit trail and the purge."""

from __future__ import annotations

import csv
import io
import json
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, update

from kiosk.clock import OSLO, FixedClock
from kiosk.config import KioskConfig, load_config
from kiosk.domain.enums import Category, OccurrenceStatus, Period, Refusal, SignupState
from kiosk.domain.views import BookingRefused, SignupRequest
from kiosk.services import Services
from kiosk.services.admin import ActivityDraft, EditProblem, EditRefused, Participant
from kiosk.services.staff import StaffMember
from kiosk.storage.models import Activity, AuditEvent, Occurrence, OutboxOp, Signup, SignupStatus

PIN = "73925841"


@dataclass(frozen=True)
class Stored:
    id: uuid.UUID
    starts_at: datetime  # local time
    ends_at: datetime
    capacity: int
    seats_taken: int
    status: OccurrenceStatus
    detached: bool


@pytest.fixture
def boss(services: Services) -> StaffMember:
    return services.staff.add("Kari Nordmann", PIN)


def fixed_clock(services: Services) -> FixedClock:
    clock = services.clock
    assert isinstance(clock, FixedClock)
    return clock


def weekly(**changes: Any) -> ActivityDraft:
    """Monday and Wednesday 18:00 for four weeks from Monday 7 December."""
    draft = ActivityDraft(
        title="Yoga på stol",
        category=Category.EXERCISE,
        capacity=10,
        first_date=date(2026, 12, 7),
        start=time(18, 0),
        minutes=60,
        place="Gymsalen",
        weekdays=frozenset({0, 2}),
        last_date=date(2027, 1, 3),
    )
    return replace(draft, **changes)


def single(**changes: Any) -> ActivityDraft:
    """One date: Thursday 10 December 14:00, two seats."""
    draft = ActivityDraft(
        title="Bingo",
        category=Category.GAMES,
        capacity=2,
        first_date=date(2026, 12, 10),
        start=time(14, 0),
        minutes=90,
    )
    return replace(draft, **changes)


def stored(services: Services, activity_id: uuid.UUID) -> list[Stored]:
    with services.db.read() as session:
        rows = session.scalars(
            select(Occurrence)
            .where(Occurrence.activity_id == activity_id)
            .order_by(Occurrence.starts_at)
        ).all()
        return [
            Stored(
                o.id,
                o.starts_at.astimezone(OSLO),
                o.ends_at.astimezone(OSLO),
                o.capacity,
                o.seats_taken,
                o.status,
                o.detached,
            )
            for o in rows
        ]


def only_occurrence(services: Services, activity_id: uuid.UUID) -> uuid.UUID:
    [occ] = stored(services, activity_id)
    return occ.id


def table_counts(services: Services) -> tuple[int, ...]:
    with services.db.read() as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in (Activity, Occurrence, Signup, OutboxOp, AuditEvent)
        )


def by_name(services: Services, occurrence_id: uuid.UUID) -> dict[str, Participant]:
    return {p.name: p for p in services.admin.participants(occurrence_id)}


def bridge(services: Services) -> uuid.UUID:
    """Viggo's bridge today at 11:00 (sign-up closes 10:30): 10 of 12 seats taken."""
    [view] = [
        v for v in services.catalogue.occurrences(Period.TODAY) if v.title.startswith("Bridge")
    ]
    return view.occurrence_id


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=OSLO)


# -- creating activities ---------------------------------------------------------------------


def test_a_weekly_series_makes_one_occurrence_per_weekday_in_range(
    services: Services, boss: StaffMember
) -> None:
    activity_id = services.admin.create_activity(weekly(), boss)
    occs = stored(services, activity_id)
    days = [date(2026, 12, d) for d in (7, 9, 14, 16, 21, 23, 28, 30)]
    assert [o.starts_at for o in occs] == [local(d, 18) for d in days]
    assert [o.ends_at for o in occs] == [local(d, 19) for d in days]
    assert {(o.capacity, o.seats_taken, o.status, o.detached) for o in occs} == {
        (10, 0, OccurrenceStatus.SCHEDULED, False)
    }
    upcoming = [o for o in services.admin.upcoming(60) if o.activity_id == activity_id]
    assert len(upcoming) == 8
    assert all(o.in_series and o.title == "Yoga på stol" for o in upcoming)


def test_a_series_keeps_18_00_local_across_the_change_to_summer_time(
    services: Services, boss: StaffMember
) -> None:
    draft = weekly(
        first_date=date(2027, 3, 15), last_date=date(2027, 4, 7), minutes=90
    )  # summer time starts Sunday 28 March 2027
    occs = stored(services, services.admin.create_activity(draft, boss))
    days = [date(2027, 3, d) for d in (15, 17, 22, 24, 29, 31)] + [
        date(2027, 4, 5),
        date(2027, 4, 7),
    ]
    assert [o.starts_at.date() for o in occs] == days
    assert {o.starts_at.time() for o in occs} == {time(18, 0)}
    assert {o.ends_at.time() for o in occs} == {time(19, 30)}
    utc_hours = [o.starts_at.astimezone(UTC).hour for o in occs]
    assert utc_hours == [17, 17, 17, 17, 16, 16, 16, 16]


def test_a_single_date_makes_one_occurrence(services: Services, boss: StaffMember) -> None:
    activity_id = services.admin.create_activity(single(), boss)
    [occ] = stored(services, activity_id)
    assert (occ.starts_at, occ.ends_at) == (
        local(date(2026, 12, 10), 14),
        local(date(2026, 12, 10), 15, 30),
    )
    assert occ.capacity == 2
    view = services.catalogue.get(occ.id)
    assert view is not None and view.title == "Bingo" and view.seats_left == 2
    draft = services.admin.draft(activity_id)
    assert (draft.weekdays, draft.first_date, draft.start, draft.minutes) == (
        frozenset(),
        date(2026, 12, 10),
        time(14, 0),
        90,
    )


def test_a_series_that_began_in_the_past_gets_only_future_dates(
    services: Services, boss: StaffMember
) -> None:
    # Tuesdays 09:00 from 24 November: today's (1 December) is already past at 10:00.
    draft = weekly(
        weekdays=frozenset({1}),
        first_date=date(2026, 11, 24),
        last_date=date(2026, 12, 15),
        start=time(9, 0),
    )
    occs = stored(services, services.admin.create_activity(draft, boss))
    assert [o.starts_at for o in occs] == [
        local(date(2026, 12, 8), 9),
        local(date(2026, 12, 15), 9),
    ]


def test_the_form_of_a_series_reads_back_as_entered(services: Services, boss: StaffMember) -> None:
    draft = weekly(contact_phone="912 34 567", contact_name="Hilde", signup_closes_minutes=60)
    activity_id = services.admin.create_activity(draft, boss)
    back = services.admin.draft(activity_id)
    assert back == replace(draft, contact_phone="+4791234567")


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"title": "   "}, EditProblem.TITLE),
        ({"title": "x" * 121}, EditProblem.TITLE),
        ({"capacity": 0}, EditProblem.CAPACITY),
        ({"capacity": 1001}, EditProblem.CAPACITY),
        ({"minutes": 0}, EditProblem.TIMES),
        ({"last_date": date(2026, 12, 6)}, EditProblem.DATES),
        ({"last_date": date(2027, 12, 31)}, EditProblem.DATES),
        ({"contact_phone": "abc"}, EditProblem.PHONE),
        ({"weekdays": frozenset({7})}, EditProblem.WEEKDAYS),
        ({"signup_closes_minutes": -1}, EditProblem.CLOSES),
        ({"weekdays": frozenset(), "first_date": date(2026, 11, 30)}, EditProblem.IN_THE_PAST),
        (
            {"first_date": date(2026, 11, 2), "last_date": date(2026, 11, 30)},
            EditProblem.IN_THE_PAST,
        ),
    ],
)
def test_an_invalid_draft_is_refused_and_nothing_is_stored(
    services: Services, boss: StaffMember, changes: dict[str, Any], problem: EditProblem
) -> None:
    before = table_counts(services)
    with pytest.raises(EditRefused) as caught:
        services.admin.create_activity(weekly(**changes), boss)
    assert caught.value.problem is problem
    assert table_counts(services) == before


def test_an_invalid_edit_of_a_series_changes_nothing(services: Services, boss: StaffMember) -> None:
    activity_id = services.admin.create_activity(weekly(), boss)
    before_rows = stored(services, activity_id)
    before = table_counts(services)
    with pytest.raises(EditRefused) as caught:
        services.admin.update_activity(activity_id, weekly(capacity=0), boss)
    assert caught.value.problem is EditProblem.CAPACITY
    assert table_counts(services) == before
    assert stored(services, activity_id) == before_rows
    assert services.admin.draft(activity_id).capacity == 10


# -- editing a series ------------------------------------------------------------------------


def test_editing_a_series_to_other_weekdays(services: Services, boss: StaffMember) -> None:
    activity_id = services.admin.create_activity(weekly(), boss)
    occs = {o.starts_at.date(): o for o in stored(services, activity_id)}
    signed_up = occs[date(2026, 12, 9)]  # a Wednesday with someone on it
    booking = services.booking.sign_up(SignupRequest(signed_up.id, "Olga Hansen"))
    by_hand = occs[date(2026, 12, 16)]  # a Wednesday changed by hand: 5 seats, 18:00–20:00
    services.admin.update_occurrence(by_hand.id, by_hand.starts_at, 120, 5, boss)

    change = services.admin.update_activity(
        activity_id, weekly(weekdays=frozenset({1, 3}), capacity=12), boss
    )

    # Off the pattern: 4 Mondays and 2 Wednesdays nobody is on; on it: 8 Tuesdays/Thursdays.
    assert (change.created, change.removed, change.kept_with_signups) == (8, 6, 1)
    after = {o.starts_at.date(): o for o in stored(services, activity_id)}
    tue_thu = [date(2026, 12, d) for d in (8, 10, 15, 17, 22, 24, 29, 31)]
    assert sorted(after) == sorted([*tue_thu, date(2026, 12, 9), date(2026, 12, 16)])
    for day in tue_thu:
        assert (after[day].starts_at.time(), after[day].capacity) == (time(18, 0), 12)
    kept = after[date(2026, 12, 9)]
    assert kept.id == signed_up.id and kept.capacity == 12 and kept.seats_taken == 1
    found = services.booking.find(booking.booking_code)
    assert found is not None and found.status is SignupStatus.CONFIRMED
    untouched = after[date(2026, 12, 16)]
    assert untouched.id == by_hand.id
    assert (untouched.capacity, untouched.detached) == (5, True)
    assert untouched.ends_at == local(date(2026, 12, 16), 20)
    assert services.admin.draft(activity_id).weekdays == frozenset({1, 3})
    [edit] = [e for e in services.staff.audit_log() if e.action == "activity.edit"]
    assert edit.staff_name == "Kari Nordmann"
    assert "+8" in edit.detail and "1 kept" in edit.detail


def test_editing_a_series_leaves_past_occurrences_alone(
    services: Services, boss: StaffMember
) -> None:
    activity_id = services.admin.create_activity(weekly(), boss)
    clock = fixed_clock(services)
    clock.set(local(date(2026, 12, 10), 12))  # Monday 7th and Wednesday 9th are over
    change = services.admin.update_activity(activity_id, weekly(weekdays=frozenset({0})), boss)
    assert (change.created, change.removed, change.kept_with_signups) == (0, 3, 0)
    assert [o.starts_at.date() for o in stored(services, activity_id)] == [
        date(2026, 12, d) for d in (7, 9, 14, 21, 28)
    ]


def test_editing_a_series_does_not_bring_back_a_moved_occurrence(
    services: Services, boss: StaffMember
) -> None:
    activity_id = services.admin.create_activity(weekly(), boss)
    first = stored(services, activity_id)[0]  # Monday 7 December 18:00
    services.admin.update_occurrence(first.id, local(date(2026, 12, 7), 19), 60, 10, boss)

    change = services.admin.update_activity(activity_id, weekly(place="Dagligstua"), boss)

    monday = [o for o in stored(services, activity_id) if o.starts_at.date() == date(2026, 12, 7)]
    assert [(o.id, o.starts_at.time()) for o in monday] == [(first.id, time(19, 0))]
    assert (change.created, change.removed, change.kept_with_signups) == (0, 0, 0)


def test_cancelling_an_activity_cancels_its_future_dates_only(
    services: Services, boss: StaffMember
) -> None:
    bridge_id = bridge(services)
    view = services.catalogue.get(bridge_id)
    assert view is not None
    with services.db.read() as session:
        past = session.scalars(
            select(Occurrence.status).where(
                Occurrence.activity_id == view.activity_id,
                Occurrence.starts_at < services.clock.now(),
            )
        ).all()
    count = services.admin.cancel_activity(view.activity_id, boss)
    assert count == 3  # today, 8 and 15 December
    future = [o for o in services.admin.upcoming(30) if o.activity_id == view.activity_id]
    assert len(future) == 3 and all(o.cancelled for o in future)
    with services.db.read() as session:
        assert (
            session.scalars(
                select(Occurrence.status).where(
                    Occurrence.activity_id == view.activity_id,
                    Occurrence.starts_at < services.clock.now(),
                )
            ).all()
            == past
        )
    after = services.catalogue.get(bridge_id)
    assert after is not None and after.signup_state is SignupState.CANCELLED


# -- one occurrence ----------------------------------------------------------------------------


def test_cancelling_one_date_keeps_the_people_and_shows_it_cancelled(
    services: Services, boss: StaffMember
) -> None:
    bridge_id = bridge(services)
    people = services.admin.participants(bridge_id)
    seats = services.admin.occurrence(bridge_id).seats_taken
    assert people and seats == 10

    count = services.admin.cancel_occurrence(bridge_id, boss)

    assert count == len(people)
    assert services.admin.participants(bridge_id) == people
    assert services.admin.occurrence(bridge_id).cancelled
    assert services.admin.occurrence(bridge_id).seats_taken == seats
    view = services.catalogue.get(bridge_id)
    assert view is not None
    assert view.signup_state is SignupState.CANCELLED and not view.can_sign_up
    with pytest.raises(BookingRefused) as caught:
        services.booking.sign_up(SignupRequest(bridge_id, "Arne Testesen"))
    assert caught.value.reason is Refusal.CANCELLED
    # Other dates of the series are not touched.
    others = [
        o
        for o in services.admin.upcoming(30)
        if o.activity_id == view.activity_id and o.occurrence_id != bridge_id
    ]
    assert others and not any(o.cancelled for o in others)

    services.admin.reinstate_occurrence(bridge_id, boss)
    again = services.catalogue.get(bridge_id)
    assert again is not None and again.signup_state is SignupState.OPEN


def test_editing_one_occurrence_moves_it_and_detaches_it(
    services: Services, boss: StaffMember
) -> None:
    activity_id = services.admin.create_activity(weekly(), boss)
    occ = stored(services, activity_id)[1]  # Wednesday 9 December
    services.admin.update_occurrence(occ.id, local(date(2026, 12, 10), 17), 45, 4, boss)
    moved = next(o for o in stored(services, activity_id) if o.id == occ.id)
    assert (moved.starts_at, moved.ends_at, moved.capacity, moved.detached) == (
        local(date(2026, 12, 10), 17),
        local(date(2026, 12, 10), 17, 45),
        4,
        True,
    )
    # Its neighbours in the series are not touched.
    assert sum(o.detached for o in stored(services, activity_id)) == 1


@pytest.mark.parametrize(
    ("starts_in", "minutes", "capacity", "problem"),
    [
        (timedelta(hours=-1), 60, 5, EditProblem.IN_THE_PAST),
        (timedelta(days=1), 4, 5, EditProblem.TIMES),
        (timedelta(days=1), 60, 0, EditProblem.CAPACITY),
    ],
)
def test_an_invalid_occurrence_edit_is_refused(
    services: Services,
    boss: StaffMember,
    starts_in: timedelta,
    minutes: int,
    capacity: int,
    problem: EditProblem,
) -> None:
    occ = only_occurrence(services, services.admin.create_activity(single(), boss))
    before = table_counts(services)
    with pytest.raises(EditRefused) as caught:
        services.admin.update_occurrence(
            occ, services.clock.now() + starts_in, minutes, capacity, boss
        )
    assert caught.value.problem is problem
    assert table_counts(services) == before
    [unchanged] = stored(services, services.admin.occurrence(occ).activity_id)
    assert (unchanged.capacity, unchanged.detached) == (2, False)


def test_more_seats_on_an_occurrence_promote_the_waiting_list(
    services: Services, boss: StaffMember
) -> None:
    occ = only_occurrence(services, services.admin.create_activity(single(capacity=1), boss))
    for name in ("Olga Hansen", "Arne Berg", "Kari Nilsen", "Jon Olsen"):
        services.booking.sign_up(SignupRequest(occ, name))
    starts = services.admin.occurrence(occ).starts_at

    services.admin.update_occurrence(occ, starts, 90, 3, boss)

    people = services.admin.participants(occ)
    assert [(p.name, p.status, p.waitlist_position) for p in people] == [
        ("Olga Hansen", SignupStatus.CONFIRMED, None),
        ("Arne Berg", SignupStatus.CONFIRMED, None),
        ("Kari Nilsen", SignupStatus.CONFIRMED, None),
        ("Jon Olsen", SignupStatus.WAITLISTED, 1),
    ]
    assert services.admin.occurrence(occ).seats_taken == 3

    # Fewer seats never take away a seat already given.
    services.admin.update_occurrence(occ, starts, 90, 1, boss)
    view = services.admin.occurrence(occ)
    assert (view.capacity, view.seats_taken) == (3, 3)


# -- the people on an occurrence ---------------------------------------------------------------


def test_staff_may_sign_someone_up_after_the_closing_time(
    services: Services, boss: StaffMember
) -> None:
    bridge_id = bridge(services)
    fixed_clock(services).advance(timedelta(minutes=40))  # 10:40, closed at 10:30
    with pytest.raises(BookingRefused) as caught:
        services.booking.sign_up(SignupRequest(bridge_id, "Arne Testesen"))
    assert caught.value.reason is Refusal.CLOSED

    booking = services.admin.sign_up_for(bridge_id, "Arne Testesen", "912 34 567", 1, boss)

    assert booking.status is SignupStatus.CONFIRMED and booking.party_size == 2
    arne = by_name(services, bridge_id)["Arne Testesen"]
    assert (arne.phone, arne.party_size, arne.booking_code) == (
        "+4791234567",
        2,
        booking.booking_code,
    )
    assert services.admin.occurrence(bridge_id).seats_taken == 12
    [line] = [e for e in services.staff.audit_log() if e.action == "signup.by_staff"]
    assert (line.staff_name, line.detail) == ("Kari Nordmann", booking.booking_code)


def test_staff_may_not_sign_anyone_up_once_it_has_started(
    services: Services, boss: StaffMember
) -> None:
    bridge_id = bridge(services)
    fixed_clock(services).advance(timedelta(hours=1))
    with pytest.raises(BookingRefused) as caught:
        services.admin.sign_up_for(bridge_id, "Arne Testesen", None, 0, boss)
    assert caught.value.reason is Refusal.STARTED
    assert "Arne Testesen" not in by_name(services, bridge_id)


def test_move_to_the_waiting_list_and_back_to_a_seat(services: Services, boss: StaffMember) -> None:
    occ = only_occurrence(services, services.admin.create_activity(single(capacity=2), boss))
    for name in ("Olga Hansen", "Arne Berg", "Kari Nilsen"):
        services.booking.sign_up(SignupRequest(occ, name))
    olga = by_name(services, occ)["Olga Hansen"]

    services.admin.move_to_waitlist(olga.signup_id, boss)

    people = services.admin.participants(occ)
    assert [(p.name, p.status, p.waitlist_position) for p in people] == [
        ("Arne Berg", SignupStatus.CONFIRMED, None),
        ("Olga Hansen", SignupStatus.WAITLISTED, 1),  # at the head, before Kari
        ("Kari Nilsen", SignupStatus.WAITLISTED, 2),
    ]
    # The seat she left is not filled by itself, and nobody new jumps the queue.
    assert services.admin.occurrence(occ).seats_taken == 1
    late = services.booking.sign_up(SignupRequest(occ, "Jon Olsen"))
    assert (late.status, late.waitlist_position) == (SignupStatus.WAITLISTED, 3)
    with pytest.raises(EditRefused) as caught:
        services.admin.move_to_waitlist(olga.signup_id, boss)
    assert caught.value.problem is EditProblem.NOT_SEATED

    services.admin.move_to_seat(olga.signup_id, boss)

    assert by_name(services, occ)["Olga Hansen"].status is SignupStatus.CONFIRMED
    assert services.admin.occurrence(occ).seats_taken == 2
    with pytest.raises(EditRefused) as caught:
        services.admin.move_to_seat(olga.signup_id, boss)
    assert caught.value.problem is EditProblem.NOT_WAITING


def test_move_to_a_seat_needs_a_free_seat(services: Services, boss: StaffMember) -> None:
    occ = only_occurrence(services, services.admin.create_activity(single(capacity=2), boss))
    for name in ("Olga Hansen", "Arne Berg", "Kari Nilsen"):
        services.booking.sign_up(SignupRequest(occ, name))
    kari = by_name(services, occ)["Kari Nilsen"]
    before = table_counts(services)
    with pytest.raises(EditRefused) as caught:
        services.admin.move_to_seat(kari.signup_id, boss)
    assert caught.value.problem is EditProblem.NO_SEAT
    assert table_counts(services) == before
    assert by_name(services, occ)["Kari Nilsen"].status is SignupStatus.WAITLISTED
    assert services.admin.occurrence(occ).seats_taken == 2


def test_cancelling_for_someone_promotes_the_head_of_the_waiting_list(
    services: Services, boss: StaffMember
) -> None:
    occ = only_occurrence(services, services.admin.create_activity(single(capacity=2), boss))
    for name in ("Olga Hansen", "Arne Berg", "Kari Nilsen", "Jon Olsen"):
        services.booking.sign_up(SignupRequest(occ, name))
    olga = by_name(services, occ)["Olga Hansen"]

    services.admin.cancel_signup(olga.signup_id, boss)

    people = services.admin.participants(occ)
    assert [(p.name, p.status, p.waitlist_position) for p in people] == [
        ("Arne Berg", SignupStatus.CONFIRMED, None),
        ("Kari Nilsen", SignupStatus.CONFIRMED, None),
        ("Jon Olsen", SignupStatus.WAITLISTED, 1),
    ]
    assert services.admin.occurrence(occ).seats_taken == 2
    found = services.booking.find(olga.booking_code)
    assert found is not None and found.status is SignupStatus.CANCELLED
    # Twice is harmless.
    services.admin.cancel_signup(olga.signup_id, boss)
    assert services.admin.occurrence(occ).seats_taken == 2


def test_attendance_toggles(services: Services, boss: StaffMember) -> None:
    bridge_id = bridge(services)
    first = services.admin.participants(bridge_id)[0]
    assert not first.attended
    services.admin.set_attended(first.signup_id, True, boss)
    assert by_name(services, bridge_id)[first.name].attended
    services.admin.set_attended(first.signup_id, False, boss)
    assert not by_name(services, bridge_id)[first.name].attended
    actions = [e.action for e in reversed(services.staff.audit_log())]
    assert actions[-2:] == ["attendance.mark", "attendance.unmark"]


def test_unknown_ids_are_refused(services: Services, boss: StaffMember) -> None:
    nobody = uuid.uuid4()
    for action in (
        lambda: services.admin.participants(nobody),
        lambda: services.admin.cancel_occurrence(nobody, boss),
        lambda: services.admin.move_to_seat(nobody, boss),
        lambda: services.admin.set_attended(nobody, True, boss),
        lambda: services.admin.update_activity(nobody, weekly(), boss),
    ):
        with pytest.raises(EditRefused) as caught:
            action()
        assert caught.value.problem is EditProblem.NOT_FOUND


# -- the CSV export --------------------------------------------------------------------------

HEADER = [
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


def read_csv(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff") and text.count("\ufeff") == 1
    assert "\r\n" in text
    return list(csv.reader(io.StringIO(text[1:], newline="")))


def rename(services: Services, booking_code: str, name: str) -> None:
    """A name as it may arrive from elsewhere (the central database), past our validation."""
    with services.db.transaction() as session:
        session.execute(
            update(Signup).where(Signup.booking_code == booking_code).values(display_name=name)
        )


def test_participants_csv(services: Services, boss: StaffMember) -> None:
    occ = only_occurrence(services, services.admin.create_activity(single(capacity=5), boss))
    bookings = {
        name: services.booking.sign_up(
            SignupRequest(occ, name, phone, companions, needs_help=name == "Åse Ødegård")
        )
        for name, phone, companions in (
            ("Åse Ødegård", "912 34 567", 1),  # would like a ride
            ("-Olga Hansen", None, 0),
            ("Arne Berg", None, 0),
            ("Kari Nilsen", None, 0),
            ("Jon Olsen", None, 0),  # waiting, first
            ("Per Larsen", "+46 70 123 45 67", 0),  # waiting, second
        )
    }
    code = {name: b.booking_code for name, b in bookings.items()}
    rename(services, code["Arne Berg"], '=HYPERLINK("https://evil.example")')
    rename(services, code["Kari Nilsen"], "+47 Kari")
    rename(services, code["Jon Olsen"], "@SUM(A1)")
    services.admin.set_attended(by_name(services, occ)["Åse Ødegård"].signup_id, True, boss)

    rows = read_csv(services.admin.participants_csv(occ, boss))

    when = "2026-12-10T14:00+01:00"
    assert rows == [
        HEADER,
        [
            "Bingo",
            when,
            "Åse Ødegård",
            "+4791234567",
            "2",
            "confirmed",
            "",
            code["Åse Ødegård"],
            "yes",
            "yes",
        ],
        ["Bingo", when, "'-Olga Hansen", "", "1", "confirmed", "", code["-Olga Hansen"], "", ""],
        [
            "Bingo",
            when,
            '\'=HYPERLINK("https://evil.example")',
            "",
            "1",
            "confirmed",
            "",
            code["Arne Berg"],
            "",
            "",
        ],
        ["Bingo", when, "'+47 Kari", "", "1", "confirmed", "", code["Kari Nilsen"], "", ""],
        ["Bingo", when, "'@SUM(A1)", "", "1", "waitlisted", "1", code["Jon Olsen"], "", ""],
        [
            "Bingo",
            when,
            "Per Larsen",
            "+46701234567",
            "1",
            "waitlisted",
            "2",
            code["Per Larsen"],
            "",
            "",
        ],
    ]
    assert len(rows) == 1 + len(services.admin.participants(occ))
    [export] = [e for e in services.staff.audit_log() if e.action == "participants.export"]
    assert export.staff_name == "Kari Nordmann" and "Åse" not in export.detail


def test_participants_csv_escapes_an_activity_title_that_looks_like_a_formula(
    services: Services, boss: StaffMember
) -> None:
    occ = only_occurrence(
        services, services.admin.create_activity(single(title="=1+1 bingo"), boss)
    )
    services.booking.sign_up(SignupRequest(occ, "Olga Hansen"))
    rows = read_csv(services.admin.participants_csv(occ, boss))
    assert rows[1][0] == "'=1+1 bingo"


def test_participants_csv_of_an_empty_occurrence_has_only_the_header(
    services: Services, boss: StaffMember
) -> None:
    occ = only_occurrence(services, services.admin.create_activity(single(), boss))
    assert read_csv(services.admin.participants_csv(occ, boss)) == [HEADER]


# -- settings ----------------------------------------------------------------------------------


def test_settings_are_saved_and_audited(services: Services, boss: StaffMember) -> None:
    config = KioskConfig(language="en", retention_days=14)
    services.admin.save_settings("  Solbakken   senter ", config, boss)
    services.apply_config(config)
    assert services.admin.site_name() == "Solbakken senter"
    assert services.catalogue.site_name() == "Solbakken senter"
    assert load_config(services.data_dir) == config
    assert services.config == config
    [line] = [e for e in services.staff.audit_log() if e.action == "settings.save"]
    assert line.staff_name == "Kari Nordmann" and "keep 14 days" in line.detail
    with pytest.raises(EditRefused) as caught:
        services.admin.save_settings("   ", config, boss)
    assert caught.value.problem is EditProblem.SETTINGS
    assert services.admin.site_name() == "Solbakken senter"


# -- the audit trail -------------------------------------------------------------------------


def test_every_action_writes_an_audit_line_naming_the_staff_member(
    services: Services, boss: StaffMember
) -> None:
    admin = services.admin
    activity_id = admin.create_activity(single(capacity=2), boss)
    admin.update_activity(activity_id, single(capacity=3), boss)
    occ = only_occurrence(services, activity_id)
    olga = admin.sign_up_for(occ, "Olga Hansen", "912 34 567", 0, boss)
    for name in ("Arne Berg", "Kari Nilsen", "Jon Olsen"):
        services.booking.sign_up(SignupRequest(occ, name))
    people = by_name(services, occ)
    admin.move_to_waitlist(people["Arne Berg"].signup_id, boss)
    admin.move_to_seat(people["Arne Berg"].signup_id, boss)
    admin.cancel_signup(people["Kari Nilsen"].signup_id, boss)  # Jon moves up
    admin.set_attended(people["Olga Hansen"].signup_id, True, boss)
    admin.set_attended(people["Olga Hansen"].signup_id, False, boss)
    admin.participants_csv(occ, boss)
    admin.record_export(occ, "PDF", boss)
    admin.update_occurrence(occ, admin.occurrence(occ).starts_at, 60, 4, boss)
    admin.cancel_occurrence(occ, boss)
    admin.reinstate_occurrence(occ, boss)
    admin.cancel_activity(activity_id, boss)
    admin.save_settings("Solbakken", KioskConfig(), boss)

    entries = [e for e in reversed(services.staff.audit_log()) if e.action != "staff.add"]
    assert [e.action for e in entries] == [
        "activity.create",
        "activity.edit",
        "signup.by_staff",
        "signup.to_waitlist",
        "signup.to_seat",
        "signup.cancel",
        "attendance.mark",
        "attendance.unmark",
        "participants.export",
        "participants.export",
        "occurrence.edit",
        "occurrence.cancel",
        "occurrence.reinstate",
        "activity.cancel",
        "settings.save",
    ]
    assert {e.staff_name for e in entries} == {"Kari Nordmann"}
    # Residents appear by booking code only: no name, no phone number.
    for entry in entries:
        for private in ("Olga", "Arne", "Kari Nilsen", "Jon", "Hansen", "91234567"):
            assert private not in entry.detail, entry
    assert olga.booking_code in [e.detail for e in entries]


# -- the retention purge -----------------------------------------------------------------------


def signup_rows(services: Services, occurrence_id: uuid.UUID) -> int:
    with services.db.read() as session:
        return int(
            session.scalar(select(func.count()).where(Signup.occurrence_id == occurrence_id)) or 0
        )


def next_bridge(services: Services, bridge_id: uuid.UUID) -> uuid.UUID:
    activity_id = services.admin.occurrence(bridge_id).activity_id
    [view] = [
        o
        for o in services.admin.upcoming(10)
        if o.activity_id == activity_id and o.starts_at.date() == date(2026, 12, 8)
    ]
    return view.occurrence_id


def test_purge_wipes_names_and_phones_of_old_occurrences_only(
    services: Services, boss: StaffMember
) -> None:
    bridge_id = bridge(services)  # today 11:00–13:00
    later_id = next_bridge(services, bridge_id)
    services.admin.sign_up_for(bridge_id, "Purge Testesen", "987 65 431", 0, boss)
    people = services.admin.participants(bridge_id)
    rows = signup_rows(services, bridge_id)
    seats = services.admin.occurrence(bridge_id).seats_taken
    later_people = services.admin.participants(later_id)
    assert "Purge Testesen" in {p.name for p in people}
    assert all(p.name for p in people + later_people)

    clock = fixed_clock(services)
    clock.set(local(date(2026, 12, 31), 13))  # ended exactly 30 days ago: kept
    assert services.config.retention_days == 30
    assert services.purge_personal_data() == 0
    assert services.admin.participants(bridge_id) == people

    clock.advance(timedelta(minutes=1))
    assert services.purge_personal_data() == rows

    purged = services.admin.participants(bridge_id)
    assert len(purged) == len(people)
    assert {(p.name, p.phone) for p in purged} == {("", None)}
    assert [(p.signup_id, p.status, p.party_size, p.booking_code) for p in purged] == [
        (p.signup_id, p.status, p.party_size, p.booking_code) for p in people
    ]
    assert services.admin.occurrence(bridge_id).seats_taken == seats
    assert signup_rows(services, bridge_id) == rows
    assert services.admin.participants(later_id) == later_people  # ended 23 days ago
    csv_text = services.admin.participants_csv(bridge_id, boss)
    for p in people:
        assert p.name not in csv_text
    assert "+4798765431" not in csv_text
    [line] = [e for e in services.staff.audit_log() if e.action == "retention.purge"]
    assert (line.staff_name, line.detail) == ("", f"{rows} sign-ups")

    # Idempotent: a second run finds nothing, and changes nothing.
    assert services.purge_personal_data() == 0
    assert services.admin.participants(bridge_id) == purged
    assert len([e for e in services.staff.audit_log() if e.action == "retention.purge"]) == 1


def test_purge_follows_the_configured_retention(services: Services) -> None:
    bridge_id = bridge(services)
    # Seven days and a minute after the bridge ended (13:00); nothing else on 1 December
    # had ended by 13:01.
    fixed_clock(services).set(local(date(2026, 12, 8), 13, 1))
    assert services.purge_personal_data() == 0
    services.apply_config(KioskConfig(retention_days=7), save=False)
    assert services.purge_personal_data() == signup_rows(services, bridge_id)
    assert {p.name for p in services.admin.participants(bridge_id)} == {""}


def test_purged_names_leave_no_trace_in_the_outbox(services: Services, boss: StaffMember) -> None:
    bridge_id = bridge(services)
    services.admin.sign_up_for(bridge_id, "Purge Testesen", "987 65 431", 0, boss)
    rows = signup_rows(services, bridge_id)
    fixed_clock(services).set(local(date(2027, 1, 1), 12))
    assert services.purge_personal_data() > 0
    with services.db.read() as session:
        purged = {
            str(i)
            for i in session.scalars(select(Signup.id).where(Signup.occurrence_id == bridge_id))
        }
        texts = session.scalars(select(OutboxOp.payload)).all()
    payloads = [json.loads(t) for t in texts]
    requests = [p for p in payloads if p.get("signup_id") in purged and "display_name" in p]
    assert len(requests) == rows
    assert {(p["display_name"], p["phone"]) for p in requests} == {("", None)}
    assert not [t for t in texts if "Purge Testesen" in t or "+4798765431" in t]
    # Sign-ups not yet due keep their payload for the central database.
    assert any(p.get("display_name") for p in payloads)


def test_a_big_purge_goes_a_chunk_at_a_time_and_a_sign_up_meanwhile_goes_through(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first purge of a big database: the write lock is taken for one chunk at a
    time, so a sign-up typed meanwhile waits for a chunk, not for the whole purge."""
    import threading

    from sqlalchemy import event

    from kiosk.services import admin as admin_module

    monkeypatch.setattr(admin_module, "PURGE_CHUNK", 7)
    fixed_clock(services).set(local(date(2026, 12, 4), 9))
    services.apply_config(KioskConfig(retention_days=1), save=False)
    with services.db.read() as session:
        due = session.scalar(
            select(func.count())
            .select_from(Signup)
            .join(Occurrence, Occurrence.id == Signup.occurrence_id)
            .where(Occurrence.ends_at < local(date(2026, 12, 3), 9))
        )
    assert due is not None and due > 7 * 3
    commits: list[int] = []

    def counted(_: object) -> None:
        commits.append(1)

    event.listen(services.db.engine, "commit", counted)
    coming = next(
        v.occurrence_id
        for v in services.catalogue.occurrences(Period.WEEK)
        if v.signup_state is SignupState.OPEN
    )
    booked: list[object] = []
    signer = threading.Thread(
        target=lambda: booked.append(services.booking.sign_up(SignupRequest(coming, "Midt Iblant")))
    )
    signer.start()
    purged = services.purge_personal_data()
    signer.join(10)
    event.remove(services.db.engine, "commit", counted)
    assert purged == due
    assert len(commits) >= due // 7  # a transaction per chunk, not one for all
    assert len(booked) == 1
    [line] = [e for e in services.staff.audit_log() if e.action == "retention.purge"]
    assert line.detail == f"{purged} sign-ups"


def test_the_purge_stops_between_chunks_when_told_and_goes_on_next_time(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.services import admin as admin_module

    monkeypatch.setattr(admin_module, "PURGE_CHUNK", 5)
    fixed_clock(services).set(local(date(2026, 12, 4), 9))
    services.apply_config(KioskConfig(retention_days=1), save=False)
    asked: list[int] = []

    def once() -> bool:
        asked.append(1)
        return False  # someone came to the screen

    first = services.purge_personal_data(once)
    assert first == 5 and asked == [1]
    rest = services.purge_personal_data()
    assert rest > 5
    assert services.purge_personal_data() == 0
    with services.db.read() as session:
        left = session.scalar(
            select(func.count())
            .select_from(Signup)
            .join(Occurrence, Occurrence.id == Signup.occurrence_id)
            .where(Occurrence.ends_at < local(date(2026, 12, 3), 9), Signup.display_name != "")
        )
    assert left == 0
    details = [e.detail for e in services.staff.audit_log() if e.action == "retention.purge"]
    assert sorted(details) == sorted(["5 sign-ups", f"{rest} sign-ups"])
