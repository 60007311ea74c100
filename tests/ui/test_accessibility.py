"""DESIGN.md's numbers on every screen: named controls, big targets, room between them,
and nothing clipped at the largest text size."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.domain.enums import Period
from kiosk.domain.views import SignupRequest
from kiosk.services import Services
from tests.ui.helpers import accessible_name, visible_buttons
from ui.shell import MainWindow
from ui.widgets.form import scroll_area_of

_NAMES = itertools.cycle(
    f"{first} {last}"
    for first in ("Olga", "Arne", "Kari", "Jon", "Liv", "Odd")
    for last in ("Hansen", "Berg", "Lie", "Moe", "Dahl", "Aas")
)


def _bridge(services: Services) -> SignupRequest:
    """A sign-up request for today's bridge, each time in another name."""
    (view,) = [
        v for v in services.catalogue.occurrences(Period.TODAY) if v.title.startswith("Bridge")
    ]
    return SignupRequest(view.occurrence_id, next(_NAMES))


def _home(window: MainWindow, services: Services) -> None:
    window.go_home()


def _browse(window: MainWindow, services: Services) -> None:
    window.show_browse(Period.WEEK)


def _activity(window: MainWindow, services: Services) -> None:
    window.show_activity(_bridge(services).occurrence_id)


def _signup(window: MainWindow, services: Services) -> None:
    window.show_activity(_bridge(services).occurrence_id)
    window.show_signup(_bridge(services).occurrence_id)


def _signup_help(window: MainWindow, services: Services) -> None:
    _signup(window, services)
    window.signup.show_help_step()


def _signup_companions(window: MainWindow, services: Services) -> None:
    _signup(window, services)
    window.signup.show_last_step()


def _confirmation(window: MainWindow, services: Services) -> None:
    window.show_confirmation(services.booking.sign_up(_bridge(services)))


def _confirmation_held(window: MainWindow, services: Services) -> None:
    """An enrolled kiosk offline with no lent seat: the longest answer the screen gives."""
    booking = services.booking
    booking.central, booking.offline = True, True
    try:
        window.show_confirmation(booking.sign_up(_bridge(services)))
    finally:
        booking.central, booking.offline = False, False


def _my_signups_entry(window: MainWindow, services: Services) -> None:
    window.show_my_signups()


def _my_signups_booking(window: MainWindow, services: Services) -> None:
    booking = services.booking.sign_up(_bridge(services))
    window.show_my_signups()
    window.my_signups.lookup(booking.booking_code)


def _my_signups_are_you_sure(window: MainWindow, services: Services) -> None:
    _my_signups_booking(window, services)
    window.my_signups.cancel_button.click()


def _still_there(window: MainWindow, services: Services) -> None:
    window.show_browse()
    window._on_idle()
    window.answer_timer.stop()


SCREENS: dict[str, Callable[[MainWindow, Services], None]] = {
    "home": _home,
    "browse": _browse,
    "activity": _activity,
    "signup": _signup,
    "signup, company or a ride": _signup_help,
    "signup, companions": _signup_companions,
    "confirmation": _confirmation,
    "confirmation, seat held offline": _confirmation_held,
    "my-signups": _my_signups_entry,
    "my-signups booking": _my_signups_booking,
    "my-signups are you sure": _my_signups_are_you_sure,
    "still there": _still_there,
}


def _on_screen(window: MainWindow, button: QPushButton) -> QRect:
    return QRect(button.mapTo(window, button.rect().topLeft()), button.size())


def _gap(a: QRect, b: QRect) -> int:
    """Distance between two rectangles; negative when they overlap."""
    dx = max(b.left() - a.right() - 1, a.left() - b.right() - 1)
    dy = max(b.top() - a.bottom() - 1, a.top() - b.bottom() - 1)
    return max(dx, dy)


def _buttons_in_view(window: MainWindow) -> list[QPushButton]:
    if window.still_there.isVisible():
        return visible_buttons(window.still_there)
    root: QWidget = window.centralWidget()
    return visible_buttons(root)


def _check_text_sizes(window: MainWindow, screen: str, scale: int) -> None:
    """Body text at least 28 px (at 100 %), growing with the chosen text size."""
    root: QWidget = window.still_there if window.still_there.isVisible() else window
    grown = round(28 * scale / 100) - 1  # less one for rounding
    header = set(window.header.findChildren(QWidget))
    for widget in root.findChildren(QLabel) + root.findChildren(QPushButton):
        if not widget.isVisible() or not widget.text():
            continue
        size = widget.font().pixelSize()
        if size <= 0:  # set in points: convert (the offscreen screen is 96 dpi)
            size = round(widget.font().pointSizeF() * 96 / 72)
        # The header's Back/Home and clock keep their place: they stay ≥ 28 px, not grown.
        smallest = 28 if widget in header else grown
        assert size >= smallest, f"{screen}: {widget.text()!r} is {size} px"


def _check_labels_fit(window: MainWindow, screen: str) -> int:
    """Every shown text gets the height its lines need: none cut off at top or bottom.
    Returns how many texts were looked at."""
    root: QWidget = window.still_there if window.still_there.isVisible() else window
    checked = 0
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.width() <= 0:
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
        else:
            needed = label.minimumSizeHint().height()
        assert label.height() >= needed - 1, (
            f"{screen}: {label.text()!r} is {label.height()} px high, needs {needed}"
        )
        checked += 1
    return checked


