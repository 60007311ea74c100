"""Staff mode driven by taps on the real screens and the real database: the hidden corner,
the PIN pad and its lasting lock-out, the staff home, a participant list, the activity
form, the settings and staff users, the audit log, and locking (by hand and by idling)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, time, timedelta
from typing import cast

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.clock import OSLO, FixedClock
from kiosk.domain.enums import SignupStatus
from kiosk.services import Services
from kiosk.services.admin import Participant, StaffOccurrence
from tests.ui.helpers import accessible_name, tap, visible_buttons
from ui.shell import STAFF_IDLE_MS, MainWindow
from ui.staff.activity_edit import StaffActivityEditScreen
from ui.staff.audit import StaffAuditScreen
from ui.staff.home import OccurrenceRowButton, StaffHomeScreen
from ui.staff.participants import PersonRow, StaffParticipantsScreen
from ui.staff.pin import StaffPinScreen
from ui.staff.settings import StaffSettingsScreen
from ui.widgets.form import FormKeyboard, TextField
from ui.widgets.keyboard import BACKSPACE, SPACE, DigitKeyboard, LetterKeyboard

NAME = "Kari Nordmann"
PIN = "284619"
WRONG_PIN = "975310"
DAYS_ON_STAFF_HOME = 21


# -- fixtures and helpers ------------------------------------------------------------------


@pytest.fixture
def staff(services: Services) -> str:
    """One staff user, made the way `sammen staff add` makes one."""
    services.staff.add(NAME, PIN, PIN)
    return NAME


@contextmanager
def _another_window(
    qtbot: QtBot, services: Services, *, kiosk_mode: bool = False
) -> Iterator[MainWindow]:
    """A second kiosk window, gone again (as the `window` fixture's) before its services."""
    window = MainWindow(services, kiosk_mode=kiosk_mode)
    try:
        window.resize(1920, 1080)
        window.show()
        qtbot.waitExposed(window)
        yield window
    finally:
        window.allow_close()
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _pin_screen(window: MainWindow) -> StaffPinScreen:
    return cast(StaffPinScreen, window.screen_named("staff-pin"))


def _home(window: MainWindow) -> StaffHomeScreen:
    return cast(StaffHomeScreen, window.screen_named("staff-home"))


def _participants(window: MainWindow) -> StaffParticipantsScreen:
    return cast(StaffParticipantsScreen, window.screen_named("staff-participants"))


def _editor(window: MainWindow) -> StaffActivityEditScreen:
    return cast(StaffActivityEditScreen, window.screen_named("staff-activity-edit"))


def _settings(window: MainWindow) -> StaffSettingsScreen:
    return cast(StaffSettingsScreen, window.screen_named("staff-settings"))


def _audit(window: MainWindow) -> StaffAuditScreen:
    return cast(StaffAuditScreen, window.screen_named("staff-audit"))


def _check_accessible(qtbot: QtBot, window: MainWindow, state: str) -> None:
    """DESIGN.md on staff screens too: every control has a name, every button is big."""
    qtbot.wait(1)  # let the layouts settle
    root = window.centralWidget()
    assert root is not None
    buttons = visible_buttons(root)
    assert buttons, state
    for button in buttons:
        label = f"{state}: {button.text()!r}"
        assert accessible_name(button).strip(), f"{label} has no accessible name"
        assert button.height() >= 96, f"{label} is {button.height()} px high"
    for edit in root.findChildren(QLineEdit):
        if edit.isVisible():
            assert accessible_name(edit).strip(), f"{state}: a field has no accessible name"


def _tap(qtbot: QtBot, button: QAbstractButton) -> None:
    """A tap, and the turn of the event loop after it: rows a tap adds to a shown list
    appear only then (as they do for a finger, which never comes that fast)."""
    tap(qtbot, button)
    QCoreApplication.processEvents()


def _type_pin(qtbot: QtBot, screen: StaffPinScreen, pin: str) -> None:
    for digit in pin:
        _tap(qtbot, screen.pad.digit_keys[digit])


def _enter_pin(qtbot: QtBot, window: MainWindow, pin: str) -> StaffPinScreen:
    """Type a PIN, tap OK and wait for the answer from the worker thread."""
    screen = _pin_screen(window)
    _type_pin(qtbot, screen, pin)
    _tap(qtbot, screen.pad.ok_key)
    qtbot.waitUntil(lambda: not screen.worker.busy, timeout=5000)
    return screen


def _sign_in(qtbot: QtBot, window: MainWindow) -> StaffHomeScreen:
    """Into staff mode by the PIN pad (the corner's 3-second hold has its own test)."""
    window.show_staff_pin()
    _enter_pin(qtbot, window, PIN)
    home = _home(window)
    qtbot.waitUntil(lambda: window.current_screen() is home, timeout=5000)
    return home


def _rows(home: StaffHomeScreen, title: str) -> list[OccurrenceRowButton]:
    return [row for row in home.rows if row.occurrence.title == title]


def _open_list(qtbot: QtBot, window: MainWindow, title: str) -> StaffParticipantsScreen:
    """Sign in and tap the first row of `title` on the staff home."""
    home = _sign_in(qtbot, window)
    _tap(qtbot, _rows(home, title)[0])
    screen = _participants(window)
    assert window.current_screen() is screen
    return screen


def _person_row(screen: StaffParticipantsScreen, name: str) -> PersonRow:
    (row,) = [row for row in screen.rows if row.person.name == name]
    return row


def _person(services: Services, occurrence_id: uuid.UUID, name: str) -> Participant | None:
    return next((p for p in services.admin.participants(occurrence_id) if p.name == name), None)


def _pad(keyboard: FormKeyboard) -> LetterKeyboard | DigitKeyboard:
    page = keyboard.pages.currentWidget()
    assert isinstance(page, (LetterKeyboard, DigitKeyboard))
    return page


def _type(qtbot: QtBot, keyboard: FormKeyboard, text: str) -> None:
    """Tap the on-screen keys the form shows now, one per character."""
    pad = _pad(keyboard)
    for char in text:
        _tap(qtbot, pad.key_button(SPACE if char == " " else char))


def _focus(qtbot: QtBot, field: TextField) -> None:
    """Touch the field at its right end, as a finger would, to type there."""
    edit = field.edit
    qtbot.mouseClick(
        edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 4, edit.height() // 2)
    )
    assert edit.hasFocus()
    assert edit.cursorPosition() == len(edit.text())


def _retype(qtbot: QtBot, keyboard: FormKeyboard, field: TextField, text: str) -> None:
    """Touch the field, delete what is there with the keyboard's ⌫ key, type anew."""
    _focus(qtbot, field)
    pad = _pad(keyboard)
    assert pad.target() is field.edit, "the keyboard does not type into the touched field"
    for _ in range(len(field.text)):
        _tap(qtbot, pad.key_button(BACKSPACE))
    assert field.text == ""
    _type(qtbot, keyboard, text)
    assert field.text == text


def _texts(root: QWidget) -> list[str]:
    seen = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QPushButton)):
            seen += [widget.text(), accessible_name(widget)]
        elif isinstance(widget, QLineEdit):
            seen += [widget.text(), widget.displayText()]
    return seen


