"""The read side: periods, categories, and agreement with the write side."""

from __future__ import annotations

from datetime import timedelta

from kiosk.clock import FixedClock
from kiosk.demo import seed_demo
from kiosk.domain.enums import Category, Period, SignupState
from kiosk.services import Services
from kiosk.services.booking import SignupRequest

from .conftest import add_occurrence


def test_periods(core: Services, clock: FixedClock) -> None:
    # NOW is Tuesday 2026-12-01 10:00.
    earlier_today = add_occurrence(core, starts_in=timedelta(hours=-3), title="Morgentrim")
    later_today = add_occurrence(core, starts_in=timedelta(hours=2), title="Bridge")
    tomorrow = add_occurrence(core, starts_in=timedelta(days=1), title="Kor")
    in_six_days = add_occurrence(core, starts_in=timedelta(days=6), title="Middag")
    in_eight_days = add_occurrence(core, starts_in=timedelta(days=8), title="Festival")
    ids = {p: [o.occurrence_id for o in core.catalogue.occurrences(p)] for p in Period}
    assert ids[Period.TODAY] == [later_today]  # the morning one is over
    assert ids[Period.TOMORROW] == [tomorrow]
    assert ids[Period.WEEK] == [later_today, tomorrow, in_six_days]
    assert earlier_today not in ids[Period.WEEK] and in_eight_days not in ids[Period.WEEK]


def test_category_filter(core: Services) -> None:
    add_occurrence(core, title="Bridge", category=Category.GAMES)
    trim = add_occurrence(core, title="Trim", category=Category.EXERCISE)
    listed = core.catalogue.occurrences(Period.WEEK, Category.EXERCISE)
    assert [o.occurrence_id for o in listed] == [trim]
    assert core.catalogue.categories(Period.WEEK) == [Category.GAMES, Category.EXERCISE]


def test_read_side_agrees_with_write_side(core: Services) -> None:
    occ = add_occurrence(core, capacity=1)
    core.booking.sign_up(SignupRequest(occ, "Olga Hansen"))
    booking = core.booking.sign_up(SignupRequest(occ, "Arne Berg", companions=1))
    read = core.catalogue.get(occ)
    assert read == booking.occurrence
    assert read is not None and read.signup_state is SignupState.WAITLIST


def test_demo_has_what_the_screens_need(core: Services) -> None:
    seed_demo(core.db, core.clock, core.booking)
    week = core.catalogue.occurrences(Period.WEEK)
    titles = {o.title for o in week}
    assert {"Bridge på sykehjemmet", "KOLS-skole", "Strikkekafé", "Fellesmiddag"} <= titles
    assert any(o.signup_state is SignupState.WAITLIST for o in week), "a waiting list"
    assert any(o.signup_state is SignupState.OPEN for o in week)
    kols = [o for o in week if o.title == "KOLS-skole"]
    assert kols and all(o.sensitive and o.seats_left is None for o in kols)
    assert core.catalogue.site_name()
    assert core.catalogue.occurrences(Period.TODAY), "something on today at 10:00"
