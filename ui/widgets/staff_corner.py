"""The way into staff mode: hold a finger on the top-left corner of the home screen for
three seconds. Nothing shows, so residents do not stumble on it; a tap does nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QMouseEvent
from PySide6.QtWidgets import QWidget

HOLD_MS = 3000
SIZE = 120


class StaffCorner(QWidget):
    held = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFixedSize(SIZE, SIZE)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(HOLD_MS)
        self.timer.timeout.connect(self._on_held)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Staff: hold for three seconds"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.timer.start()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.timer.stop()  # let go too soon: nothing happens
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self.rect().contains(event.position().toPoint()):
            self.timer.stop()  # slid off the corner
        event.accept()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    @Slot()
    def _on_held(self) -> None:
        self.held.emit()