# -- 1. the corner -------------------------------------------------------------------------


def test_a_short_press_on_the_corner_does_nothing_a_hold_opens_the_pin_pad(
    qtbot: QtBot, window: MainWindow, staff: str
) -> None:
    corner = window.staff_corner
    assert window.current_screen() is window.home
    assert corner.isVisible()
    centre = corner.rect().center()
    # It sits on top of the home screen: a finger there reaches the corner.
    central = window.centralWidget()
    assert central is not None
    assert central.childAt(corner.mapTo(central, centre)) is corner
    assert corner.timer.interval() == 3000
    corner.timer.setInterval(50)  # the rest of the test in 50 ms instead of 3 s

    qtbot.mousePress(corner, Qt.MouseButton.LeftButton, pos=centre)
    assert corner.timer.isActive()
    qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton, pos=centre)
    assert not corner.timer.isActive()  # let go too soon
    qtbot.wait(120)
    assert window.current_screen() is window.home
    assert "staff-pin" not in window._built  # not even built

    qtbot.mousePress(corner, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: window.current_screen() is window._built.get("staff-pin"), timeout=2000)
    assert not corner.isVisible()
    assert not corner.timer.isActive()
    qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton, pos=centre)
    assert window.current_screen() is _pin_screen(window)
    assert window.staff_member is None


def test_the_corner_is_only_on_the_home_screen(qtbot: QtBot, window: MainWindow) -> None:
    window.show_browse()
    assert not window.staff_corner.isVisible()
    window.show_staff_pin()  # a held signal arriving late opens nothing off home
    assert window.current_screen() is window.browse
    _tap(qtbot, window.home_button)
    assert window.staff_corner.isVisible()


# -- 2. the PIN pad ------------------------------------------------------------------------


def test_with_no_staff_user_the_pad_is_off_and_says_why(qtbot: QtBot, window: MainWindow) -> None:
    window.show_staff_pin()
    screen = _pin_screen(window)
    assert screen.message.isVisible()
    assert screen.message.text() == (
        "Det finnes ingen ansatte ennå. Opprett den første på kiosk-PC-en med: "
        "sammen staff add NAVN"
    )
    assert not screen.pad.isEnabled()
    assert not screen.pad.digit_keys["1"].isEnabled()
    _check_accessible(qtbot, window, "PIN pad, no staff user")
    _tap(qtbot, screen.cancel_button)
    assert window.current_screen() is window.home


def test_the_right_pin_opens_staff_mode_and_never_shows_a_digit(
    qtbot: QtBot, window: MainWindow, staff: str
) -> None:
    window.show_staff_pin()
    screen = _pin_screen(window)
    assert screen.pad.isEnabled()
    assert not screen.message.isVisible()
    assert not screen.pad.ok_key.isEnabled()  # nothing typed yet
    _check_accessible(qtbot, window, "PIN pad")

    _type_pin(qtbot, screen, PIN + "7")
    _tap(qtbot, screen.pad.delete_key)  # a slip of the finger, taken back
    assert screen.pad.pin == PIN
    dots = screen.pad.dots
    assert dots.text() == "●" * len(PIN)
    assert accessible_name(dots) == "6 sifre skrevet"
    shown = " ".join(_texts(window))
    assert PIN not in shown
    assert not any(char.isdigit() for char in dots.text())

    _tap(qtbot, screen.pad.ok_key)
    assert screen.pad.pin == ""  # the digits leave the screen at once
    assert dots.text() == "–"
    home = _home(window)
    qtbot.waitUntil(lambda: window.current_screen() is home, timeout=5000)
    assert window.staff_member is not None and window.staff_member.name == NAME
    assert home.signed_in.text() == f"Logget inn: {NAME}"
    assert window.home_button.text() == "Lås"
    assert accessible_name(window.home_button) == "Lås: gå ut av personalmodus"
    assert not window.staff_corner.isVisible()
    assert PIN not in " ".join(_texts(window))


