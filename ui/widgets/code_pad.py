"""A keypad for booking codes: only the characters a code can have, in big keys.

The alphabet has no look-alikes (no 0/O, 1/I/L), so a key that cannot be right is not
there to be pressed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from kiosk.ids import BOOKING_CODE_ALPHABET, BOOKING_CODE_LENGTH
from ui.widgets.controls import Label

COLUMNS = 8


def _key_rows() -> list[str]:
    """Letters in alphabetical rows, the digits on a row of their own."""
    letters = "".join(ch for ch in BOOKING_CODE_ALPHABET if ch.isalpha())
    digits = "".join(ch for ch in BOOKING_CODE_ALPHABET if ch.isdigit())
    rows = [letters[i : i + COLUMNS] for i in range(0, len(letters), COLUMNS)]
    return [*rows, digits]


class CodeKey(QPushButton):
    """A square key: as wide as it is high, so a one-letter key is not a sliver."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), hint.height()), hint.height())


class CodePad(QWidget):
    """Types a booking code of BOOKING_CODE_LENGTH characters; `changed` gives the code."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        self.keys: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(16)
        for row, chars in enumerate(_key_rows()):
            for column, char in enumerate(chars):
                key = CodeKey(char)
                key.setProperty("role", "key")
                key.setProperty("char", char)
                key.setAccessibleName(char)
                key.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                self._group.addButton(key)
                self.keys[char] = key
                grid.addWidget(key, row, column)
        self._group.buttonClicked.connect(self._on_key)
        # Delete top right, and room under it for the screen's Enter-like key, where a
        # keyboard has them; in button text size, so the words fit two columns.
        self.delete_key = QPushButton()
        self.delete_key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.delete_key.clicked.connect(self._on_delete)
        grid.addWidget(self.delete_key, 0, COLUMNS, 2, 2)
        self._grid = grid
        self.retranslate()

    def set_enter_button(self, button: QPushButton) -> None:
        """Put the screen's "find" button under Delete, two keys wide and two rows high."""
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._grid.addWidget(button, 2, COLUMNS, 2, 2)

    @property
    def code(self) -> str:
        return self._code

    def set_code(self, code: str) -> None:
        code = "".join(ch for ch in code.upper() if ch in BOOKING_CODE_ALPHABET)
        code = code[:BOOKING_CODE_LENGTH]
        if code != self._code:
            self._code = code
            self.changed.emit(code)

    def clear(self) -> None:
        self.set_code("")

    def type_char(self, char: str) -> None:
        if len(self._code) < BOOKING_CODE_LENGTH:
            self.set_code(self._code + char)

    def delete_last(self) -> None:
        self.set_code(self._code[:-1])

    def retranslate(self) -> None:
        self.delete_key.setText("⌫ " + QCoreApplication.translate("CodePad", "Delete"))
        self.delete_key.setAccessibleName(
            QCoreApplication.translate("CodePad", "Delete the last character")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot(QAbstractButton)
    def _on_key(self, key: QAbstractButton) -> None:
        self.type_char(str(key.property("char")))

    @Slot()
    def _on_delete(self) -> None:
        self.delete_last()


class CodeBoxes(QWidget):
    """The typed code in six boxes that fill up, so one sees how many are still to go."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: list[Label] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        for index in range(BOOKING_CODE_LENGTH):
            if index == BOOKING_CODE_LENGTH // 2:
                row.addSpacing(32)  # the code is printed in two groups of three
            box = Label("codebox")
            box.setWordWrap(False)
            box.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.boxes.append(box)
            row.addWidget(box)
        row.addStretch(1)
        self.show_code("")

    def show_code(self, code: str) -> None:
        for index, box in enumerate(self.boxes):
            box.setText(code[index] if index < len(code) else " ")
