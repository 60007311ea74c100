"""The kind time-out: a warning with a countdown, then home with everything typed wiped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.config import KioskConfig
from kiosk.services import Services
from tests.ui.helpers import tap
from ui.shell import MainWindow


@pytest.fixture
def kiosk_config() -> KioskConfig:
    # The shortest the configuration allows; the timers are shortened further below.
    return KioskConfig(idle_seconds=10, idle_answer_seconds=20)


def _speed_up(window: MainWindow) -> None:
    window.idle_timer.setInterval(30)
    window.answer_timer.setInterval(2)


def test_idle_times_are_from_the_configuration(window: MainWindow) -> None:
    assert window.idle_timer.interval() == 10_000
    assert window.answer_timer.interval() == 1_000


def test_unanswered_warning_goes_home_and_wipes_input(qtbot: QtBot, window: MainWindow) -> None:
    window.show_my_signups()
    for char in "ABC":
        tap(qtbot, window.my_signups.code_pad.keys[char])
    _speed_up(window)
    window.idle_timer.start()

    qtbot.waitUntil(window.still_there.isVisible, timeout=2000)
    assert window.still_there.question.text() == "Er du fortsatt her?"
    assert "sekunder" in window.still_there.countdown.text()  # the exact count: below

    qtbot.waitUntil(lambda: window.current_screen() is window.home, timeout=3000)
    assert not window.still_there.isVisible()
    assert window.my_signups.code_pad.code == ""


def test_countdown_counts_down(qtbot: QtBot, window: MainWindow) -> None:
    window.show_browse()
    window.answer_timer.setInterval(60_000)  # hold the countdown still after one tick
    window.idle_timer.setInterval(10)
    window.idle_timer.start()
    qtbot.waitUntil(window.still_there.isVisible, timeout=2000)
    assert "20 sekunder" in window.still_there.countdown.text()
    assert window.current_screen() is window.browse  # nothing wiped yet
    window._on_answer_tick()  # one second passes
    assert "19 sekunder" in window.still_there.countdown.text()


def test_yes_i_am_here_keeps_everything(qtbot: QtBot, window: MainWindow) -> None:
    window.show_my_signups()
    tap(qtbot, window.my_signups.code_pad.keys["K"])
    _speed_up(window)
    window.idle_timer.start()
    qtbot.waitUntil(window.still_there.isVisible, timeout=2000)
    window.answer_timer.stop()  # the answer comes before the countdown ends

    tap(qtbot, window.still_there.yes_button)
    assert not window.still_there.isVisible()
    assert window.current_screen() is window.my_signups
    assert window.my_signups.code_pad.code == "K"
    assert window.idle_timer.isActive()  # and the watch starts again


def test_touching_the_screen_restarts_the_wait(qtbot: QtBot, window: MainWindow) -> None:
    window.show_my_signups()
    # Precise, so remainingTime() is exact (a coarse timer may be 5 % off either way).
    window.idle_timer.setTimerType(Qt.TimerType.PreciseTimer)
    window.idle_timer.setInterval(5_000)
    window.idle_timer.start()
    qtbot.wait(50)  # the only wait: to see the remaining time go down
    before = window.idle_timer.remainingTime()
    with qtbot.waitSignal(window.idle_watcher.activity):
        tap(qtbot, window.my_signups.code_pad.keys["K"])
    assert window.idle_timer.remainingTime() > before


def test_no_warning_on_home(qtbot: QtBot, window: MainWindow) -> None:
    assert window.current_screen() is window.home
    assert not window.idle_timer.isActive()
    window.show_browse()
    assert window.idle_timer.isActive()
    tap(qtbot, window.home_button)
    assert not window.idle_timer.isActive()


def test_the_whole_application_is_watched_once_home_has_painted(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Before the first paint only the home screen is watched (start-up time); after it,
    # a touch anywhere counts, the header's buttons included.
    qtbot.waitUntil(lambda: window.idle_watcher.watches_application, timeout=2000)
    window.show_browse()
    with qtbot.waitSignal(window.idle_watcher.activity, timeout=1000):
        tap(qtbot, window.back_button)


def test_a_window_never_painted_is_watched_after_warm_up(qtbot: QtBot, services: Services) -> None:
    hidden = MainWindow(services, kiosk_mode=False)
    qtbot.addWidget(hidden)
    assert not hidden.idle_watcher.watches_application
    hidden.warm_up()
    assert hidden.idle_watcher.watches_application
    hidden.allow_close()


def test_the_next_visitor_finds_the_start_language_and_text_size(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert not window.idle_timer.isActive()  # home as it starts: nothing to reset
    tap(qtbot, window.home.language_buttons["en"])
    tap(qtbot, window.home.size_buttons[166])
    assert window.idle_timer.isActive()  # a quiet minute on home puts them back
    window.idle_timer.timeout.emit()
    assert window.translations.language == "nb"
    assert window.appearance.scale == 100
    assert not window.still_there.isVisible()  # on home there is nothing to ask about
    assert window.home.welcome.text() == "Velkommen!"


def test_an_unanswered_warning_also_puts_the_language_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    tap(qtbot, window.home.language_buttons["nn"])
    window.show_my_signups()
    _speed_up(window)
    window.idle_timer.start()
    qtbot.waitUntil(lambda: window.current_screen() is window.home, timeout=3000)
    assert window.translations.language == "nb"
