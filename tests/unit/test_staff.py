"""Staff users and the PIN pad: Argon2id hashes, a growing lock-out kept in the database,
PIN rules, and an audit log that names people but never holds a PIN."""

from __future__ import annotations

import logging
import re
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from kiosk.clock import FixedClock
from kiosk.domain.validation import InvalidName
from kiosk.services import Services
from kiosk.services.staff import (
    FAILURES_BEFORE_LOCKOUT,
    LONGEST_LOCKOUT,
    InvalidPin,
    PinProblem,
    StaffProblem,
    StaffRefused,
    check_new_pin,
    lockout_length,
)
from kiosk.storage.database import DATABASE_FILENAME
from kiosk.storage.models import AuditEvent, StaffUser

# Eight digits: no run of them can turn up by chance in a UUID, a timestamp or a hash.
PIN_KARI = "73925841"
PIN_OLA = "58264913"
WRONG = ("49172638", "83619274", "27491836", "61938472", "39481726", "94726183")


def fixed_clock(services: Services) -> FixedClock:
    clock = services.clock
    assert isinstance(clock, FixedClock)
    return clock


def staff_rows(services: Services) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(StaffUser)) or 0)


def audit_rows(services: Services) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def fail(services: Services, times: int) -> None:
    for n in range(times):
        result = services.staff.check_pin(WRONG[n % len(WRONG)])
        assert result.staff is None


# -- finding a member by PIN ----------------------------------------------------------------


def test_added_member_is_found_by_pin(services: Services) -> None:
    assert not services.staff.has_staff()
    kari = services.staff.add("  Kari   Nordmann ", PIN_KARI, PIN_KARI)
    assert kari.name == "Kari Nordmann"
    assert services.staff.has_staff()
    assert services.staff.members() == [kari]
    result = services.staff.check_pin(PIN_KARI)
    assert result.staff == kari
    assert result.locked_until is None
    assert result.tries_left == FAILURES_BEFORE_LOCKOUT


def test_pin_is_stored_only_as_an_argon2id_hash(services: Services) -> None:
    services.staff.add("Kari Nordmann", PIN_KARI)
    with services.db.read() as session:
        stored = session.scalar(select(StaffUser.pin_hash))
    assert stored is not None
    assert stored.startswith("$argon2id$")
    assert PIN_KARI not in stored


def test_each_of_several_members_is_found_by_their_own_pin(services: Services) -> None:
    kari = services.staff.add("Kari Nordmann", PIN_KARI)
    ola = services.staff.add("Ola Nordmann", PIN_OLA, by=kari)
    assert services.staff.check_pin(PIN_OLA).staff == ola
    assert services.staff.check_pin(PIN_KARI).staff == kari
    assert [m.name for m in services.staff.members()] == ["Kari Nordmann", "Ola Nordmann"]


# -- wrong PINs and the lock-out -----------------------------------------------------------


def test_wrong_pin_counts_down_the_tries_left(services: Services) -> None:
    services.staff.add("Kari Nordmann", PIN_KARI)
    left = []
    for pin in WRONG[: FAILURES_BEFORE_LOCKOUT - 1]:
        result = services.staff.check_pin(pin)
        assert result.staff is None and result.locked_until is None
        left.append(result.tries_left)
    assert left == [4, 3, 2, 1]
    assert services.staff.locked_until() is None


def test_five_wrong_pins_lock_the_pad_for_30_seconds(services: Services) -> None:
    kari = services.staff.add("Kari Nordmann", PIN_KARI)
    clock = fixed_clock(services)
    start = clock.now()
    fail(services, FAILURES_BEFORE_LOCKOUT - 1)
    fifth = services.staff.check_pin(WRONG[4])
    assert fifth.staff is None
    assert fifth.tries_left == 0
    assert fifth.locked_until == start + timedelta(seconds=30)
    assert services.staff.locked_until() == start + timedelta(seconds=30)

    # The right PIN is not even looked at during the lock-out.
    during = services.staff.check_pin(PIN_KARI)
    assert during.staff is None
    assert during.locked_until == start + timedelta(seconds=30)
    assert during.tries_left == 0

    clock.advance(timedelta(seconds=29))
    assert services.staff.check_pin(PIN_KARI).staff is None
    assert services.staff.locked_until() == start + timedelta(seconds=30)

    clock.advance(timedelta(seconds=1))
    assert services.staff.locked_until() is None
    assert services.staff.check_pin(PIN_KARI).staff == kari


