"""The participant list on paper: a PDF file or the default printer, one layout for both.
Pure painting on a paged device, so it can run off the UI thread."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.domain.enums import SignupStatus
from kiosk.services.admin import Participant, StaffOccurrence
from ui import formatting

log = logging.getLogger(__name__)


def _status(p: Participant) -> str:
    if p.status is SignupStatus.WAITLISTED:
        return QCoreApplication.translate("ParticipantList", "Waiting list %1").replace(
            "%1", str(p.waitlist_position or "")
        )
    if p.status is SignupStatus.PENDING:
        return QCoreApplication.translate("ParticipantList", "Pending")
    return QCoreApplication.translate("ParticipantList", "Seat")


def render_list(
    device: QPagedPaintDevice, occurrence: StaffOccurrence, people: list[Participant]
) -> bool:
    """Title, time and place, then one line a person: name, party, status, code, phone,
    and an empty box to tick on paper."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:
        page = QRectF(0, 0, device.width(), device.height())
        title_font = QFont(QFont().family(), 18, QFont.Weight.Bold)
        body = QFont(QFont().family(), 11)
        painter.setFont(title_font)
        y = 0.0
        line = float(painter.fontMetrics().height())
        painter.drawText(
            QRectF(0, y, page.width(), line * 2), Qt.TextFlag.TextWordWrap, occurrence.title
        )
        y += line * 1.5
        painter.setFont(body)
        line = painter.fontMetrics().height() * 1.4
        when = (
            f"{formatting.day_name(occurrence.starts_at.date())} "
            f"{formatting.time_range(occurrence.starts_at, occurrence.ends_at)}"
        )
        counts = (
            QCoreApplication.translate("ParticipantList", "%1 of %2 seats taken")
            .replace("%1", str(occurrence.seats_taken))
            .replace("%2", str(occurrence.capacity))
        )
        for text in (when, occurrence.place, counts):
            painter.drawText(QRectF(0, y, page.width(), line), text)
            y += line
        y += line * 0.5
        columns = (0.0, 0.40, 0.50, 0.66, 0.80, 0.95)
        headers = (
            QCoreApplication.translate("ParticipantList", "Name"),
            QCoreApplication.translate("ParticipantList", "Party"),
            QCoreApplication.translate("ParticipantList", "Status"),
            QCoreApplication.translate("ParticipantList", "Code"),
            QCoreApplication.translate("ParticipantList", "Phone"),
            "✓",
        )
        bold = QFont(body)
        bold.setBold(True)

        def row(cells: tuple[str, ...], font: QFont) -> None:
            painter.setFont(font)
            for x, cell in zip(columns, cells, strict=True):
                painter.drawText(
                    QRectF(x * page.width(), y, page.width() * 0.3, line),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    cell,
                )

        row(headers, bold)
        y += line
        for person in people:
            if y + line > page.height():
                device.newPage()
                y = 0.0
                row(headers, bold)
                y += line
            row(
                (
                    person.name + (" *" if person.needs_help else ""),
                    str(person.party_size),
                    _status(person),
                    person.booking_code,
                    person.phone or "",
                    "✓" if person.attended else "☐",
                ),
                body,
            )
            painter.drawLine(0, int(y + line), int(page.width()), int(y + line))
            y += line
        if any(person.needs_help for person in people):
            if y + line * 2 > page.height():
                device.newPage()
                y = 0.0
            painter.setFont(body)
            painter.drawText(
                QRectF(0, y + line * 0.5, page.width(), line),
                "* "
                + QCoreApplication.translate("ParticipantList", "Would like company or a ride"),
            )
            y += line * 1.5
        if not people:
            painter.drawText(
                QRectF(0, y, page.width(), line),
                QCoreApplication.translate("ParticipantList", "Nobody is signed up."),
            )
    finally:
        painter.end()
    return True


def safe_filename(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-")[:60] or "list"


def export_pdf(path: Path, occurrence: StaffOccurrence, people: list[Participant]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setCreator("Sammen")
    writer.setTitle(occurrence.title)
    writer.setResolution(150)
    if not render_list(writer, occurrence, people):
        raise OSError(f"could not write {path.name}")
    return path


def print_list(occurrence: StaffOccurrence, people: list[Participant]) -> bool:
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        log.warning("no default printer: the list was not printed")
        return False
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName("Sammen")  # print queues are visible: no names in the job title
    ok = render_list(printer, occurrence, people)
    return ok and printer.printerState() is not QPrinter.PrinterState.Error
