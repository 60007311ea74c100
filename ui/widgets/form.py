"""Form parts for staff screens: a labelled text field, a − / + stepper, one on-screen
keyboard that follows whichever field has the focus (letters or digits as it needs), and
the page they make together."""

from __future__ import annotations

import enum

from PySide6.QtCore import QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.controls import BigButton, KineticScrollArea, Label
from ui.widgets.keyboard import DigitKeyboard, LetterKeyboard


class FieldKind(enum.Enum):
    NAME = "name"  # Each Word Capitalised
    TEXT = "text"  # a capital where the text starts
    PHONE = "phone"  # digits and +
    TIME = "time"  # digits and :
    DATE = "date"  # digits and .
    NUMBER = "number"


_DIGIT_EXTRA = {
    FieldKind.PHONE: "+",
    FieldKind.TIME: ":",
    FieldKind.DATE: ".",
    FieldKind.NUMBER: "",  # digits only: a PIN has no "+"
}


class TextField(QWidget):
    """A caption above a line edit, and room below it for a kind message."""

    def __init__(
        self, kind: FieldKind = FieldKind.TEXT, max_length: int = 120, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.caption = Label("section")
        # Right above its box, also when a neighbour's longer caption makes the row taller.
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.edit = QLineEdit()
        self.edit.setMaxLength(max_length)
        self.edit.setProperty("kind", kind.value)
        if kind is FieldKind.TEXT:
            self.edit.setProperty("capitals", "sentence")
        self.error = Label("error")
        self.error.setVisible(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.caption)
        column.addWidget(self.edit)
        column.addWidget(self.error)

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.edit.setAccessibleName(text)

    @property
    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)
        self.edit.setCursorPosition(0)  # a long text shows its beginning
        self.show_error("")

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


class Stepper(QWidget):
    """− value + : numbers are set with big buttons, never typed."""

    changed = Signal(int)

    def __init__(
        self, minimum: int, maximum: int, step: int = 1, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.minimum, self.maximum, self.step = minimum, maximum, step
        self._value = minimum
        self.caption = Label("section")
        self.minus = BigButton("compact")
        self.minus.setText("−")
        self.minus.clicked.connect(self._on_minus)
        self.value_label = Label("heading")
        self.value_label.setWordWrap(False)  # "60 s" on one line
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value_label.setMinimumWidth(160)
        self.plus = BigButton("compact")
        self.plus.setText("+")
        self.plus.clicked.connect(self._on_plus)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.minus)
        row.addWidget(self.value_label)
        row.addWidget(self.plus)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.caption)
        column.addLayout(row)
        self._unit = ""
        self._show()

    def set_caption(self, text: str, unit: str = "") -> None:
        self.caption.setText(text)
        self._unit = unit
        self.minus.setAccessibleName(self.tr("Less: %1").replace("%1", text))
        self.plus.setAccessibleName(self.tr("More: %1").replace("%1", text))
        self._show()

    @property
    def value(self) -> int:
        return self._value

    def set_value(self, value: int) -> None:
        self._value = max(self.minimum, min(self.maximum, value))
        self._show()

    def _show(self) -> None:
        text = f"{self._value} {self._unit}".strip()
        self.value_label.setText(text)
        self.value_label.setAccessibleName(f"{self.caption.text()}: {text}")
        self.minus.setEnabled(self._value > self.minimum)
        self.plus.setEnabled(self._value < self.maximum)

    @Slot()
    def _on_minus(self) -> None:
        self.set_value(self._value - self.step)
        self.changed.emit(self._value)

    @Slot()
    def _on_plus(self) -> None:
        self.set_value(self._value + self.step)
        self.changed.emit(self._value)


