"""A site with a public web address offers it as a link QR beside the calendar entry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.config import KioskConfig
from kiosk.domain.enums import Period
from kiosk.services import Services
from ui.screens.activity import QrKind
from ui.shell import MainWindow

from .test_qr_handoff import _decode, _wait_until_in_view


@pytest.fixture
def kiosk_config() -> KioskConfig:
    return KioskConfig(public_url="https://www.solbakken.example/aktiviteter")


def test_web_page_link_when_the_site_has_an_address(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    bridge = next(
        v for v in services.catalogue.occurrences(Period.TODAY) if v.title.startswith("Bridge")
    )
    window.show_activity(bridge.occurrence_id)
    screen = window.activity
    qtbot.mouseClick(screen.phone_button, Qt.MouseButton.LeftButton)
    assert screen.qr_kind_buttons[QrKind.CALENDAR].isChecked()  # offline handoff first
    web = screen.qr_kind_buttons[QrKind.WEB]
    assert web.isVisible()
    qtbot.mouseClick(web, Qt.MouseButton.LeftButton)
    _wait_until_in_view(qtbot, window, screen.qr_view)
    assert _decode(window.grab().toImage()) == ["https://www.solbakken.example/aktiviteter"]
