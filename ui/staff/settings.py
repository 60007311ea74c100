"""Kiosk settings (site name, default language, idle times, sign-up closing, how long
personal data is kept), the staff users, and the only way out of kiosk mode."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import LANGUAGES
from kiosk.domain.validation import InvalidName
from kiosk.services import Services
from kiosk.services.admin import EditRefused
from kiosk.services.staff import InvalidPin, PinProblem, StaffMember, StaffProblem, StaffRefused
from ui.appearance import Appearance
from ui.i18n import NATIVE_NAMES
from ui.navigation import Navigator
from ui.staff.base import StaffScreen
from ui.staff.texts import edit_problem_text
from ui.widgets.controls import BigButton, KineticScrollArea, Label
from ui.widgets.form import FieldKind, FormKeyboard, Stepper, TextField, form_page
from ui.worker import Worker


class StaffSettingsScreen(StaffScreen):
    def __init__(self, services: Services, nav: Navigator, appearance: Appearance) -> None:
        super().__init__(services, nav, appearance)
        self.worker = Worker(self)
        self.heading = Label("heading")
        self.message = Label("notice")
        self.message.setVisible(False)
        self.site_field = TextField(FieldKind.TEXT, 120)
        self.language_label = Label("section")
        self.language_buttons: dict[str, BigButton] = {}
        self._language_group = QButtonGroup(self)
        languages = QHBoxLayout()
        languages.setSpacing(16)
        languages.addWidget(self.language_label)
        for language in LANGUAGES:
            button = BigButton("compact")
            button.setCheckable(True)
            self._language_group.addButton(button)
            self.language_buttons[language] = button
            languages.addWidget(button)
        languages.addStretch(1)
        self.idle = Stepper(30, 600, 10)
        self.answer = Stepper(20, 120, 5)
        self.closes = Stepper(0, 24 * 60, 15)
        self.retention = Stepper(1, 365)
        self.save_button = BigButton("primary")
        self.save_button.clicked.connect(self._on_save)
        self.exit_button = BigButton("compact")
        self.exit_button.clicked.connect(self._on_exit)

        self.staff_heading = Label("heading")
        self.staff_box = QWidget()
        self.staff_layout = QVBoxLayout(self.staff_box)
        self.staff_layout.setContentsMargins(0, 0, 0, 0)
        self.staff_layout.setSpacing(12)
        self.staff_rows: list[QWidget] = []
        self.add_staff_button = BigButton("compact")
        self.add_staff_button.clicked.connect(self._on_add_staff)

        form = QWidget()
        grid = QGridLayout(form)
        grid.setContentsMargins(0, 0, 16, 0)
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(16)
        grid.addWidget(self.site_field, 0, 0, 1, 2)
        grid.addLayout(languages, 1, 0, 1, 2)
        grid.addWidget(self.idle, 2, 0)
        grid.addWidget(self.answer, 2, 1)
        grid.addWidget(self.closes, 3, 0)
        grid.addWidget(self.retention, 3, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.exit_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 4, 0, 1, 2)
        grid.addWidget(self.staff_heading, 5, 0, 1, 2)
        grid.addWidget(self.staff_box, 6, 0, 1, 2)
        grid.addWidget(self.add_staff_button, 7, 0)
        self.keyboard = FormKeyboard(auto_hide=True)
        self.keyboard.attach(self.site_field)

        settings_page = QWidget()
        settings_column = QVBoxLayout(settings_page)
        settings_column.setContentsMargins(32, 12, 32, 12)
        settings_column.setSpacing(12)
        settings_column.addWidget(self.heading)
        settings_column.addWidget(self.message)
        settings_column.addWidget(KineticScrollArea(form), 3)
        settings_column.addWidget(self.keyboard, 2)

        # A new staff user: name, and the PIN twice (shown as dots).
        self.new_heading = Label("heading")
        self.new_name = TextField(FieldKind.NAME, 60)
        self.new_pin = TextField(FieldKind.NUMBER, 12)
        self.new_pin_again = TextField(FieldKind.NUMBER, 12)
        for field in (self.new_pin, self.new_pin_again):
            field.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_error = Label("error")
        self.new_error.setVisible(False)
        self.new_save = BigButton("primary")
        self.new_save.clicked.connect(self._on_new_save)
        self.new_back = BigButton("compact")
        self.new_back.clicked.connect(self._show_settings)
        self.new_keyboard = FormKeyboard()
        self.new_keyboard.attach(self.new_name, self.new_pin, self.new_pin_again)
        fields = QHBoxLayout()
        fields.setSpacing(32)
        for field in (self.new_name, self.new_pin, self.new_pin_again):
            fields.addWidget(field, 1)
        new_page = form_page(
            self.new_heading,
            fields,
            self.new_error,
            self.new_save,
            self.new_back,
            self.new_keyboard,
        )

        self.pages = QStackedWidget()
        self.pages.addWidget(settings_page)
        self.pages.addWidget(new_page)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.pages)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Kiosk settings"))
        self.site_field.set_caption(self.tr("Name of the place"))
        self.language_label.setText(self.tr("Language at the start"))
        for language, button in self.language_buttons.items():
            button.set_texts(NATIVE_NAMES[language])
        self.idle.set_caption(self.tr("Ask “Are you still there?” after"), self.tr("s"))
        self.answer.set_caption(self.tr("Time to answer"), self.tr("s"))
        self.closes.set_caption(self.tr("Sign-up closes before start"), self.tr("min"))
        self.retention.set_caption(
            self.tr("Keep names and phone numbers for"), self.tr("days after")
        )
        self.save_button.set_texts(self.tr("Save settings"))
        self.exit_button.set_texts(
            self.tr("Close the kiosk program")
            if not self.staff_nav.kiosk_mode
            else self.tr("Leave kiosk mode"),
            self.tr("Close the kiosk program, for maintenance"),
        )
        self.staff_heading.setText(self.tr("Staff users"))
        self.add_staff_button.set_texts(self.tr("Add a staff user"))
        self.new_heading.setText(self.tr("New staff user"))
        self.new_name.set_caption(self.tr("Name"))
        self.new_pin.set_caption(self.tr("PIN (6–12 digits)"))
        self.new_pin_again.set_caption(self.tr("PIN once more"))
        self.new_save.set_texts(self.tr("Add"), self.tr("Add the staff user"))
        self.new_back.set_texts(self.tr("Back"), self.tr("Back to the settings"))
        self._show_staff()

    def on_shown(self) -> None:
        config = self.services.config
        self.site_field.set_text(self.services.admin.site_name())
        self.language_buttons[config.language].setChecked(True)
        self.idle.set_value(config.idle_seconds)
        self.answer.set_value(config.idle_answer_seconds)
        self.closes.set_value(config.signup_closes_minutes)
        self.retention.set_value(config.retention_days)
        self.message.setVisible(False)
        self.pages.setCurrentIndex(0)
        self.retranslate()
        self.keyboard.target_field(self.site_field, show=False)
        self.keyboard.setVisible(False)

    def reset(self) -> None:
        for field in (self.new_name, self.new_pin, self.new_pin_again):
            field.set_text("")
        self.pages.setCurrentIndex(0)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show_staff(self) -> None:
        for row in self.staff_rows:
            row.setParent(None)
            row.deleteLater()
        self.staff_rows = []
        if self.staff_nav.staff_member is None:
            return
        for member in self.services.staff.members():
            self.staff_rows.append(self._staff_row(member))
        for row in self.staff_rows:
            self.staff_layout.addWidget(row)
            row.show()  # now, not on the next pass of the event loop

    def _staff_row(self, member: StaffMember) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        name = Label()
        name.setText(member.name)
        remove = BigButton("compact")
        remove.set_texts(self.tr("Remove"), self.tr("Remove %1").replace("%1", member.name))
        remove.clicked.connect(lambda: self._on_remove(member))
        layout.addWidget(name, 1)
        layout.addWidget(remove)
        return row

    @Slot()
    def _on_save(self) -> None:
        checked = self._language_group.checkedButton()
        language = next(lang for lang, b in self.language_buttons.items() if b is checked)
        config = self.services.config.replace(
            language=language,
            idle_seconds=self.idle.value,
            idle_answer_seconds=self.answer.value,
            signup_closes_minutes=self.closes.value,
            retention_days=self.retention.value,
        )
        try:
            self.services.admin.save_settings(self.site_field.text, config, self.member)
        except EditRefused as refused:
            self._say(edit_problem_text(refused.problem))
            return
        try:
            self.services.apply_config(config)
        except OSError:
            self._say(self.tr("The settings could not be saved. Is the disk full?"))
            return
        self.staff_nav.settings_changed()
        self._say(self.tr("Saved."))

    def _on_remove(self, member: StaffMember) -> None:
        try:
            self.services.staff.remove(member.name, by=self.member)
        except StaffRefused as refused:
            self._say(
                self.tr("The last staff user cannot be removed: nobody could get in.")
                if refused.problem is StaffProblem.LAST_ONE
                else self.tr("That staff user is no longer there.")
            )
            return
        self._say(self.tr("%1 is removed.").replace("%1", member.name))
        self._show_staff()

    @Slot()
    def _on_add_staff(self) -> None:
        for field in (self.new_name, self.new_pin, self.new_pin_again):
            field.set_text("")
        self.new_error.setVisible(False)
        self.pages.setCurrentIndex(1)
        self.new_name.edit.setFocus()
        self.new_keyboard.target_field(self.new_name)

    @Slot()
    def _show_settings(self) -> None:
        self.pages.setCurrentIndex(0)
        self._show_staff()

    @Slot()
    def _on_new_save(self) -> None:
        if self.worker.busy:
            return
        name, pin, again = self.new_name.text, self.new_pin.text, self.new_pin_again.text
        self.new_pin.set_text("")
        self.new_pin_again.set_text("")
        staff, member = self.services.staff, self.member
        self.worker.run(
            lambda: staff.add(name, pin, again, by=member), self._on_added, self._on_add_failed
        )

    def _on_added(self, member: object) -> None:
        assert isinstance(member, StaffMember)
        self._show_settings()
        self._say(self.tr("%1 can now open staff mode with their PIN.").replace("%1", member.name))

    def _on_add_failed(self, error: Exception) -> None:
        if isinstance(error, InvalidName):
            text = self.tr("Please write a name with letters (1–60 characters).")
        elif isinstance(error, StaffRefused):
            text = self.tr("There is already a staff user with that name.")
        elif isinstance(error, InvalidPin):
            text = {
                PinProblem.LENGTH: self.tr("The PIN must have 6 to 12 digits."),
                PinProblem.NOT_DIGITS: self.tr("The PIN can only have digits."),
                PinProblem.TOO_SIMPLE: self.tr(
                    "That PIN is too easy to guess. Avoid 111111 and 123456."
                ),
                PinProblem.MISMATCH: self.tr("The two PINs are not the same."),
                PinProblem.IN_USE: self.tr("That PIN cannot be used. Choose another."),
            }[error.problem]
        else:
            text = self.tr("The staff user could not be added. Please try again.")
        self.new_error.setText(text)
        self.new_error.setVisible(True)

    @Slot()
    def _on_exit(self) -> None:
        self.staff_nav.exit_kiosk()
