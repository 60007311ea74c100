"""The printed slip: the sign-up on paper, for a resident without a smartphone.

Laid out in millimetres and points on any QPagedPaintDevice (a QPrinter, a QPdfWriter), so
one layout serves an 80 mm receipt roll (one narrow column, the QR below the words) and an
A4 sheet (a centred column with wide margins). Black only: thermal receipt printers turn
grey into speckles.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.domain.enums import SignupStatus
from kiosk.domain.views import Booking
from kiosk.handoff import CalendarEvent, QrCode, calendar_qr, calendar_uid
from ui import formatting
from ui.formatting import spaced_code
from ui.widgets.qr_code import paint_qr

log = logging.getLogger(__name__)

MM_PER_INCH = 25.4
RECEIPT_WIDTH_MM = 80.0
RECEIPT_MARGIN_MM = 4.0  # the usual 80 mm roll prints 72 mm wide
A4_MARGIN_MM = 20.0
WIDE_FROM_MM = 100.0  # a printable width from here on gets the sheet sizes
COLUMN_MAX_MM = 130.0  # on a sheet the slip is a centred column: short lines read easier
MIN_CODE_PT = 28.0  # the code shrinks to fit a narrow roll, never below this
BLACK = QColor("#000000")
_WRAP = Qt.TextFlag.TextWordWrap


def calendar_event_for(booking: Booking) -> CalendarEvent:
    """The booking as a calendar entry, its lines in the current language.

    Shared by the confirmation screen's QR and the slip's, so phone and paper carry the
    same event. The words keep the confirmation screen's translation context.
    """
    view = booking.occurrence
    code_line = QCoreApplication.translate("ConfirmationScreen", "Booking code: %1")
    host_line = QCoreApplication.translate("ConfirmationScreen", "Host: %1")
    return CalendarEvent(
        uid=calendar_uid(view.occurrence_id, booking.booking_code),
        summary=view.title,
        starts_at=view.starts_at,
        ends_at=view.ends_at,
        location=view.place,
        code_line=formatting.fill(code_line, booking.booking_code),
        host_line=formatting.fill(host_line, view.host) if view.host else "",
        details=view.description,
    )


# -- paper ---------------------------------------------------------------------------------


def receipt_layout(height_mm: float) -> QPageLayout:
    """An 80 mm wide page from a receipt roll, as long as the slip needs."""
    size = QPageSize(QSizeF(RECEIPT_WIDTH_MM, height_mm), QPageSize.Unit.Millimeter, "Receipt")
    margins = QMarginsF(RECEIPT_MARGIN_MM, RECEIPT_MARGIN_MM, RECEIPT_MARGIN_MM, RECEIPT_MARGIN_MM)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)


def a4_layout() -> QPageLayout:
    margins = QMarginsF(A4_MARGIN_MM, A4_MARGIN_MM, A4_MARGIN_MM, A4_MARGIN_MM)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        margins,
        QPageLayout.Unit.Millimeter,
    )


@dataclass(frozen=True)
class _Sizes:
    """Type in points and spaces in millimetres for one kind of paper."""

    heading_pt: float
    title_pt: float
    body_pt: float
    caption_pt: float
    code_pt: float
    qr_mm: float  # with its quiet zone: a version-10 code (65 modules) gets ≥ 0.8 mm a module
    gap_mm: float
    top_mm: float  # beyond the printer's own margin


_RECEIPT = _Sizes(
    heading_pt=12, title_pt=18, body_pt=13, caption_pt=10, code_pt=34, qr_mm=54, gap_mm=3, top_mm=0
)
_SHEET = _Sizes(
    heading_pt=14, title_pt=26, body_pt=16, caption_pt=12, code_pt=48, qr_mm=62, gap_mm=4, top_mm=0
)


# -- the blocks a slip is made of ----------------------------------------------------------


@dataclass(frozen=True)
class _Text:
    text: str
    font: QFont
    centred: bool = False
    framed: bool = False  # the booking code, in a box as on the screen


@dataclass(frozen=True)
class _Space:
    mm: float


@dataclass(frozen=True)
class _Rule:
    """A thin line across the column."""


@dataclass(frozen=True)
class _Qr:
    code: QrCode
    side_mm: float


_Block = _Text | _Space | _Rule | _Qr


class _Page:
    """Device units for one paint device: its resolution and the slip's column on it."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.dots_per_mm = device.logicalDpiY() / MM_PER_INCH
        page_width = device.width() / self.dots_per_mm
        self.wide = page_width >= WIDE_FROM_MM
        self.sizes = _SHEET if self.wide else _RECEIPT
        column = min(page_width, COLUMN_MAX_MM) if self.wide else page_width
        self.width = self.mm(column)
        self.left = (device.width() - self.width) / 2
        self.bottom = float(device.height())

    def mm(self, millimetres: float) -> float:
        return millimetres * self.dots_per_mm

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def height(self, block: _Block) -> float:
        if isinstance(block, _Space):
            return self.mm(block.mm)
        if isinstance(block, _Rule):
            return self.mm(0.5)
        if isinstance(block, _Qr):
            return self.mm(min(block.side_mm, self.width / self.dots_per_mm))
        bounds = self.metrics(block.font).boundingRect(
            QRectF(0, 0, self._text_width(block), 1e9), int(_WRAP), block.text
        )
        return bounds.height() + (2 * self._frame_padding() if block.framed else 0.0)

    def _frame_padding(self) -> float:
        return self.mm(2.5)

    def _text_width(self, block: _Text) -> float:
        return self.width - (2 * self._frame_padding() if block.framed else 0.0)

    def paint(self, painter: QPainter, block: _Block, top: float) -> None:
        height = self.height(block)
        if isinstance(block, _Space):
            return
        if isinstance(block, _Rule):
            painter.fillRect(QRectF(self.left, top, self.width, self.mm(0.3)), BLACK)
            return
        if isinstance(block, _Qr):
            paint_qr(painter, QRectF(self.left, top, self.width, height), block.code)
            return
        painter.setFont(block.font)
        painter.setPen(BLACK)
        align = Qt.AlignmentFlag.AlignHCenter if block.centred else Qt.AlignmentFlag.AlignLeft
        rect = QRectF(self.left, top, self.width, height)
        if block.framed:
            text_width = self.metrics(block.font).horizontalAdvance(block.text)
            box_width = min(self.width, text_width + 2 * self._frame_padding() + self.mm(4))
            box = QRectF(self.left + (self.width - box_width) / 2, top, box_width, height)
            pen = QPen(BLACK)
            pen.setWidthF(self.mm(0.6))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box, self.mm(2), self.mm(2))
            painter.setPen(BLACK)
            pad = self._frame_padding()
            rect = box.adjusted(pad, pad, -pad, -pad)
        painter.drawText(rect, int(align | _WRAP), block.text)