def test_cancel_while_the_pin_is_checked_opens_nothing(
    qtbot: QtBot, window: MainWindow, staff: str
) -> None:
    window.show_staff_pin()
    screen = _pin_screen(window)
    _type_pin(qtbot, screen, PIN)
    _tap(qtbot, screen.pad.ok_key)  # the right PIN, checked off the UI thread (≈ 50 ms)
    window.go_home()  # the person walks away, or taps Cancel, before the answer
    qtbot.waitUntil(lambda: not screen.worker.busy, timeout=5000)
    QCoreApplication.processEvents()
    assert window.staff_member is None
    assert window.current_screen() is window.home


def test_wrong_pins_count_down_then_a_lasting_pause(
    qtbot: QtBot, window: MainWindow, services: Services, staff: str
) -> None:
    window.show_staff_pin()
    for tries_left in (4, 3, 2, 1):
        screen = _enter_pin(qtbot, window, WRONG_PIN)
        assert screen.message.isVisible()
        assert screen.message.text() == f"Feil PIN. {tries_left} forsøk igjen før en pause."
        assert screen.pad.isEnabled()
        assert window.current_screen() is screen
    screen = _enter_pin(qtbot, window, WRONG_PIN)
    assert screen.message.text() == "For mange feil PIN-koder. Prøv igjen om 30 sekunder."
    assert not screen.pad.isEnabled()
    assert not screen.pad.digit_keys[PIN[0]].isEnabled()  # the right PIN cannot be tried
    assert window.staff_member is None
    _check_accessible(qtbot, window, "PIN pad, paused")
    _tap(qtbot, screen.cancel_button)

    # The pause is in the database: a kiosk started anew (the same data folder) keeps it.
    clock = services.clock
    assert isinstance(clock, FixedClock)
    reopened = Services.open(services.data_dir, clock, services.config)
    try:
        with _another_window(qtbot, reopened) as again:
            again.show_staff_pin()
            later = _pin_screen(again)
            assert later.message.isVisible()
            assert later.message.text() == "For mange feil PIN-koder. Prøv igjen om 30 sekunder."
            assert not later.pad.isEnabled()
            later.lock_timer.setInterval(20)  # its once-a-second tick, quicker
            clock.advance(timedelta(seconds=10))
            qtbot.waitUntil(lambda: "20 sekunder" in later.message.text(), timeout=2000)
            assert not later.pad.isEnabled()

            clock.advance(timedelta(seconds=21))  # the pause is over
            qtbot.waitUntil(later.pad.isEnabled, timeout=2000)
            assert not later.message.isVisible()
            _enter_pin(qtbot, again, PIN)
            qtbot.waitUntil(lambda: again.current_screen() is _home(again), timeout=5000)
            assert again.staff_member is not None and again.staff_member.name == NAME
    finally:
        reopened.close()


# -- 3. the staff home ---------------------------------------------------------------------


def test_staff_home_lists_what_is_coming_with_counts_sensitive_too(
    qtbot: QtBot, window: MainWindow, services: Services, staff: str
) -> None:
    home = _sign_in(qtbot, window)
    upcoming = services.admin.upcoming(DAYS_ON_STAFF_HOME)
    assert [row.occurrence.occurrence_id for row in home.rows] == [
        o.occurrence_id for o in upcoming
    ]
    assert not home.nothing.isVisible()

    def counts(o: StaffOccurrence) -> str:
        if o.cancelled:
            return "Avlyst"
        text = f"{o.seats_taken} av {o.capacity} plasser"
        return text + (f" · {o.waitlist_length} venter" if o.waitlist_length else "")

    for row in home.rows:
        assert row.title.text() == row.occurrence.title
        assert row.counts.text() == counts(row.occurrence)
        assert row.counts.text() in accessible_name(row)

    kols = _rows(home, "KOLS-skole")
    assert kols, "the sensitive KOLS-skole is missing from the staff home"
    assert all(row.occurrence.sensitive for row in kols)
    assert kols[0].counts.text() == "5 av 8 plasser"  # staff see the counts, sensitive or not
    assert kols[0].when.text().endswith("13:00")
    (digital,) = [r for r in _rows(home, "Digital hjelp") if r.occurrence.waitlist_length]
    assert digital.counts.text() == "5 av 6 plasser · 1 venter"
    assert "Avlyst" in [row.counts.text() for row in _rows(home, "Sangkoret Solstrålen")]
    _check_accessible(qtbot, window, "staff home")

    _tap(qtbot, kols[0])
    screen = _participants(window)
    assert window.current_screen() is screen
    assert screen.occurrence_id == kols[0].occurrence.occurrence_id
    assert screen.heading.text() == "KOLS-skole"
    assert screen.counts.text() == "5 av 8 plasser tatt"
    # Names are for staff eyes: here they are.
    names = [row.name_button.text() for row in screen.rows]
    expected = [p.name for p in services.admin.participants(kols[0].occurrence.occurrence_id)]
    assert names == expected and len(names) == 5
    _check_accessible(qtbot, window, "participants of KOLS-skole")


# -- 4. one occurrence's participants ------------------------------------------------------


