"""My sign-ups: a code typed on the keypad finds one booking, which can be cancelled."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.domain.enums import Period, SignupStatus
from kiosk.domain.views import OccurrenceView, SignupRequest
from kiosk.services import Services
from tests.ui.helpers import tap
from ui.shell import MainWindow

NOT_FOUND = "Vi fant ingen påmelding med den koden. Sjekk koden på lappen din."


def _bridge_today(services: Services) -> OccurrenceView:
    (bridge,) = [
        v for v in services.catalogue.occurrences(Period.TODAY) if v.title.startswith("Bridge")
    ]
    return bridge


def _type_code(qtbot: QtBot, window: MainWindow, code: str) -> None:
    pad = window.my_signups.code_pad
    for char in code:
        tap(qtbot, pad.keys[char])
    assert window.my_signups.code_boxes.boxes[len(code) - 1].text() == code[-1]


def test_cancel_by_code_moves_the_waiting_list_up(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    bridge = _bridge_today(services)  # two seats left
    first = services.booking.sign_up(SignupRequest(bridge.occurrence_id, "Olga Hansen"))
    services.booking.sign_up(SignupRequest(bridge.occurrence_id, "Arne Hansen"))
    waiting = services.booking.sign_up(SignupRequest(bridge.occurrence_id, "Kari Hansen"))
    assert first.status is SignupStatus.CONFIRMED
    assert waiting.status is SignupStatus.WAITLISTED and waiting.waitlist_position == 1

    tap(qtbot, window.home.my_signups_button)
    screen = window.my_signups
    assert not screen.find_button.isEnabled()
    _type_code(qtbot, window, first.booking_code)
    tap(qtbot, screen.find_button)
    assert screen.pages.currentWidget() is screen.booking_page
    assert screen.activity.text() == "Bridge på sykehjemmet"
    assert screen.status.text() == "Du har plass."
    # The owner's own name is not shown either: a found slip must not reveal it.
    assert "Olga" not in " ".join(
        label.text() for label in screen.findChildren(type(screen.status))
    )

    tap(qtbot, screen.cancel_button)
    assert screen.pages.currentWidget() is screen.confirm_page
    assert screen.confirm_heading.text() == "Er du sikker?"
    tap(qtbot, screen.keep_button)  # changed their mind: nothing happens
    assert screen.pages.currentWidget() is screen.booking_page
    kept = services.booking.find(first.booking_code)
    assert kept is not None and kept.status is SignupStatus.CONFIRMED

    tap(qtbot, screen.cancel_button)
    tap(qtbot, screen.yes_cancel_button)
    assert screen.pages.currentWidget() is screen.booking_page
    assert screen.status.text() == "Denne påmeldingen er avmeldt."
    assert screen.notice.isVisible()
    assert not screen.cancel_button.isVisible()

    # The person who waited now has the seat, and sees it with their own code.
    tap(qtbot, screen.another_button)
    assert screen.pages.currentWidget() is screen.entry_page
    _type_code(qtbot, window, waiting.booking_code)
    tap(qtbot, screen.find_button)
    assert screen.status.text() == "Du har plass."


def test_waiting_list_position_is_shown(window: MainWindow, services: Services) -> None:
    (digital,) = [
        v for v in services.catalogue.occurrences(Period.TODAY) if v.title == "Digital hjelp"
    ]
    booking = services.booking.sign_up(SignupRequest(digital.occurrence_id, "Olga Hansen"))
    window.show_my_signups()
    assert window.my_signups.lookup(booking.booking_code) is not None
    assert window.my_signups.status.text() == "Du er nummer 2 på ventelista."


def test_wrong_code_says_so_kindly_and_nothing_else(qtbot: QtBot, window: MainWindow) -> None:
    window.show_my_signups()
    screen = window.my_signups
    _type_code(qtbot, window, "AAAAAA")
    tap(qtbot, screen.find_button)
    assert screen.not_found.isVisible()
    assert screen.not_found.text() == NOT_FOUND
    assert screen.pages.currentWidget() is screen.entry_page
    assert screen.booking is None
    # Changing the code takes the message away.
    tap(qtbot, screen.code_pad.delete_key)
    assert not screen.not_found.isVisible()
    assert screen.code_pad.code == "AAAAA"
    assert not screen.find_button.isEnabled()


def test_keypad_has_only_code_characters(window: MainWindow) -> None:
    keys = window.my_signups.code_pad.keys
    assert "".join(sorted(keys)) == "".join(sorted("ABCDEFGHJKMNPQRSTUVWXYZ23456789"))
    for ambiguous in "01OIL":
        assert ambiguous not in keys


def test_going_home_wipes_the_typed_code(qtbot: QtBot, window: MainWindow) -> None:
    window.show_my_signups()
    _type_code(qtbot, window, "ABC")
    tap(qtbot, window.home_button)
    assert window.my_signups.code_pad.code == ""
    assert [box.text().strip() for box in window.my_signups.code_boxes.boxes] == [""] * 6