def test_wrong_pins_during_a_lockout_neither_count_nor_extend_it(services: Services) -> None:
    services.staff.add("Kari Nordmann", PIN_KARI)
    clock = fixed_clock(services)
    fail(services, FAILURES_BEFORE_LOCKOUT)
    until = services.staff.locked_until()
    assert until is not None
    clock.advance(timedelta(seconds=10))
    fail(services, 3)
    assert services.staff.locked_until() == until
    clock.set(until)
    after = services.staff.check_pin(WRONG[0])
    assert after.locked_until is None
    assert after.tries_left == FAILURES_BEFORE_LOCKOUT - 1


def test_lockouts_in_a_row_grow_30_60_120_seconds(services: Services) -> None:
    services.staff.add("Kari Nordmann", PIN_KARI)
    clock = fixed_clock(services)
    lengths = []
    for _ in range(3):
        fail(services, FAILURES_BEFORE_LOCKOUT)
        until = services.staff.locked_until()
        assert until is not None
        lengths.append(until - clock.now())
        clock.set(until)
    assert lengths == [timedelta(seconds=30), timedelta(seconds=60), timedelta(seconds=120)]


def test_lockout_length_doubles_up_to_an_hour() -> None:
    assert lockout_length(1) == timedelta(seconds=30)
    assert lockout_length(2) == timedelta(seconds=60)
    assert lockout_length(3) == timedelta(seconds=120)
    lengths = [lockout_length(n) for n in range(1, 30)]
    assert lengths == sorted(lengths)
    assert max(lengths) == LONGEST_LOCKOUT == timedelta(hours=1)


def test_the_lockout_survives_a_restart(services: Services) -> None:
    kari = services.staff.add("Kari Nordmann", PIN_KARI)
    clock = fixed_clock(services)
    fail(services, FAILURES_BEFORE_LOCKOUT)
    until = services.staff.locked_until()
    assert until == clock.now() + timedelta(seconds=30)
    services.close()

    again = Services.open(services.data_dir, clock)
    try:
        assert again.staff.locked_until() == until
        refused = again.staff.check_pin(PIN_KARI)
        assert refused.staff is None
        assert refused.locked_until == until
        clock.set(until)
        assert again.staff.check_pin(PIN_KARI).staff == kari
    finally:
        again.close()


def test_failures_short_of_a_lockout_survive_a_restart(services: Services) -> None:
    services.staff.add("Kari Nordmann", PIN_KARI)
    fail(services, FAILURES_BEFORE_LOCKOUT - 1)
    services.close()
    again = Services.open(services.data_dir, services.clock)
    try:
        last = again.staff.check_pin(WRONG[0])
        assert last.tries_left == 0
        assert last.locked_until is not None
    finally:
        again.close()


def test_a_correct_pin_resets_the_counter(services: Services) -> None:
    kari = services.staff.add("Kari Nordmann", PIN_KARI)
    fail(services, FAILURES_BEFORE_LOCKOUT - 1)
    assert services.staff.check_pin(PIN_KARI).staff == kari
    again = services.staff.check_pin(WRONG[0])
    assert again.tries_left == FAILURES_BEFORE_LOCKOUT - 1
    assert again.locked_until is None


def test_a_correct_pin_after_a_lockout_starts_the_lockouts_over(services: Services) -> None:
    kari = services.staff.add("Kari Nordmann", PIN_KARI)
    clock = fixed_clock(services)
    fail(services, FAILURES_BEFORE_LOCKOUT)
    until = services.staff.locked_until()
    assert until is not None
    clock.set(until)
    assert services.staff.check_pin(PIN_KARI).staff == kari
    fail(services, FAILURES_BEFORE_LOCKOUT)
    assert services.staff.locked_until() == clock.now() + timedelta(seconds=30)


# -- PIN rules -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pin", "repeated", "problem"),
    [
        ("", None, PinProblem.LENGTH),
        ("12345", None, PinProblem.LENGTH),  # one too short (and not a sequence to the end)
        ("73925", None, PinProblem.LENGTH),
        ("7392584160735", None, PinProblem.LENGTH),  # 13 digits
        ("73a925", None, PinProblem.NOT_DIGITS),
        ("739 258", None, PinProblem.NOT_DIGITS),
        ("-739258", None, PinProblem.NOT_DIGITS),
        ("７３９２５８", None, PinProblem.NOT_DIGITS),  # full-width digits
        ("٧٣٩٢٥٨", None, PinProblem.NOT_DIGITS),  # Arabic-Indic digits
        ("111111", None, PinProblem.TOO_SIMPLE),
        ("123456", None, PinProblem.TOO_SIMPLE),
        ("987654", None, PinProblem.TOO_SIMPLE),
        ("654321", None, PinProblem.TOO_SIMPLE),
        ("000000000000", None, PinProblem.TOO_SIMPLE),
        (PIN_KARI, PIN_OLA, PinProblem.MISMATCH),
        (PIN_KARI, "", PinProblem.MISMATCH),
    ],
)
def test_pin_rules_refuse_and_store_nothing(
    services: Services, pin: str, repeated: str | None, problem: PinProblem
) -> None:
    before = audit_rows(services)
    with pytest.raises(InvalidPin) as caught:
        services.staff.add("Kari Nordmann", pin, repeated)
    assert caught.value.problem is problem
    assert staff_rows(services) == 0
    assert not services.staff.has_staff()
    assert audit_rows(services) == before