def test_tap_a_name_for_attendance_and_move_between_seat_and_waiting_list(
    qtbot: QtBot, window: MainWindow, services: Services, staff: str
) -> None:
    screen = _open_list(qtbot, window, "Bridge på sykehjemmet")
    occurrence_id = screen.occurrence_id
    assert occurrence_id is not None
    people = services.admin.participants(occurrence_id)
    visible = " ".join(_texts(screen))
    for person in people:
        assert person.name in visible
    assert screen.counts.text() == "10 av 12 plasser tatt"
    # Who would like company or a ride there: said on their row, for staff to arrange.
    for person in people:
        said = "Vil ha følge eller skyss" in _person_row(screen, person.name).details.text()
        assert said == person.needs_help, person.name
    assert any(person.needs_help for person in people)  # the demo has someone who does

    row = _person_row(screen, "Randi Johansen")
    assert not row.name_button.isChecked()
    _tap(qtbot, row.name_button)
    randi = _person(services, occurrence_id, "Randi Johansen")
    assert randi is not None and randi.attended
    assert row.name_button.text() == "✓ Randi Johansen"
    assert accessible_name(row.name_button) == "Randi Johansen: har kommet"
    _tap(qtbot, row.name_button)  # tapped by mistake: taken back
    randi = _person(services, occurrence_id, "Randi Johansen")
    assert randi is not None and not randi.attended
    _tap(qtbot, row.name_button)

    assert row.move_button.text() == "Til venteliste"
    _tap(qtbot, row.move_button)
    randi = _person(services, occurrence_id, "Randi Johansen")
    assert randi is not None
    assert randi.status is SignupStatus.WAITLISTED and randi.waitlist_position == 1
    assert screen.notice.text() == "Randi Johansen står først på ventelisten."
    assert screen.counts.text() == "9 av 12 plasser tatt · 1 venter"
    row = _person_row(screen, "Randi Johansen")
    assert "Venteliste 1" in row.details.text()
    assert row.move_button.text() == "Gi plass"
    _check_accessible(qtbot, window, "participants with a waiting list")

    _tap(qtbot, row.move_button)
    randi = _person(services, occurrence_id, "Randi Johansen")
    assert randi is not None and randi.status is SignupStatus.CONFIRMED
    assert randi.attended  # still marked as come
    assert screen.notice.text() == "Randi Johansen har plass nå."
    assert screen.counts.text() == "10 av 12 plasser tatt"


def test_cancelling_a_sign_up_asks_first_then_the_waiting_list_moves_up(
    qtbot: QtBot, window: MainWindow, services: Services, staff: str
) -> None:
    screen = _open_list(qtbot, window, "Digital hjelp")  # today: full, Tor waits
    occurrence_id = screen.occurrence_id
    assert occurrence_id is not None
    tor = _person(services, occurrence_id, "Tor Halvorsen")
    assert tor is not None and tor.status is SignupStatus.WAITLISTED

    _tap(qtbot, _person_row(screen, "Randi Johansen").cancel_button)
    assert screen.pages.currentWidget() is screen.confirm_page
    assert screen.question.text() == "Melde av Randi Johansen?"
    assert screen.question_detail.text() == "Den første på ventelisten får plassen."
    _check_accessible(qtbot, window, "cancel a sign-up: are you sure")
    _tap(qtbot, screen.no_button)  # not after all
    assert screen.pages.currentWidget() is screen.list_page
    assert _person(services, occurrence_id, "Randi Johansen") is not None

    _tap(qtbot, _person_row(screen, "Randi Johansen").cancel_button)
    _tap(qtbot, screen.yes_button)
    assert screen.pages.currentWidget() is screen.list_page
    assert _person(services, occurrence_id, "Randi Johansen") is None
    assert "Randi Johansen" not in [row.person.name for row in screen.rows]
    assert screen.notice.text() == "Randi Johansen er meldt av."
    tor = _person(services, occurrence_id, "Tor Halvorsen")
    assert tor is not None and tor.status is SignupStatus.CONFIRMED
    assert screen.counts.text() == "6 av 6 plasser tatt"
    assert _person_row(screen, "Tor Halvorsen").move_button.text() == "Til venteliste"


def test_add_a_person_who_phoned_in_with_the_on_screen_keys(
    qtbot: QtBot, window: MainWindow, services: Services, staff: str
) -> None:
    screen = _open_list(qtbot, window, "Strikkekafé")
    occurrence_id = screen.occurrence_id
    assert occurrence_id is not None
    before = services.admin.participants(occurrence_id)

    # A name with no letter: a kind message, nothing stored.
    _tap(qtbot, screen.add_button)
    assert screen.pages.currentIndex() == 1
    assert _pad(screen.add_keyboard) is screen.add_keyboard.letters
    _type(qtbot, screen.add_keyboard, "-'")
    assert screen.name_field.text == "-'"
    _tap(qtbot, screen.add_save)
    assert screen.add_error.isVisible()
    assert screen.add_error.text() == "Skriv et navn med bokstaver (1–60 tegn)."
    assert screen.pages.currentIndex() == 1
    assert services.admin.participants(occurrence_id) == before
    _check_accessible(qtbot, window, "add a person, bad name")

    _tap(qtbot, screen.add_back)
    _tap(qtbot, screen.add_button)
    assert screen.name_field.text == ""
    assert not screen.add_error.isVisible()
    _type(qtbot, screen.add_keyboard, "astrid lie")
    assert screen.name_field.text == "Astrid Lie"  # each word gets its capital
    _focus(qtbot, screen.phone_field)
    assert _pad(screen.add_keyboard) is screen.add_keyboard.digits["+"]
    _type(qtbot, screen.add_keyboard, "91234567")
    assert screen.phone_field.text == "91234567"
    assert screen.name_field.text == "Astrid Lie"  # the digits went to the phone only
    _tap(qtbot, screen.companions.plus)
    assert screen.companions.value == 1
    assert accessible_name(screen.add_help) == "Vil ha følge eller skyss: nei"
    _tap(qtbot, screen.add_help)  # she asked for a lift
    assert screen.add_help.isChecked()
    assert screen.add_help.text() == "✓ Vil ha følge eller skyss"
    assert accessible_name(screen.add_help) == "Vil ha følge eller skyss: ja"
    _check_accessible(qtbot, window, "add a person, phone")
    _tap(qtbot, screen.add_save)

    assert screen.pages.currentWidget() is screen.list_page
    astrid = _person(services, occurrence_id, "Astrid Lie")
    assert astrid is not None
    assert astrid.phone == "+4791234567"
    assert astrid.party_size == 2
    assert astrid.needs_help
    assert astrid.status is SignupStatus.CONFIRMED
    code = f"{astrid.booking_code[:3]} {astrid.booking_code[3:]}"
    assert screen.notice.text() == f"Påmeldt med plass, kode {code}."
    row = _person_row(screen, "Astrid Lie")
    assert row.name_button.text() == "Astrid Lie"
    assert "+4791234567" in row.details.text()
    assert "2 personer" in row.details.text()
    assert len(services.admin.participants(occurrence_id)) == len(before) + 1