class FormKeyboard(QWidget):
    """Letters for words, a digit pad for numbers, times and dates; it types into the
    field of the form that has the focus."""

    def __init__(self, parent: QWidget | None = None, *, auto_hide: bool = False) -> None:
        super().__init__(parent)
        # A long form needs the room: the keys then show only while a field is being typed in.
        self.auto_hide = auto_hide
        self.letters = LetterKeyboard()
        # Digit pads by their extra key ("+", ":", ".", or none), made when first needed:
        # most forms need one or two of the four.
        self.digits: dict[str, DigitKeyboard] = {}
        self.pages = QStackedWidget()
        self.pages.addWidget(self.letters)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.pages)
        self._fields: list[QLineEdit] = []
        if auto_hide:
            self.setVisible(False)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def attach(self, *fields: TextField) -> None:
        for field in fields:
            self._fields.append(field.edit)

    def target_field(self, field: TextField, *, show: bool = True) -> None:
        """Type into this field (also called when a field gets the focus)."""
        if self.auto_hide and show and not self.isVisible():
            self.setVisible(True)
        if show:  # the keys take room from a form that scrolls: keep the field in view
            QTimer.singleShot(0, lambda: _scroll_into_view(field))
        kind = field.kind
        if kind in _DIGIT_EXTRA:
            pad = self._digit_pad(_DIGIT_EXTRA[kind])
            self.pages.setCurrentWidget(pad)
            pad.set_target(field.edit)
            self.letters.set_target(None)
        else:
            self.pages.setCurrentWidget(self.letters)
            self.letters.set_target(field.edit)
            for pad in self.digits.values():
                pad.set_target(None)

    def _digit_pad(self, extra: str) -> DigitKeyboard:
        pad = self.digits.get(extra)
        if pad is None:
            pad = self.digits[extra] = DigitKeyboard(extra=extra)
            self.pages.addWidget(pad)
        return pad

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QLineEdit) and new in self._fields:
            parent = new.parentWidget()
            if isinstance(parent, TextField):
                self.target_field(parent)
        elif self.auto_hide and new is not None and not self.isAncestorOf(new):
            self.setVisible(False)  # a stepper or toggle was tapped: give the form its room

    def detach(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._on_focus_changed)


def caption_height(field: TextField) -> int:
    """The height of the caption's text (its label may be taller, the text at its bottom)."""
    caption = field.caption
    height = caption.heightForWidth(caption.width()) if caption.wordWrap() else -1
    return height if height >= 0 else caption.sizeHint().height()


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    """The scroll area `widget` is shown in, if any."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def _scroll_into_view(field: TextField) -> None:
    """Show the field being typed in whole: its caption and its box (and its message).
    With too little room (166 % text, the keys below), the box whole and as much of the
    caption above it as fits. (QScrollArea.ensureWidgetVisible centres a widget taller
    than the room, which cut both the caption and the box.)"""
    area = scroll_area_of(field)
    if area is None or (content := area.widget()) is None:
        return
    last = field.error if field.error.isVisible() else field.edit
    top = field.caption.mapTo(
        content, QPoint(0, field.caption.height() - caption_height(field))
    ).y()
    bottom = last.mapTo(content, QPoint(0, last.height())).y()
    box_bottom = field.edit.mapTo(content, QPoint(0, field.edit.height())).y()
    bar = area.verticalScrollBar()
    room = area.viewport().height()
    margin = max(0, min(16, (room - (bottom - top)) // 2))
    if bottom - top + 2 * margin <= room:
        if top - margin < bar.value():
            bar.setValue(top - margin)
        elif bottom + margin > bar.value() + room:
            bar.setValue(bottom + margin - room)
    else:
        bar.setValue(max(top, box_bottom - room))


def form_page(
    heading: Label,
    fields: QLayout,
    error: Label,
    save: BigButton,
    back: BigButton,
    keyboard: FormKeyboard,
) -> QWidget:
    """A staff form: the heading with Save and Back beside it, the fields (and the error
    below them) scrolling above the keys, which are kept whole."""
    page = QWidget()
    # The buttons beside the heading, not in a row of their own: with the fields and the
    # keys in one screen's height, a row more left the last row of keys cut off.
    top = QHBoxLayout()
    top.setSpacing(32)
    top.addWidget(heading, 1)
    save.setProperty("fit", "row")  # as tall as the keys: the fields keep their room
    top.addWidget(save)
    top.addWidget(back)
    # The fields scroll above keys kept whole: at 166 % text both do not fit in one
    # screen's height, and squeezed, the fields were cut and the keys' last row lost.
    fields_box = QWidget()
    fields_column = QVBoxLayout(fields_box)
    fields_column.setContentsMargins(0, 0, 0, 0)
    fields_column.setSpacing(0)
    fields_column.addLayout(fields)
    fields_column.addWidget(error)
    fields_column.addStretch(1)
    column = QVBoxLayout(page)
    column.setContentsMargins(32, 8, 32, 8)
    column.setSpacing(8)
    column.addLayout(top)
    column.addWidget(KineticScrollArea(fields_box))
    column.addWidget(keyboard, 1)
    return page