def _check_targets(window: MainWindow, screen: str) -> None:
    buttons = _buttons_in_view(window)
    assert buttons, screen
    for button in buttons:
        label = f"{screen}: {button.text()!r}"
        assert accessible_name(button), f"{label} has no accessible name"
        assert button.height() >= 96, f"{label} is {button.height()} px high"
        if button.property("role") == "primary":
            assert button.height() >= 120, f"{label} is a primary {button.height()} px high"
        # Text that fits: the button is at least as wide as its own text needs, with the
        # stylesheet's padding (QPushButton's own size hint, not a subclass's squaring).
        if button.text():
            needed = QPushButton.sizeHint(button).width()
            assert button.width() >= needed - 2, f"{label} clips its text"
        rect = _on_screen(window, button)
        assert rect.right() < window.width(), f"{label} sticks out of the window"
    rects = [(b, _on_screen(window, b)) for b in buttons]
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1 :]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            assert _gap(ra, rb) >= 16, f"{screen}: {a.text()!r} and {b.text()!r} too close"


# One window per text size, visiting every screen: a window costs half a second to build.
@pytest.mark.parametrize("scale", [100, 133, 166])
def test_targets_are_named_big_and_apart(
    qtbot: QtBot, window: MainWindow, services: Services, scale: int
) -> None:
    window.appearance.set_scale(scale)
    for screen, go in SCREENS.items():
        go(window, services)
        qtbot.wait(1)  # let layouts settle
        _check_targets(window, f"{screen} at {scale} %")
        _check_text_sizes(window, f"{screen} at {scale} %", scale)
        _check_labels_fit(window, f"{screen} at {scale} %")
        # What a screen needs fits the reference screen (more grows the test's window).
        assert window.height() <= 1080, f"{screen} at {scale} % needs {window.height()} px"
        window.go_home()


def test_back_and_home_are_the_same_on_every_screen(window: MainWindow, services: Services) -> None:
    places = set()
    for name, go in SCREENS.items():
        if name in ("home", "still there"):
            continue
        go(window, services)
        back, home = window.back_button, window.home_button
        assert back.isVisible() and home.isVisible(), name
        places.add((_on_screen(window, back).getRect(), _on_screen(window, home).getRect()))
    assert len(places) == 1


def _staff_screens(window: MainWindow, services: Services) -> dict[str, Callable[[], None]]:
    """Staff mode's screens, signed in; each shows the bridge or its activity."""
    bridge = _bridge(services).occurrence_id
    view = services.catalogue.get(bridge)
    assert view is not None
    return {
        "staff home": lambda: window.show_staff_home(),
        "staff participants": lambda: window.show_staff_participants(bridge),
        "staff add a person": lambda: _staff_form(window, bridge, "add_button"),
        "staff change this date": lambda: _staff_form(window, bridge, "edit_date_button"),
        "staff activity": lambda: window.show_staff_activity(view.activity_id),
        "staff new activity": lambda: window.show_staff_activity(None),
        "staff settings": lambda: window.show_staff_settings(),
        "staff new staff user": lambda: _new_staff_user(window),
        "staff audit": lambda: window.show_staff_audit(),
    }


def _staff_form(window: MainWindow, occurrence_id: uuid.UUID, opener: str) -> None:
    window.show_staff_participants(occurrence_id)
    getattr(window.screen_named("staff-participants"), opener).click()


def _new_staff_user(window: MainWindow) -> None:
    window.show_staff_settings()
    window.screen_named("staff-settings").add_staff_button.click()  # type: ignore[attr-defined]


def _check_buttons_whole(window: MainWindow, screen: str) -> None:
    """The screen fits the reference screen (1920×1080; a layout that needs more grows
    the test's window, and is cut on a real screen), and every button shown is there
    whole, unless a scroll area shows part of it (it can be scrolled to)."""
    assert window.height() <= 1080, f"{screen} needs {window.height()} px of height"
    for button in _buttons_in_view(window):
        if scroll_area_of(button) is not None:
            continue
        seen = button.visibleRegion().boundingRect()
        assert seen == button.rect(), f"{screen}: {button.text()!r} is cut ({seen})"
        assert _on_screen(window, button).bottom() < window.height(), f"{screen}: {button.text()!r}"


@pytest.mark.parametrize("scale", [100, 166])
def test_staff_screens_cut_no_text_and_name_every_control(
    qtbot: QtBot, window: MainWindow, services: Services, scale: int
) -> None:
    window.appearance.set_scale(scale)
    window.show_staff_pin()
    qtbot.wait(1)
    _check_labels_fit(window, f"staff pin at {scale} %")
    member = services.staff.add("Kari Nordmann", "284619", "284619")
    window.enter_staff_mode(member)
    for screen, go in _staff_screens(window, services).items():
        go()
        qtbot.wait(1)  # let layouts settle
        assert window.staff_member is not None, f"{screen}: staff mode ended"
        assert _check_labels_fit(window, f"{screen} at {scale} %") >= 3, screen
        _check_buttons_whole(window, f"{screen} at {scale} %")
        for button in _buttons_in_view(window):
            assert accessible_name(button), f"{screen}: {button.text()!r} has no name"
