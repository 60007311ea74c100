"""After a sign-up: a seat or a place in line, the booking code, and a calm way home."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.enums import SignupStatus
from kiosk.domain.views import Booking
from kiosk.handoff import CalendarEvent, calendar_qr
from kiosk.services import Services
from ui import formatting
from ui.appearance import Appearance
from ui.formatting import spaced_code
from ui.navigation import Navigator
from ui.screens.base import Screen
from ui.slip import calendar_event_for, print_slip
from ui.widgets.controls import BigButton, KineticScrollArea, Label, set_role
from ui.widgets.qr_code import QrCodeView

__all__ = ["ConfirmationScreen", "spaced_code"]

# How the last tap on "Print" went, for the message under the screen.
_PRINTED = "printed"
_PRINT_FAILED = "failed"
# A second tap this soon after the first is a shaky finger, not a wish for two slips.
PRINT_AGAIN_AFTER_MS = 3000


class ConfirmationScreen(Screen):
    watches_idle = False  # it goes home by itself after config.confirmation_seconds

    def __init__(self, services: Services, nav: Navigator, appearance: Appearance) -> None:
        super().__init__(services, nav, appearance)
        self._booking: Booking | None = None
        self.seconds_left = 0

        self.outcome = Label("good")
        self.outcome.setObjectName("outcome")
        self.outcome_detail = Label()
        self.code_caption = Label("section")
        self.code = Label("bigcode")
        self.code.setWordWrap(False)  # a code never breaks over two lines
        self.code_hint = Label("muted")
        self.activity = Label("heading")
        self.when = Label()
        self.place = Label()
        self.party = Label()
        self.done_button = BigButton("primary")
        self.done_button.clicked.connect(self._on_done)
        self.print_button = BigButton()
        self.print_button.clicked.connect(self._on_print)
        # Under everything that scrolls, so it is seen right after the tap on "Print".
        self.print_message = Label("error")
        self.print_message.setVisible(False)
        self._print_state = ""
        self._print_again_timer = QTimer(self)
        self._print_again_timer.setSingleShot(True)
        self._print_again_timer.setInterval(PRINT_AGAIN_AFTER_MS)
        self._print_again_timer.timeout.connect(self._on_print_again)
        self.countdown = Label("muted")

        # Ticks once a second; tests shorten the interval instead of sleeping.
        self.countdown_timer = QTimer(self)
        self.countdown_timer.setInterval(1000)
        self.countdown_timer.timeout.connect(self._on_tick)

        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self.outcome)
        left.addWidget(self.outcome_detail)
        left.addSpacing(16)
        left.addWidget(self.code_caption)
        left.addWidget(self.code, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.code_hint)
        left.addSpacing(16)
        left.addWidget(self.activity)
        left.addWidget(self.when)
        left.addWidget(self.place)
        left.addWidget(self.party)
        left.addStretch(1)

        # The QR code that hands the sign-up to the person's phone as a calendar event.
        self.qr_slot = QWidget()
        self.qr_slot.setObjectName("qrSlot")
        self.qr_slot_layout = QVBoxLayout(self.qr_slot)
        self.qr_slot_layout.setContentsMargins(0, 0, 0, 0)
        self.qr_slot_layout.setSpacing(16)
        self.qr_caption = Label("section")
        self.qr_view = QrCodeView()
        self.qr_hint = Label("muted")
        self.qr_slot_layout.addWidget(self.qr_caption)
        self.qr_slot_layout.addWidget(self.qr_view)
        self.qr_slot_layout.addWidget(self.qr_hint)
        self.qr_slot_layout.addStretch(1)
        self.qr_slot.setVisible(False)
        # Encoding takes ≈ 30 ms: the seat and booking code paint first (the answer the
        # resident waits for), the QR just after that first paint.
        self._qr_pending = False
        self._shown_offline = False
        self._qr_timer = QTimer(self)
        self._qr_timer.setSingleShot(True)
        self._qr_timer.setInterval(0)
        self._qr_timer.timeout.connect(self._make_qr)

        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setContentsMargins(32, 24, 32, 16)
        columns.setSpacing(48)
        columns.addLayout(left, 3)
        columns.addWidget(self.qr_slot, 2)

        # "Done" and the countdown stay in view below whatever has to scroll.
        done_row = QHBoxLayout()
        done_row.setContentsMargins(32, 16, 32, 16)
        done_row.setSpacing(32)
        done_row.addWidget(self.done_button, 1)
        done_row.addWidget(self.print_button, 1)
        done_row.addWidget(self.countdown, 2)
        message_row = QHBoxLayout()
        message_row.setContentsMargins(32, 16, 32, 0)
        message_row.addWidget(self.print_message)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.scroll_area = KineticScrollArea(content)
        outer.addWidget(self.scroll_area, 1)
        outer.addLayout(message_row)
        outer.addLayout(done_row)
        self.retranslate()

    @property
    def booking(self) -> Booking | None:
        return self._booking

    def calendar_event(self) -> CalendarEvent | None:
        """The booking as a calendar entry, its lines in the current language."""
        booking = self._booking
        return None if booking is None else calendar_event_for(booking)

    @Slot()
    def _make_qr(self) -> None:
        event = self.calendar_event()
        self.qr_view.set_code(None if event is None else calendar_qr(event))

    def show_booking(self, booking: Booking) -> None:
        self._booking = booking
        self.seconds_left = self.services.config.confirmation_seconds
        self._show_print_state("")
        self._print_again_timer.stop()
        self.print_button.setEnabled(True)
        self.scroll_area.verticalScrollBar().setValue(0)  # the answer first
        self.retranslate()
        self.countdown_timer.start()
        self._relayout_soon()

    def refresh(self) -> None:
        """The central database answered: a held seat may now be a seat, or a place on the
        waiting list. The countdown runs on as it was."""
        if self._booking is None:
            return
        fresh = self.services.booking.find(self._booking.booking_code)
        if fresh is not None and fresh.status is not self._booking.status:
            self._booking = fresh
            self.retranslate()
            self._relayout_soon()
        elif self._shown_offline is not self.services.booking.offline:
            self.retranslate()  # a held seat now waits for the network, or no longer does
            self._relayout_soon()

    def _relayout_soon(self) -> None:
        """Lay the page out again once the scroll area has sized it: the scroll area may
        grow the page after its layout ran (texts taller at 133 and 166 %) without the
        layout running again, and the booking code and answer were then drawn cut off."""
        QTimer.singleShot(0, self, self._relayout)

    @Slot()
    def _relayout(self) -> None:
        page = self.scroll_area.widget()
        layout = None if page is None else page.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()

    # -- Screen ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.done_button.setText(self.tr("Done"))
        self.done_button.setAccessibleName(self.tr("Done, go back to the start"))
        self.print_button.setText(self.tr("Print"))
        self.print_button.setAccessibleName(self.tr("Print a slip with your booking code"))
        self._show_print_state(self._print_state)
        self.code_caption.setText(self.tr("Your booking code"))
        self.code_hint.setText(
            self.tr("Write it down or keep your slip. You need the code to cancel.")
        )
        self.qr_caption.setText(self.tr("Send it to your phone"))
        self.qr_hint.setText(
            self.tr("Point your phone's camera at the code to put it in your calendar.")
        )
        booking = self._booking
        if booking is None:
            return
        self._shown_offline = self.services.booking.offline
        self.qr_slot.setVisible(booking.status is not SignupStatus.CANCELLED)
        self.print_button.setVisible(booking.status is not SignupStatus.CANCELLED)
        # Made anew in the current language, once this screen has painted (see event()).
        self._qr_pending = True
        self.update()
        if booking.status is SignupStatus.CONFIRMED:
            self.outcome.setText(self.tr("You have a seat!"))
            set_role(self.outcome, "good")
            self.outcome_detail.setText(self.tr("Welcome. We look forward to seeing you."))
        elif booking.status is SignupStatus.WAITLISTED:
            position = str(booking.waitlist_position or 1)
            set_role(self.outcome, "warn")
            self.outcome.setText(
                self.tr("You are number %1 on the waiting list").replace("%1", position)
            )
            self.outcome_detail.setText(
                self.tr("If a seat becomes free, it is yours. Check with your code.")
            )
        elif booking.status is SignupStatus.PENDING and self._shown_offline:
            self.outcome.setText(self.tr("Your sign-up is noted"))
            set_role(self.outcome, "warn")
            self.outcome_detail.setText(
                self.tr("The seat is confirmed when the kiosk is back on the network.")
            )
        elif booking.status is SignupStatus.PENDING:
            # Online: the central database answers within a second; refresh() shows it.
            self.outcome.setText(self.tr("Checking your seat …"))
            set_role(self.outcome, "warn")
            self.outcome_detail.setText(self.tr("Just a moment. The answer comes here."))
        else:
            self.outcome.setText(self.tr("This sign-up is cancelled"))
            set_role(self.outcome, "bad")
            self.outcome_detail.setText("")
        self.outcome_detail.setVisible(bool(self.outcome_detail.text()))
        code = spaced_code(booking.booking_code)
        self.code.setText(code)
        # Read letter by letter, so a screen reader does not try to pronounce it as a word.
        self.code.setAccessibleName(
            self.tr("Booking code %1").replace("%1", " ".join(booking.booking_code))
        )
        view = booking.occurrence
        now = self.services.clock.now()
        self.activity.setText(view.title)
        self.when.setText(formatting.when_text(view, now))
        self.place.setText(view.place)
        self.place.setVisible(bool(view.place))
        if booking.party_size > 1:
            self.party.setText(self.tr("For you and %n more", "", booking.party_size - 1))
        else:
            self.party.setText(self.tr("Just for you"))
        self._show_countdown()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and self._qr_pending:
            self._qr_pending = False
            self._qr_timer.start()
        return handled

    def reset(self) -> None:
        self.countdown_timer.stop()
        self._qr_pending = False
        self._qr_timer.stop()
        self._booking = None
        self.seconds_left = 0
        self.qr_view.set_code(None)  # nobody's booking left on screen
        self.qr_slot.setVisible(False)
        self._print_again_timer.stop()
        self.print_button.setEnabled(True)
        self._show_print_state("")

    def hideEvent(self, event: QHideEvent) -> None:
        self.countdown_timer.stop()  # no going home behind another screen's back
        self._print_again_timer.stop()
        self.print_button.setEnabled(True)
        super().hideEvent(event)

    def _show_countdown(self) -> None:
        self.countdown.setText(
            self.tr("Back to the start in %n seconds", "", max(self.seconds_left, 0))
        )

    def _show_print_state(self, state: str) -> None:
        self._print_state = state
        if state == _PRINT_FAILED:
            set_role(self.print_message, "error")
            self.print_message.setText(
                self.tr(
                    "The printer is not working right now. "
                    "Your sign-up is safe – please write down the code."
                )
            )
        elif state == _PRINTED:
            set_role(self.print_message, "good")
            self.print_message.setText(
                self.tr("Your slip is being printed. Take it from the printer.")
            )
        self.print_message.setVisible(bool(state))

    # -- slots ----------------------------------------------------------------------------

    @Slot()
    def _on_print(self) -> None:
        booking = self._booking
        if booking is None:
            return
        # Time to take the slip, or to write the code down, before the screen goes home.
        self.seconds_left = max(self.seconds_left, self.services.config.confirmation_seconds)
        self._show_countdown()
        self.print_button.setEnabled(False)
        self._print_again_timer.start()
        printed = print_slip(booking, self.services.catalogue.site_name())
        self._show_print_state(_PRINTED if printed else _PRINT_FAILED)
        if not printed:
            # The message asks to write the code down: at large text it may have scrolled away.
            self.scroll_area.ensureWidgetVisible(self.code)

    @Slot()
    def _on_print_again(self) -> None:
        self.print_button.setEnabled(True)

    @Slot()
    def _on_tick(self) -> None:
        self.seconds_left -= 1
        if self.seconds_left <= 0:
            self.countdown_timer.stop()
            self.nav.go_home()
            return
        self._show_countdown()

    @Slot()
    def _on_done(self) -> None:
        self.countdown_timer.stop()
        self.nav.go_home()
