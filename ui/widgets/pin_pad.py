"""A large PIN pad: digits, Delete and OK; the PIN shows only as dots."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from ui.widgets.controls import Label

MAX_DIGITS = 12
ROWS = ("123", "456", "789")


class PinKey(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "key")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a ring on a PIN key shows the last digit

    def sizeHint(self) -> QSize:
        return QSize(180, 120)


class PinPad(QWidget):
    entered = Signal(str)  # OK with at least one digit
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin = ""
        self.dots = Label("code")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(80)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(16)
        grid.addWidget(self.dots, 0, 0, 1, 3)
        self.digit_keys: dict[str, PinKey] = {}
        for row, chars in enumerate(ROWS, start=1):
            for column, char in enumerate(chars):
                self._add_digit(grid, char, row, column)
        self.delete_key = PinKey()
        self.delete_key.clicked.connect(self._on_delete)
        grid.addWidget(self.delete_key, 4, 0)
        self._add_digit(grid, "0", 4, 1)
        self.ok_key = PinKey()
        self.ok_key.setProperty("role", "primary")
        self.ok_key.clicked.connect(self._on_ok)
        grid.addWidget(self.ok_key, 4, 2)
        self.retranslate()
        self._show()

    def _add_digit(self, grid: QGridLayout, char: str, row: int, column: int) -> None:
        key = PinKey()
        key.setText(char)
        key.setAccessibleName(char)
        key.clicked.connect(lambda _checked=False, c=char: self.type_digit(c))
        self.digit_keys[char] = key
        grid.addWidget(key, row, column)

    @property
    def pin(self) -> str:
        return self._pin

    def clear(self) -> None:
        self._pin = ""
        self._show()

    def type_digit(self, digit: str) -> None:
        if len(self._pin) < MAX_DIGITS and digit.isdigit():
            self._pin += digit
            self._show()

    def retranslate(self) -> None:
        self.delete_key.setText(self.tr("Delete"))  # the word alone fits a key at 166 %
        self.delete_key.setAccessibleName(self.tr("Delete the last digit"))
        self.ok_key.setText(self.tr("OK"))
        self.ok_key.setAccessibleName(self.tr("OK: open staff mode"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show(self) -> None:
        self.dots.setText("●" * len(self._pin) if self._pin else "–")
        self.dots.setAccessibleName(self.tr("%n digits typed", "", len(self._pin)))
        self.ok_key.setEnabled(bool(self._pin))
        self.changed.emit()

    @Slot()
    def _on_delete(self) -> None:
        self._pin = self._pin[:-1]
        self._show()

    @Slot()
    def _on_ok(self) -> None:
        if self._pin:
            self.entered.emit(self._pin)