def test_change_this_date_by_typing_the_time_and_stepping_the_seats(
    qtbot: QtBot, window: MainWindow, services: Services, staff: str
) -> None:
    screen = _open_list(qtbot, window, "Strikkekafé")  # today 12:00–14:00, 20 seats
    occurrence_id = screen.occurrence_id
    assert occurrence_id is not None
    _tap(qtbot, screen.edit_date_button)
    assert screen.pages.currentIndex() == 2
    assert screen.date_field.text == "01.12.2026"
    assert screen.time_field.text == "12:00"
    assert screen.minutes.value == 120
    assert screen.capacity.value == 20
    _check_accessible(qtbot, window, "change this date")

    _retype(qtbot, screen.date_keyboard, screen.time_field, "13:30")
    assert _pad(screen.date_keyboard) is screen.date_keyboard.digits[":"]
    _tap(qtbot, screen.capacity.plus)
    _tap(qtbot, screen.capacity.plus)
    _tap(qtbot, screen.minutes.minus)
    assert screen.capacity.value == 22
    _tap(qtbot, screen.date_save)

    assert screen.pages.currentWidget() is screen.list_page
    assert not screen.date_error.isVisible()
    assert screen.notice.text() == "Denne datoen er endret; resten av serien er som før."
    changed = services.admin.occurrence(occurrence_id)
    assert changed.starts_at == datetime(2026, 12, 1, 13, 30, tzinfo=OSLO)
    assert changed.ends_at == datetime(2026, 12, 1, 15, 15, tzinfo=OSLO)
    assert changed.capacity == 22
    assert screen.counts.text() == "6 av 22 plasser tatt"
    assert "13:30" in screen.when.text()

    # A time that is no time: said kindly, nothing changed.
    _tap(qtbot, screen.edit_date_button)
    _retype(qtbot, screen.date_keyboard, screen.time_field, "25:00")
    _tap(qtbot, screen.date_save)
    assert screen.date_error.isVisible()
    assert screen.date_error.text() == "Skriv klokkeslettet som tt:mm."
    assert services.admin.occurrence(occurrence_id) == changed


def test_cancel_this_date_asks_first_and_keeps_the_people(
    qtbot: QtBot, window: MainWindow, services: Services, staff: str
) -> None:
    screen = _open_list(qtbot, window, "Bridge på sykehjemmet")
    occurrence_id = screen.occurrence_id
    assert occurrence_id is not None
    people = services.admin.participants(occurrence_id)
    assert len(people) == 7

    _tap(qtbot, screen.cancel_date_button)
    assert screen.pages.currentWidget() is screen.confirm_page
    assert screen.question.text().startswith("Avlyse Bridge på sykehjemmet ")
    assert screen.question_detail.text() == (
        "7 personer er påmeldt. De blir stående på listen, så du kan ringe dem."
    )
    assert not services.admin.occurrence(occurrence_id).cancelled  # asked, not done
    _check_accessible(qtbot, window, "cancel this date: are you sure")
    _tap(qtbot, screen.yes_button)

    assert screen.pages.currentWidget() is screen.list_page
    assert services.admin.occurrence(occurrence_id).cancelled
    assert screen.heading.text() == "Bridge på sykehjemmet — avlyst"
    assert screen.notice.text() == "Datoen er avlyst. Ring de 7 personene på listen."
    assert services.admin.participants(occurrence_id) == people
    assert [row.person.name for row in screen.rows] == [p.name for p in people]
    assert screen.cancel_date_button.text() == "Gjenopprett denne datoen"

    _tap(qtbot, window.back_button)  # the staff home shows it cancelled too
    home = _home(window)
    assert window.current_screen() is home
    row = next(r for r in home.rows if r.occurrence.occurrence_id == occurrence_id)
    assert row.counts.text() == "Avlyst"