@pytest.mark.parametrize("pin", ["739258", "739258416073", "102938", "135790"])
def test_pins_of_six_to_twelve_digits_are_accepted(pin: str) -> None:
    assert check_new_pin(pin, pin) == pin


def test_the_same_pin_for_a_second_user_is_refused(services: Services) -> None:
    kari = services.staff.add("Kari Nordmann", PIN_KARI)
    with pytest.raises(InvalidPin) as caught:
        services.staff.add("Ola Nordmann", PIN_KARI, PIN_KARI, by=kari)
    assert caught.value.problem is PinProblem.IN_USE
    assert services.staff.members() == [kari]
    assert staff_rows(services) == 1


def test_a_removed_users_pin_may_be_given_to_someone_new(services: Services) -> None:
    kari = services.staff.add("Kari Nordmann", PIN_KARI)
    services.staff.add("Ola Nordmann", PIN_OLA, by=kari)
    services.staff.remove("Ola Nordmann", by=kari)
    per = services.staff.add("Per Hansen", PIN_OLA, by=kari)
    assert services.staff.check_pin(PIN_OLA).staff == per


def test_a_name_already_taken_is_refused(services: Services) -> None:
    kari = services.staff.add("Kari Nordmann", PIN_KARI)
    with pytest.raises(StaffRefused) as caught:
        services.staff.add("  kari   NORDMANN ", PIN_OLA, by=kari)
    assert caught.value.problem is StaffProblem.NAME_TAKEN
    assert services.staff.members() == [kari]


def test_an_invalid_name_is_refused_and_nothing_stored(services: Services) -> None:
    with pytest.raises(InvalidName):
        services.staff.add("Kari 2", PIN_KARI)
    assert staff_rows(services) == 0


# -- removing staff --------------------------------------------------------------------------


def test_remove_refuses_the_last_user(services: Services) -> None:
    kari = services.staff.add("Kari Nordmann", PIN_KARI)
    with pytest.raises(StaffRefused) as caught:
        services.staff.remove("Kari Nordmann", by=kari)
    assert caught.value.problem is StaffProblem.LAST_ONE
    assert services.staff.members() == [kari]
    assert services.staff.check_pin(PIN_KARI).staff == kari


def test_remove_of_someone_unknown_is_refused(services: Services) -> None:
    kari = services.staff.add("Kari Nordmann", PIN_KARI)
    services.staff.add("Ola Nordmann", PIN_OLA, by=kari)
    with pytest.raises(StaffRefused) as caught:
        services.staff.remove("Per Hansen", by=kari)
    assert caught.value.problem is StaffProblem.NOT_FOUND
    assert len(services.staff.members()) == 2


def test_a_removed_user_can_no_longer_log_in(services: Services) -> None:
    kari = services.staff.add("Kari Nordmann", PIN_KARI)
    services.staff.add("Ola Nordmann", PIN_OLA, by=kari)
    services.staff.remove(" ola nordmann ", by=kari)
    assert services.staff.members() == [kari]
    refused = services.staff.check_pin(PIN_OLA)
    assert refused.staff is None
    assert refused.tries_left == FAILURES_BEFORE_LOCKOUT - 1
    # The row stays, so the audit log can still say who did what.
    assert staff_rows(services) == 2
    removal = [e for e in services.staff.audit_log() if e.action == "staff.remove"]
    assert [(e.staff_name, e.detail) for e in removal] == [("Kari Nordmann", "Ola Nordmann")]


# -- the PIN is never kept -------------------------------------------------------------------


def _pins_in(data: bytes, pins: tuple[str, ...]) -> list[str]:
    return [p for p in pins if p.encode("ascii") in data]


