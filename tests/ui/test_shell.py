"""The shell itself: kiosk mode, resources, languages, and the screenshot command."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFontDatabase, QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kiosk.clock import FixedClock
from kiosk.services import Services
from kiosk.services.events import Change
from kiosk.storage.models import Signup
from tests.ui.helpers import REPO, run_offscreen
from ui import resources
from ui.bridge import ChangeBridge
from ui.i18n import Translations
from ui.shell import MainWindow


def test_kiosk_mode_ignores_close_until_allowed(qtbot: QtBot, services: Services) -> None:
    window = MainWindow(services, kiosk_mode=True)
    qtbot.addWidget(window, before_close_func=MainWindow.allow_close)
    window.show()
    assert window.close() is False  # Alt+F4, or a window manager's close
    assert window.isVisible()
    window.allow_close()  # staff exit
    assert window.close() is True
    assert not window.isVisible()


def test_kiosk_mode_comes_from_the_configuration(qtbot: QtBot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window, before_close_func=MainWindow.allow_close)
    assert window.kiosk_mode is services.config.kiosk_mode is False


def test_resources_are_found_in_the_tree_and_in_a_build(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resources.base_dir() == REPO / "resources"
    assert resources.font_path("DejaVuSans.ttf").is_file()
    assert resources.translation_path("nn").name == "sammen_nn.qm"
    monkeypatch.setattr(sys, "_MEIPASS", "/opt/sammen", raising=False)
    assert resources.base_dir() == Path("/opt/sammen/resources")


def test_bundled_font_is_installed(qapp: object) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    family = resources.install_fonts(app)
    assert family == "DejaVu Sans"
    assert family in QFontDatabase.families()
    assert app.font().family() == family


def test_unknown_language_is_refused_and_missing_files_are_no_error(qapp: object) -> None:
    translations = Translations()
    with pytest.raises(ValueError, match="language"):
        translations.set_language("sv")
    for language in ("nn", "en", "nb"):  # .qm files may not be built yet: English shows
        translations.set_language(language)
        assert translations.language == language
    assert translations.locale().name() == "nb_NO"
    translations.uninstall()


def test_bridge_turns_core_changes_into_a_signal(qtbot: QtBot, services: Services) -> None:
    bridge = ChangeBridge(services.notifier)
    with qtbot.waitSignal(bridge.changed) as blocker:
        services.notifier.notify(Change.SIGNUPS)
    assert blocker.args == ["signups"]
    bridge.close()
    with qtbot.assertNotEmitted(bridge.changed):
        services.notifier.notify(Change.CATALOGUE)


def _run_kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return run_offscreen("-m", "ui", *args)


def test_screenshot_command_writes_a_png_of_the_size_asked(tmp_path: Path) -> None:
    out = tmp_path / "shots" / "confirmation.png"
    result = _run_kiosk(
        "screenshot", "--demo", "--screen", "confirmation", "--size", "1280x800", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)


def test_a_broken_database_stops_start_up_and_is_left_alone(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    broken = data_dir / "sammen.db"
    broken.write_bytes(b"this is not a database" * 100)
    before = broken.read_bytes()
    result = _run_kiosk(
        "screenshot",
        "--data-dir",
        str(data_dir),
        "--screen",
        "home",
        "--out",
        str(tmp_path / "x.png"),
    )
    assert result.returncode == 3
    assert "database" in result.stderr and "ikke endret" in result.stderr
    assert broken.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["sammen.db"]
    assert not (tmp_path / "x.png").exists()


def test_header_clock_follows_the_minute(window: MainWindow, services: Services) -> None:
    assert isinstance(services.clock, FixedClock)
    assert window.clock_label.text().endswith("10:00")
    assert window.clock_timer.isActive()
    services.clock.advance(timedelta(minutes=1))
    window._on_minute()  # what the timer does on the next whole minute
    assert window.clock_label.text().endswith("10:01")


def test_start_up_builds_the_window_without_sqlalchemy(services: Services) -> None:
    # The first screen must not wait for the write side (≈ 0.3 s to import).
    script = (
        "import sys; from pathlib import Path; from PySide6.QtWidgets import QApplication;"
        "from kiosk.services import Services; from ui.shell import MainWindow;"
        "app = QApplication([]); window = MainWindow(Services.open(Path(sys.argv[1])));"
        "print('sqlalchemy' in sys.modules)"
    )
    result = run_offscreen("-c", script, str(services.data_dir))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_only_home_is_built_before_the_first_paint(qtbot: QtBot, services: Services) -> None:
    """The other screens are made after the home screen is up, so start-up is quicker and
    the first tap still finds its screen ready."""
    from ui.shell import SCREEN_ORDER, MainWindow

    window = MainWindow(services, kiosk_mode=False)
    qtbot.addWidget(window)
    assert window.stack.count() == 1 and window.current_screen() is window.home
    window.warm_up()
    assert window.stack.count() == len(SCREEN_ORDER)
    assert "sqlalchemy" in sys.modules  # the write side is loaded too
    window.warm_up()  # twice is harmless
    assert window.stack.count() == len(SCREEN_ORDER)


def test_a_closed_window_leaves_no_translator_behind(qtbot: QtBot, services: Services) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui.shell import MainWindow

    window = MainWindow(services, kiosk_mode=False)
    qtbot.addWidget(window)
    assert QCoreApplication.translate("HomeScreen", "See activities") == "Se aktiviteter"
    window.close()
    assert QCoreApplication.translate("HomeScreen", "See activities") == "See activities"


def test_kiosk_mode_covers_the_whole_screen(qtbot: QtBot, services: Services) -> None:
    """Also with no window manager to honour the full-screen request (a bare X session)."""
    from ui.shell import MainWindow

    window = MainWindow(services, kiosk_mode=True)
    qtbot.addWidget(window, before_close_func=_allow_close)
    window.present()
    qtbot.waitExposed(window)
    assert window.geometry().size() == window.screen().geometry().size()
    assert window.isFullScreen()


def test_a_window_never_outgrows_a_small_screen(qtbot: QtBot, services: Services) -> None:
    from ui.shell import MainWindow

    window = MainWindow(services, kiosk_mode=False)
    qtbot.addWidget(window)
    window.present()
    available = window.screen().availableGeometry().size()
    assert window.width() <= max(available.width(), window.minimumWidth())
    assert not window.isFullScreen()


def _allow_close(window: object) -> None:
    from ui.shell import MainWindow

    assert isinstance(window, MainWindow)
    window.allow_close()


def test_warm_up_purges_old_personal_data_off_the_ui_thread(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    clock = services.clock
    assert isinstance(clock, FixedClock)
    clock.advance(timedelta(days=60))  # every demo occurrence is now past retention
    window.warm_up()
    qtbot.waitUntil(lambda: window.last_purge_count is not None, timeout=5000)
    assert window.last_purge_count and window.last_purge_count > 0
    assert window.purge_timer.isActive()
    assert window.purge_timer.interval() == 24 * 60 * 60 * 1000
    with services.db.read() as session:
        named = session.scalar(select(func.count()).where(Signup.display_name != ""))
    assert named == 0


def test_the_purge_gives_way_to_someone_at_the_screen_and_goes_on_later(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.services import admin as admin_module

    monkeypatch.setattr(admin_module, "PURGE_CHUNK", 3)
    clock = services.clock
    assert isinstance(clock, FixedClock)
    clock.advance(timedelta(days=60))
    window._last_activity = 0.0
    touched = threading.Event()
    real = services.admin.purge_personal_data

    def touched_during(days: int, keep_going: Any = None) -> int:
        def then() -> bool:
            window._last_activity = time.monotonic()  # a tap while the purge runs
            touched.set()
            return bool(keep_going())

        return real(days, then)

    monkeypatch.setattr(services.admin, "purge_personal_data", touched_during)
    window.purge_old_personal_data()
    qtbot.waitUntil(lambda: window.last_purge_count is not None, timeout=5000)
    assert touched.is_set() and window.last_purge_count == 3  # one chunk, then it gave way
    assert window.purge_again_timer.isActive()
    monkeypatch.setattr(services.admin, "purge_personal_data", real)
    window.last_purge_count = None
    window.purge_again_timer.timeout.emit()  # two minutes later, nobody there
    qtbot.waitUntil(lambda: window.last_purge_count is not None, timeout=5000)
    assert window.last_purge_count > 3 and not window.purge_again_timer.isActive()
    with services.db.read() as session:
        named = session.scalar(select(func.count()).where(Signup.display_name != ""))
    assert named == 0


def test_the_demo_gets_a_staff_user_with_a_fresh_pin_told_on_the_terminal(
    services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    from ui.app import _demo_staff

    _demo_staff(services)
    told = capsys.readouterr().out
    pin = told.split("PIN ")[1].split()[0]
    assert len(pin) == 6 and pin.isdigit()
    result = services.staff.check_pin(pin)
    assert result.staff is not None and result.staff.name == "Kari Nordmann"
