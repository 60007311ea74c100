"""Create or edit an activity: what, where, who hosts, seats, sensitive, accessibility,
when sign-up closes, and when it happens (one date, or weekly on chosen weekdays between
two dates). Editing the series never touches a date changed by hand."""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.enums import Category
from kiosk.services import Services
from kiosk.services.admin import ActivityDraft, EditRefused
from ui import formatting
from ui.appearance import Appearance
from ui.navigation import Navigator
from ui.staff.base import StaffScreen
from ui.staff.texts import edit_problem_text, parse_date, parse_time
from ui.widgets.confirm import ConfirmPage
from ui.widgets.controls import BigButton, KineticScrollArea, Label
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.form import FieldKind, FormKeyboard, Stepper, TextField


class StaffActivityEditScreen(StaffScreen):
    def __init__(self, services: Services, nav: Navigator, appearance: Appearance) -> None:
        super().__init__(services, nav, appearance)
        self.activity_id: uuid.UUID | None = None
        self.heading = Label("heading")
        self.message = Label("error")
        self.message.setVisible(False)

        self.title_field = TextField(FieldKind.TEXT, 120)
        self.place_field = TextField(FieldKind.TEXT, 120)
        self.host_field = TextField(FieldKind.NAME, 120)
        self.contact_field = TextField(FieldKind.NAME, 120)
        self.contact_phone_field = TextField(FieldKind.PHONE, 20)
        self.description_field = TextField(FieldKind.TEXT, 500)
        self.accessibility_field = TextField(FieldKind.TEXT, 300)
        self.wheelchair_button = BigButton("compact")
        self.wheelchair_button.clicked.connect(lambda: self._add_note(self._wheelchair()))
        self.loop_button = BigButton("compact")
        self.loop_button.clicked.connect(lambda: self._add_note(self._hearing_loop()))

        self.category_label = Label("section")
        self.category_buttons: dict[Category, BigButton] = {}
        self._category_group = QButtonGroup(self)
        categories = QWidget()
        category_flow = FlowLayout(categories, spacing=16)
        for category in Category:
            button = BigButton("compact")
            button.setCheckable(True)
            self._category_group.addButton(button)
            self.category_buttons[category] = button
            category_flow.addWidget(button)

        self.capacity = Stepper(1, 200)
        self.closes = Stepper(0, 24 * 60, 15)
        self.sensitive_button = BigButton("compact")
        self.sensitive_button.setCheckable(True)

        self.schedule_label = Label("section")
        self.once_button = BigButton("compact")
        self.weekly_button = BigButton("compact")
        for button in (self.once_button, self.weekly_button):
            button.setCheckable(True)
        self._schedule_group = QButtonGroup(self)
        self._schedule_group.addButton(self.once_button)
        self._schedule_group.addButton(self.weekly_button)
        self.weekly_button.toggled.connect(self._on_schedule_changed)
        self.weekday_buttons: list[BigButton] = []
        weekdays = QWidget()
        weekday_row = QHBoxLayout(weekdays)
        weekday_row.setContentsMargins(0, 0, 0, 0)
        weekday_row.setSpacing(16)
        for _ in range(7):
            button = BigButton("compact")
            button.setCheckable(True)
            self.weekday_buttons.append(button)
            weekday_row.addWidget(button)
        weekday_row.addStretch(1)
        self.weekdays_box = weekdays
        self.first_date_field = TextField(FieldKind.DATE, 10)
        self.last_date_field = TextField(FieldKind.DATE, 10)
        self.start_field = TextField(FieldKind.TIME, 5)
        self.minutes = Stepper(15, 600, 15)

        self.save_button = BigButton("primary")
        self.save_button.clicked.connect(self._on_save)
        self.cancel_activity_button = BigButton("compact")
        self.cancel_activity_button.clicked.connect(self._on_cancel_activity)
        self.back_button = BigButton("compact")
        self.back_button.clicked.connect(lambda: self.staff_nav.show_staff_home())

        form = QWidget()
        grid = QGridLayout(form)
        grid.setContentsMargins(0, 0, 16, 0)
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(16)
        row = 0
        for left, right in (
            (self.title_field, self.place_field),
            (self.host_field, self.contact_field),
            (self.contact_phone_field, self.description_field),
        ):
            grid.addWidget(left, row, 0)
            grid.addWidget(right, row, 1)
            row += 1
        grid.addWidget(self.category_label, row, 0, 1, 2)
        grid.addWidget(categories, row + 1, 0, 1, 2)
        row += 2
        grid.addWidget(self.capacity, row, 0)
        grid.addWidget(self.closes, row, 1)
        row += 1
        # Rows of buttons wrap at a larger text size instead of widening the form.
        notes_box = QWidget()
        notes = FlowLayout(notes_box, spacing=16)
        notes.addWidget(self.sensitive_button)
        notes.addWidget(self.wheelchair_button)
        notes.addWidget(self.loop_button)
        grid.addWidget(notes_box, row, 0, 1, 2)
        grid.addWidget(self.accessibility_field, row + 1, 0, 1, 2)
        row += 2
        schedule_box = QWidget()
        schedule = FlowLayout(schedule_box, spacing=16)
        schedule.addWidget(self.schedule_label)
        schedule.addWidget(self.once_button)
        schedule.addWidget(self.weekly_button)
        grid.addWidget(schedule_box, row, 0, 1, 2)
        grid.addWidget(weekdays, row + 1, 0, 1, 2)
        row += 2
        grid.addWidget(self.first_date_field, row, 0)
        grid.addWidget(self.last_date_field, row, 1)
        grid.addWidget(self.start_field, row + 1, 0)
        grid.addWidget(self.minutes, row + 1, 1)

        self.keyboard = FormKeyboard(auto_hide=True)
        self.keyboard.attach(
            self.title_field,
            self.place_field,
            self.host_field,
            self.contact_field,
            self.contact_phone_field,
            self.description_field,
            self.accessibility_field,
            self.first_date_field,
            self.last_date_field,
            self.start_field,
        )
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.heading, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_activity_button)
        buttons.addWidget(self.back_button)

        # Cancelling the whole activity asks first.
        self.pages = QStackedWidget()
        edit_page = QWidget()
        edit_column = QVBoxLayout(edit_page)
        edit_column.setContentsMargins(32, 12, 32, 12)
        edit_column.setSpacing(12)
        edit_column.addLayout(buttons)
        edit_column.addWidget(self.message)
        edit_column.addWidget(KineticScrollArea(form), 3)
        edit_column.addWidget(self.keyboard, 2)
        self.pages.addWidget(edit_page)
        self.confirm_page = ConfirmPage()
        self.confirm_page.detail.setVisible(False)  # the question says it all
        self.question = self.confirm_page.question
        self.yes_button = self.confirm_page.yes_button
        self.yes_button.clicked.connect(self._on_cancel_confirmed)
        self.no_button = self.confirm_page.no_button
        self.no_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.pages.addWidget(self.confirm_page)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.pages)
        self.retranslate()
        self.load(None)

    # -- Screen ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(
            self.tr("New activity") if self.activity_id is None else self.tr("Edit activity")
        )
        self.title_field.set_caption(self.tr("Title"))
        self.place_field.set_caption(self.tr("Place"))
        self.host_field.set_caption(self.tr("Host (often a volunteer)"))
        self.contact_field.set_caption(self.tr("Contact person"))
        self.contact_phone_field.set_caption(self.tr("Contact's phone"))
        self.description_field.set_caption(self.tr("Description"))
        self.accessibility_field.set_caption(self.tr("Accessibility"))
        self.wheelchair_button.set_texts(
            "+ " + self._wheelchair(), self.tr("Add: wheelchair access")
        )
        self.loop_button.set_texts("+ " + self._hearing_loop(), self.tr("Add: hearing loop"))
        self.category_label.setText(self.tr("Category"))
        for category, button in self.category_buttons.items():
            button.set_texts(formatting.category_name(category))
        self.capacity.set_caption(self.tr("Seats"))
        self.closes.set_caption(self.tr("Sign-up closes before start"), self.tr("min"))
        self.sensitive_button.set_texts(
            self.tr("Sensitive (health): no names or counts in public"),
            self.tr("Sensitive: the public side shows no names and no counts"),
        )
        self.schedule_label.setText(self.tr("When"))
        self.once_button.set_texts(self.tr("One date"))
        self.weekly_button.set_texts(self.tr("Every week"))
        monday = date(2026, 11, 30)
        for offset, button in enumerate(self.weekday_buttons):
            name = formatting.day_name(monday + timedelta(days=offset)).split()[0]
            button.set_texts(name[:3], name)
        self.first_date_field.set_caption(
            self.tr("Date (dd.mm.yyyy)")
            if not self.weekly_button.isChecked()
            else self.tr("From (dd.mm.yyyy)")
        )
        self.last_date_field.set_caption(self.tr("Until (dd.mm.yyyy)"))
        self.start_field.set_caption(self.tr("Starts (hh:mm)"))
        self.minutes.set_caption(self.tr("Length"), self.tr("min"))
        self.save_button.set_texts(self.tr("Save"), self.tr("Save the activity"))
        self.cancel_activity_button.set_texts(
            self.tr("Cancel activity"), self.tr("Cancel the whole activity")
        )
        self.back_button.set_texts(self.tr("Back"), self.tr("Back without saving"))
        self.yes_button.set_texts(self.tr("Yes, cancel it"))
        self.no_button.set_texts(self.tr("No, go back"))
        self._show_question()

    def _wheelchair(self) -> str:
        return self.tr("Wheelchair access")

    def _hearing_loop(self) -> str:
        return self.tr("Hearing loop")

    def _add_note(self, note: str) -> None:
        text = self.accessibility_field.text.strip()
        if note.casefold() in text.casefold():
            return
        self.accessibility_field.set_text(f"{text}. {note}" if text else note)

    def reset(self) -> None:
        self.load(None)

    def load(self, activity_id: uuid.UUID | None) -> None:
        """Fill the form: an existing activity, or sensible blanks for a new one."""
        self.activity_id = activity_id
        self.pages.setCurrentIndex(0)
        self.message.setVisible(False)
        if activity_id is None:
            tomorrow = self.services.clock.now().date() + timedelta(days=1)
            draft = ActivityDraft(
                title="",
                category=Category.GAMES,
                capacity=12,
                first_date=tomorrow,
                start=time(11, 0),
                minutes=90,
                signup_closes_minutes=self.services.config.signup_closes_minutes,
            )
        else:
            draft = self.services.admin.draft(activity_id)
        self.title_field.set_text(draft.title)
        self.place_field.set_text(draft.place)
        self.host_field.set_text(draft.host)
        self.contact_field.set_text(draft.contact_name)
        self.contact_phone_field.set_text(draft.contact_phone)
        self.description_field.set_text(draft.description)
        self.accessibility_field.set_text(draft.accessibility)
        self.category_buttons[draft.category].setChecked(True)
        self.capacity.set_value(draft.capacity)
        closes = draft.signup_closes_minutes
        self.closes.set_value(
            self.services.config.signup_closes_minutes if closes is None else closes
        )
        self.sensitive_button.setChecked(draft.sensitive)
        weekly = bool(draft.weekdays)
        (self.weekly_button if weekly else self.once_button).setChecked(True)
        for index, button in enumerate(self.weekday_buttons):
            button.setChecked(index in draft.weekdays)
        self.first_date_field.set_text(f"{draft.first_date:%d.%m.%Y}")
        last = draft.last_date or draft.first_date + timedelta(weeks=8)
        self.last_date_field.set_text(f"{last:%d.%m.%Y}")
        self.start_field.set_text(f"{draft.start:%H:%M}")
        self.minutes.set_value(draft.minutes)
        self.cancel_activity_button.setVisible(activity_id is not None)
        self._on_schedule_changed(weekly)
        self.retranslate()
        self.keyboard.target_field(self.title_field, show=False)
        self.keyboard.setVisible(False)

    @Slot(bool)
    def _on_schedule_changed(self, weekly: bool) -> None:
        self.weekdays_box.setVisible(weekly)
        self.last_date_field.setVisible(weekly)
        self.first_date_field.set_caption(
            self.tr("From (dd.mm.yyyy)") if weekly else self.tr("Date (dd.mm.yyyy)")
        )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def draft_from_form(self) -> ActivityDraft | None:
        first = parse_date(self.first_date_field.text)
        last = parse_date(self.last_date_field.text)
        start = parse_time(self.start_field.text)
        weekly = self.weekly_button.isChecked()
        if first is None or (weekly and last is None):
            self._say(self.tr("Write the dates as dd.mm.yyyy."))
            return None
        if start is None:
            self._say(self.tr("Write the time as hh:mm."))
            return None
        checked = self._category_group.checkedButton()
        category = next(c for c, b in self.category_buttons.items() if b is checked)
        weekdays = (
            frozenset(i for i, b in enumerate(self.weekday_buttons) if b.isChecked())
            if weekly
            else frozenset()
        )
        if weekly and not weekdays:
            self._say(self.tr("Choose at least one weekday."))
            return None
        return ActivityDraft(
            title=self.title_field.text,
            category=category,
            capacity=self.capacity.value,
            first_date=first,
            start=start,
            minutes=self.minutes.value,
            description=self.description_field.text,
            place=self.place_field.text,
            host=self.host_field.text,
            contact_name=self.contact_field.text,
            contact_phone=self.contact_phone_field.text,
            sensitive=self.sensitive_button.isChecked(),
            accessibility=self.accessibility_field.text,
            signup_closes_minutes=self.closes.value,
            weekdays=weekdays,
            last_date=last if weekly else None,
        )

    @Slot()
    def _on_save(self) -> None:
        draft = self.draft_from_form()
        if draft is None:
            return
        admin = self.services.admin
        try:
            if self.activity_id is None:
                self.activity_id = admin.create_activity(draft, self.member)
                self.staff_nav.show_staff_home()
                return
            change = admin.update_activity(self.activity_id, draft, self.member)
        except EditRefused as refused:
            self._say(edit_problem_text(refused.problem))
            return
        if change.kept_with_signups:
            self._say(
                self.tr(
                    "Saved. %n dates off the new pattern still have people signed up: "
                    "they are kept; cancel them from the list if they should go.",
                    "",
                    change.kept_with_signups,
                )
            )
            return
        self.staff_nav.show_staff_home()

    @Slot()
    def _on_cancel_activity(self) -> None:
        self._show_question()
        self.pages.setCurrentIndex(1)

    def _show_question(self) -> None:
        self.question.setText(
            self.tr(
                "Cancel every coming date of “%1”? People who signed up stay on the lists so "
                "you can call them."
            ).replace("%1", self.title_field.text)
        )

    @Slot()
    def _on_cancel_confirmed(self) -> None:
        if self.activity_id is not None:
            self.services.admin.cancel_activity(self.activity_id, self.member)
        self.staff_nav.show_staff_home()
