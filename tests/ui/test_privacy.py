"""Nothing personal on the public side: walk every public screen of the demo and look at
everything a sighted person or a screen reader could get, for any participant's name."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.domain.enums import Category, Period, SignupState
from kiosk.domain.views import SignupRequest
from kiosk.services import Services
from kiosk.storage.models import Signup
from ui.shell import MainWindow

NEWCOMER = "Ingrid Testesen"


def _participant_names(services: Services) -> set[str]:
    with services.db.read() as session:
        names = set(session.scalars(select(Signup.display_name)).all())
    names.discard("")
    names.discard(NEWCOMER)  # she may see her own name on her own confirmation
    assert len(names) >= 10  # the demo has people signed up: the test must bite
    return names


def _everything_readable(window: MainWindow) -> Iterator[str]:
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        if isinstance(widget, QLineEdit):
            yield widget.text()
            yield widget.placeholderText()
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is not None:
            yield interface.text(QAccessible.Text.Name)
            yield interface.text(QAccessible.Text.Description)
        yield widget.toolTip()


def _leaks(window: MainWindow, names: set[str]) -> list[str]:
    texts = [t for t in _everything_readable(window) if t]
    return sorted({name for name in names for text in texts if name.casefold() in text.casefold()})


def test_no_public_screen_shows_a_participants_name(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    names = _participant_names(services)
    visited = 0

    def check(where: str) -> None:
        nonlocal visited
        qtbot.wait(1)  # posted layout and language events
        assert _leaks(window, names) == [], where
        visited += 1

    check("home")
    for period in Period:
        window.show_browse(period)
        check(f"browse {period.value}")
        for category in Category:
            window.browse.show_category(category)
            check(f"browse {period.value} {category.value}")
        window.browse.show_category(None)
    week = services.catalogue.occurrences(Period.WEEK)
    for view in week:
        window.show_activity(view.occurrence_id)
        check(f"activity {view.title}")
    open_one = next(v for v in week if v.signup_state is SignupState.OPEN and not v.sensitive)
    window.show_signup(open_one.occurrence_id)
    check("sign-up")
    booking = services.booking.sign_up(SignupRequest(open_one.occurrence_id, NEWCOMER))
    window.show_confirmation(booking)
    check("confirmation")
    window.show_my_signups()
    check("my sign-ups")
    # Someone else's code, typed in: the booking shows, but not whose it is.
    with services.db.read() as session:
        other = session.scalars(
            select(Signup).where(Signup.display_name != NEWCOMER).limit(1)
        ).one()
    window.my_signups.lookup(other.booking_code)
    check("my sign-ups, someone else's code")
    window.go_home()
    check("home again")
    assert visited > 40


def test_the_check_finds_a_name_when_one_is_shown(window: MainWindow, services: Services) -> None:
    """The walk above would notice a leak (a test that cannot fail proves nothing)."""
    names = _participant_names(services)
    victim = sorted(names)[0]
    window.home.welcome.setText(f"Velkommen, {victim}!")
    assert _leaks(window, names) == [victim]
