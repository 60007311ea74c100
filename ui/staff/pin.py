"""The PIN pad: the only door into staff mode. Wrong PINs lead to a lock-out that grows
and survives a restart (kiosk/services/staff.py); the check runs off the UI thread."""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.services import Services
from kiosk.services.staff import PinResult
from ui.appearance import Appearance
from ui.navigation import Navigator
from ui.staff.base import StaffScreen
from ui.widgets.controls import BigButton, Label
from ui.worker import Worker


class StaffPinScreen(StaffScreen):
    def __init__(self, services: Services, nav: Navigator, appearance: Appearance) -> None:
        super().__init__(services, nav, appearance)
        from ui.widgets.pin_pad import PinPad

        self.worker = Worker(self)
        self.heading = Label("title")
        self.hint = Label()
        self.message = Label("error")
        self.message.setVisible(False)
        self.pad = PinPad()
        self.pad.setMaximumWidth(900)
        self.pad.entered.connect(self._on_entered)
        self.cancel_button = BigButton("compact")
        self.cancel_button.clicked.connect(self._on_cancel)
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(1000)
        self.lock_timer.timeout.connect(self._show_lock)

        left = QVBoxLayout()
        left.setSpacing(24)
        left.addWidget(self.heading)
        left.addWidget(self.hint)
        left.addWidget(self.message)
        left.addStretch(1)
        left.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout(self)
        row.setContentsMargins(48, 32, 48, 32)
        row.setSpacing(64)
        row.addLayout(left, 1)
        pad_box = QWidget()
        pad_column = QVBoxLayout(pad_box)
        pad_column.setContentsMargins(0, 0, 0, 0)
        pad_column.addWidget(self.pad)
        pad_column.addStretch(1)
        row.addWidget(pad_box, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Staff"))
        self.hint.setText(self.tr("Enter your PIN."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel: back to the start"))

    def reset(self) -> None:
        self.pad.clear()
        self.message.setVisible(False)
        self.lock_timer.stop()

    def on_shown(self) -> None:
        self.pad.clear()
        self.message.setVisible(False)
        if not self.services.staff.has_staff():
            self._say(
                self.tr(
                    "There is no staff user yet. Create the first one on the kiosk PC with: "
                    "sammen staff add NAME"
                )
            )
            self.pad.setEnabled(False)
            return
        self.pad.setEnabled(True)
        self._show_lock()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    @Slot()
    def _show_lock(self) -> None:
        until = self.services.staff.locked_until()
        if until is None:
            if self.lock_timer.isActive():
                self.lock_timer.stop()
                self._say("")
                self.pad.setEnabled(True)
            return
        seconds = max(1, ceil((until - self.services.clock.now()).total_seconds()))
        self._say(self.tr("Too many wrong PINs. Try again in %n seconds.", "", seconds))
        self.pad.setEnabled(False)
        if not self.lock_timer.isActive():
            self.lock_timer.start()

    @Slot(str)
    def _on_entered(self, pin: str) -> None:
        if self.worker.busy:
            return
        self.pad.setEnabled(False)
        self.pad.clear()  # the digits leave the screen at once
        staff = self.services.staff
        self.worker.run(lambda: staff.check_pin(pin), self._on_checked, self._on_failed)

    def _on_checked(self, result: object) -> None:
        assert isinstance(result, PinResult)
        if not self.isVisible():
            # Cancelled (or timed out) while the check ran: the answer opens nothing.
            self.pad.setEnabled(True)
            return
        if result.staff is not None:
            self.staff_nav.enter_staff_mode(result.staff)
            return
        self.pad.setEnabled(True)
        if result.locked_until is not None:
            self._show_lock()
            return
        self._say(self.tr("Wrong PIN. %n tries left before a pause.", "", result.tries_left))

    def _on_failed(self, _error: Exception) -> None:
        self.pad.setEnabled(True)
        self._say(self.tr("The PIN could not be checked. Please try again."))

    @Slot()
    def _on_cancel(self) -> None:
        self.nav.go_home()
