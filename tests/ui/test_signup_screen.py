"""The sign-up screen with real taps on real keys, on the demo site and a real database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.clock import FixedClock
from kiosk.domain.enums import Period, SignupState, SignupStatus
from kiosk.domain.views import Booking, OccurrenceView, SignupRequest
from kiosk.services import Services
from kiosk.services.catalogue import Period as CataloguePeriod
from ui.appearance import Appearance
from ui.screens.signup import SignupScreen, Step
from ui.widgets.keyboard import BACKSPACE, KEY_MIN_HEIGHT, SPACE, SWITCH

TYPE_NAME = "Please type your name."
ONLY_LETTERS = "Please use only letters, spaces, hyphen (-) and apostrophe (')."
BAD_PHONE = "Please type 8 digits, or + and country code."
ALREADY = "You are already signed up for this. Use your booking code to see it."
CLOSED = "Sign-up for this has closed."


class RecordingNavigator:
    """Stands in for the shell: remembers where the screen asked to go."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def go_home(self) -> None:
        self.calls.append(("go_home", None))

    def go_back(self) -> None:
        self.calls.append(("go_back", None))

    def show_browse(self, period: CataloguePeriod | None = None) -> None:
        self.calls.append(("show_browse", period))

    def show_activity(self, occurrence_id: uuid.UUID) -> None:
        self.calls.append(("show_activity", occurrence_id))

    def show_signup(self, occurrence_id: uuid.UUID) -> None:
        self.calls.append(("show_signup", occurrence_id))

    def show_confirmation(self, booking: Booking) -> None:
        self.calls.append(("show_confirmation", booking))

    def show_my_signups(self) -> None:
        self.calls.append(("show_my_signups", None))

    def confirmations(self) -> list[Booking]:
        return [b for name, b in self.calls if name == "show_confirmation"]  # type: ignore[misc]


@pytest.fixture
def nav() -> RecordingNavigator:
    return RecordingNavigator()


@pytest.fixture
def signup_screen(
    qtbot: QtBot, services: Services, nav: RecordingNavigator
) -> Iterator[SignupScreen]:
    appearance = Appearance()
    appearance.apply()
    screen = SignupScreen(services, nav, appearance)
    qtbot.addWidget(screen)
    screen.resize(1920, 1080)
    screen.show()
    qtbot.waitExposed(screen)
    yield screen
    # Deleted now, not at some later garbage collection: widgets left over would make
    # every later stylesheet change slower, and might read closed services.
    screen.close()
    screen.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _today(services: Services, title_start: str) -> OccurrenceView:
    (view,) = [
        v for v in services.catalogue.occurrences(Period.TODAY) if v.title.startswith(title_start)
    ]
    return view


def _bridge(services: Services) -> OccurrenceView:
    view = _today(services, "Bridge")  # 11:00, two seats left, sign-up open until 10:30
    assert view.signup_state is SignupState.OPEN and view.seats_left == 2
    return view


def _full(services: Services) -> OccurrenceView:
    view = _today(services, "Digital hjelp")  # 15:00, full
    assert view.signup_state is SignupState.WAITLIST
    return view


def _seats(services: Services, view: OccurrenceView) -> tuple[int | None, int | None]:
    now = services.catalogue.get(view.occurrence_id)
    assert now is not None
    return now.seats_left, now.waitlist_length


