"""Staff mode's start: who is signed in, what is coming up (with counts, sensitive or
not), and the ways on: a new activity, settings, the audit log, and "Lock"."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.services import Services
from kiosk.services.admin import StaffOccurrence
from ui import formatting
from ui.appearance import Appearance
from ui.navigation import Navigator
from ui.staff.base import StaffScreen
from ui.widgets.controls import BigButton, KineticScrollArea, Label, set_role
from ui.widgets.flow_layout import FlowLayout

DAYS_AHEAD = 21


class OccurrenceRowButton(QPushButton):
    """One line per occurrence: the whole row is the touch target."""

    chosen = Signal(object)

    def __init__(self, occurrence: StaffOccurrence, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.occurrence = occurrence
        self.setProperty("role", "card")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.when = Label()
        self.title = Label("cardtitle")
        self.counts = Label("good")
        self.counts.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 8, 24, 8)
        row.setSpacing(24)
        row.addWidget(self.when, 2)
        row.addWidget(self.title, 4)
        row.addWidget(self.counts, 2)
        for label in (self.when, self.title, self.counts):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.clicked.connect(self._on_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        o = self.occurrence
        when = f"{formatting.day_name(o.starts_at.date())} {formatting.clock_time(o.starts_at)}"
        self.when.setText(when)
        self.title.setText(o.title)
        if o.cancelled:
            counts = self.tr("Cancelled")
            set_role(self.counts, "bad")
        else:
            counts = (
                self.tr("%1 of %2 seats")
                .replace("%1", str(o.seats_taken))
                .replace("%2", str(o.capacity))
            )
            if o.waitlist_length:
                counts += " · " + self.tr("%n waiting", "", o.waitlist_length)
            # Full shows in the warning colour, as on the public side.
            set_role(self.counts, "warn" if o.seats_taken >= o.capacity else "good")
        self.counts.setText(counts)
        self.setAccessibleName(f"{o.title}, {when}, {counts}")

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        layout = self.layout()
        if layout is not None:
            hint.setHeight(max(layout.sizeHint().height(), 96))
        return hint

    @Slot()
    def _on_clicked(self) -> None:
        self.chosen.emit(self.occurrence.occurrence_id)


class StaffHomeScreen(StaffScreen):
    def __init__(self, services: Services, nav: Navigator, appearance: Appearance) -> None:
        super().__init__(services, nav, appearance)
        self.heading = Label("title")
        self.signed_in = Label("muted")
        self.new_button = BigButton("primary")
        self.new_button.clicked.connect(lambda: self.staff_nav.show_staff_activity(None))
        self.settings_button = BigButton("compact")
        self.settings_button.clicked.connect(lambda: self.staff_nav.show_staff_settings())
        self.audit_button = BigButton("compact")
        self.audit_button.clicked.connect(lambda: self.staff_nav.show_staff_audit())
        self.lock_button = BigButton("compact")
        self.lock_button.clicked.connect(lambda: self.staff_nav.lock_staff_mode())
        self.sync_state = Label("muted")
        self.sync_state.setVisible(False)
        self.upcoming_heading = Label("heading")
        self.nothing = Label("muted")
        self.rows: list[OccurrenceRowButton] = []
        self.list_box = QWidget()
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(16)
        self.list_layout.addStretch(1)

        # The buttons wrap at a larger text size; the heading keeps its own line.
        buttons = QWidget()
        top = FlowLayout(buttons, spacing=24)
        for button in (self.new_button, self.settings_button, self.audit_button, self.lock_button):
            top.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 16, 32, 16)
        column.setSpacing(16)
        column.addWidget(self.heading)
        column.addWidget(self.signed_in)
        column.addWidget(buttons)
        column.addWidget(self.sync_state)
        column.addWidget(self.upcoming_heading)
        column.addWidget(self.nothing)
        column.addWidget(KineticScrollArea(self.list_box), 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Staff mode"))
        member = self.staff_nav.staff_member
        self.signed_in.setText(
            self.tr("Signed in: %1").replace("%1", member.name) if member else ""
        )
        self.new_button.setText(self.tr("New activity"))
        self.new_button.setAccessibleName(self.tr("New activity"))
        self.settings_button.setText(self.tr("Settings"))
        self.settings_button.setAccessibleName(self.tr("Kiosk settings and staff users"))
        self.audit_button.setText(self.tr("Audit log"))
        self.audit_button.setAccessibleName(self.tr("Audit log"))
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setAccessibleName(self.tr("Lock: leave staff mode"))
        self.upcoming_heading.setText(self.tr("Coming up"))
        self.nothing.setText(self.tr("Nothing planned yet. Tap “New activity”."))
        for row in self.rows:
            row.retranslate()
        self._show_sync_state()

    def _show_sync_state(self) -> None:
        """For staff: how sync is going (the public side shows only online/offline)."""
        controller = getattr(self.nav, "sync_controller", None)
        self.sync_state.setVisible(controller is not None)
        if controller is None:
            return

        def when(moment: object) -> str:
            return "—" if moment is None else f"{moment:%d.%m %H:%M}"

        parts = [
            self.tr("Online") if controller.online else self.tr("Offline"),
            self.tr("%n waiting to be sent", "", controller.pending),
        ]
        if controller.oldest_pending is not None:
            parts.append(self.tr("oldest %1").replace("%1", when(controller.oldest_pending)))
        parts.append(self.tr("last sent %1").replace("%1", when(controller.last_push_at)))
        parts.append(self.tr("last fetched %1").replace("%1", when(controller.last_pull_at)))
        parts.append(
            self.tr("%n seats lent for sign-ups without the network", "", controller.seats_lent)
        )
        if controller.upgrade_required:
            parts.append(self.tr("the central database needs a newer Sammen"))
        elif controller.last_error:
            parts.append(self.tr("last error: %1").replace("%1", controller.last_error))
        self.sync_state.setText(self.tr("Sync: ") + " · ".join(parts))

    def on_shown(self) -> None:
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for occurrence in self.services.admin.upcoming(DAYS_AHEAD):
            row = OccurrenceRowButton(occurrence)
            row.chosen.connect(self._on_chosen)
            self.list_layout.insertWidget(self.list_layout.count() - 1, row)
            row.show()  # now, not on the next pass of the event loop
            self.rows.append(row)
        self.nothing.setVisible(not self.rows)
        self._show_sync_state()

    @Slot(object)
    def _on_chosen(self, occurrence_id: uuid.UUID) -> None:
        self.staff_nav.show_staff_participants(occurrence_id)
