"""The booking rules: capacity, a first-come waiting list, promotion, codes, refusals."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.clock import FixedClock
from kiosk.domain.validation import InvalidName, InvalidPhone
from kiosk.services import Services
from kiosk.services.booking import BookingRefused, Refusal, SignupRequest
from kiosk.services.catalogue import SignupState
from kiosk.services.events import Change
from kiosk.storage.models import Occurrence, OccurrenceStatus, OutboxOp, Signup, SignupStatus

from .conftest import add_occurrence


def signups(core: Services) -> int:
    with core.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Signup)) or 0)


def test_seats_then_waiting_list_in_order(core: Services) -> None:
    occ = add_occurrence(core, capacity=2)
    a = core.booking.sign_up(SignupRequest(occ, "Olga Hansen"))
    b = core.booking.sign_up(SignupRequest(occ, "Arne Berg"))
    c = core.booking.sign_up(SignupRequest(occ, "Kari Nilsen"))
    d = core.booking.sign_up(SignupRequest(occ, "Jon Olsen"))
    assert [x.status for x in (a, b)] == [SignupStatus.CONFIRMED] * 2
    assert (c.status, c.waitlist_position) == (SignupStatus.WAITLISTED, 1)
    assert (d.status, d.waitlist_position) == (SignupStatus.WAITLISTED, 2)
    view = core.catalogue.get(occ)
    assert view is not None
    assert (view.seats_left, view.waitlist_length, view.signup_state) == (
        0,
        2,
        SignupState.WAITLIST,
    )
    assert len({a.booking_code, b.booking_code, c.booking_code, d.booking_code}) == 4


def test_cancel_promotes_the_head_of_the_waiting_list(core: Services) -> None:
    occ = add_occurrence(core, capacity=1)
    first = core.booking.sign_up(SignupRequest(occ, "Olga Hansen"))
    second = core.booking.sign_up(SignupRequest(occ, "Arne Berg"))
    third = core.booking.sign_up(SignupRequest(occ, "Kari Nilsen"))
    cancelled = core.booking.cancel(first.booking_code)
    assert cancelled.status is SignupStatus.CANCELLED
    promoted = core.booking.find(second.booking_code)
    still_waiting = core.booking.find(third.booking_code)
    assert promoted is not None and promoted.status is SignupStatus.CONFIRMED
    assert still_waiting is not None and still_waiting.waitlist_position == 1
    view = core.catalogue.get(occ)
    assert view is not None and view.seats_left == 0


def test_cancelling_from_the_waiting_list_moves_the_others_up(core: Services) -> None:
    occ = add_occurrence(core, capacity=1)
    core.booking.sign_up(SignupRequest(occ, "Olga Hansen"))
    b = core.booking.sign_up(SignupRequest(occ, "Arne Berg"))
    c = core.booking.sign_up(SignupRequest(occ, "Kari Nilsen"))
    core.booking.cancel(b.booking_code)
    after = core.booking.find(c.booking_code)
    assert after is not None and after.waitlist_position == 1
    assert after.status is SignupStatus.WAITLISTED


def test_companions_take_seats_and_a_party_is_never_split(core: Services) -> None:
    occ = add_occurrence(core, capacity=3)
    pair = core.booking.sign_up(SignupRequest(occ, "Olga Hansen", companions=1))
    assert pair.status is SignupStatus.CONFIRMED and pair.party_size == 2
    trio = core.booking.sign_up(SignupRequest(occ, "Arne Berg", companions=2))
    assert trio.status is SignupStatus.WAITLISTED
    # A single person behind the waiting party does not jump the queue.
    view = core.catalogue.get(occ)
    assert view is not None and view.seats_left == 0, "the free seat is the waiting party's"
    assert view.signup_state is SignupState.WAITLIST
    single = core.booking.sign_up(SignupRequest(occ, "Kari Nilsen"))
    assert single.status is SignupStatus.WAITLISTED and single.waitlist_position == 2
    core.booking.cancel(pair.booking_code)
    trio_after = core.booking.find(trio.booking_code)
    single_after = core.booking.find(single.booking_code)
    assert trio_after is not None and trio_after.status is SignupStatus.CONFIRMED
    assert single_after is not None and single_after.status is SignupStatus.WAITLISTED


def test_too_many_companions_refused(core: Services) -> None:
    occ = add_occurrence(core, capacity=10)
    with pytest.raises(BookingRefused) as caught:
        core.booking.sign_up(SignupRequest(occ, "Olga Hansen", companions=4))
    assert caught.value.reason is Refusal.TOO_MANY_COMPANIONS
    assert signups(core) == 0


@pytest.mark.parametrize(
    ("first_phone", "second_name", "second_phone"),
    [
        (None, "Olga Hansen", None),
        (None, "olga  hansen", "91234567"),
        ("91234567", "OLGA HANSEN", "912 34 567"),
        ("91234567", "Olga Hansen", None),
    ],
)
def test_same_person_twice_is_refused(
    core: Services, first_phone: str | None, second_name: str, second_phone: str | None
) -> None:
    occ = add_occurrence(core)
    core.booking.sign_up(SignupRequest(occ, "Olga Hansen", first_phone))
    with pytest.raises(BookingRefused) as caught:
        core.booking.sign_up(SignupRequest(occ, second_name, second_phone))
    assert caught.value.reason is Refusal.ALREADY_SIGNED_UP
    assert signups(core) == 1


def test_namesakes_with_different_phones_are_two_people(core: Services) -> None:
    occ = add_occurrence(core)
    core.booking.sign_up(SignupRequest(occ, "Kari Nilsen", "91234567"))
    core.booking.sign_up(SignupRequest(occ, "Kari Nilsen", "97654321"))
    assert signups(core) == 2


def test_after_cancelling_one_may_sign_up_again(core: Services) -> None:
    occ = add_occurrence(core)
    first = core.booking.sign_up(SignupRequest(occ, "Olga Hansen"))
    core.booking.cancel(first.booking_code)
    again = core.booking.sign_up(SignupRequest(occ, "Olga Hansen"))
    assert again.status is SignupStatus.CONFIRMED


def test_no_sign_up_to_past_started_or_cancelled(core: Services, clock: FixedClock) -> None:
    past = add_occurrence(core, starts_in=timedelta(hours=-1))
    with pytest.raises(BookingRefused) as caught:
        core.booking.sign_up(SignupRequest(past, "Olga Hansen"))
    assert caught.value.reason is Refusal.STARTED
    cancelled = add_occurrence(core, title="Kor")
    with core.db.transaction() as session:
        occ = session.get(Occurrence, cancelled)
        assert occ is not None
        occ.status = OccurrenceStatus.CANCELLED
    with pytest.raises(BookingRefused) as caught:
        core.booking.sign_up(SignupRequest(cancelled, "Olga Hansen"))
    assert caught.value.reason is Refusal.CANCELLED
    assert signups(core) == 0


def test_sign_up_closes_before_start(core: Services, clock: FixedClock) -> None:
    # Kiosk default: 30 minutes before start.
    occ = add_occurrence(core, starts_in=timedelta(minutes=31))
    core.booking.sign_up(SignupRequest(occ, "Olga Hansen"))
    clock.advance(timedelta(minutes=1))
    with pytest.raises(BookingRefused) as caught:
        core.booking.sign_up(SignupRequest(occ, "Arne Berg"))
    assert caught.value.reason is Refusal.CLOSED
    view = core.catalogue.get(occ)
    assert view is not None and view.signup_state is SignupState.CLOSED


def test_activity_can_close_sign_up_earlier(core: Services) -> None:
    occ = add_occurrence(core, starts_in=timedelta(hours=20), closes_minutes=24 * 60)
    with pytest.raises(BookingRefused) as caught:
        core.booking.sign_up(SignupRequest(occ, "Olga Hansen"))
    assert caught.value.reason is Refusal.CLOSED


def test_unknown_occurrence(core: Services) -> None:
    from kiosk.ids import uuid7

    with pytest.raises(BookingRefused) as caught:
        core.booking.sign_up(SignupRequest(uuid7(), "Olga Hansen"))
    assert caught.value.reason is Refusal.NOT_FOUND


def test_bad_input_stores_nothing(core: Services) -> None:
    occ = add_occurrence(core)
    with pytest.raises(InvalidName):
        core.booking.sign_up(SignupRequest(occ, "Olga 🎉"))
    with pytest.raises(InvalidPhone):
        core.booking.sign_up(SignupRequest(occ, "Olga Hansen", "12"))
    assert signups(core) == 0
    with core.db.read() as session:
        assert session.scalar(select(func.count()).select_from(OutboxOp)) == 0


def test_wrong_code_reveals_nothing(core: Services) -> None:
    occ = add_occurrence(core)
    real = core.booking.sign_up(SignupRequest(occ, "Olga Hansen"))
    assert core.booking.find("ZZZZZZ") is None
    assert core.booking.find("not a code") is None
    assert core.booking.find(real.booking_code.lower()) is not None
    for code in ("ZZZZZZ", "", "0000000"):
        with pytest.raises(BookingRefused) as caught:
            core.booking.cancel(code)
        assert caught.value.reason is Refusal.NOT_FOUND


def test_cancel_twice_and_after_start(core: Services, clock: FixedClock) -> None:
    occ = add_occurrence(core, starts_in=timedelta(hours=2))
    booking = core.booking.sign_up(SignupRequest(occ, "Olga Hansen"))
    other = core.booking.sign_up(SignupRequest(occ, "Arne Berg"))
    core.booking.cancel(booking.booking_code)
    with pytest.raises(BookingRefused) as caught:
        core.booking.cancel(booking.booking_code)
    assert caught.value.reason is Refusal.ALREADY_CANCELLED
    clock.advance(timedelta(hours=3))
    with pytest.raises(BookingRefused) as caught:
        core.booking.cancel(other.booking_code)
    assert caught.value.reason is Refusal.STARTED


def test_booking_code_collision_is_retried(tmp_path: Path, clock: FixedClock) -> None:
    codes = iter(["AAAAAA", "AAAAAA", "BBBBBB"])
    services = Services.open(tmp_path, clock, code_source=codes.__next__)
    occ = add_occurrence(services, capacity=5)
    first = services.booking.sign_up(SignupRequest(occ, "Olga Hansen"))
    second = services.booking.sign_up(SignupRequest(occ, "Arne Berg"))
    assert (first.booking_code, second.booking_code) == ("AAAAAA", "BBBBBB")
    assert signups(services) == 2
    services.close()


def test_outbox_written_with_the_change(core: Services) -> None:
    occ = add_occurrence(core)
    booking = core.booking.sign_up(SignupRequest(occ, "Olga Hansen", "91234567"))
    core.booking.cancel(booking.booking_code)
    with core.db.read() as session:
        ops = session.scalars(select(OutboxOp).order_by(OutboxOp.seq)).all()
    assert [(op.seq, op.kind) for op in ops] == [(1, "signup.request"), (2, "signup.cancel")]
    assert json.loads(ops[0].payload)["booking_code"] == booking.booking_code


def test_changes_are_announced(core: Services) -> None:
    seen: list[Change] = []
    core.notifier.subscribe(seen.append)
    occ = add_occurrence(core)
    booking = core.booking.sign_up(SignupRequest(occ, "Olga Hansen"))
    core.booking.cancel(booking.booking_code)
    assert seen == [Change.SIGNUPS, Change.SIGNUPS]


def test_sensitive_activity_shows_no_counts(core: Services) -> None:
    occ = add_occurrence(core, sensitive=True, title="KOLS-skole")
    core.booking.sign_up(SignupRequest(occ, "Ulla Berg"))
    view = core.catalogue.get(occ)
    assert view is not None
    assert view.seats_left is None and view.waitlist_length is None
    assert view.signup_state is SignupState.OPEN


def test_overbooking_is_impossible_even_past_the_service(core: Services) -> None:
    """The CHECK constraint is the backstop if a future code path forgets the rule."""
    from sqlalchemy.exc import IntegrityError

    occ = add_occurrence(core, capacity=1)
    with pytest.raises(IntegrityError), core.db.transaction() as session:
        row = session.get(Occurrence, occ)
        assert row is not None
        row.seats_taken = 2


def test_company_or_a_ride_is_kept_and_sent_and_wiped_with_the_name(core: Services) -> None:
    occ = add_occurrence(core, capacity=5)
    core.booking.sign_up(SignupRequest(occ, "Olga Hansen", needs_help=True))
    core.booking.sign_up(SignupRequest(occ, "Arne Berg"))
    with core.db.read() as session:
        helped = dict(session.execute(select(Signup.display_name, Signup.needs_help)).all())
        sent = [json.loads(p) for p in session.scalars(select(OutboxOp.payload))]
    assert helped == {"Olga Hansen": True, "Arne Berg": False}
    assert {p["display_name"]: p["needs_help"] for p in sent if "needs_help" in p} == helped
    clock = core.clock
    assert isinstance(clock, FixedClock)
    clock.advance(timedelta(days=400))  # long past retention
    assert core.purge_personal_data() == 2
    with core.db.read() as session:
        assert not any(session.scalars(select(Signup.needs_help)))