def test_the_list_as_csv_and_pdf_files_and_no_printer_said_kindly(
    qtbot: QtBot, window: MainWindow, services: Services, staff: str
) -> None:
    screen = _open_list(qtbot, window, "Bridge på sykehjemmet")
    occurrence_id = screen.occurrence_id
    assert occurrence_id is not None
    exports = services.data_dir / "exports"
    names = [p.name for p in services.admin.participants(occurrence_id)]

    _tap(qtbot, screen.csv_button)
    qtbot.waitUntil(lambda: not screen.worker.busy, timeout=5000)
    (csv_file,) = exports.glob("*.csv")
    assert csv_file.name == "2026-12-01-1100-Bridge-på-sykehjemmet.csv"
    text = csv_file.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("activity,starts_at,name,phone")
    for name in names:
        assert name in text
    assert screen.notice.text() == f"Lagret: {csv_file}"

    _tap(qtbot, screen.pdf_button)
    qtbot.waitUntil(lambda: not screen.worker.busy, timeout=10_000)
    (pdf_file,) = exports.glob("*.pdf")
    assert pdf_file.read_bytes().startswith(b"%PDF")
    assert pdf_file.stat().st_size > 1000
    assert screen.notice.text() == f"Lagret: {pdf_file}"
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(pdf_file)) == QPdfDocument.Error.None_
    printed = " ".join(
        " ".join(document.getAllText(page).text().split()) for page in range(document.pageCount())
    )
    document.close()
    helped = [p.name for p in services.admin.participants(occurrence_id) if p.needs_help]
    assert helped and all(f"{name} *" in printed for name in helped)
    assert "* Vil ha følge eller skyss" in printed

    _tap(qtbot, screen.print_button)  # the offscreen platform has no printer
    assert screen.notice.isVisible()
    assert screen.notice.text() == (
        "Ingen skriver svarte. Lagre listen som PDF og skriv den ut senere."
    )
    exported = [e for e in services.staff.audit_log() if e.action == "participants.export"]
    assert len(exported) == 3
    _check_accessible(qtbot, window, "participants after export")


# -- 5. the activity form ------------------------------------------------------------------


def test_a_new_weekly_activity_typed_on_the_keys_appears_on_the_staff_home(
    qtbot: QtBot, window: MainWindow, services: Services, staff: str
) -> None:
    home = _sign_in(qtbot, window)
    _tap(qtbot, home.new_button)
    form = _editor(window)
    assert window.current_screen() is form
    assert form.heading.text() == "Ny aktivitet"
    assert not form.cancel_activity_button.isVisible()  # nothing to cancel yet
    assert form.once_button.isChecked()
    assert not form.keyboard.isVisible()  # the keys show only while typing
    _check_accessible(qtbot, window, "new activity")

    _focus(qtbot, form.title_field)
    assert form.keyboard.isVisible()
    assert _pad(form.keyboard) is form.keyboard.letters
    _type(qtbot, form.keyboard, "sjakk for alle")
    assert form.title_field.text == "Sjakk for alle"  # a capital only at the start
    _focus(qtbot, form.place_field)
    _type(qtbot, form.keyboard, "biblioteket")
    assert form.place_field.text == "Biblioteket"

    _tap(qtbot, form.weekly_button)
    assert not form.keyboard.isVisible()  # a toggle tapped: the form gets its room back
    assert form.weekdays_box.isVisible()
    assert form.last_date_field.isVisible()
    assert form.first_date_field.caption.text() == "Fra (dd.mm.åååå)"
    _tap(qtbot, form.weekday_buttons[0])  # Monday
    _tap(qtbot, form.weekday_buttons[3])  # Thursday
    _retype(qtbot, form.keyboard, form.first_date_field, "07.12.2026")
    assert _pad(form.keyboard) is form.keyboard.digits["."]
    _retype(qtbot, form.keyboard, form.last_date_field, "17.12.2026")
    _retype(qtbot, form.keyboard, form.start_field, "18:30")
    assert _pad(form.keyboard) is form.keyboard.digits[":"]
    _check_accessible(qtbot, window, "new weekly activity")
    _tap(qtbot, form.save_button)

    assert window.current_screen() is home
    rows = _rows(home, "Sjakk for alle")
    starts = [row.occurrence.starts_at for row in rows]
    assert starts == [datetime(2026, 12, day, 18, 30, tzinfo=OSLO) for day in (7, 10, 14, 17)]
    assert all(row.counts.text() == "0 av 12 plasser" for row in rows)
    draft = services.admin.draft(rows[0].occurrence.activity_id)
    assert draft.place == "Biblioteket"
    assert draft.weekdays == frozenset({0, 3})
    assert draft.start == time(18, 30) and draft.minutes == 90
    audit = services.staff.audit_log()
    assert (audit[0].staff_name, audit[0].action) == (NAME, "activity.create")


def test_a_weekly_series_with_no_weekday_is_refused_kindly(
    qtbot: QtBot, window: MainWindow, services: Services, staff: str
) -> None:
    home = _sign_in(qtbot, window)
    before = services.admin.upcoming(60)
    _tap(qtbot, home.new_button)
    form = _editor(window)
    _focus(qtbot, form.title_field)
    _type(qtbot, form.keyboard, "sjakk")
    assert form.title_field.text == "Sjakk"
    _tap(qtbot, form.weekly_button)
    assert not any(button.isChecked() for button in form.weekday_buttons)
    _tap(qtbot, form.save_button)

    assert window.current_screen() is form
    assert form.message.isVisible()
    assert form.message.text() == "Velg minst én ukedag."
    assert services.admin.upcoming(60) == before
    _check_accessible(qtbot, window, "new activity, no weekday")


