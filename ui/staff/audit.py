"""The audit log: who did what in staff mode, and when (newest first). Never a PIN."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.clock import OSLO
from kiosk.services import Services
from ui.appearance import Appearance
from ui.navigation import Navigator
from ui.staff.base import StaffScreen
from ui.widgets.controls import KineticScrollArea, Label


class StaffAuditScreen(StaffScreen):
    def __init__(self, services: Services, nav: Navigator, appearance: Appearance) -> None:
        super().__init__(services, nav, appearance)
        self.heading = Label("heading")
        self.entries: list[Label] = []
        self.box = QWidget()
        self.box_layout = QVBoxLayout(self.box)
        self.box_layout.setContentsMargins(0, 0, 0, 0)
        self.box_layout.setSpacing(8)
        self.box_layout.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 16, 32, 16)
        column.setSpacing(16)
        column.addWidget(self.heading)
        column.addWidget(KineticScrollArea(self.box), 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Audit log: the last 200 staff actions"))
        if self.entries:
            self.refresh()  # the actions are words, in the language of the moment

    def _action(self, action: str) -> str:
        names = {
            "staff.login": self.tr("opened staff mode"),
            "staff.lock": self.tr("locked staff mode"),
            "staff.wrong_pin": self.tr("wrong PIN"),
            "staff.lockout": self.tr("PIN pad paused"),
            "staff.add": self.tr("added staff user"),
            "staff.remove": self.tr("removed staff user"),
            "activity.create": self.tr("created activity"),
            "activity.edit": self.tr("edited activity"),
            "activity.cancel": self.tr("cancelled activity"),
            "occurrence.edit": self.tr("changed a date"),
            "occurrence.cancel": self.tr("cancelled a date"),
            "occurrence.reinstate": self.tr("reinstated a date"),
            "signup.by_staff": self.tr("signed someone up"),
            "signup.to_seat": self.tr("gave a seat"),
            "signup.to_waitlist": self.tr("moved to the waiting list"),
            "signup.cancel": self.tr("cancelled a sign-up"),
            "signups.import": self.tr("imported a sign-up list"),
            "attendance.mark": self.tr("marked as come"),
            "attendance.unmark": self.tr("unmarked as come"),
            "participants.export": self.tr("exported a list"),
            "settings.save": self.tr("changed settings"),
            "retention.purge": self.tr("wiped old personal data"),
            "kiosk.exit": self.tr("closed the kiosk"),
        }
        return names.get(action, action)

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        for label in self.entries:
            label.setParent(None)
            label.deleteLater()
        self.entries = []
        for entry in self.services.staff.audit_log(200):
            label = Label()
            who = entry.staff_name or self.tr("(nobody signed in)")
            when = f"{entry.at.astimezone(OSLO):%d.%m.%Y %H:%M}"
            text = f"{when}  {who}: {self._action(entry.action)}"
            if entry.detail:
                text += f" — {entry.detail}"
            label.setText(text)
            self.entries.append(label)
            self.box_layout.insertWidget(len(self.entries) - 1, label)
            label.show()  # now, not on the next pass of the event loop
