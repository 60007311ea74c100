"""A QR code painted from its module matrix: crisp at any size, always dark on light."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.handoff import QUIET_ZONE, QrCode

# Black on white in every theme: phone cameras read dark-on-light codes best, and some
# cannot read an inverted one at all (the high-contrast theme is light on dark).
DARK = QColor("#000000")
LIGHT = QColor("#FFFFFF")
# ≥ 300 px on the reference screen: a version-10 code (57 + 8 modules) gets 4.6 px a module.
MIN_SIDE = 300
MAX_SIDE = 480  # big enough for any camera; leaves room for the words beside it


def paint_qr(painter: QPainter, target: QRectF, code: QrCode) -> None:
    """Paint the code with its quiet zone into the largest square that fits `target`,
    with each module a whole number of device pixels where the size allows it."""
    modules = code.size + 2 * QUIET_ZONE
    side = min(target.width(), target.height())
    module = side / modules
    scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
    whole = int(module * scale) / scale
    if whole >= 1 / scale:
        module = whole  # no half-pixel edges to blur
    drawn = module * modules
    left = target.left() + (target.width() - drawn) / 2
    top = target.top() + (target.height() - drawn) / 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(QRectF(left, top, drawn, drawn), LIGHT)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(DARK)
    for y, row in enumerate(code.modules):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            painter.drawRect(
                QRectF(
                    left + (start + QUIET_ZONE) * module,
                    top + (y + QUIET_ZONE) * module,
                    (x - start) * module,
                    module,
                )
            )
    painter.restore()


class QrCodeView(QWidget):
    """Shows one QR code, square, at least MIN_SIDE px."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code: QrCode | None = None
        self.setMinimumSize(MIN_SIDE, MIN_SIDE)
        self.setMaximumSize(MAX_SIDE, MAX_SIDE)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    @property
    def code(self) -> QrCode | None:
        return self._code

    def set_code(self, code: QrCode | None) -> None:
        self._code = code
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._code is None:
            return
        painter = QPainter(self)
        side = min(self.width(), self.height())
        square = QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)
        paint_qr(painter, QRectF(square), self._code)
        painter.end()
