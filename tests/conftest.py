"""Fixtures shared by every test: Qt without a screen, and a seeded demo kiosk.

Qt needs its platform chosen before the first QApplication exists; without one and with
no display, pytest-qt's `qapp` aborts the interpreter.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from kiosk.clock import FixedClock, parse_now
from kiosk.config import KioskConfig
from kiosk.demo import SeededBookingCodes, seed_demo
from kiosk.services import Services

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from ui.shell import MainWindow

# Read when the first QApplication is made, which is after this import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEMO_NOW = "2026-12-01T10:00"  # a Tuesday: bridge at 11:00, sign-up open until 10:30
DEMO_CODE_SEED = 7


class _CountingCodes:
    """Counts the booking codes the demo draws, so a copy can continue the same sequence."""

    def __init__(self) -> None:
        self._codes = SeededBookingCodes(DEMO_CODE_SEED)
        self.drawn = 0

    def __call__(self) -> str:
        self.drawn += 1
        return self._codes()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """Seed the demo once per session (≈ 1 s); each test gets a copy of the folder."""
    folder = tmp_path_factory.mktemp("demo-template")
    codes = _CountingCodes()
    services = Services.open(folder, FixedClock(parse_now(DEMO_NOW)), KioskConfig(), codes)
    seed_demo(services.db, services.clock, services.booking)
    services.close()
    return folder, codes.drawn


@pytest.fixture
def kiosk_config() -> KioskConfig:
    """The settings `services` uses; override this fixture in a module for other values."""
    return KioskConfig()


@pytest.fixture
def services(
    tmp_path: Path, kiosk_config: KioskConfig, _demo_template: tuple[Path, int]
) -> Iterator[Services]:
    """The demo site in tmp_path, as `Services.open(...)` + `seed_demo(...)` would leave it,
    with a FixedClock at DEMO_NOW and deterministic booking codes."""
    template, drawn = _demo_template
    data_dir = tmp_path / "data"
    shutil.copytree(template, data_dir)
    codes = SeededBookingCodes(DEMO_CODE_SEED)
    for _ in range(drawn):  # continue where the seeding left off: no repeated codes
        codes()
    opened = Services.open(data_dir, FixedClock(parse_now(DEMO_NOW)), kiosk_config, codes)
    yield opened
    opened.close()


def _allow_close(window: MainWindow) -> None:
    window.allow_close()


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    """The kiosk window on the demo data, shown at the reference size 1920×1080."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from ui.shell import MainWindow  # imported here: core tests need no Qt

    main_window = MainWindow(services, kiosk_mode=False)
    qtbot.addWidget(main_window, before_close_func=_allow_close)
    main_window.resize(1920, 1080)
    main_window.show()
    qtbot.waitExposed(main_window)
    yield main_window
    # Gone before `services` closes, so no late event makes a screen read closed services.
    main_window.allow_close()
    main_window.close()
    main_window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
