"""My sign-ups: type the booking code from the slip, see that one sign-up, cancel it.

Only the booking behind the code is shown, and without the name on it; a wrong code
tells nothing about anyone else's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.domain.enums import Refusal, SignupState, SignupStatus
from kiosk.domain.views import Booking, BookingRefused
from kiosk.ids import BOOKING_CODE_ALPHABET, BOOKING_CODE_LENGTH
from kiosk.services import Services
from ui import formatting
from ui.appearance import Appearance
from ui.navigation import Navigator
from ui.screens.base import Screen
from ui.screens.confirmation import spaced_code
from ui.widgets.code_pad import CodeBoxes, CodePad
from ui.widgets.controls import BigButton, KineticScrollArea, Label, set_role


class MySignupsScreen(Screen):
    def __init__(self, services: Services, nav: Navigator, appearance: Appearance) -> None:
        super().__init__(services, nav, appearance)
        self._booking: Booking | None = None
        self.pages = QStackedWidget()

        # Page 1: type the code.
        self.entry_heading = Label("heading")  # not "title": the keypad needs the room
        self.entry_hint = Label()
        self.code_boxes = CodeBoxes()
        self.not_found = Label("error")
        self.not_found.setVisible(False)
        self.code_pad = CodePad()
        self.code_pad.changed.connect(self._on_code_changed)
        self.find_button = BigButton("primary")
        self.find_button.setEnabled(False)
        self.find_button.clicked.connect(self._on_find)
        self.code_pad.set_enter_button(self.find_button)
        code_row = QHBoxLayout()
        code_row.setSpacing(48)
        code_row.addWidget(self.code_boxes, 0)
        code_row.addWidget(self.entry_hint, 1)
        entry = QWidget()
        entry_layout = QVBoxLayout(entry)
        entry_layout.setContentsMargins(32, 16, 32, 16)
        entry_layout.setSpacing(16)
        entry_layout.addWidget(self.entry_heading)
        entry_layout.addLayout(code_row)
        entry_layout.addWidget(self.not_found)
        entry_layout.addWidget(self.code_pad)
        entry_layout.addStretch(1)
        self.entry_page = KineticScrollArea(entry)

        # Page 2: the booking.
        self.booking_heading = Label("title")
        self.booking_code = Label("muted")
        self.activity = Label("heading")
        self.when = Label()
        self.place = Label()
        self.status = Label("good")
        self.status.setObjectName("status")
        self.party = Label()
        self.notice = Label("notice")
        self.cannot_cancel = Label("muted")
        self.cancel_button = BigButton()
        self.cancel_button.clicked.connect(self._on_cancel)
        self.another_button = BigButton()
        self.another_button.clicked.connect(self._on_another)
        self.done_button = BigButton("primary")
        self.done_button.clicked.connect(self._on_done)
        actions = QHBoxLayout()
        actions.setSpacing(32)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.another_button)
        actions.addWidget(self.done_button)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(32, 24, 32, 24)
        details_layout.setSpacing(16)
        details_layout.addWidget(self.booking_heading)
        details_layout.addWidget(self.status)
        details_layout.addSpacing(16)
        details_layout.addWidget(self.activity)
        details_layout.addWidget(self.when)
        details_layout.addWidget(self.place)
        details_layout.addWidget(self.party)
        details_layout.addWidget(self.booking_code)
        details_layout.addWidget(self.notice)
        details_layout.addWidget(self.cannot_cancel)
        details_layout.addSpacing(16)
        details_layout.addLayout(actions)
        details_layout.addStretch(1)
        self.booking_page = KineticScrollArea(details)

        # Page 3: are you sure?
        self.confirm_heading = Label("title")
        self.confirm_question = Label()
        # The safe answer is the prominent one.
        self.yes_cancel_button = BigButton()
        self.yes_cancel_button.clicked.connect(self._on_yes_cancel)
        self.keep_button = BigButton("primary")
        self.keep_button.clicked.connect(self._on_keep)
        answers = QHBoxLayout()
        answers.setSpacing(48)
        answers.addWidget(self.keep_button)
        answers.addWidget(self.yes_cancel_button)
        confirm = QWidget()
        confirm_layout = QVBoxLayout(confirm)
        confirm_layout.setContentsMargins(32, 24, 32, 24)
        confirm_layout.setSpacing(32)
        confirm_layout.addWidget(self.confirm_heading)
        confirm_layout.addWidget(self.confirm_question)
        confirm_layout.addLayout(answers)
        confirm_layout.addStretch(1)
        self.confirm_page = KineticScrollArea(confirm)

        for page in (self.entry_page, self.booking_page, self.confirm_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.retranslate()

    @property
    def booking(self) -> Booking | None:
        return self._booking

    # -- Screen ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.entry_heading.setText(self.tr("My sign-ups"))
        self.entry_hint.setText(self.tr("Type the booking code from your slip."))
        self.code_boxes.setAccessibleName(self.tr("The code you have typed"))
        self.not_found.setText(
            self.tr("We found no sign-up with that code. Check the code on your slip.")
        )
        self.find_button.setText(self.tr("Find"))
        self.find_button.setAccessibleName(self.tr("Find my sign-up"))
        self.booking_heading.setText(self.tr("Your sign-up"))
        self.cancel_button.setText(self.tr("Cancel my sign-up"))
        self.cancel_button.setAccessibleName(self.tr("Cancel my sign-up"))
        self.another_button.setText(self.tr("Another code"))
        self.another_button.setAccessibleName(self.tr("Look up another code"))
        self.done_button.setText(self.tr("Done"))
        self.done_button.setAccessibleName(self.tr("Done, go back to the start"))
        self.confirm_heading.setText(self.tr("Are you sure?"))
        self.yes_cancel_button.setText(self.tr("Yes, cancel it"))
        self.yes_cancel_button.setAccessibleName(self.tr("Yes, cancel my sign-up"))
        self.keep_button.setText(self.tr("No, keep it"))
        self.keep_button.setAccessibleName(self.tr("No, keep my sign-up"))
        self.cannot_cancel.setText(
            self.tr("It has started, so it can no longer be cancelled here. Ask the staff.")
        )
        self._show_booking_texts()

    def reset(self) -> None:
        self._booking = None
        self.code_pad.clear()
        self.not_found.setVisible(False)
        self.notice.setVisible(False)
        self.pages.setCurrentWidget(self.entry_page)

    def refresh(self) -> None:
        """Seats move when others cancel: look the booking up again by its code."""
        if self._booking is not None:
            self._booking = self.services.booking.find(self._booking.booking_code)
            self._show_booking_texts()

    def lookup(self, code: str) -> Booking | None:
        """Look a code up as if typed on the keypad; shows the booking or the kind message."""
        self.code_pad.set_code(code)
        self._on_find()
        return self._booking

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A hardware keyboard works too (staff testing, or a kiosk with one attached)."""
        if self.pages.currentWidget() is not self.entry_page:
            super().keyPressEvent(event)
            return
        text = event.text().upper()
        if event.key() == Qt.Key.Key_Backspace:
            self.code_pad.delete_last()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_find()
        elif len(text) == 1 and text in BOOKING_CODE_ALPHABET:
            self.code_pad.type_char(text)
        else:
            super().keyPressEvent(event)

    # -- showing --------------------------------------------------------------------------

    def _show_booking_texts(self) -> None:
        booking = self._booking
        if booking is None:
            return
        view = booking.occurrence
        now = self.services.clock.now()
        self.booking_code.setText(
            self.tr("Booking code: %1").replace("%1", spaced_code(booking.booking_code))
        )
        self.activity.setText(view.title)
        self.when.setText(formatting.when_text(view, now))
        self.place.setText(view.place)
        self.place.setVisible(bool(view.place))
        if booking.status is SignupStatus.CONFIRMED:
            status, role = self.tr("You have a seat."), "good"
        elif booking.status is SignupStatus.WAITLISTED:
            position = str(booking.waitlist_position or 1)
            status = self.tr("You are number %1 on the waiting list.").replace("%1", position)
            role = "warn"
        elif booking.status is SignupStatus.PENDING and self.services.booking.offline:
            status = self.tr("Your seat is confirmed when the kiosk is back on the network.")
            role = "warn"
        elif booking.status is SignupStatus.PENDING:
            status = self.tr("We are checking for a free seat. Look again in a moment.")
            role = "warn"
        else:
            status, role = self.tr("This sign-up is cancelled."), "bad"
        if view.signup_state is SignupState.CANCELLED:
            status, role = self.tr("This activity is cancelled. We are sorry."), "bad"
        self.status.setText(status)
        set_role(self.status, role)
        if booking.party_size > 1:
            self.party.setText(self.tr("For you and %n more", "", booking.party_size - 1))
        else:
            self.party.setText(self.tr("Just for you"))
        self.party.setVisible(booking.status is not SignupStatus.CANCELLED)
        self.cancel_button.setVisible(booking.can_cancel)
        self.cannot_cancel.setVisible(
            not booking.can_cancel and booking.status is not SignupStatus.CANCELLED
        )
        # The question on one line, the time on the next: "Today, ..." starts its own line.
        question = self.tr("Do you want to cancel your sign-up for %1?").replace("%1", view.title)
        self.confirm_question.setText(f"{question}\n{formatting.when_text(view, now)}")

    # -- slots ----------------------------------------------------------------------------

    @Slot(str)
    def _on_code_changed(self, code: str) -> None:
        self.code_boxes.show_code(code)
        self.find_button.setEnabled(len(code) == BOOKING_CODE_LENGTH)
        self.not_found.setVisible(False)

    @Slot()
    def _on_find(self) -> None:
        code = self.code_pad.code
        if len(code) != BOOKING_CODE_LENGTH:
            return
        booking = self.services.booking.find(code)
        if booking is None:
            self.not_found.setVisible(True)
            return
        self._booking = booking
        self.notice.setVisible(False)
        self._show_booking_texts()
        self.pages.setCurrentWidget(self.booking_page)

    @Slot()
    def _on_cancel(self) -> None:
        if self._booking is not None and self._booking.can_cancel:
            self.pages.setCurrentWidget(self.confirm_page)

    @Slot()
    def _on_keep(self) -> None:
        self.pages.setCurrentWidget(self.booking_page)

    @Slot()
    def _on_yes_cancel(self) -> None:
        booking = self._booking
        if booking is None:
            return
        try:
            self._booking = self.services.booking.cancel(booking.booking_code)
        except BookingRefused as refused:
            messages = {
                Refusal.STARTED: self.tr("It has started, so it can no longer be cancelled."),
                Refusal.ALREADY_CANCELLED: self.tr("This sign-up was already cancelled."),
            }
            self.notice.setText(
                messages.get(refused.reason, self.tr("It could not be cancelled. Ask the staff."))
            )
            self._booking = self.services.booking.find(booking.booking_code)
        else:
            self.notice.setText(
                self.tr("Your sign-up is cancelled. Thank you for letting us know.")
            )
        self.notice.setVisible(True)
        self._show_booking_texts()
        self.pages.setCurrentWidget(self.booking_page)

    @Slot()
    def _on_another(self) -> None:
        self.reset()

    @Slot()
    def _on_done(self) -> None:
        self.nav.go_home()
