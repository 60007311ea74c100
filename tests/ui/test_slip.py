"""The printed slip: its PDF read back (text, and the QR by a real decoder), and the
confirmation screen's "Print" button when there is no printer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.domain.enums import Period, SignupStatus
from kiosk.domain.views import Booking, SignupRequest
from kiosk.handoff import MAX_QR_VERSION, calendar_qr
from kiosk.services import Services
from ui.i18n import Translations
from ui.shell import MainWindow
from ui.slip import RECEIPT_WIDTH_MM, Slip, a4_layout, calendar_event_for, receipt_layout

from .helpers import accessible_name, run_offscreen, tap
from .test_qr_handoff import _decode

OSLO = ZoneInfo("Europe/Oslo")
RENDER_DPI = 200  # ≥ 6 px a QR module on the receipt's 54 mm code


@pytest.fixture
def norwegian(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    translations.set_language("nb")
    yield translations
    translations.uninstall()
    translations.deleteLater()


def _bridge_booking(services: Services, name: str = "Åse Ødegård") -> Booking:
    bridge = next(
        v for v in services.catalogue.occurrences(Period.TODAY) if v.title.startswith("Bridge")
    )
    return services.booking.sign_up(SignupRequest(bridge.occurrence_id, name))


def _write_pdf(path: Path, booking: Booking, paper: str) -> None:
    slip = Slip(booking, "Solbakken")
    writer = QPdfWriter(str(path))
    if paper == "a4":
        writer.setPageLayout(a4_layout())
    else:
        writer.setPageLayout(receipt_layout(1000))
        writer.setPageLayout(receipt_layout(slip.height_mm(writer) + 10))
    assert slip.render(writer)
    del writer  # the file is complete once the writer is gone


def _pages(path: Path) -> list[tuple[QImage, str]]:
    """Each page as an image on white paper (QtPdf leaves the page transparent), and its text."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = []
    for index in range(document.pageCount()):
        points = document.pagePointSize(index)
        size = QSize(
            round(points.width() * RENDER_DPI / 72), round(points.height() * RENDER_DPI / 72)
        )
        paper = QImage(size, QImage.Format.Format_RGB32)
        paper.fill(QColor("#FFFFFF"))
        painter = QPainter(paper)
        painter.drawImage(0, 0, document.render(index, size))
        painter.end()
        pages.append((paper, document.getAllText(index).text()))
    document.close()
    return pages


def _check_calendar_qr(texts: list[str], booking: Booking) -> None:
    assert len(texts) == 1, "exactly one QR code on the slip, and it reads"
    event = icalendar.Event.from_ical(texts[0])
    assert str(event["uid"]) == f"{booking.booking_code.lower()}@sammen"
    assert event.decoded("dtstart") == datetime(2026, 12, 1, 11, 0, tzinfo=OSLO)
    assert event.decoded("dtend") == datetime(2026, 12, 1, 13, 0, tzinfo=OSLO)
    assert str(event["summary"]).startswith("Bridge på")
    assert str(event["location"]).startswith("Solbakken")
    assert f"Bookingkode: {booking.booking_code}" in str(event["description"])
    # The very payload the confirmation screen shows.
    code = calendar_qr(calendar_event_for(booking))
    assert texts[0] == code.text and code.version <= MAX_QR_VERSION


@pytest.mark.parametrize(("paper", "width_mm"), [("receipt", RECEIPT_WIDTH_MM), ("a4", 210.0)])
def test_slip_pdf_has_the_code_in_its_text_and_a_calendar_qr(
    tmp_path: Path, services: Services, norwegian: Translations, paper: str, width_mm: float
) -> None:
    booking = _bridge_booking(services)
    path = tmp_path / f"{paper}.pdf"
    _write_pdf(path, booking, paper)

    pages = _pages(path)
    assert len(pages) == 1, "the slip fits one page"
    image, text = pages[0]
    assert image.width() == pytest.approx(width_mm / 25.4 * RENDER_DPI, abs=2)
    words = " ".join(text.split())
    assert booking.booking_code in text.replace(" ", "")
    assert "Bridge på sykehjemmet" in words
    assert "Tirsdag 1. desember" in words and "11:00" in words and "13:00" in words
    assert "Solbakken sykehjem, dagligstua" in words
    assert "Viggo" in words  # the host
    assert "Du har fått plass!" in words
    _check_calendar_qr(_decode(image), booking)


def test_a_long_strip_of_paper_is_cut_where_the_slip_ends(
    tmp_path: Path, services: Services, norwegian: Translations
) -> None:
    slip = Slip(_bridge_booking(services))
    writer = QPdfWriter(str(tmp_path / "measure.pdf"))
    writer.setPageLayout(receipt_layout(1000))
    height = slip.height_mm(writer)
    # Tall enough for the words, the big code and a ≥ 50 mm QR; short enough to tear off.
    assert 120 < height < 220
    writer.setPageLayout(a4_layout())
    assert slip.height_mm(writer) < 257, "the A4 slip fits inside its margins"
    del writer


