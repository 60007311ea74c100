"""One occurrence as staff see it: who has a seat and who waits (names only here), tap a
name to mark attendance, move between seats and the waiting list, cancel, add someone who
phoned in, change or cancel this one date, and the list as CSV, PDF or on paper."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.clock import OSLO
from kiosk.domain.enums import SignupStatus
from kiosk.domain.validation import InvalidName, InvalidPhone
from kiosk.domain.views import BookingRefused
from kiosk.services import Services
from kiosk.services.admin import EditRefused, Participant, StaffOccurrence
from ui import formatting
from ui.appearance import Appearance
from ui.navigation import Navigator
from ui.staff.base import StaffScreen
from ui.staff.texts import edit_problem_text, parse_date, parse_time, refusal_text
from ui.widgets.confirm import ConfirmPage
from ui.widgets.controls import BigButton, KineticScrollArea, Label
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.form import FieldKind, FormKeyboard, Stepper, TextField, form_page
from ui.worker import Worker


class PersonRow(QWidget):
    """Name (tap: attended), party, status, code, phone, and the two actions."""

    def __init__(self, screen: StaffParticipantsScreen, person: Participant) -> None:
        super().__init__()
        self.person = person
        self.name_button = BigButton("compact")
        self.name_button.setCheckable(True)
        self.name_button.setChecked(person.attended)
        self.name_button.toggled.connect(lambda on: screen.set_attended(person.signup_id, on))
        self.details = Label()
        self.move_button = BigButton("compact")
        self.move_button.clicked.connect(lambda: screen.move_person(person))
        self.cancel_button = BigButton("compact")
        self.cancel_button.clicked.connect(lambda: screen.ask_cancel_signup(person))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.name_button, 3)
        row.addWidget(self.details, 4)
        row.addWidget(self.move_button, 2)
        row.addWidget(self.cancel_button, 2)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        p = self.person
        mark = "✓ " if p.attended else ""
        self.name_button.setText(mark + p.name)
        self.name_button.setAccessibleName(
            (self.tr("%1: came") if p.attended else self.tr("%1: tap when they come")).replace(
                "%1", p.name
            )
        )
        parts = []
        if p.party_size > 1:
            parts.append(self.tr("%n people", "", p.party_size))
        if p.status is SignupStatus.WAITLISTED:
            parts.append(self.tr("Waiting list %1").replace("%1", str(p.waitlist_position)))
            self.move_button.setText(self.tr("To a seat"))
            self.move_button.setAccessibleName(self.tr("Give %1 a seat").replace("%1", p.name))
        else:
            parts.append(
                self.tr("Seat") if p.status is SignupStatus.CONFIRMED else self.tr("Pending")
            )
            self.move_button.setText(self.tr("To waiting list"))
            self.move_button.setAccessibleName(
                self.tr("Move %1 to the waiting list").replace("%1", p.name)
            )
        parts.append(formatting.spaced_code(p.booking_code))
        if p.phone:
            parts.append(p.phone)
        if p.needs_help:
            parts.append(self.tr("Would like company or a ride"))
        self.details.setText(" · ".join(parts))
        self.cancel_button.setText(self.tr("Cancel sign-up"))
        self.cancel_button.setAccessibleName(
            self.tr("Cancel the sign-up of %1").replace("%1", p.name)
        )


class StaffParticipantsScreen(StaffScreen):
    def __init__(self, services: Services, nav: Navigator, appearance: Appearance) -> None:
        super().__init__(services, nav, appearance)
        self.worker = Worker(self)
        self.occurrence_id: uuid.UUID | None = None
        self.occurrence: StaffOccurrence | None = None
        self.people: list[Participant] = []
        self._confirm_action: object = None
        self.pages = QStackedWidget()

        # The list.
        self.heading = Label("title")
        self.when = Label()
        self.counts = Label("section")
        self.notice = Label("notice")
        self.notice.setVisible(False)
        self.add_button = BigButton("primary")
        self.add_button.clicked.connect(self._on_add)
        self.edit_date_button = BigButton("compact")
        self.edit_date_button.clicked.connect(self._on_edit_date)
        self.cancel_date_button = BigButton("compact")
        self.cancel_date_button.clicked.connect(self._on_cancel_date)
        self.edit_activity_button = BigButton("compact")
        self.edit_activity_button.clicked.connect(self._on_edit_activity)
        self.csv_button = BigButton("compact")
        self.csv_button.clicked.connect(self._on_csv)
        self.pdf_button = BigButton("compact")
        self.pdf_button.clicked.connect(self._on_pdf)
        self.print_button = BigButton("compact")
        self.print_button.clicked.connect(self._on_print)
        self.rows: list[PersonRow] = []
        self.nobody = Label("muted")
        self.rows_box = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(16)
        self.rows_layout.addWidget(self.nobody)
        self.rows_layout.addStretch(1)
        # The actions wrap onto more lines at a larger text size, never clipping a word.
        actions_box = QWidget()
        actions = FlowLayout(actions_box, spacing=16)
        for button in (
            self.add_button,
            self.edit_date_button,
            self.cancel_date_button,
            self.edit_activity_button,
            self.csv_button,
            self.pdf_button,
            self.print_button,
        ):
            actions.addWidget(button)
        # One page that scrolls as a whole: at 166 % the actions take three lines.
        list_content = QWidget()
        list_column = QVBoxLayout(list_content)
        list_column.setContentsMargins(32, 16, 32, 16)
        list_column.setSpacing(12)
        list_column.addWidget(self.heading)
        list_column.addWidget(self.when)
        list_column.addWidget(self.counts)
        list_column.addWidget(self.notice)
        list_column.addWidget(actions_box)
        list_column.addWidget(self.rows_box, 1)
        list_page = KineticScrollArea(list_content)
        self.pages.addWidget(list_page)
        self.list_page = list_page

        # Add someone who phoned in.
        self.add_heading = Label("heading")
        self.name_field = TextField(FieldKind.NAME, 60)
        self.phone_field = TextField(FieldKind.PHONE, 20)
        self.companions = Stepper(0, 3)
        # Company or a ride there, as the kiosk asks: on when the caller would like it.
        self.add_help = BigButton()
        self.add_help.setCheckable(True)
        self.add_help.toggled.connect(self._show_help_toggle)
        self.add_error = Label("error")
        self.add_error.setVisible(False)
        self.add_save = BigButton("primary")
        self.add_save.clicked.connect(self._on_add_save)
        self.add_back = BigButton("compact")
        self.add_back.clicked.connect(self._show_list)
        self.add_keyboard = FormKeyboard()
        self.add_keyboard.attach(self.name_field, self.phone_field)
        self.pages.addWidget(
            form_page(
                self.add_heading,
                # Typed on the left, tapped on the right: with the keys up and the text
                # large, the row being typed in is the one in view, and each row has a
                # control to tap beside its field (the companions beside the name).
                self._two_by_two(
                    [self.name_field, self.companions, self.phone_field, self.add_help]
                ),
                self.add_error,
                self.add_save,
                self.add_back,
                self.add_keyboard,
            )
        )

        # Change this one date.
        self.date_heading = Label("heading")
        self.date_field = TextField(FieldKind.DATE, 10)
        self.time_field = TextField(FieldKind.TIME, 5)
        self.minutes = Stepper(15, 600, 15)
        self.capacity = Stepper(1, 200)
        self.date_error = Label("error")
        self.date_error.setVisible(False)
        self.date_save = BigButton("primary")
        self.date_save.clicked.connect(self._on_date_save)
        self.date_back = BigButton("compact")
        self.date_back.clicked.connect(self._show_list)
        self.date_keyboard = FormKeyboard()
        self.date_keyboard.attach(self.date_field, self.time_field)
        self.pages.addWidget(
            form_page(
                self.date_heading,
                self._two_by_two([self.date_field, self.time_field, self.minutes, self.capacity]),
                self.date_error,
                self.date_save,
                self.date_back,
                self.date_keyboard,
            )
        )

        # Ask first.
        self.confirm_page = ConfirmPage()
        self.question = self.confirm_page.question
        self.question_detail = self.confirm_page.detail
        self.yes_button = self.confirm_page.yes_button
        self.yes_button.clicked.connect(self._on_yes)
        self.no_button = self.confirm_page.no_button
        self.no_button.clicked.connect(self._show_list)
        self.pages.addWidget(self.confirm_page)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.pages)
        self.retranslate()

    @staticmethod
    def _two_by_two(fields: list[QWidget]) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(8)
        for index, field in enumerate(fields):
            grid.addWidget(field, index // 2, index % 2)
        return grid

    # -- Screen ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.add_button.set_texts(self.tr("Add a person"), self.tr("Add a person who phoned in"))
        self.edit_date_button.set_texts(self.tr("Change this date"))
        self.edit_activity_button.set_texts(self.tr("Edit the activity"))
        self.csv_button.set_texts(self.tr("Save as CSV"), self.tr("Save the list as CSV"))
        self.pdf_button.set_texts(self.tr("Save as PDF"), self.tr("Save the list as PDF"))
        self.print_button.set_texts(self.tr("Print"), self.tr("Print the list"))
        self.nobody.setText(self.tr("Nobody is signed up yet."))
        self.add_heading.setText(self.tr("Add a person who phoned in"))
        self.name_field.set_caption(self.tr("Name"))
        self.phone_field.set_caption(self.tr("Phone (optional)"))
        self.companions.set_caption(self.tr("Companions"))
        self._show_help_toggle()
        self.add_save.set_texts(self.tr("Sign up"))
        self.add_back.set_texts(self.tr("Back to the list"))
        self.date_heading.setText(self.tr("Change this date only"))
        self.date_field.set_caption(self.tr("Date (dd.mm.yyyy)"))
        self.time_field.set_caption(self.tr("Starts (hh:mm)"))
        self.minutes.set_caption(self.tr("Length"), self.tr("min"))
        self.capacity.set_caption(self.tr("Seats"))
        self.date_save.set_texts(self.tr("Save"), self.tr("Save this date"))
        self.date_back.set_texts(self.tr("Back to the list"))
        self.yes_button.set_texts(self.tr("Yes"))
        self.no_button.set_texts(self.tr("No, go back"))
        self._show_occurrence()
        self._show_question()

    def show_occurrence(self, occurrence_id: uuid.UUID) -> None:
        self.occurrence_id = occurrence_id
        self._show_list()

    def on_shown(self) -> None:
        self.refresh()

    def reset(self) -> None:
        for field in (self.name_field, self.phone_field, self.date_field, self.time_field):
            field.set_text("")
        self.companions.set_value(0)
        self.add_help.setChecked(False)
        self.pages.setCurrentWidget(self.list_page)

    def refresh(self) -> None:
        if self.occurrence_id is None:
            return
        try:
            self.occurrence = self.services.admin.occurrence(self.occurrence_id)
            self.people = self.services.admin.participants(self.occurrence_id)
        except EditRefused:
            self.occurrence, self.people = None, []
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = [PersonRow(self, person) for person in self.people]
        for index, row in enumerate(self.rows):
            self.rows_layout.insertWidget(index, row)
            row.show()  # now, not on the next pass of the event loop
        self.nobody.setVisible(not self.rows)
        self._show_occurrence()

    def _show_occurrence(self) -> None:
        o = self.occurrence
        if o is None:
            self.heading.setText("")
            return
        self.heading.setText(o.title + (" — " + self.tr("cancelled") if o.cancelled else ""))
        self.when.setText(
            f"{formatting.day_name(o.starts_at.date())} "
            f"{formatting.time_range(o.starts_at, o.ends_at)} · {o.place}"
        )
        counts = (
            self.tr("%1 of %2 seats taken")
            .replace("%1", str(o.seats_taken))
            .replace("%2", str(o.capacity))
        )
        if o.waitlist_length:
            counts += " · " + self.tr("%n waiting", "", o.waitlist_length)
        self.counts.setText(counts)
        if o.cancelled:
            self.cancel_date_button.set_texts(self.tr("Reinstate this date"))
        else:
            self.cancel_date_button.set_texts(self.tr("Cancel this date"))

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    @Slot()
    def _show_list(self) -> None:
        self.pages.setCurrentWidget(self.list_page)
        self.refresh()

    # -- people ------------------------------------------------------------------------------

    def set_attended(self, signup_id: uuid.UUID, attended: bool) -> None:
        self.services.admin.set_attended(signup_id, attended, self.member)
        for row in self.rows:
            if row.person.signup_id == signup_id:
                row.person = Participant(**{**row.person.__dict__, "attended": attended})
                row.retranslate()

    def move_person(self, person: Participant) -> None:
        admin = self.services.admin
        try:
            if person.status is SignupStatus.WAITLISTED:
                admin.move_to_seat(person.signup_id, self.member)
                self._say(self.tr("%1 has a seat now.").replace("%1", person.name))
            else:
                admin.move_to_waitlist(person.signup_id, self.member)
                self._say(self.tr("%1 is first on the waiting list.").replace("%1", person.name))
        except EditRefused as refused:
            self._say(edit_problem_text(refused.problem))
        self.refresh()

    def ask_cancel_signup(self, person: Participant) -> None:
        self._confirm_action = ("signup", person)
        self._show_question()
        self.pages.setCurrentWidget(self.confirm_page)

    def _show_question(self) -> None:
        """The question on the confirm page, in the language of the moment."""
        action = self._confirm_action
        if not isinstance(action, tuple):
            return
        if action[0] == "signup":
            self.question.setText(
                self.tr("Cancel the sign-up of %1?").replace("%1", action[1].name)
            )
            self.question_detail.setText(self.tr("The first on the waiting list gets the seat."))
            return
        o = action[1]
        self.question.setText(
            self.tr("Cancel %1 on %2?")
            .replace("%1", o.title)
            .replace("%2", formatting.day_name(o.starts_at.date(), capital=False))
        )
        signed_up = len(self.people)
        self.question_detail.setText(
            self.tr(
                "%n people are signed up. They stay on this list so you can call them.",
                "",
                signed_up,
            )
            if signed_up
            else self.tr("Nobody is signed up.")
        )

    def _show_help_toggle(self, _checked: bool = False) -> None:
        on = self.add_help.isChecked()
        self.add_help.set_texts(
            ("✓ " if on else "") + self.tr("Would like company or a ride"),
            self.tr("Would like company or a ride: yes")
            if on
            else self.tr("Would like company or a ride: no"),
        )

    @Slot()
    def _on_add(self) -> None:
        self.name_field.set_text("")
        self.phone_field.set_text("")
        self.companions.set_value(0)
        self.add_help.setChecked(False)
        self.add_error.setVisible(False)
        self.pages.setCurrentIndex(1)
        self.name_field.edit.setFocus()
        self.add_keyboard.target_field(self.name_field)

    @Slot()
    def _on_add_save(self) -> None:
        if self.occurrence_id is None:
            return
        try:
            booking = self.services.admin.sign_up_for(
                self.occurrence_id,
                self.name_field.text,
                self.phone_field.text or None,
                self.companions.value,
                self.member,
                needs_help=self.add_help.isChecked(),
            )
        except InvalidName:
            self._form_error(
                self.add_error, self.tr("Please write a name with letters (1–60 characters).")
            )
            return
        except InvalidPhone:
            self._form_error(
                self.add_error, self.tr("Please write 8 digits, or + and a country code.")
            )
            return
        except BookingRefused as refused:
            self._form_error(self.add_error, refusal_text(refused.reason))
            return
        self._show_list()
        if booking.status is SignupStatus.WAITLISTED:
            self._say(
                self.tr("Signed up on the waiting list, code %1.").replace(
                    "%1", formatting.spaced_code(booking.booking_code)
                )
            )
        else:
            self._say(
                self.tr("Signed up with a seat, code %1.").replace(
                    "%1", formatting.spaced_code(booking.booking_code)
                )
            )

    @staticmethod
    def _form_error(label: Label, text: str) -> None:
        label.setText(text)
        label.setVisible(True)

    # -- this date ---------------------------------------------------------------------------

    @Slot()
    def _on_edit_date(self) -> None:
        o = self.occurrence
        if o is None:
            return
        self.date_field.set_text(f"{o.starts_at:%d.%m.%Y}")
        self.time_field.set_text(f"{o.starts_at:%H:%M}")
        self.minutes.set_value(int((o.ends_at - o.starts_at).total_seconds() // 60))
        self.capacity.set_value(o.capacity)
        self.date_error.setVisible(False)
        self.pages.setCurrentIndex(2)
        self.date_field.edit.setFocus()
        self.date_keyboard.target_field(self.date_field)

    @Slot()
    def _on_date_save(self) -> None:
        if self.occurrence_id is None:
            return
        day = parse_date(self.date_field.text)
        start = parse_time(self.time_field.text)
        if day is None:
            self._form_error(self.date_error, self.tr("Write the date as dd.mm.yyyy."))
            return
        if start is None:
            self._form_error(self.date_error, self.tr("Write the time as hh:mm."))
            return
        try:
            self.services.admin.update_occurrence(
                self.occurrence_id,
                datetime.combine(day, start, tzinfo=OSLO),
                self.minutes.value,
                self.capacity.value,
                self.member,
            )
        except EditRefused as refused:
            self._form_error(self.date_error, edit_problem_text(refused.problem))
            return
        self._show_list()
        self._say(self.tr("This date is changed; the rest of the series is as it was."))

    @Slot()
    def _on_cancel_date(self) -> None:
        o = self.occurrence
        if o is None:
            return
        if o.cancelled:
            self.services.admin.reinstate_occurrence(o.occurrence_id, self.member)
            self._show_list()
            return
        self._confirm_action = ("date", o)
        self._show_question()
        self.pages.setCurrentWidget(self.confirm_page)

    @Slot()
    def _on_yes(self) -> None:
        action = self._confirm_action
        self._confirm_action = None
        if isinstance(action, tuple) and action[0] == "date":
            people = self.services.admin.cancel_occurrence(action[1].occurrence_id, self.member)
            self._show_list()
            self._say(
                self.tr("The date is cancelled. Call the %n people on the list.", "", people)
                if people
                else self.tr("The date is cancelled.")
            )
        elif isinstance(action, tuple) and action[0] == "signup":
            person = action[1]
            assert isinstance(person, Participant)
            self.services.admin.cancel_signup(person.signup_id, self.member)
            self._show_list()
            self._say(self.tr("The sign-up of %1 is cancelled.").replace("%1", person.name))
        else:
            self._show_list()

    @Slot()
    def _on_edit_activity(self) -> None:
        if self.occurrence is not None:
            self.staff_nav.show_staff_activity(self.occurrence.activity_id)

    # -- the list out of the kiosk ----------------------------------------------------------

    def _export_dir(self) -> Path:
        return self.services.data_dir / "exports"

    def _file_stem(self) -> str:
        from ui.staff.export import safe_filename

        o = self.occurrence
        assert o is not None
        return f"{o.starts_at:%Y-%m-%d-%H%M}-{safe_filename(o.title)}"

    @Slot()
    def _on_csv(self) -> None:
        if self.occurrence_id is None or self.occurrence is None or self.worker.busy:
            return
        path = self._export_dir() / f"{self._file_stem()}.csv"
        admin, member, occurrence_id = self.services.admin, self.member, self.occurrence_id

        def write() -> object:
            text = admin.participants_csv(occurrence_id, member)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            return path

        self.worker.run(write, self._on_saved, self._on_save_failed)

    @Slot()
    def _on_pdf(self) -> None:
        if self.occurrence_id is None or self.occurrence is None or self.worker.busy:
            return
        from ui.staff.export import export_pdf

        path = self._export_dir() / f"{self._file_stem()}.pdf"
        occurrence, people = self.occurrence, list(self.people)
        self.services.admin.record_export(occurrence.occurrence_id, "PDF", self.member)
        self.worker.run(
            lambda: export_pdf(path, occurrence, people), self._on_saved, self._on_save_failed
        )

    def _on_saved(self, path: object) -> None:
        self._say(self.tr("Saved: %1").replace("%1", str(path)))

    def _on_save_failed(self, _error: Exception) -> None:
        self._say(self.tr("The list could not be saved. Is the disk full?"))

    @Slot()
    def _on_print(self) -> None:
        if self.occurrence is None:
            return
        from ui.staff.export import print_list

        self.services.admin.record_export(self.occurrence.occurrence_id, "print", self.member)
        if print_list(self.occurrence, self.people):
            self._say(self.tr("The list is on its way to the printer."))
        else:
            self._say(self.tr("No printer answered. Save the list as PDF and print it later."))