# -- the slip ------------------------------------------------------------------------------


class Slip(QObject):
    """One booking on paper, in the current language."""

    def __init__(
        self, booking: Booking, site_name: str = "", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._booking = booking
        self._site_name = site_name

    def _font(self, points: float, *, bold: bool = False) -> QFont:
        # The bundled font (ui.resources.install_fonts): a kiosk image may have no other.
        font = QFont(QGuiApplication.font())
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def _outcome(self) -> tuple[str, str]:
        """What the confirmation screen said about the seat, in its words."""
        booking = self._booking
        if booking.status is SignupStatus.CONFIRMED:
            return QCoreApplication.translate("ConfirmationScreen", "You have a seat!"), ""
        if booking.status is SignupStatus.WAITLISTED:
            text = QCoreApplication.translate(
                "ConfirmationScreen", "You are number %1 on the waiting list"
            )
            return formatting.fill(text, str(booking.waitlist_position or 1)), ""
        if booking.status is SignupStatus.PENDING:
            return (
                QCoreApplication.translate("ConfirmationScreen", "Your sign-up is noted"),
                QCoreApplication.translate(
                    "ConfirmationScreen",
                    "The seat is confirmed when the kiosk is back on the network.",
                ),
            )
        return QCoreApplication.translate("ConfirmationScreen", "This sign-up is cancelled"), ""

    def _code_font(self, page: _Page) -> QFont:
        """The code as large as the paper allows, on one line."""
        points = page.sizes.code_pt
        text = spaced_code(self._booking.booking_code)
        room = page.width - page.mm(9)  # the frame and its padding
        while points > MIN_CODE_PT:
            if page.metrics(self._font(points, bold=True)).horizontalAdvance(text) <= room:
                break
            points -= 1
        return self._font(points, bold=True)

    def _blocks(self, page: _Page) -> list[_Block]:
        booking = self._booking
        view = booking.occurrence
        sizes = page.sizes
        gap = _Space(sizes.gap_mm)
        small = _Space(sizes.gap_mm / 3)
        caption = self._font(sizes.caption_pt, bold=True)
        body = self._font(sizes.body_pt)
        blocks: list[_Block] = [_Space(sizes.top_mm)] if sizes.top_mm else []
        blocks.append(_Text(self.tr("Your sign-up"), self._font(sizes.heading_pt, bold=True)))
        if self._site_name:
            blocks.append(_Text(self._site_name, self._font(sizes.heading_pt)))
        blocks += [small, _Rule(), gap]
        outcome, detail = self._outcome()
        blocks.append(_Text(outcome, self._font(sizes.body_pt, bold=True)))
        if detail:
            blocks.append(_Text(detail, body))
        blocks += [gap, _Text(view.title, self._font(sizes.title_pt, bold=True)), gap]
        # A date, never "tomorrow": the slip is read on another day than it was printed.
        when = f"{formatting.day_name(view.starts_at.date())}\n"
        when += formatting.time_range(view.starts_at, view.ends_at)
        blocks += [_Text(self.tr("When"), caption), _Text(when, body)]
        if view.place:
            blocks += [small, _Text(self.tr("Where"), caption), _Text(view.place, body)]
        if view.host:
            blocks += [small, _Text(self.tr("Host"), caption), _Text(view.host, body)]
        if booking.party_size > 1:
            blocks += [
                small,
                _Text(self.tr("For you and %n more", "", booking.party_size - 1), body),
            ]
        blocks += [gap, _Rule(), gap]
        blocks += [
            _Text(self.tr("Your booking code"), caption, centred=True),
            small,
            _Text(
                spaced_code(booking.booking_code), self._code_font(page), centred=True, framed=True
            ),
            small,
            _Text(self.tr("Keep this slip. You need the code to cancel."), body, centred=True),
        ]
        if booking.status is not SignupStatus.CANCELLED:
            code = calendar_qr(calendar_event_for(booking))
            hint = self.tr(
                "Scan the code with your phone's camera to put the activity in your calendar."
            )
            blocks += [gap, _Rule(), gap, _Qr(code, sizes.qr_mm), small]
            blocks.append(_Text(hint, self._font(sizes.caption_pt), centred=True))
        return blocks

    def height_mm(self, device: QPagedPaintDevice) -> float:
        """How long the slip is on this device's page width (for a receipt cut to fit)."""
        page = _Page(device)
        total = sum(page.height(block) for block in self._blocks(page))
        return total / page.dots_per_mm

    def render(self, device: QPagedPaintDevice) -> bool:
        """Paint the slip, on more pages if one is too short; False if painting failed."""
        page = _Page(device)
        blocks = self._blocks(page)
        painter = QPainter()
        if not painter.begin(device):
            return False
        try:
            top = 0.0
            for block in blocks:
                height = page.height(block)
                if top + height > page.bottom and top > 0:
                    if not device.newPage():
                        return False
                    top = 0.0
                    if isinstance(block, _Space):
                        continue  # no blank line at the top of a page
                page.paint(painter, block, top)
                top += height
        finally:
            painter.end()
        return True


def print_slip(booking: Booking, site_name: str = "") -> bool:
    """Send the slip to the system's default printer; False if there is none or it fails.

    Only the spooling happens here (the job goes to the print system, whose queue does
    the waiting), so the kiosk does not freeze while the paper comes out.
    """
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        log.warning("no default printer: the slip was not printed")
        return False
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName("Sammen")  # print queues are visible to staff: no names in them
    printer.setCreator("Sammen")
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    if not Slip(booking, site_name).render(printer):
        log.warning("printer %s: painting the slip failed", info.printerName())
        return False
    if printer.printerState() is QPrinter.PrinterState.Error:
        log.warning("printer %s reports an error", info.printerName())
        return False
    return True