def test_editing_an_activity_loads_it_and_cancelling_it_asks_first(
    qtbot: QtBot, window: MainWindow, services: Services, staff: str
) -> None:
    screen = _open_list(qtbot, window, "Bridge på sykehjemmet")
    occurrence_id = screen.occurrence_id
    assert occurrence_id is not None
    people = services.admin.participants(occurrence_id)
    _tap(qtbot, screen.edit_activity_button)
    form = _editor(window)
    assert window.current_screen() is form
    assert form.heading.text() == "Endre aktivitet"
    assert form.title_field.text == "Bridge på sykehjemmet"
    assert form.place_field.text == "Solbakken sykehjem, dagligstua"
    assert form.host_field.text == "Viggo"
    assert form.contact_field.text == "Viggo"
    assert form.contact_phone_field.text == "+4791234567"
    assert form.accessibility_field.text == "Rullestoltilgjengelig. Teleslynge i dagligstua."
    assert form.capacity.value == 12
    # The demo's bridge is a weekly series on Tuesdays, from a week ago to two weeks ahead.
    assert form.weekly_button.isChecked()
    assert [b.isChecked() for b in form.weekday_buttons] == [i == 1 for i in range(7)]
    assert form.first_date_field.text == "24.11.2026"
    assert form.last_date_field.text == "15.12.2026"
    assert form.start_field.text == "11:00"
    assert form.minutes.value == 120
    assert not form.sensitive_button.isChecked()
    assert form.cancel_activity_button.isVisible()
    _check_accessible(qtbot, window, "edit activity")

    _tap(qtbot, form.cancel_activity_button)
    assert form.pages.currentIndex() == 1
    assert "«Bridge på sykehjemmet»" in form.question.text()
    _check_accessible(qtbot, window, "cancel the activity: are you sure")
    _tap(qtbot, form.no_button)
    assert form.pages.currentIndex() == 0
    assert not services.admin.occurrence(occurrence_id).cancelled

    _tap(qtbot, form.cancel_activity_button)
    _tap(qtbot, form.yes_button)
    home = _home(window)
    assert window.current_screen() is home
    bridges = _rows(home, "Bridge på sykehjemmet")
    assert bridges and all(row.counts.text() == "Avlyst" for row in bridges)
    assert services.admin.participants(occurrence_id) == people  # kept, to be called


# -- 6. settings, staff users, and the way out ---------------------------------------------


def test_settings_change_the_idle_time_and_are_written_to_config_toml(
    qtbot: QtBot, window: MainWindow, services: Services, staff: str
) -> None:
    home = _sign_in(qtbot, window)
    _tap(qtbot, home.settings_button)
    screen = _settings(window)
    assert window.current_screen() is screen
    assert screen.idle.value == 60
    _check_accessible(qtbot, window, "settings")
    _tap(qtbot, screen.idle.plus)
    assert screen.idle.value == 70
    assert screen.idle.value_label.text() == "70 s"
    _tap(qtbot, screen.save_button)

    assert screen.message.text() == "Lagret."
    assert services.config.idle_seconds == 70
    toml = (services.data_dir / "config.toml").read_text(encoding="utf-8")
    assert "idle_seconds = 70" in toml
    _check_accessible(qtbot, window, "settings saved")

    _tap(qtbot, window.home_button)  # "Lås"
    assert window.staff_member is None
    assert window.idle_timer.interval() == 70_000
    window.show_browse()
    assert window.idle_timer.isActive() and window.idle_timer.interval() == 70_000


def test_saving_settings_leaves_staff_mode_its_own_two_quiet_minutes(
    qtbot: QtBot, window: MainWindow, services: Services, staff: str
) -> None:
    home = _sign_in(qtbot, window)
    _tap(qtbot, home.settings_button)
    assert window.idle_timer.interval() == STAFF_IDLE_MS
    screen = _settings(window)
    _tap(qtbot, screen.idle.minus)  # the public "Are you still there?" after 50 s
    _tap(qtbot, screen.save_button)
    assert services.config.idle_seconds == 50
    # Still in staff mode, on the settings page: the staff lock must still wait two
    # minutes, not the 50 s meant for residents on the public screens.
    assert window.staff_member is not None
    assert window.idle_timer.isActive()
    assert window.idle_timer.interval() == STAFF_IDLE_MS


def test_add_and_remove_staff_users(
    qtbot: QtBot, window: MainWindow, services: Services, staff: str
) -> None:
    home = _sign_in(qtbot, window)
    _tap(qtbot, home.settings_button)
    screen = _settings(window)

    def listed() -> list[str]:
        return [label.text() for row in screen.staff_rows for label in row.findChildren(QLabel)]

    assert listed() == [NAME]

    # The PINs differ: said, nothing stored.
    _tap(qtbot, screen.add_staff_button)
    assert screen.pages.currentIndex() == 1
    _type(qtbot, screen.new_keyboard, "per lie")
    assert screen.new_name.text == "Per Lie"
    _focus(qtbot, screen.new_pin)
    _type(qtbot, screen.new_keyboard, "739251")
    assert screen.new_pin.edit.displayText() != "739251"  # dots, not digits
    _focus(qtbot, screen.new_pin_again)
    _type(qtbot, screen.new_keyboard, "739250")
    _check_accessible(qtbot, window, "new staff user")
    _tap(qtbot, screen.new_save)
    qtbot.waitUntil(lambda: not screen.worker.busy, timeout=5000)
    assert screen.pages.currentIndex() == 1
    assert screen.new_error.isVisible()
    assert screen.new_error.text() == "De to PIN-kodene er ikke like."
    assert screen.new_pin.text == "" and screen.new_pin_again.text == ""
    assert [m.name for m in services.staff.members()] == [NAME]

    _focus(qtbot, screen.new_pin)
    _type(qtbot, screen.new_keyboard, "739251")
    _focus(qtbot, screen.new_pin_again)
    _type(qtbot, screen.new_keyboard, "739251")
    _tap(qtbot, screen.new_save)
    qtbot.waitUntil(lambda: not screen.worker.busy, timeout=5000)
    assert screen.pages.currentIndex() == 0
    assert screen.message.text() == "Per Lie kan nå åpne personalmodus med sin PIN."
    assert listed() == [NAME, "Per Lie"]
    assert [m.name for m in services.staff.members()] == [NAME, "Per Lie"]
    _check_accessible(qtbot, window, "settings with two staff users")

    def remove_button(name: str) -> QPushButton:
        (row,) = [
            r for r in screen.staff_rows if name in [x.text() for x in r.findChildren(QLabel)]
        ]
        (button,) = row.findChildren(QPushButton)
        assert accessible_name(button) == f"Fjern {name}"
        return button

    _tap(qtbot, remove_button("Per Lie"))
    assert screen.message.text() == "Per Lie er fjernet."
    assert listed() == [NAME]
    assert [m.name for m in services.staff.members()] == [NAME]

    _tap(qtbot, remove_button(NAME))  # the last one stays: else nobody gets in
    assert screen.message.text() == "Den siste ansatte kan ikke fjernes: da kommer ingen inn."
    assert [m.name for m in services.staff.members()] == [NAME]