def _tap(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible(), f"{button.text()!r} is not visible"
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _tap_keys(qtbot: QtBot, screen: SignupScreen, names: list[str]) -> None:
    for name in names:
        _tap(qtbot, screen.letter_keyboard.key_button(name))


def _accessible(widget: QWidget, text: QAccessible.Text = QAccessible.Text.Name) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(text)


def _to_last_step(qtbot: QtBot, screen: SignupScreen, name: str) -> None:
    screen.type_name(name)
    _tap(qtbot, screen.name_next_button)
    assert screen.current_step is Step.PHONE
    _tap(qtbot, screen.phone_skip_button)
    assert screen.current_step is Step.HELP
    _tap(qtbot, screen.help_no_button)
    assert screen.current_step is Step.COMPANIONS


def test_full_sign_up_by_taps(
    qtbot: QtBot, signup_screen: SignupScreen, services: Services, nav: RecordingNavigator
) -> None:
    screen = signup_screen
    bridge = _bridge(services)
    screen.start(bridge.occurrence_id)
    assert screen.current_step is Step.NAME
    assert "Bridge på sykehjemmet" in screen.activity_label.text()
    assert "11:00" in screen.activity_label.text()
    assert screen.step_label.text() == "Step 1 of 4"
    assert screen.name_field.hasFocus()

    # "Åse " on QWERTY, then "Ødegård" in A–Å order, with one slip taken back.
    _tap_keys(qtbot, screen, ["å", "s", "e", SPACE, SWITCH, "ø", "d", "e", "g", "å", "r", "x"])
    _tap_keys(qtbot, screen, [BACKSPACE, "d"])
    assert screen.name_field.text() == "Åse Ødegård"
    _tap(qtbot, screen.name_next_button)

    assert screen.current_step is Step.PHONE
    assert screen.step_label.text() == "Step 2 of 4"
    for digit in "91234567":
        _tap(qtbot, screen.digit_keyboard.key_button(digit))
    assert screen.phone_field.text() == "91234567"
    _tap(qtbot, screen.phone_next_button)

    # Company or a ride there: "no" until answered; an answer moves on.
    assert screen.current_step is Step.HELP
    assert screen.step_label.text() == "Step 3 of 4"
    assert screen.help_question.text() == "Would you like company or a ride there?"
    assert screen.help_no_button.isChecked() and not screen.needs_help
    assert _accessible(screen.help_yes_button) == "Yes, I would like company or a ride"
    _tap(qtbot, screen.help_yes_button)

    assert screen.current_step is Step.COMPANIONS
    assert screen.needs_help
    assert screen.summary_values["help"].text() == "Yes, staff will arrange it"
    assert screen.summary_values["name"].text() == "Åse Ødegård"
    assert screen.summary_values["activity"].text() == "Bridge på sykehjemmet"
    assert "11:00" in screen.summary_values["when"].text()
    assert screen.summary_values["phone"].text() == "91234567"
    assert screen.submit_button.text() == "Sign me up"
    assert not screen.waitlist_notice.isVisible()
    _tap(qtbot, screen.more_button)
    assert screen.count_label.text() == "1"
    assert screen.count_text.text() == "Me and 1 more"
    _tap(qtbot, screen.submit_button)

    (booking,) = nav.confirmations()
    assert booking.status is SignupStatus.CONFIRMED
    assert booking.display_name == "Åse Ødegård"
    assert booking.party_size == 2
    stored = services.booking.find(booking.booking_code)
    assert stored is not None and stored.display_name == "Åse Ødegård"
    (helped,) = [
        p for p in services.admin.participants(bridge.occurrence_id) if p.name == "Åse Ødegård"
    ]
    assert helped.needs_help  # on the staff list: they arrange it
    assert _seats(services, bridge) == (0, 0)
    # Nothing typed waits on the screen for the next person.
    assert screen.name_field.text() == "" and screen.phone_field.text() == ""
    assert screen.companions == 0 and screen.current_step is Step.NAME


@pytest.mark.parametrize("name", ["Olga 😀", "Olga 3", "Olga Hansen2"])
def test_emoji_or_digits_in_the_name_are_refused_kindly(
    qtbot: QtBot,
    signup_screen: SignupScreen,
    services: Services,
    nav: RecordingNavigator,
    name: str,
) -> None:
    screen = signup_screen
    bridge = _bridge(services)
    screen.start(bridge.occurrence_id)
    screen.type_name(name)  # a hardware keyboard could type these; the keys cannot
    _tap(qtbot, screen.name_next_button)
    assert screen.current_step is Step.NAME
    assert screen.name_error.isVisible()
    assert screen.name_error.text() == ONLY_LETTERS
    assert screen.name_error.property("role") == "error"
    assert screen.name_error.wordWrap()
    assert _accessible(screen.name_field, QAccessible.Text.Description) == ONLY_LETTERS

    # The same name reaching "Sign me up" another way is refused there, back on step 1.
    screen.name_field.setText("Olga")
    _tap(qtbot, screen.name_next_button)
    _tap(qtbot, screen.phone_skip_button)
    _tap(qtbot, screen.help_no_button)
    screen.name_field.setText(name)
    _tap(qtbot, screen.submit_button)
    assert screen.current_step is Step.NAME
    assert screen.name_error.text() == ONLY_LETTERS
    assert nav.confirmations() == []
    assert _seats(services, bridge) == (2, 0)


def test_empty_name_asks_for_it_and_the_message_goes_when_typing(
    qtbot: QtBot, signup_screen: SignupScreen, services: Services
) -> None:
    screen = signup_screen
    screen.start(_bridge(services).occurrence_id)
    _tap_keys(qtbot, screen, [SPACE])  # a lone space is not a name
    _tap(qtbot, screen.name_next_button)
    assert screen.name_error.isVisible() and screen.name_error.text() == TYPE_NAME
    assert not screen.name_prompt.question.isVisible()
    assert screen.name_field.hasFocus()
    _tap_keys(qtbot, screen, ["k"])
    assert not screen.name_error.isVisible()
    assert screen.name_prompt.question.isVisible()
    assert _accessible(screen.name_field, QAccessible.Text.Description) == ""


def test_name_field_takes_at_most_60_letters(
    qtbot: QtBot, signup_screen: SignupScreen, services: Services
) -> None:
    screen = signup_screen
    screen.start(_bridge(services).occurrence_id)
    screen.type_name("a" * 70)
    assert len(screen.name_field.text()) == 60
    assert screen.name_field.maxLength() == 60


def test_bad_phone_is_refused_at_the_phone_step(
    qtbot: QtBot, signup_screen: SignupScreen, services: Services, nav: RecordingNavigator
) -> None:
    screen = signup_screen
    bridge = _bridge(services)
    screen.start(bridge.occurrence_id)
    screen.type_name("Kari Fjeld")
    _tap(qtbot, screen.name_next_button)
    for digit in "12345":
        _tap(qtbot, screen.digit_keyboard.key_button(digit))
    _tap(qtbot, screen.phone_next_button)
    assert screen.current_step is Step.PHONE
    assert screen.phone_error.isVisible() and screen.phone_error.text() == BAD_PHONE
    assert _accessible(screen.phone_field, QAccessible.Text.Description) == BAD_PHONE

    # Reaching "Sign me up" with it anyway: refused there, back on the phone step.
    _tap(qtbot, screen.phone_skip_button)
    assert screen.phone_field.text() == "" and not screen.phone_error.isVisible()
    _tap(qtbot, screen.help_no_button)
    screen.phone_field.setText("12345")
    _tap(qtbot, screen.submit_button)
    assert screen.current_step is Step.PHONE
    assert screen.phone_error.text() == BAD_PHONE
    assert nav.confirmations() == []
    assert _seats(services, bridge) == (2, 0)

    # Fixed: a Norwegian number is stored in E.164 form.
    screen.phone_field.clear()
    screen.type_phone("+4791234567")
    _tap(qtbot, screen.phone_next_button)
    _tap(qtbot, screen.help_no_button)
    _tap(qtbot, screen.submit_button)
    assert screen.submit_error.text() == "", screen.submit_error.text()
    (booking,) = nav.confirmations()
    assert booking.status is SignupStatus.CONFIRMED


def test_full_activity_offers_the_waiting_list(
    qtbot: QtBot, signup_screen: SignupScreen, services: Services, nav: RecordingNavigator
) -> None:
    screen = signup_screen
    full = _full(services)
    screen.start(full.occurrence_id)
    _to_last_step(qtbot, screen, "Per Fjeld")
    assert screen.submit_button.text() == "Join the waiting list"
    assert _accessible(screen.submit_button) == "Join the waiting list"
    assert screen.waitlist_notice.isVisible()
    assert "waiting list" in screen.waitlist_notice.text()
    _tap(qtbot, screen.submit_button)
    (booking,) = nav.confirmations()
    assert booking.status is SignupStatus.WAITLISTED
    assert booking.waitlist_position is not None


def test_signing_up_twice_is_refused_kindly(
    qtbot: QtBot, signup_screen: SignupScreen, services: Services, nav: RecordingNavigator
) -> None:
    screen = signup_screen
    bridge = _bridge(services)
    services.booking.sign_up(SignupRequest(bridge.occurrence_id, "Olga Hansen"))
    before = _seats(services, bridge)

    screen.start(bridge.occurrence_id)
    _to_last_step(qtbot, screen, "olga hansen")
    _tap(qtbot, screen.submit_button)
    assert nav.confirmations() == []
    assert screen.current_step is Step.COMPANIONS
    assert screen.submit_error.isVisible() and screen.submit_error.text() == ALREADY
    assert screen.submit_error.property("role") == "error"
    assert _accessible(screen.submit_button, QAccessible.Text.Description) == ALREADY
    assert _seats(services, bridge) == before
    # Going back to fix the name clears the message.
    _tap(qtbot, screen.companions_back_button)
    assert screen.current_step is Step.HELP
    assert not screen.submit_error.isVisibleTo(screen)


def test_closed_sign_up_says_so(
    qtbot: QtBot, signup_screen: SignupScreen, services: Services, nav: RecordingNavigator
) -> None:
    screen = signup_screen
    bridge = _bridge(services)
    screen.start(bridge.occurrence_id)
    _to_last_step(qtbot, screen, "Arne Fjeld")
    clock = services.clock
    assert isinstance(clock, FixedClock)
    clock.advance(timedelta(minutes=40))  # 10:40: sign-up closed at 10:30
    _tap(qtbot, screen.submit_button)
    assert screen.submit_error.text() == CLOSED
    assert not screen.submit_button.isEnabled()
    assert nav.confirmations() == []
    assert _seats(services, bridge) == (2, 0)

    # Coming to it afresh says so at once.
    screen.start(bridge.occurrence_id)
    assert screen.name_error.isVisible() and screen.name_error.text() == CLOSED


def test_back_goes_one_step_and_keeps_what_was_typed(
    qtbot: QtBot, signup_screen: SignupScreen, services: Services
) -> None:
    screen = signup_screen
    screen.start(_bridge(services).occurrence_id)
    screen.type_name("Liv Dahl")
    _tap(qtbot, screen.name_next_button)
    screen.type_phone("98765432")
    _tap(qtbot, screen.phone_next_button)
    _tap(qtbot, screen.help_yes_button)
    _tap(qtbot, screen.companions_back_button)
    assert screen.current_step is Step.HELP
    assert screen.help_yes_button.isChecked()  # the answer given is kept
    _tap(qtbot, screen.help_back_button)
    assert screen.current_step is Step.PHONE
    assert screen.phone_field.text() == "98765432"
    _tap(qtbot, screen.phone_back_button)
    assert screen.current_step is Step.NAME
    assert screen.name_field.text() == "Liv Dahl"
    assert screen.step_label.text() == "Step 1 of 4"


def test_companions_stay_between_0_and_3(
    qtbot: QtBot, signup_screen: SignupScreen, services: Services
) -> None:
    screen = signup_screen
    screen.start(_bridge(services).occurrence_id)
    _to_last_step(qtbot, screen, "Eva Lie")
    assert screen.count_text.text() == "Just me"
    assert not screen.fewer_button.isEnabled()
    for _ in range(3):
        _tap(qtbot, screen.more_button)
    assert screen.companions == 3
    assert not screen.more_button.isEnabled()
    assert _accessible(screen.count_label) == "3 companions"
    for _ in range(3):
        _tap(qtbot, screen.fewer_button)
    assert screen.companions == 0


def test_reset_wipes_everything_typed(
    qtbot: QtBot, signup_screen: SignupScreen, services: Services
) -> None:
    screen = signup_screen
    screen.start(_bridge(services).occurrence_id)
    screen.type_name("Gerd Bakken")
    _tap(qtbot, screen.letter_keyboard.key_button(SWITCH))
    _tap(qtbot, screen.name_next_button)
    screen.type_phone("12")
    _tap(qtbot, screen.phone_next_button)  # leaves a message on the phone step
    screen.phone_field.clear()
    _tap(qtbot, screen.phone_next_button)
    _tap(qtbot, screen.help_yes_button)
    _tap(qtbot, screen.more_button)

    screen.reset()
    assert screen.help_no_button.isChecked() and not screen.needs_help
    assert screen.name_field.text() == ""
    assert screen.phone_field.text() == ""
    assert screen.companions == 0 and screen.count_label.text() == "0"
    assert screen.current_step is Step.NAME
    assert not screen.name_error.isVisible() and not screen.phone_error.isVisibleTo(screen)
    assert not screen.letter_keyboard.alphabetical
    # start() is a fresh form too.
    screen.type_name("Odd")
    screen.start(_bridge(services).occurrence_id)
    assert screen.name_field.text() == ""


def test_every_control_is_named_and_big_at_1920x1080(
    qtbot: QtBot, signup_screen: SignupScreen, services: Services
) -> None:
    screen = signup_screen
    screen.start(_full(services).occurrence_id)
    for step in Step:
        if step is Step.PHONE:
            screen.type_name("Aslak Sara")
            _tap(qtbot, screen.name_next_button)
        elif step is Step.HELP:
            _tap(qtbot, screen.phone_skip_button)
        elif step is Step.COMPANIONS:
            _tap(qtbot, screen.help_no_button)
        assert screen.current_step is step
        controls = [
            w
            for w in screen.findChildren(QWidget)
            if isinstance(w, QPushButton | QLineEdit) and w.isVisible()
        ]
        assert len(controls) >= (3 if step is Step.HELP else 4), step  # help: yes, no, back
        for control in controls:
            label = control.text() if isinstance(control, QPushButton) else "field"
            assert _accessible(control).strip(), f"{label!r} has no accessible name"
            assert control.height() >= KEY_MIN_HEIGHT or isinstance(control, QLineEdit), (
                f"{label!r} is only {control.height()} px high"
            )
            corner = control.mapTo(screen, control.rect().bottomRight())
            assert corner.x() < 1920 and corner.y() < 1080, f"{label!r} is off the screen"


def test_step_buttons_are_big_primary_targets(
    signup_screen: SignupScreen, services: Services
) -> None:
    screen = signup_screen
    screen.start(_bridge(services).occurrence_id)
    assert screen.name_next_button.property("role") == "primary"
    assert screen.name_next_button.height() >= 120
    for key in screen.letter_keyboard.all_keys():
        assert key.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_refresh_keeps_what_is_typed(
    qtbot: QtBot, signup_screen: SignupScreen, services: Services
) -> None:
    screen = signup_screen
    bridge = _bridge(services)
    screen.start(bridge.occurrence_id)
    _to_last_step(qtbot, screen, "Nils Moe")
    assert screen.submit_button.text() == "Sign me up"
    # Meanwhile, someone else takes the last two seats.
    services.booking.sign_up(SignupRequest(bridge.occurrence_id, "Berit Holm", companions=1))
    screen.refresh()
    assert screen.submit_button.text() == "Join the waiting list"
    assert screen.summary_values["name"].text() == "Nils Moe"
    screen.retranslate()
    assert screen.name_field.text() == "Nils Moe"


class Shouting(QTranslator):
    """A stand-in for a .qm file: every text of the sign-up screen and keys in capitals."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context in ("SignupScreen", "LetterKeyboard"):
            return source.upper()
        return ""

    def isEmpty(self) -> bool:
        return False  # an empty translator is not asked at all


def test_a_language_change_rewords_everything_even_a_message(
    qtbot: QtBot, signup_screen: SignupScreen, services: Services, qapp: QApplication
) -> None:
    screen = signup_screen
    screen.start(_bridge(services).occurrence_id)
    screen.type_name("Olga 3")
    _tap(qtbot, screen.name_next_button)
    assert screen.name_error.text() == ONLY_LETTERS
    translator = Shouting()
    qapp.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: screen.name_error.text() == ONLY_LETTERS.upper())
        assert screen.name_prompt.question.text() == "WHAT IS YOUR NAME?"
        assert _accessible(screen.name_field) == "YOUR NAME"
        assert screen.letter_keyboard.key_button(SPACE).text() == "SPACE"
        assert screen.name_field.text() == "Olga 3"  # what was typed stays
    finally:
        qapp.removeTranslator(translator)
    qtbot.waitUntil(lambda: screen.name_error.text() == ONLY_LETTERS)