def test_the_pin_never_reaches_the_database_file_or_the_log(
    services: Services, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    pins = (PIN_KARI, PIN_OLA, *WRONG)
    kari = services.staff.add("Kari Nordmann", PIN_KARI, PIN_KARI)
    services.staff.add("Ola Nordmann", PIN_OLA, PIN_OLA, by=kari)
    assert services.staff.check_pin(PIN_KARI).staff == kari
    fail(services, FAILURES_BEFORE_LOCKOUT)  # ends in a lock-out
    assert services.staff.check_pin(PIN_OLA).staff is None  # refused during the lock-out
    with pytest.raises(InvalidPin):
        services.staff.add("Per Hansen", PIN_KARI, by=kari)  # IN_USE

    db_file = services.data_dir / DATABASE_FILENAME
    wal_file = Path(f"{db_file}-wal")
    assert wal_file.exists() and wal_file.stat().st_size > 0
    assert _pins_in(db_file.read_bytes(), pins) == []
    assert _pins_in(wal_file.read_bytes(), pins) == []

    services.close()  # and fold the WAL into the file
    conn = sqlite3.connect(db_file)
    try:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0
    finally:
        conn.close()
    folded = db_file.read_bytes()
    assert b"Ola Nordmann" in folded  # the staff rows are there to be searched
    assert _pins_in(folded, pins) == []
    if wal_file.exists():
        assert _pins_in(wal_file.read_bytes(), pins) == []

    assert caplog.records  # the log did capture something (lock-out warning, staff added)
    for record in caplog.records:
        text = record.getMessage() + repr(record.args) + repr(record.__dict__)
        assert _pins_in(text.encode("utf-8", "replace"), pins) == [], record.name


def test_the_audit_log_names_people_but_never_holds_a_pin(services: Services) -> None:
    clock = fixed_clock(services)
    kari = services.staff.add("Kari Nordmann", PIN_KARI)
    clock.advance(timedelta(seconds=1))
    services.staff.add("Ola Nordmann", PIN_OLA, by=kari)
    clock.advance(timedelta(seconds=1))
    assert services.staff.check_pin(PIN_OLA).staff is not None
    clock.advance(timedelta(seconds=1))
    fail(services, FAILURES_BEFORE_LOCKOUT)
    clock.advance(timedelta(seconds=1))
    services.staff.record(kari, "settings.open", "the settings screen")

    entries = services.staff.audit_log()
    actions = [(e.action, e.staff_name, e.detail) for e in reversed(entries)]
    assert actions == [
        ("staff.add", "", "Kari Nordmann"),
        ("staff.add", "Kari Nordmann", "Ola Nordmann"),
        ("staff.login", "Ola Nordmann", ""),
        *[("staff.wrong_pin", "", "")] * (FAILURES_BEFORE_LOCKOUT - 1),
        ("staff.lockout", "", "0:00:30"),
        ("settings.open", "Kari Nordmann", "the settings screen"),
    ]
    # Newest first, with the time it happened.
    assert entries[0].at == clock.now()
    assert [e.at for e in entries] == sorted((e.at for e in entries), reverse=True)
    for entry in entries:
        for pin in (PIN_KARI, PIN_OLA, *WRONG):
            assert pin not in entry.detail and pin not in entry.staff_name
    assert len(services.staff.audit_log(limit=3)) == 3


# -- check_new_pin as a property -----------------------------------------------------------

_VALID_SHAPE = re.compile(r"[0-9]{6,12}")


@given(st.text(max_size=20))
def test_any_text_that_is_not_6_to_12_ascii_digits_is_refused(text: str) -> None:
    if _VALID_SHAPE.fullmatch(text):
        return
    with pytest.raises(InvalidPin) as caught:
        check_new_pin(text)
    if text and not (text.isascii() and text.isdigit()):
        assert caught.value.problem is PinProblem.NOT_DIGITS
    else:
        assert caught.value.problem is PinProblem.LENGTH


@given(st.text(alphabet="0123456789", min_size=0, max_size=30))
def test_digit_strings_outside_6_to_12_are_refused_for_length(digits: str) -> None:
    if 6 <= len(digits) <= 12:
        return
    with pytest.raises(InvalidPin) as caught:
        check_new_pin(digits)
    assert caught.value.problem is PinProblem.LENGTH


@given(st.text(alphabet="0123456789", min_size=6, max_size=12))
def test_six_to_twelve_digits_pass_unless_too_simple(pin: str) -> None:
    # One digit repeated, or a straight run up or down ("345678", "987654").
    simple = len(set(pin)) == 1 or pin in "0123456789" or pin in "9876543210"
    if simple:
        with pytest.raises(InvalidPin) as caught:
            check_new_pin(pin, pin)
        assert caught.value.problem is PinProblem.TOO_SIMPLE
    else:
        assert check_new_pin(pin, pin) == pin


@given(st.text(alphabet="0123456789", min_size=6, max_size=12), st.text(max_size=14))
def test_a_repeat_that_differs_is_a_mismatch(pin: str, repeated: str) -> None:
    try:
        check_new_pin(pin)
    except InvalidPin:
        return  # too simple: refused before the repeat is compared
    if repeated == pin:
        assert check_new_pin(pin, repeated) == pin
        return
    with pytest.raises(InvalidPin) as caught:
        check_new_pin(pin, repeated)
    assert caught.value.problem is PinProblem.MISMATCH