def test_leaving_kiosk_mode_is_the_only_way_to_close(
    qtbot: QtBot, services: Services, staff: str
) -> None:
    with _another_window(qtbot, services, kiosk_mode=True) as kiosk:
        assert not kiosk.close()  # Alt+F4 and the like: refused
        assert kiosk.isVisible()

        home = _sign_in(qtbot, kiosk)
        _tap(qtbot, home.settings_button)
        screen = _settings(kiosk)
        assert screen.exit_button.text() == "Gå ut av kioskmodus"
        _check_accessible(qtbot, kiosk, "settings in kiosk mode")
        _tap(qtbot, screen.exit_button)
        assert not kiosk.isVisible()
        (last, *_) = services.staff.audit_log()
        assert (last.staff_name, last.action) == (NAME, "kiosk.exit")

    # exit_kiosk() also asks the application to quit. Under the tests no exec() runs, so
    # it must not have stopped Qt: an event loop still runs and timers still fire.
    app = QApplication.instance()
    assert app is not None and not app.closingDown()
    probe = QTimer()
    probe.setSingleShot(True)
    with qtbot.waitSignal(probe.timeout, timeout=1000):
        probe.start(10)


# -- 7. the audit log ----------------------------------------------------------------------


def test_the_audit_log_names_the_staff_member_and_never_a_pin(
    qtbot: QtBot, window: MainWindow, services: Services, staff: str
) -> None:
    window.show_staff_pin()
    _enter_pin(qtbot, window, WRONG_PIN)
    screen = _open_list(qtbot, window, "Strikkekafé")
    _tap(qtbot, _person_row(screen, "Per Larsen").name_button)
    _tap(qtbot, screen.add_button)
    _type(qtbot, screen.add_keyboard, "astrid lie")
    _tap(qtbot, screen.add_save)
    _tap(qtbot, window.back_button)
    home = _home(window)
    assert window.current_screen() is home
    _tap(qtbot, home.audit_button)
    audit = _audit(window)
    assert window.current_screen() is audit

    lines = [label.text() for label in audit.entries]
    assert all(label.isVisible() for label in audit.entries)
    newest_first = [
        f"{NAME}: meldte på en person",
        f"{NAME}: merket som kommet",
        f"{NAME}: åpnet personalmodus",
        "(ingen logget inn): feil PIN",
    ]
    for line, wanted in zip(lines, newest_first, strict=False):
        assert line == f"01.12.2026 10:00  {wanted}" or line.startswith(
            f"01.12.2026 10:00  {wanted} — "
        )
    assert len(lines) >= len(newest_first)
    shown = " ".join(_texts(window))
    assert PIN not in shown and WRONG_PIN not in shown
    _check_accessible(qtbot, window, "audit log")


# -- 8. locking --------------------------------------------------------------------------


def test_lock_leaves_staff_mode_and_wipes_every_staff_screen(
    qtbot: QtBot, window: MainWindow, services: Services, staff: str
) -> None:
    screen = _open_list(qtbot, window, "Strikkekafé")
    assert window.home_button.text() == "Lås"
    _tap(qtbot, screen.add_button)
    _type(qtbot, screen.add_keyboard, "astrid")
    _tap(qtbot, window.back_button)
    home = _home(window)
    _tap(qtbot, home.new_button)
    form = _editor(window)
    _focus(qtbot, form.title_field)
    _type(qtbot, form.keyboard, "sjakk")
    assert form.title_field.text == "Sjakk"

    _tap(qtbot, window.home_button)
    assert window.staff_member is None
    assert window.current_screen() is window.home
    assert window.home_button.text() == "Start ⌂"
    assert window.staff_corner.isVisible()
    assert screen.name_field.text == ""
    assert screen.pages.currentWidget() is screen.list_page
    assert form.title_field.text == ""
    assert form.activity_id is None
    assert _pin_screen(window).pad.pin == ""
    assert services.staff.audit_log()[0].action == "staff.lock"
    # Staff screens are no way round the lock.
    with pytest.raises(PermissionError):
        _ = form.member

    # The staff home's own Lock button does the same.
    home = _sign_in(qtbot, window)
    _tap(qtbot, home.lock_button)
    assert window.staff_member is None
    assert window.current_screen() is window.home


def test_staff_mode_locks_itself_after_two_quiet_minutes(
    qtbot: QtBot, window: MainWindow, services: Services, staff: str
) -> None:
    _open_list(qtbot, window, "Strikkekafé")
    assert window.idle_timer.isActive()
    assert window.idle_timer.interval() == STAFF_IDLE_MS == 120_000
    assert not window.still_there.isVisible()
    window.idle_timer.setInterval(20)  # two minutes, quicker
    window.idle_timer.start()
    qtbot.waitUntil(lambda: window.staff_member is None, timeout=2000)
    assert window.current_screen() is window.home
    assert not window.still_there.isVisible()  # no "Are you still there?" for staff
    assert window.home_button.text() == "Start ⌂"
    assert services.staff.audit_log()[0].action == "staff.lock"
    assert window.idle_timer.interval() == services.config.idle_seconds * 1000
