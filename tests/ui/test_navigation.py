"""Moving through the kiosk with real taps: home, browse, activity, sign-up, confirmation."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.clock import FixedClock
from kiosk.domain.enums import Category, Period, SignupStatus
from kiosk.domain.views import SignupRequest
from kiosk.services import Services
from tests.ui.helpers import tap, visible_texts
from ui.shell import MainWindow
from ui.widgets.occurrence_card import OccurrenceCard


def _card_titled(cards: list[OccurrenceCard], title: str) -> OccurrenceCard:
    matches = [c for c in cards if not c.isHidden() and c.title.text() == title]
    assert matches, f"no card titled {title!r}"
    return matches[0]


def test_home_to_confirmation_by_taps(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    assert window.current_screen() is window.home
    assert not window.back_button.isVisible()
    assert not window.home_button.isVisible()

    tap(qtbot, window.home.browse_button)
    assert window.current_screen() is window.browse
    assert window.back_button.isVisible() and window.home_button.isVisible()

    tap(qtbot, _card_titled(window.browse.cards, "Bridge på sykehjemmet"))
    assert window.current_screen() is window.activity
    assert window.activity.title.text() == "Bridge på sykehjemmet"
    assert window.activity.status.text() == "2 plasser ledige"

    tap(qtbot, window.activity.signup_button)
    assert window.current_screen() is window.signup

    # The sign-up form belongs to its own screen; its success ends in show_confirmation.
    view = window.activity.occurrence
    assert view is not None
    booking = services.booking.sign_up(SignupRequest(view.occurrence_id, "Olga Hansen"))
    window.show_confirmation(booking)
    assert window.current_screen() is window.confirmation
    assert window.confirmation.outcome.text() == "Du har fått plass!"
    assert window.confirmation.code.text().replace(" ", "") == booking.booking_code

    tap(qtbot, window.confirmation.done_button)
    assert window.current_screen() is window.home


def test_back_retraces_steps_and_home_goes_home(qtbot: QtBot, window: MainWindow) -> None:
    tap(qtbot, window.home.browse_button)
    tap(qtbot, window.browse.cards[0])
    assert window.current_screen() is window.activity
    back, home = window.back_button, window.home_button

    tap(qtbot, window.back_button)
    assert window.current_screen() is window.browse
    # The same two buttons, in the same place, on every screen.
    assert window.back_button is back and window.home_button is home
    assert back.mapTo(window, back.rect().topLeft()).x() < 100
    assert home.mapTo(window, home.rect().topRight()).x() > 1820

    tap(qtbot, window.back_button)
    assert window.current_screen() is window.home

    tap(qtbot, window.home.my_signups_button)
    assert window.current_screen() is window.my_signups
    tap(qtbot, window.home_button)
    assert window.current_screen() is window.home


def test_back_from_confirmation_goes_home(window: MainWindow, services: Services) -> None:
    view = services.catalogue.occurrences(Period.TODAY)[0]
    window.show_activity(view.occurrence_id)
    window.show_signup(view.occurrence_id)
    booking = services.booking.sign_up(SignupRequest(view.occurrence_id, "Olga Hansen"))
    window.show_confirmation(booking)
    window.go_back()
    assert window.current_screen() is window.home


def test_today_on_home_opens_the_activity(qtbot: QtBot, window: MainWindow) -> None:
    titles = [card.title.text() for card in window.home.cards if card.isVisible()]
    assert titles == ["Bridge på sykehjemmet", "Strikkekafé", "Digital hjelp"]
    tap(qtbot, window.home.cards[2])
    assert window.current_screen() is window.activity
    assert window.activity.status.text() == "Fullt – venteliste"
    assert window.activity.signup_button.text() == "Sett meg på venteliste"


def test_period_and_category_filters(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    window.show_browse()
    browse = window.browse
    today = [c.title.text() for c in browse.cards if c.isVisible()]
    assert today == ["Bridge på sykehjemmet", "Strikkekafé", "Digital hjelp"]
    # Only categories with something on today are offered.
    offered = {c for c, b in browse.category_buttons.items() if b.isVisible()}
    assert offered == {Category.GAMES, Category.CRAFTS, Category.DIGITAL}

    tap(qtbot, browse.period_buttons[Period.TOMORROW])
    tomorrow = [c.title.text() for c in browse.cards if c.isVisible()]
    assert tomorrow == ["Trim for seniorer", "KOLS-skole"]
    assert all("I morgen" in c.when.text() for c in browse.cards if c.isVisible())

    tap(qtbot, browse.period_buttons[Period.WEEK])
    week = [c for c in browse.cards if c.isVisible()]
    assert len(week) == len(services.catalogue.occurrences(Period.WEEK))
    tap(qtbot, browse.category_buttons[Category.EXERCISE])
    titles = {c.title.text() for c in browse.cards if c.isVisible()}
    assert titles == {"Trim for seniorer", "Spinning for seniorer"}
    assert browse.category is Category.EXERCISE

    tap(qtbot, browse.all_button)
    assert len([c for c in browse.cards if c.isVisible()]) == len(week)


def test_sensitive_activity_shows_no_counts(qtbot: QtBot, window: MainWindow) -> None:
    window.show_browse(Period.TOMORROW)
    card = _card_titled(window.browse.cards, "KOLS-skole")
    assert card.seats.text() == "Åpen for påmelding"
    assert not any(ch.isdigit() for ch in card.seats.text())
    assert "seats" not in card.accessibleName()
    # The others do show counts.
    other = _card_titled(window.browse.cards, "Trim for seniorer")
    assert other.seats.text() == "6 plasser ledige"

    tap(qtbot, card)
    texts = " ".join(t for t in visible_texts(window.activity.status.parentWidget()))
    assert window.activity.title.text() == "KOLS-skole"
    assert not any(ch.isdigit() for ch in texts), texts


def test_screens_follow_changes_made_elsewhere(window: MainWindow, services: Services) -> None:
    window.show_browse()
    bridge = _card_titled(window.browse.cards, "Bridge på sykehjemmet")
    assert bridge.seats.text() == "2 plasser ledige"
    occurrence_id = bridge.occurrence_id
    assert occurrence_id is not None
    # Another kiosk, or sync, takes the last two seats: the card follows at once.
    services.booking.sign_up(SignupRequest(occurrence_id, "Arne Hansen", companions=1))
    assert bridge.seats.text() == "Fullt – venteliste"


def test_cancelled_occurrence_cannot_be_signed_up_for(
    window: MainWindow, services: Services
) -> None:
    cancelled = [
        v
        for v in services.catalogue.occurrences(Period.WEEK)
        if v.signup_state.value == "cancelled"
    ]
    if not cancelled:  # the demo cancels one choir practice more than a week ahead
        assert isinstance(services.clock, FixedClock)
        services.clock.set(services.clock.now().replace(day=10))
        cancelled = [
            v
            for v in services.catalogue.occurrences(Period.WEEK)
            if v.signup_state.value == "cancelled"
        ]
    assert cancelled
    window.show_activity(cancelled[0].occurrence_id)
    assert not window.activity.signup_button.isEnabled()
    assert window.activity.reason.isVisible()
    assert "avlyst" in window.activity.reason.text()


def test_confirmation_goes_home_by_itself(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    view = services.catalogue.occurrences(Period.TODAY)[0]
    booking = services.booking.sign_up(SignupRequest(view.occurrence_id, "Olga Hansen"))
    assert booking.status is SignupStatus.CONFIRMED
    window.show_confirmation(booking)
    assert "45 sekunder" in window.confirmation.countdown.text()
    window.confirmation.countdown_timer.setInterval(5)
    qtbot.waitUntil(lambda: window.current_screen() is window.home, timeout=3000)


def test_waitlisted_confirmation_names_the_place_in_line(
    window: MainWindow, services: Services
) -> None:
    full = [v for v in services.catalogue.occurrences(Period.TODAY) if v.title == "Digital hjelp"]
    booking = services.booking.sign_up(SignupRequest(full[0].occurrence_id, "Olga Hansen"))
    assert booking.status is SignupStatus.WAITLISTED
    window.show_confirmation(booking)
    assert window.confirmation.outcome.text() == "Du er nummer 2 på ventelista"


def test_header_clock_shows_the_services_clock(window: MainWindow) -> None:
    assert window.clock_label.text().endswith("10:00")
    assert "desember" in window.clock_label.text().lower()
