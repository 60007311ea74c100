"""Sign-up: name, an optional phone number, company or a ride, companions — one question
per step.

Each step checks what it asked for before moving on, so a message appears where the
person is. The service checks everything again on "Sign me up" and stores nothing when it
refuses. Only kiosk.domain is imported here: the write side (SQLAlchemy) loads on first
use, not when this screen is built.
"""

from __future__ import annotations

import enum
import logging
import uuid

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.enums import Refusal, SignupState
from kiosk.domain.validation import (
    MAX_COMPANIONS,
    NAME_MAX_LENGTH,
    InvalidName,
    InvalidPhone,
    NameProblem,
    PhoneProblem,
    validate_name,
    validate_phone,
)
from kiosk.domain.views import BookingRefused, OccurrenceView, SignupRequest
from kiosk.services import Services
from ui import formatting
from ui.appearance import Appearance
from ui.navigation import Navigator
from ui.screens.base import Screen
from ui.widgets.controls import BigButton, Label
from ui.widgets.keyboard import KEY_MAX_HEIGHT, DigitKeyboard, Key, LetterKeyboard

log = logging.getLogger(__name__)

PHONE_MAX_LENGTH = 16  # "+" and up to 15 digits (E.164)


class Step(enum.IntEnum):
    NAME = 0
    PHONE = 1
    HELP = 2  # would you like company or a ride there?
    COMPANIONS = 3


class Trouble(enum.Enum):
    """What went wrong that the core has no word for."""

    UNEXPECTED = "unexpected"


# Why a message is shown. Kept rather than the words, so a language change re-words it.
Reason = NameProblem | PhoneProblem | Refusal | Trouble


