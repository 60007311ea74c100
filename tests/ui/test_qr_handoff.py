"""The confirmation screen's QR code, read back from a screenshot by a real decoder."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.domain.enums import Period
from kiosk.domain.views import SignupRequest
from kiosk.handoff import MAX_QR_VERSION
from kiosk.services import Services
from ui.screens.activity import QrKind
from ui.shell import MainWindow
from ui.theme import ThemeName
from ui.widgets.qr_code import MIN_SIDE

OSLO = ZoneInfo("Europe/Oslo")


def _decode(image: QImage) -> list[str]:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = grey.width(), grey.height(), grey.bytesPerLine()
    raw = bytes(grey.constBits())[: stride * height]
    rows = b"".join(raw[y * stride : y * stride + width] for y in range(height))
    view = memoryview(rows).cast("B", shape=[height, width])
    return [result.text for result in zxingcpp.read_barcodes(view)]


def _wait_until_in_view(qtbot: QtBot, window: MainWindow, widget: QWidget) -> None:
    """The page scrolls the code into view by itself once the layout has made room."""

    def in_view() -> bool:
        top_left = widget.mapTo(window, widget.rect().topLeft())
        bottom = top_left.y() + widget.height()
        return widget.width() >= MIN_SIDE and top_left.y() >= 0 and bottom <= window.height()

    qtbot.waitUntil(in_view, timeout=2000)


@pytest.mark.parametrize(
    ("scale", "theme"),
    [
        (100, ThemeName.DEFAULT),
        (166, ThemeName.DEFAULT),
        (100, ThemeName.CONTRAST),
        (166, ThemeName.CONTRAST),
    ],
)
def test_confirmation_qr_reads_as_the_calendar_event(
    qtbot: QtBot, window: MainWindow, services: Services, scale: int, theme: ThemeName
) -> None:
    window.appearance.set_scale(scale)
    window.appearance.set_theme(theme)
    bridge = next(
        v for v in services.catalogue.occurrences(Period.TODAY) if v.title.startswith("Bridge")
    )
    booking = services.booking.sign_up(SignupRequest(bridge.occurrence_id, "Åse Ødegård"))
    window.show_confirmation(booking)
    view = window.confirmation.qr_view
    qtbot.waitUntil(lambda: view.code is not None, timeout=2000)
    code = view.code
    assert code is not None and code.version <= MAX_QR_VERSION
    assert view.isVisible() and min(view.width(), view.height()) >= MIN_SIDE

    texts = _decode(window.grab().toImage())
    assert len(texts) == 1, "exactly one QR code on the screen, and it reads"
    event = icalendar.Event.from_ical(texts[0])
    assert str(event["uid"]) == f"{booking.booking_code.lower()}@sammen"
    assert event.decoded("dtstart") == datetime(2026, 12, 1, 11, 0, tzinfo=OSLO)
    assert event.decoded("dtstart").tzinfo.key == "Europe/Oslo"  # type: ignore[union-attr]
    assert event.decoded("dtend") == datetime(2026, 12, 1, 13, 0, tzinfo=OSLO)
    assert str(event["summary"]).rstrip("…") in "Bridge på sykehjemmet"
    assert str(event["summary"]).startswith("Bridge på")  # æ ø å survive the round trip
    assert str(event["location"]).startswith("Solbakken")
    assert f"Bookingkode: {booking.booking_code}" in str(event["description"])


def test_no_qr_is_left_on_screen_after_going_home(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    bridge = next(
        v for v in services.catalogue.occurrences(Period.TODAY) if v.title.startswith("Bridge")
    )
    booking = services.booking.sign_up(SignupRequest(bridge.occurrence_id, "Olga Hansen"))
    window.show_confirmation(booking)
    qtbot.waitUntil(lambda: window.confirmation.qr_view.code is not None, timeout=2000)
    window.go_home()
    assert window.confirmation.qr_view.code is None


def test_activity_screen_sends_the_activity_to_the_phone(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    bridge = next(
        v for v in services.catalogue.occurrences(Period.TODAY) if v.title.startswith("Bridge")
    )
    window.show_activity(bridge.occurrence_id)
    screen = window.activity
    assert not screen.qr_box.isVisible()
    qtbot.mouseClick(screen.phone_button, Qt.MouseButton.LeftButton)
    assert screen.qr_box.isVisible() and screen.qr_view.code is not None
    assert screen.qr_view.code.version <= MAX_QR_VERSION
    _wait_until_in_view(qtbot, window, screen.qr_view)
    texts = _decode(window.grab().toImage())
    assert len(texts) == 1
    event = icalendar.Event.from_ical(texts[0])
    assert event.decoded("dtstart") == datetime(2026, 12, 1, 11, 0, tzinfo=OSLO)
    assert str(event["location"]) == "Solbakken sykehjem, dagligstua"
    assert str(event["summary"]) == "Bridge på sykehjemmet"
    # Title, time and place fill the version-10 code here: the host line gave way.
    assert "Vert: Viggo" in str(event.get("description", "Vert: Viggo"))
    # Another activity starts without a code showing.
    window.go_home()
    window.show_activity(bridge.occurrence_id)
    assert not window.activity.qr_box.isVisible()


def test_contact_card_for_the_activity_host(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    bridge = next(
        v for v in services.catalogue.occurrences(Period.TODAY) if v.title.startswith("Bridge")
    )
    window.show_activity(bridge.occurrence_id)
    screen = window.activity
    tap_button = screen.phone_button
    qtbot.mouseClick(tap_button, Qt.MouseButton.LeftButton)
    contact = screen.qr_kind_buttons[QrKind.CONTACT]
    assert contact.isVisible()  # staff entered Viggo as contact in the demo
    assert not screen.qr_kind_buttons[QrKind.WEB].isVisible()  # no web address set
    qtbot.mouseClick(contact, Qt.MouseButton.LeftButton)
    _wait_until_in_view(qtbot, window, screen.qr_view)
    texts = _decode(window.grab().toImage())
    assert texts == ["MECARD:N:Viggo;TEL:+4791234567;NOTE:Bridge på sykehjemmet;;"]


def test_no_choice_shown_when_there_is_only_the_calendar(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    knitting = next(
        v for v in services.catalogue.occurrences(Period.TODAY) if v.title == "Strikkekafé"
    )
    window.show_activity(knitting.occurrence_id)
    qtbot.mouseClick(window.activity.phone_button, Qt.MouseButton.LeftButton)
    assert window.activity.qr_view.code is not None
    assert not any(b.isVisible() for b in window.activity.qr_kind_buttons.values())