def test_waitlisted_slip_says_so_and_a_cancelled_one_has_no_qr(
    tmp_path: Path, services: Services, norwegian: Translations
) -> None:
    bridge = next(
        v for v in services.catalogue.occurrences(Period.TODAY) if v.title.startswith("Bridge")
    )
    booking = services.booking.sign_up(SignupRequest(bridge.occurrence_id, "Olga Hansen"))
    waiting = Booking(booking.booking_code, SignupStatus.WAITLISTED, 2, 1, "", booking.occurrence)
    _write_pdf(tmp_path / "waiting.pdf", waiting, "receipt")
    image, text = _pages(tmp_path / "waiting.pdf")[0]
    assert "Du er nummer 2 på ventelista" in " ".join(text.split())
    assert len(_decode(image)) == 1

    cancelled = services.booking.cancel(booking.booking_code)
    _write_pdf(tmp_path / "cancelled.pdf", cancelled, "receipt")
    image, text = _pages(tmp_path / "cancelled.pdf")[0]
    assert booking.booking_code in text.replace(" ", "")
    assert _decode(image) == []


def test_slip_command_writes_a_receipt_pdf(tmp_path: Path) -> None:
    out = tmp_path / "slips" / "receipt.pdf"
    result = run_offscreen("-m", "ui", "slip", "--demo", "--lang", "en", "--out", str(out))
    assert result.returncode == 0, result.stderr
    document = QPdfDocument()
    assert document.load(str(out)) == QPdfDocument.Error.None_
    assert document.pageCount() == 1
    width_mm = document.pagePointSize(0).width() / 72 * 25.4
    assert width_mm == pytest.approx(RECEIPT_WIDTH_MM, abs=0.5)
    text = " ".join(document.getAllText(0).text().split())
    assert "Your booking code" in text and "Bridge på sykehjemmet" in text
    document.close()


def test_slip_command_needs_demo(tmp_path: Path) -> None:
    result = run_offscreen("-m", "ui", "slip", "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert "--demo" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


# -- the Print button ------------------------------------------------------------------------


class _NoPrinter:
    """What QPrinterInfo says on a kiosk whose printer is gone (and on the offscreen platform)."""

    @staticmethod
    def defaultPrinter() -> QPrinterInfo:
        return QPrinterInfo()


def test_print_without_a_printer_is_a_kind_message_and_keeps_the_sign_up(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Never reach a real printer from the tests, whatever the machine has.
    monkeypatch.setattr("ui.slip.QPrinterInfo", _NoPrinter)
    booking = _bridge_booking(services)
    window.show_confirmation(booking)
    screen = window.confirmation
    button = screen.print_button
    assert button.isVisible() and button.height() >= 96
    assert accessible_name(button)
    assert not screen.print_message.isVisible()
    screen.seconds_left = 5

    tap(qtbot, button)

    assert screen.print_message.isVisible()
    assert screen.print_message.property("role") == "error"
    assert screen.print_message.text()
    assert screen.seconds_left == services.config.confirmation_seconds  # time to write it down
    assert window.current_screen() is screen
    assert screen.code.text().replace(" ", "") == booking.booking_code
    assert not screen.code.visibleRegion().isEmpty(), "the code to write down is in view"
    found = services.booking.find(booking.booking_code)
    assert found is not None and found.status is SignupStatus.CONFIRMED
    # A shaky second tap prints nothing more; the button comes back a moment later.
    assert not button.isEnabled()
    screen._print_again_timer.timeout.emit()
    assert button.isEnabled()
    # Gone with the booking: the next resident does not see it.
    window.go_home()
    assert not screen.print_message.isVisible()


def test_no_default_printer_on_the_offscreen_platform(qapp: QApplication) -> None:
    """The fake above is how things are on the test platform, not wishful thinking."""
    assert QApplication.platformName() == "offscreen"  # tests/conftest.py sets it
    assert QPrinterInfo.defaultPrinter().isNull()


def test_print_that_works_says_where_the_slip_is(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed: list[Booking] = []

    def fake_print(booking: Booking, site_name: str = "") -> bool:
        printed.append(booking)
        return True

    monkeypatch.setattr("ui.screens.confirmation.print_slip", fake_print)
    booking = _bridge_booking(services)
    window.show_confirmation(booking)
    tap(qtbot, window.confirmation.print_button)
    assert [b.booking_code for b in printed] == [booking.booking_code]
    assert window.confirmation.print_message.property("role") == "good"
    assert window.confirmation.print_message.isVisible()


def test_a_cancelled_sign_up_has_no_print_button(window: MainWindow, services: Services) -> None:
    booking = _bridge_booking(services)
    window.show_confirmation(services.booking.cancel(booking.booking_code))
    assert not window.confirmation.print_button.isVisible()