class _Prompt(QWidget):
    """The question of a step, or in its place a message about the answer.

    The message takes the question's place (beside the field) rather than a row of its
    own: with four rows of keys below, a new row would not fit 1080 px at 166 % text.
    """

    def __init__(self, field: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.reason: Reason | None = None
        self.question = Label("heading")
        self.message = Label("error")
        self.message.setVisible(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.question, 0, Qt.AlignmentFlag.AlignVCenter)
        column.addWidget(self.message, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_message(self, reason: Reason, text: str) -> None:
        self.reason = reason
        self.message.setText(text)
        self.message.setVisible(True)
        self.question.setVisible(False)
        self._describe(text)

    def clear_message(self) -> None:
        self.reason = None
        self.message.clear()
        self.message.setVisible(False)
        self.question.setVisible(True)
        self._describe("")

    def _describe(self, text: str) -> None:
        # A screen reader reads the message with the field it is about.
        self.message.setAccessibleName(text)
        self.message.setAccessibleDescription(text)
        self.field.setAccessibleDescription(text)


def _big_field(max_length: int) -> QLineEdit:
    field = QLineEdit()
    field.setMaxLength(max_length)
    field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    # Nothing typed here may be offered back to the next person.
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return field


def _counter_key(sign: str) -> Key:
    key = Key(sign)
    key.setText(sign)
    key.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no field to keep the focus here
    key.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    key.set_height_range(KEY_MAX_HEIGHT, KEY_MAX_HEIGHT)
    return key


class SignupScreen(Screen):
    def __init__(self, services: Services, nav: Navigator, appearance: Appearance) -> None:
        super().__init__(services, nav, appearance)
        self._occurrence_id: uuid.UUID | None = None
        self._view: OccurrenceView | None = None
        self._companions = 0

        # Top: what this sign-up is for, and how far along it is.
        self.activity_label = Label("section")
        self.step_label = Label("muted")
        self.step_label.setWordWrap(False)
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.setSpacing(32)
        top.addWidget(self.activity_label, 1)
        top.addWidget(self.step_label, 0, Qt.AlignmentFlag.AlignTop)

        self.steps = QStackedWidget()
        self.steps.addWidget(self._build_name_step())
        self.steps.addWidget(self._build_phone_step())
        self.steps.addWidget(self._build_help_step())
        self.steps.addWidget(self._build_companions_step())

        page = QVBoxLayout(self)
        page.setContentsMargins(32, 16, 32, 16)
        page.setSpacing(16)
        page.addLayout(top)
        page.addWidget(self.steps, 1)

        self.appearance.changed.connect(self._on_appearance_changed)
        self._apply_metrics()
        self.retranslate()
        self._go_to(Step.NAME)

    # -- building ---------------------------------------------------------------------------

    def _build_name_step(self) -> QWidget:
        self.name_field = _big_field(NAME_MAX_LENGTH)
        self.name_prompt = _Prompt(self.name_field)
        self.name_error = self.name_prompt.message
        self.name_field.textEdited.connect(self._on_name_edited)
        self.name_field.returnPressed.connect(self._on_name_next)
        self.name_next_button = BigButton("primary")
        self.name_next_button.clicked.connect(self._on_name_next)
        self.letter_keyboard = LetterKeyboard()
        self.letter_keyboard.set_target(self.name_field)
        self.letter_keyboard.edited.connect(self._on_name_edited)

        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self.name_prompt, 1)
        row.addWidget(self.name_field, 1)
        row.addWidget(self.name_next_button)
        step = QWidget()
        column = QVBoxLayout(step)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addLayout(row)
        column.addWidget(self.letter_keyboard, 1)
        column.addStretch(0)  # room the keys do not take goes below them, not between rows
        return step

    def _build_phone_step(self) -> QWidget:
        self.phone_field = _big_field(PHONE_MAX_LENGTH)
        self.phone_prompt = _Prompt(self.phone_field)
        self.phone_error = self.phone_prompt.message
        self.phone_field.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.phone_field.textEdited.connect(self._on_phone_edited)
        self.phone_field.returnPressed.connect(self._on_phone_next)
        self.phone_skip_button = BigButton()
        self.phone_skip_button.clicked.connect(self._on_phone_skip)
        self.phone_next_button = BigButton("primary")
        self.phone_next_button.clicked.connect(self._on_phone_next)
        self.digit_keyboard = DigitKeyboard()
        self.digit_keyboard.set_target(self.phone_field)
        self.digit_keyboard.edited.connect(self._on_phone_edited)
        self.phone_hint = Label("muted")
        self.phone_back_button = BigButton()
        self.phone_back_button.clicked.connect(self._on_back)

        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self.phone_prompt, 2)
        row.addWidget(self.phone_field, 2)
        row.addWidget(self.phone_skip_button)
        row.addWidget(self.phone_next_button)
        lower = QHBoxLayout()
        lower.setSpacing(48)
        lower.addWidget(self.phone_back_button, 0, Qt.AlignmentFlag.AlignBottom)
        lower.addWidget(self.digit_keyboard, 3)
        lower.addWidget(self.phone_hint, 1, Qt.AlignmentFlag.AlignTop)
        step = QWidget()
        column = QVBoxLayout(step)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addLayout(row)
        column.addLayout(lower)
        column.addStretch(1)
        return step

    def _build_help_step(self) -> QWidget:
        """Company or a ride there (DESIGN.md): staff see it on the list and arrange it.
        An answer is a tap that also moves on; "no" is the answer until one is given."""
        self.help_question = Label("heading")
        self.help_hint = Label("muted")
        self.help_no_button = BigButton()
        self.help_yes_button = BigButton()
        self._help_group = QButtonGroup(self)
        for button in (self.help_no_button, self.help_yes_button):
            button.setCheckable(True)
            self._help_group.addButton(button)
        self.help_no_button.setChecked(True)
        self._help_group.buttonClicked.connect(self._on_help_answer)
        self.help_back_button = BigButton()
        self.help_back_button.clicked.connect(self._on_back)

        answers = QHBoxLayout()
        answers.setSpacing(32)
        answers.addWidget(self.help_no_button)
        answers.addWidget(self.help_yes_button)
        answers.addStretch(1)
        step = QWidget()
        column = QVBoxLayout(step)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(24)
        column.addWidget(self.help_question)
        column.addWidget(self.help_hint)
        column.addLayout(answers)
        column.addStretch(1)
        column.addWidget(self.help_back_button, 0, Qt.AlignmentFlag.AlignLeft)
        return step

    def _build_companions_step(self) -> QWidget:
        self.companions_question = Label("heading")
        self.fewer_button = _counter_key("−")
        self.fewer_button.tapped.connect(self._on_fewer)
        self.count_label = Label("title")
        self.count_label.setWordWrap(False)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.more_button = _counter_key("+")
        self.more_button.tapped.connect(self._on_more)
        self.count_text = Label()
        counter = QHBoxLayout()
        counter.setSpacing(24)
        counter.addWidget(self.fewer_button)
        counter.addWidget(self.count_label)
        counter.addWidget(self.more_button)
        counter.addStretch(1)
        left = QVBoxLayout()
        left.setSpacing(24)
        left.addWidget(self.companions_question)
        left.addLayout(counter)
        left.addWidget(self.count_text)
        left.addStretch(1)

        # The summary: what will be stored, to look over before saying yes.
        self.summary_captions: dict[str, Label] = {}
        self.summary_values: dict[str, Label] = {}
        self.summary = QFrame()
        self.summary.setProperty("role", "card")
        grid = QGridLayout(self.summary)
        grid.setContentsMargins(32, 24, 32, 24)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(12)
        for row, key in enumerate(("name", "activity", "when", "phone", "help")):
            caption = Label("section")
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value = Label()
            self.summary_captions[key] = caption
            self.summary_values[key] = value
            grid.addWidget(caption, row, 0)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)

        columns = QHBoxLayout()
        columns.setSpacing(48)
        columns.addLayout(left, 2)
        columns.addWidget(self.summary, 3, Qt.AlignmentFlag.AlignTop)

        self.companions_back_button = BigButton()
        self.companions_back_button.clicked.connect(self._on_back)
        self.waitlist_notice = Label("notice")
        self.submit_error = Label("error")
        self.submit_error.setVisible(False)
        self._submit_reason: Reason | None = None
        self.submit_button = BigButton("primary")
        self.submit_button.clicked.connect(self._on_submit)
        bottom = QHBoxLayout()
        bottom.setSpacing(32)
        bottom.addWidget(self.companions_back_button, 0, Qt.AlignmentFlag.AlignBottom)
        bottom.addWidget(self.waitlist_notice, 1, Qt.AlignmentFlag.AlignVCenter)
        bottom.addWidget(self.submit_error, 1, Qt.AlignmentFlag.AlignVCenter)
        bottom.addStretch(0)  # takes the room only while neither message is shown
        bottom.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignBottom)
        for button in (self.companions_back_button, self.submit_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        step = QWidget()
        column = QVBoxLayout(step)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(24)
        column.addLayout(columns, 1)
        column.addLayout(bottom)
        return step

    # -- public -----------------------------------------------------------------------------

    @property
    def occurrence_id(self) -> uuid.UUID | None:
        return self._occurrence_id

    @property
    def occurrence(self) -> OccurrenceView | None:
        return self._view

    @property
    def current_step(self) -> Step:
        return Step(self.steps.currentIndex())

    @property
    def companions(self) -> int:
        return self._companions

    @property
    def needs_help(self) -> bool:
        return self.help_yes_button.isChecked()

    def start(self, occurrence_id: uuid.UUID) -> None:
        """A fresh form for this occurrence, on the first step."""
        self.reset()
        self._occurrence_id = occurrence_id
        self.refresh()
        view = self._view
        if view is None:
            self._show_message(self.name_prompt, Refusal.NOT_FOUND)
        elif not view.can_sign_up:
            refusal = {
                SignupState.CANCELLED: Refusal.CANCELLED,
                SignupState.STARTED: Refusal.STARTED,
            }.get(view.signup_state, Refusal.CLOSED)
            self._show_message(self.name_prompt, refusal)

    def type_name(self, text: str) -> None:
        """Type into the name field as if on the keys (for screenshots and tests)."""
        self.letter_keyboard.type_text(text)

    def type_phone(self, text: str) -> None:
        self.digit_keyboard.type_text(text)

    def show_help_step(self) -> None:
        """The step that asks about company or a ride (for screenshots)."""
        self._go_to(Step.HELP)

    def show_last_step(self) -> None:
        """The last step: companions, and what will be stored (for screenshots)."""
        self._go_to(Step.COMPANIONS)

    # -- Screen -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.name_prompt.question.setText(self.tr("What is your name?"))
        self.name_field.setAccessibleName(self.tr("Your name"))
        self.name_next_button.set_texts(self.tr("Next") + " ›", self.tr("Next"))

        self.phone_prompt.question.setText(self.tr("Phone number (optional)"))
        self.phone_field.setAccessibleName(self.tr("Your phone number, if you want"))
        self.phone_skip_button.set_texts(self.tr("Skip"), self.tr("Skip the phone number"))
        self.phone_next_button.set_texts(self.tr("Next") + " ›", self.tr("Next"))
        self.phone_hint.setText(
            self.tr("So the organiser can call you if something changes. You can skip this.")
        )
        self.phone_back_button.set_texts(
            "‹ " + self.tr("Back"), self.tr("Back to the previous question")
        )

        self.companions_question.setText(self.tr("Are you bringing anyone?"))
        self.fewer_button.setAccessibleName(self.tr("One fewer"))
        self.more_button.setAccessibleName(self.tr("One more"))
        self.summary_captions["name"].setText(self.tr("Name"))
        self.summary_captions["activity"].setText(self.tr("Activity"))
        self.summary_captions["when"].setText(self.tr("When"))
        self.summary_captions["phone"].setText(self.tr("Phone"))
        self.summary_captions["help"].setText(self.tr("Company or a ride"))
        self.help_question.setText(self.tr("Would you like company or a ride there?"))
        self.help_hint.setText(
            self.tr("Someone from the centre can walk with you, or give you a lift.")
        )
        self.help_no_button.set_texts(
            self.tr("No, thanks"), self.tr("No, I do not need company or a ride")
        )
        self.help_yes_button.set_texts(
            self.tr("Yes, please"), self.tr("Yes, I would like company or a ride")
        )
        self.help_back_button.set_texts(
            "‹ " + self.tr("Back"), self.tr("Back to the previous question")
        )
        self.companions_back_button.set_texts(
            "‹ " + self.tr("Back"), self.tr("Back to the previous question")
        )
        for prompt in (self.name_prompt, self.phone_prompt):
            if prompt.reason is not None:
                self._show_message(prompt, prompt.reason)
        if self._submit_reason is not None:
            self._show_submit_message(self._submit_reason)
        self.refresh()
        self._show_step_label()
        self._show_companions()
        self._show_summary()

    def reset(self) -> None:
        """Forget everything typed, and start again from the first step."""
        self.name_field.clear()
        self.phone_field.clear()
        self._companions = 0
        self.help_no_button.setChecked(True)
        for prompt in (self.name_prompt, self.phone_prompt):
            prompt.clear_message()
        self._clear_submit_message()
        self.letter_keyboard.set_alphabetical(False)
        self.submit_button.setEnabled(True)
        self._show_companions()
        self._go_to(Step.NAME)

    def on_shown(self) -> None:
        self.refresh()
        self._focus_field()

    def refresh(self) -> None:
        """The activity may have filled up (or been cancelled) meanwhile; keep what is typed."""
        view = None
        if self._occurrence_id is not None:
            view = self.services.catalogue.get(self._occurrence_id)
        self._view = view
        if view is None:
            self.activity_label.setText("")
            self.waitlist_notice.setVisible(False)
            self.submit_button.set_texts(self.tr("Sign me up"))
            return
        # No line break inside "15:00 – 16:00" (a word joiner: a line may break after a dash).
        when = formatting.when_text(view, self.services.clock.now()).replace(
            " – ", "\u00a0–\u2060\u00a0"
        )
        self.activity_label.setText(formatting.fill(self.tr("%1 · %2"), view.title, when))
        self.summary_values["activity"].setText(view.title)
        self.summary_values["when"].setText(when)
        full = view.signup_state is SignupState.WAITLIST
        if full:
            self.submit_button.set_texts(self.tr("Join the waiting list"))
            self.waitlist_notice.setText(
                self.tr(
                    "It is full. You will be on the waiting list, and get a seat if "
                    "someone cancels."
                )
            )
        else:
            self.submit_button.set_texts(self.tr("Sign me up"))
        self.waitlist_notice.setVisible(full and self._submit_reason is None)

    # -- steps ------------------------------------------------------------------------------

    def _go_to(self, step: Step) -> None:
        self.steps.setCurrentIndex(step)
        # The last step's summary names the activity and time; the top line need not.
        self.activity_label.setVisible(step is not Step.COMPANIONS)
        if step is Step.COMPANIONS:
            self._show_summary()
        self._show_step_label()
        self._focus_field()

    def _focus_field(self) -> None:
        step = self.current_step
        if step is Step.NAME:
            self.name_field.setFocus()
        elif step is Step.PHONE:
            self.phone_field.setFocus()
        elif step is Step.HELP:
            answer = self._help_group.checkedButton()
            if answer is not None:
                answer.setFocus()

    def _show_step_label(self) -> None:
        text = formatting.fill(self.tr("Step %1 of %2"), str(self.current_step + 1), str(len(Step)))
        self.step_label.setText(text)
        self.step_label.setAccessibleName(text)

    def _show_summary(self) -> None:
        name = " ".join(self.name_field.text().split())
        self.summary_values["name"].setText(name)
        phone = self.phone_field.text().strip()
        self.summary_values["phone"].setText(phone)
        for widget in (self.summary_captions["phone"], self.summary_values["phone"]):
            widget.setVisible(bool(phone))
        self.summary_values["help"].setText(
            self.tr("Yes, staff will arrange it") if self.needs_help else self.tr("No")
        )

    def _show_companions(self) -> None:
        n = self._companions
        self.count_label.setText(str(n))
        self.count_label.setAccessibleName(self.tr("%n companions", "", n))
        if n == 0:
            self.count_text.setText(self.tr("Just me"))
        else:
            self.count_text.setText(self.tr("Me and %n more", "", n))
        self.fewer_button.setEnabled(n > 0)
        self.more_button.setEnabled(n < MAX_COMPANIONS)

    # -- messages ---------------------------------------------------------------------------

    def _message_text(self, reason: Reason) -> str:
        texts: dict[Reason, str] = {
            NameProblem.EMPTY: self.tr("Please type your name."),
            NameProblem.TOO_LONG: self.tr(
                "The name can be at most %n letters.", "", NAME_MAX_LENGTH
            ),
            NameProblem.NO_LETTER: self.tr("A name needs letters. Please type your name."),
            NameProblem.BAD_CHARACTER: self.tr(
                "Please use only letters, spaces, hyphen (-) and apostrophe (')."
            ),
            PhoneProblem.BAD_FORMAT: self.tr("Please type 8 digits, or + and country code."),
            Refusal.ALREADY_SIGNED_UP: self.tr(
                "You are already signed up for this. Use your booking code to see it."
            ),
            Refusal.CLOSED: self.tr("Sign-up for this has closed."),
            Refusal.STARTED: self.tr("This has already started, so sign-up is over."),
            Refusal.CANCELLED: self.tr("This time is cancelled. We are sorry."),
            Refusal.NOT_FOUND: self.tr(
                "This activity is no longer on the list. Please go back and choose again."
            ),
            Refusal.TOO_MANY_COMPANIONS: self.tr(
                "You can bring at most %n people.", "", MAX_COMPANIONS
            ),
        }
        fallback = self.tr(
            "Sorry, that did not work, and you are not signed up. Please ask the staff."
        )
        return texts.get(reason, fallback)

    def _show_message(self, prompt: _Prompt, reason: Reason) -> None:
        prompt.show_message(reason, self._message_text(reason))

    def _show_submit_message(self, reason: Reason) -> None:
        text = self._message_text(reason)
        self._submit_reason = reason
        self.submit_error.setText(text)
        self.submit_error.setAccessibleName(text)
        self.submit_error.setAccessibleDescription(text)
        self.submit_error.setVisible(True)
        self.waitlist_notice.setVisible(False)
        self.submit_button.setAccessibleDescription(text)

    def _clear_submit_message(self) -> None:
        self._submit_reason = None
        self.submit_error.clear()
        self.submit_error.setVisible(False)
        self.submit_button.setAccessibleDescription("")

    def _show_name_problem(self, problem: NameProblem) -> None:
        self._go_to(Step.NAME)
        self._show_message(self.name_prompt, problem)
        self.name_field.setFocus()

    def _show_phone_problem(self, problem: PhoneProblem) -> None:
        self._go_to(Step.PHONE)
        self._show_message(self.phone_prompt, problem)
        self.phone_field.setFocus()

    def _apply_metrics(self) -> None:
        metrics = self.appearance.metrics
        for key in (self.fewer_button, self.more_button):
            key.setFixedWidth(round(KEY_MAX_HEIGHT * 1.5))
        self.count_label.setMinimumWidth(round(metrics.title * 1.5))
        # A wide Next is easy to find and hard to miss.
        for button in (self.name_next_button, self.phone_next_button):
            button.setMinimumWidth(round(metrics.primary_target * 1.6))

    # -- slots ------------------------------------------------------------------------------

    @Slot()
    def _on_appearance_changed(self) -> None:
        self._apply_metrics()

    @Slot()
    def _on_name_edited(self) -> None:
        # The message has done its work once the person changes the answer.
        if self.name_prompt.reason is not None:
            self.name_prompt.clear_message()

    @Slot()
    def _on_phone_edited(self) -> None:
        if self.phone_prompt.reason is not None:
            self.phone_prompt.clear_message()

    @Slot()
    def _on_name_next(self) -> None:
        try:
            validate_name(self.name_field.text())
        except InvalidName as problem:
            self._show_name_problem(problem.problem)
            return
        self.name_prompt.clear_message()
        self._go_to(Step.PHONE)

    @Slot()
    def _on_phone_next(self) -> None:
        try:
            validate_phone(self.phone_field.text())
        except InvalidPhone as problem:
            self._show_phone_problem(problem.problem)
            return
        self.phone_prompt.clear_message()
        self._go_to(Step.HELP)

    @Slot()
    def _on_phone_skip(self) -> None:
        self.phone_field.clear()
        self.phone_prompt.clear_message()
        self._go_to(Step.HELP)

    def _on_help_answer(self, _button: object) -> None:
        self._go_to(Step.COMPANIONS)

    @Slot()
    def _on_back(self) -> None:
        self._clear_submit_message()
        self.refresh()
        self._go_to(Step(max(self.current_step - 1, Step.NAME)))

    @Slot(str)
    def _on_fewer(self, _sign: str) -> None:
        self._companions = max(self._companions - 1, 0)
        self._show_companions()

    @Slot(str)
    def _on_more(self, _sign: str) -> None:
        self._companions = min(self._companions + 1, MAX_COMPANIONS)
        self._show_companions()

    @Slot()
    def _on_submit(self) -> None:
        if self._occurrence_id is None:
            return
        self._clear_submit_message()
        phone = self.phone_field.text().strip() or None
        request = SignupRequest(
            occurrence_id=self._occurrence_id,
            name=self.name_field.text(),
            phone=phone,
            companions=self._companions,
            needs_help=self.needs_help,
        )
        try:
            booking = self.services.booking.sign_up(request)
        except InvalidName as problem:
            self._show_name_problem(problem.problem)
            return
        except InvalidPhone as problem:
            self._show_phone_problem(problem.problem)
            return
        except BookingRefused as refused:
            self.refresh()
            self._show_submit_message(refused.reason)
            # Nothing will change a closed, started, cancelled or missing activity.
            self.submit_button.setEnabled(refused.reason is Refusal.ALREADY_SIGNED_UP)
            return
        except Exception:
            # A kiosk in a lobby must not vanish; say so kindly and keep the form.
            log.exception("sign-up failed")
            self._show_submit_message(Trouble.UNEXPECTED)
            return
        self.nav.show_confirmation(booking)
        self.reset()  # the name must not wait on a public screen for the next person
