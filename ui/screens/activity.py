"""One occurrence in full: when, where, who, what, accessibility, and the way to sign up."""

from __future__ import annotations

import enum
import uuid

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.enums import SignupState
from kiosk.domain.views import OccurrenceView
from kiosk.handoff import CalendarEvent, calendar_qr, calendar_uid, contact_qr, link_qr
from kiosk.services import Services
from ui import formatting
from ui.appearance import Appearance
from ui.navigation import Navigator
from ui.screens.base import Screen
from ui.widgets.controls import BigButton, KineticScrollArea, Label, set_role
from ui.widgets.qr_code import QrCodeView


class QrKind(enum.Enum):
    CALENDAR = "calendar"
    CONTACT = "contact"
    WEB = "web"


class ActivityScreen(Screen):
    def __init__(self, services: Services, nav: Navigator, appearance: Appearance) -> None:
        super().__init__(services, nav, appearance)
        self._occurrence_id: uuid.UUID | None = None
        self._view: OccurrenceView | None = None

        self.title = Label("title")
        self.when_caption = Label("section")
        self.when = Label()
        self.place_caption = Label("section")
        self.place = Label()
        self.host_caption = Label("section")
        self.host = Label()
        self.description = Label()
        self.accessibility_caption = Label("section")
        self.accessibility = Label()

        self.status = Label("good")
        self.status.setObjectName("status")
        self.status_detail = Label()
        self.signup_button = BigButton("primary")
        self.signup_button.clicked.connect(self._on_sign_up)
        self.reason = Label("notice")

        details = QVBoxLayout()
        details.setSpacing(8)
        for caption, value in (
            (self.when_caption, self.when),
            (self.place_caption, self.place),
            (self.host_caption, self.host),
        ):
            details.addWidget(caption)
            details.addWidget(value)
            details.addSpacing(16)
        details.addWidget(self.description)
        details.addSpacing(16)
        details.addWidget(self.accessibility_caption)
        details.addWidget(self.accessibility)
        details.addStretch(1)

        panel = QFrame()
        panel.setProperty("role", "card")
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(32, 32, 32, 32)
        panel_layout.setSpacing(24)
        panel_layout.addWidget(self.status)
        panel_layout.addWidget(self.status_detail)
        panel_layout.addWidget(self.signup_button)
        panel_layout.addWidget(self.reason)
        panel_layout.addStretch(1)

        # "Send to my phone": the activity as a calendar QR, shown on request.
        self.phone_button = BigButton()
        self.phone_button.clicked.connect(self._on_send_to_phone)
        # Which code to show, when there is more than the calendar entry: one at a time,
        # each big enough to scan.
        self.qr_choice = QButtonGroup(self)
        self.qr_choice.setExclusive(True)
        self.qr_kind_buttons: dict[QrKind, BigButton] = {}
        choice_row = QHBoxLayout()
        choice_row.setSpacing(16)
        for kind in QrKind:
            button = BigButton("compact")
            button.setCheckable(True)
            button.setProperty("qr_kind", kind.value)
            button.clicked.connect(self._on_qr_kind)
            self.qr_choice.addButton(button)
            self.qr_kind_buttons[kind] = button
            choice_row.addWidget(button)
        self._qr_kind = QrKind.CALENDAR
        self.qr_view = QrCodeView()
        self.qr_hint = Label("muted")
        self.qr_box = QWidget()
        qr_layout = QVBoxLayout(self.qr_box)
        qr_layout.setContentsMargins(0, 0, 0, 0)
        qr_layout.setSpacing(16)
        qr_layout.addLayout(choice_row)
        qr_layout.addWidget(self.qr_view, 0, Qt.AlignmentFlag.AlignHCenter)
        qr_layout.addWidget(self.qr_hint)
        self.qr_box.setVisible(False)
        right = QVBoxLayout()
        right.setSpacing(24)
        right.addWidget(panel)
        right.addWidget(self.phone_button)
        right.addWidget(self.qr_box)
        right.addStretch(1)

        columns = QHBoxLayout()
        columns.setSpacing(48)
        columns.addLayout(details, 3)
        columns.addLayout(right, 2)

        content = QWidget()
        page = QVBoxLayout(content)
        page.setContentsMargins(32, 24, 32, 24)
        page.setSpacing(24)
        page.addWidget(self.title)
        page.addLayout(columns, 1)
        self.scroll_area = KineticScrollArea(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.retranslate()

    @property
    def occurrence(self) -> OccurrenceView | None:
        return self._view

    def show_occurrence(self, occurrence_id: uuid.UUID) -> None:
        self._occurrence_id = occurrence_id
        self._hide_qr()
        self.scroll_area.verticalScrollBar().setValue(0)
        self.refresh()

    # -- Screen ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.qr_kind_buttons[QrKind.CALENDAR].setText(self.tr("Calendar"))
        self.qr_kind_buttons[QrKind.CALENDAR].setAccessibleName(self.tr("Show the calendar code"))
        self.qr_kind_buttons[QrKind.CONTACT].setText(self.tr("Contact"))
        self.qr_kind_buttons[QrKind.CONTACT].setAccessibleName(
            self.tr("Show the contact person's phone number as a code")
        )
        self.qr_kind_buttons[QrKind.WEB].setText(self.tr("Web page"))
        self.qr_kind_buttons[QrKind.WEB].setAccessibleName(self.tr("Show the web page as a code"))
        self.phone_button.setText(self.tr("Send to my phone"))
        self.phone_button.setAccessibleName(self.tr("Send to my phone as a calendar entry"))
        self.qr_hint.setText(
            self.tr("Point your phone's camera at the code to put it in your calendar.")
        )
        if self.qr_box.isVisible():
            self._show_qr(self._qr_kind)  # the calendar text follows the language
        self.when_caption.setText(self.tr("When"))
        self.place_caption.setText(self.tr("Where"))
        self.host_caption.setText(self.tr("Who leads it"))
        self.accessibility_caption.setText(self.tr("Good to know"))
        self.refresh()

    def reset(self) -> None:
        self._occurrence_id = None
        self._view = None
        self._hide_qr()

    def _hide_qr(self) -> None:
        self._qr_kind = QrKind.CALENDAR
        self.qr_box.setVisible(False)
        self.qr_view.set_code(None)

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        view = None
        if self._occurrence_id is not None:
            view = self.services.catalogue.get(self._occurrence_id)
        self._view = view
        if view is None:
            self._show_missing()
            return
        now = self.services.clock.now()
        for widget in (self.when_caption, self.when, self.status):
            widget.setVisible(True)
        self.title.setText(view.title)
        self.when.setText(formatting.when_text(view, now))
        self.place.setText(view.place)
        self.host.setText(view.host)
        for widget in (self.place_caption, self.place):
            widget.setVisible(bool(view.place))
        for widget in (self.host_caption, self.host):
            widget.setVisible(bool(view.host))
        self.description.setText(view.description)
        self.description.setVisible(bool(view.description))
        self.accessibility.setText(view.accessibility)
        for widget in (self.accessibility_caption, self.accessibility):
            widget.setVisible(bool(view.accessibility))
        self._show_status(view)

    def _show_status(self, view: OccurrenceView) -> None:
        status, role = formatting.seats_text(view)
        self.status.setText(status)
        set_role(self.status, role)
        self.status_detail.setVisible(False)
        self.reason.setVisible(False)
        state = view.signup_state
        if state is SignupState.WAITLIST:
            self.signup_button.setText(self.tr("Join the waiting list"))
            self.signup_button.setAccessibleName(self.tr("Join the waiting list"))
            if view.waitlist_length is not None:  # never for a sensitive activity
                detail = self.tr("%n people are waiting for a seat.", "", view.waitlist_length)
                self.status_detail.setText(
                    detail
                    + " "
                    + self.tr("You get a seat if someone cancels. We keep your place in line.")
                )
            else:
                self.status_detail.setText(
                    self.tr("You get a seat if someone cancels. We keep your place in line.")
                )
            self.status_detail.setVisible(True)
        else:
            self.signup_button.setText(self.tr("Sign me up"))
            self.signup_button.setAccessibleName(self.tr("Sign me up"))
        reason = {
            SignupState.CANCELLED: self.tr("This time is cancelled. We are sorry."),
            SignupState.STARTED: self.tr("This has already started, so sign-up is over."),
            SignupState.CLOSED: self.tr(
                "Sign-up closed at %1. Ask the staff if there is still room."
            ).replace("%1", formatting.clock_time(view.closes_at)),
        }.get(state)
        # Disabled but still there, with the reason beside it: the way in did not vanish.
        self.signup_button.setVisible(True)
        self.signup_button.setEnabled(view.can_sign_up)
        if reason is not None:
            self.reason.setText(reason)
            self.reason.setVisible(True)

    def _show_missing(self) -> None:
        self.title.setText(self.tr("This activity is no longer on the list"))
        for widget in (
            self.when_caption,
            self.when,
            self.place_caption,
            self.place,
            self.host_caption,
            self.host,
            self.description,
            self.accessibility_caption,
            self.accessibility,
            self.status,
            self.status_detail,
        ):
            widget.setVisible(False)
        self.signup_button.setVisible(False)
        self.signup_button.setEnabled(False)
        self.reason.setText(self.tr("Go back and choose another activity."))
        self.reason.setVisible(True)

    # -- slots ----------------------------------------------------------------------------

    def available_codes(self) -> list[QrKind]:
        view = self._view
        if view is None:
            return []
        kinds = [QrKind.CALENDAR]
        if view.contact_name and view.contact_phone:
            kinds.append(QrKind.CONTACT)
        if self.services.config.public_url:
            kinds.append(QrKind.WEB)
        return kinds

    def _show_qr(self, kind: QrKind) -> None:
        view = self._view
        if view is None:
            return
        available = self.available_codes()
        if kind not in available:
            kind = QrKind.CALENDAR
        self._qr_kind = kind
        for each, button in self.qr_kind_buttons.items():
            # The choice shows only when there is something to choose between.
            button.setVisible(len(available) > 1 and each in available)
            button.setChecked(each is kind)
        if kind is QrKind.CONTACT:
            code = contact_qr(view.contact_name, view.contact_phone, view.title)
        elif kind is QrKind.WEB:
            code = link_qr(self.services.config.public_url)
        else:
            code = calendar_qr(
                CalendarEvent(
                    uid=calendar_uid(view.occurrence_id),
                    summary=view.title,
                    starts_at=view.starts_at,
                    ends_at=view.ends_at,
                    location=view.place,
                    host_line=self.tr("Host: %1").replace("%1", view.host) if view.host else "",
                    details=view.description,
                )
            )
        self.qr_view.set_code(code)
        self.qr_box.setVisible(True)
        # Scroll the code into view once the layout has made room for it.
        QTimer.singleShot(0, self._scroll_to_qr)

    @Slot()
    def _scroll_to_qr(self) -> None:
        if self.qr_box.isVisible():
            self.scroll_area.ensureWidgetVisible(self.qr_box, 0, 0)

    @Slot()
    def _on_send_to_phone(self) -> None:
        self._show_qr(QrKind.CALENDAR)

    @Slot()
    def _on_qr_kind(self) -> None:
        button = self.sender()
        if isinstance(button, BigButton):
            self._show_qr(QrKind(button.property("qr_kind")))

    @Slot()
    def _on_sign_up(self) -> None:
        if self._view is not None and self._view.can_sign_up:
            self.nav.show_signup(self._view.occurrence_id)
