"""Big on-screen keyboards: letters (Norwegian QWERTY or A–Å) and a phone pad.

Made for people who may never have used a computer keyboard: letters are shown as capitals
(as on a sign), a word starts with a capital by itself, and an A–Å layout is one tap away.
For the names that do not follow that rule (van der Berg, McDonald), one key turns the
next letter the other way.
The keys never take the focus, so the field being typed into keeps its cursor; they type
by calling QLineEdit.insert()/backspace() (no synthesised key events), which honours the
field's maximum length.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

# DESIGN.md: touch targets ≥ 96 px high and ≥ 16 px apart.
KEY_MIN_HEIGHT = 96
# Room to grow when the screen has it, but not so tall that a row reads as a button bar.
KEY_MAX_HEIGHT = 148
KEY_GAP = 16

SPACE = "space"
BACKSPACE = "backspace"
SWITCH = "switch"
CASE = "case"  # the next letter small instead of a capital, or the other way round

QWERTY_ROWS = ("qwertyuiopå", "asdfghjkløæ", "zxcvbnm-'")
ALPHABETICAL_ROWS = ("abcdefghij", "klmnopqrst", "uvwxyzæøå-'")
DIGIT_ROWS = ("123", "456", "789", "+0")

_COLUMNS = 11  # the widest row; 11 keys of ~150 px fit 1920 px with 16 px gaps
# A new word starts after these; the first letter of each is a capital (Anne-Lise O'Brien).
_WORD_BREAKS = (" ", "-", "'", "’")


class Key(QPushButton):
    """One key. It carries its command (a character, or SPACE/BACKSPACE/SWITCH) and says
    it in `tapped`, so one slot serves every key without lambdas (see STYLE.md)."""

    tapped = Signal(str)

    def __init__(self, command: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.command = command
        self.setProperty("role", "key")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoRepeat(False)  # a trembling finger held down must not delete a name
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._height_range = (KEY_MIN_HEIGHT, KEY_MAX_HEIGHT)
        self.clicked.connect(self._on_clicked)
        self._fit_height()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange):
            # The stylesheet's min-height grows with the text scale, which suits a lone
            # button; four rows of keys under a field would not fit 1080 px at 166 %.
            # Re-applied after every (re)polish, since the stylesheet sets it each time.
            self._fit_height()
        return handled

    def minimumSizeHint(self) -> QSize:
        # Room beside the label (the stylesheet gives keys no padding): a word such as
        # "⌫ Delete" never touches the key's edges at 166 % text.
        hint = super().minimumSizeHint()
        return QSize(hint.width() + 2 * KEY_GAP, hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + 2 * KEY_GAP, hint.height())

    def set_height_range(self, minimum: int, maximum: int) -> None:
        """How tall the key may be; never below a touch target."""
        self._height_range = (max(minimum, KEY_MIN_HEIGHT), max(maximum, minimum, KEY_MIN_HEIGHT))
        self._fit_height()

    def _fit_height(self) -> None:
        self.setMinimumHeight(self._height_range[0])
        self.setMaximumHeight(self._height_range[1])

    @Slot()
    def _on_clicked(self) -> None:
        self.tapped.emit(self.command)


class _Keyboard(QWidget):
    """What both keyboards share: a target field, the keys by name, the `edited` signal."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: QLineEdit | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def target(self) -> QLineEdit | None:
        return self._target

    def set_target(self, line_edit: QLineEdit | None) -> None:
        """The field the keys type into."""
        self._target = line_edit

    def all_keys(self) -> list[Key]:
        """Every key, visible or not."""
        return self.findChildren(Key)

    def key_button(self, name: str) -> QPushButton:
        """The visible key for a character ("å" or "Å", "7", "+") or for SPACE, BACKSPACE
        or SWITCH. Raises KeyError if there is none."""
        for key in self.all_keys():
            if key.command in (name, name.lower()) and key.isVisibleTo(self):
                return key
        raise KeyError(name)

    def type_text(self, text: str) -> None:
        """Type as if each character were tapped; "\\b" is Backspace. Characters with no
        key (digits on the letter keyboard, emoji) go in as they are, as from a
        hardware keyboard."""
        for char in text:
            if char == "\b":
                self._press(BACKSPACE)
            elif char == " ":
                self._press(SPACE)
            else:
                self._press(char)

    def retranslate(self) -> None:
        """Set every key's label and accessible name."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _make_key(self, command: str) -> Key:
        key = Key(command, self)
        key.tapped.connect(self._on_key_tapped)
        return key

    def _press(self, command: str) -> None:
        field = self._target
        if field is None:
            return
        if command == BACKSPACE:
            field.backspace()
        else:
            field.insert(self._char_for(field, command))
        self.edited.emit()

    def _char_for(self, field: QLineEdit, command: str) -> str:
        return " " if command == SPACE else command

    @Slot(str)
    def _on_key_tapped(self, command: str) -> None:
        self._press(command)


def _text_before_cursor(field: QLineEdit) -> str:
    end = field.selectionStart() if field.hasSelectedText() else field.cursorPosition()
    return field.text()[:end]


class LetterKeyboard(_Keyboard):
    """Letters with æ ø å, hyphen and apostrophe, a wide Space, Delete, and a key that
    switches between Norwegian QWERTY and A–Å order."""

    layout_changed = Signal(bool)  # True: alphabetical

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._letter_keys: list[dict[str, Key]] = []
        self._alphabetical = False
        # Two pages, one shown. Not a QStackedWidget: that would not pass the keys' maximum
        # height on, and spare room would open up between the rows instead of below them.
        # (SetMinAndMaxSize on each layout passes it on to the widgets.)
        self.pages = [self._make_page(rows) for rows in (QWERTY_ROWS, ALPHABETICAL_ROWS)]
        self.pages[1].setVisible(False)

        self.switch_key = self._make_key(SWITCH)
        self.case_key = self._make_key(CASE)
        self._turn_next = False  # the next letter the other way than the rule gives
        self.space_key = self._make_key(SPACE)
        self.backspace_key = self._make_key(BACKSPACE)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.setSpacing(KEY_GAP)
        # Widths in key units, so the bottom row lines up with the 11 keys above it.
        bottom.addWidget(self.switch_key, 3)
        bottom.addWidget(self.case_key, 2)
        bottom.addWidget(self.space_key, 3)
        bottom.addWidget(self.backspace_key, 3)

        column = QVBoxLayout(self)
        column.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(KEY_GAP)
        for page in self.pages:
            column.addWidget(page, 3)
        column.addLayout(bottom, 1)
        self.retranslate()

    def _make_page(self, rows: tuple[str, ...]) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(KEY_GAP)
        # Two grid columns per key, so a shorter row can sit half a key in, centred.
        for column in range(2 * _COLUMNS):
            grid.setColumnStretch(column, 1)
        keys: dict[str, Key] = {}
        for row, chars in enumerate(rows):
            start = _COLUMNS - len(chars)
            for index, char in enumerate(chars):
                key = self._make_key(char)
                keys[char] = key
                grid.addWidget(key, row, start + 2 * index, 1, 2)
        self._letter_keys.append(keys)
        return page

    @property
    def alphabetical(self) -> bool:
        return self._alphabetical

    def set_alphabetical(self, alphabetical: bool) -> None:
        if alphabetical != self._alphabetical:
            self._alphabetical = alphabetical
            # Hide first, then show: both visible at once would briefly grow the window.
            self.pages[0 if alphabetical else 1].setVisible(False)
            self.pages[1 if alphabetical else 0].setVisible(True)
            self.retranslate()
            self.layout_changed.emit(alphabetical)

    def set_target(self, line_edit: QLineEdit | None) -> None:
        self._turn(False)  # a turn asked for in one field does not carry to the next
        super().set_target(line_edit)

    def _turn(self, on: bool) -> None:
        if on != self._turn_next:
            self._turn_next = on
            self.retranslate()

    def key_button(self, name: str) -> QPushButton:
        special = {
            SPACE: self.space_key,
            BACKSPACE: self.backspace_key,
            SWITCH: self.switch_key,
            CASE: self.case_key,
        }
        if name in special:
            return special[name]
        return self._letter_keys[1 if self._alphabetical else 0][name.lower()]

    def retranslate(self) -> None:
        names = {
            "-": self.tr("Hyphen"),
            "'": self.tr("Apostrophe"),
        }
        for keys in self._letter_keys:
            for char, key in keys.items():
                key.setText(char.upper())
                key.setAccessibleName(names.get(char, char.upper()))
        # Off: "Aa". On: the case the next letter will have, marked, so it is seen.
        self.case_key.setAccessibleName(self.tr("Small or capital letter"))
        if not self._turn_next:
            self.case_key.setText("Aa")
            self.case_key.setAccessibleDescription(
                self.tr("The next letter the other way: small instead of capital, or capital")
            )
        elif self._next_is_capital():
            self.case_key.setText("✓ A")
            self.case_key.setAccessibleDescription(self.tr("The next letter will be a capital"))
        else:
            self.case_key.setText("✓ a")
            self.case_key.setAccessibleDescription(self.tr("The next letter will be small"))
        self.space_key.setText(self.tr("Space"))
        self.space_key.setAccessibleName(self.tr("Space"))
        self.backspace_key.setText("⌫ " + self.tr("Delete"))
        self.backspace_key.setAccessibleName(self.tr("Delete"))
        self.backspace_key.setAccessibleDescription(self.tr("Deletes the last letter"))
        if self.alphabetical:
            self.switch_key.setText(self.tr("QWERTY"))
            self.switch_key.setAccessibleName(self.tr("QWERTY layout"))
            self.switch_key.setAccessibleDescription(
                self.tr("Shows the letters in the order of a computer keyboard")
            )
        else:
            self.switch_key.setText(self.tr("ABC"))
            self.switch_key.setAccessibleName(self.tr("Alphabetical layout"))
            self.switch_key.setAccessibleDescription(
                self.tr("Shows the letters in alphabetical order, A to Å")
            )

    def _press(self, command: str) -> None:
        if command == SWITCH:
            self.set_alphabetical(not self.alphabetical)
            return
        if command == CASE:
            self._turn(not self._turn_next)
            return
        field = self._target
        if command == SPACE and field is not None:
            before = _text_before_cursor(field)
            if not before or before.endswith(" "):
                return  # a space at the start or a second space is never meant
        super()._press(command)
        if command.isalpha() or command == BACKSPACE:
            self._turn(False)  # one letter only; Delete takes the wish back too
        elif self._turn_next:
            self.retranslate()  # a space or hyphen may change what "the other way" is

    def _char_for(self, field: QLineEdit, command: str) -> str:
        if command == SPACE:
            return " "
        if not command.isalpha():
            return command
        capital = _capital_by_rule(field) != self._turn_next
        return command.upper() if capital else command.lower()

    def _next_is_capital(self) -> bool:
        field = self._target
        rule = True if field is None else _capital_by_rule(field)
        return rule != self._turn_next


def _capital_by_rule(field: QLineEdit) -> bool:
    """Whether the next letter in the field is a capital by itself."""
    before = _text_before_cursor(field)
    if field.property("capitals") == "sentence":
        # Free text (a title, a description): a capital only where the text begins.
        return not before.strip() or before.rstrip().endswith((".", "!", "?"))
    return not before or before.endswith(_WORD_BREAKS)


class DigitKeyboard(_Keyboard):
    """A phone pad: 1 2 3 / 4 5 6 / 7 8 9 / + 0 Delete. Staff forms swap "+" for the
    separator a time or a date needs (":" or "."), or leave it out (a number, a PIN)."""

    def __init__(self, parent: QWidget | None = None, extra: str = "+") -> None:
        super().__init__(parent)
        self._digit_keys: dict[str, Key] = {}
        grid = QGridLayout(self)
        grid.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(KEY_GAP)
        rows = (*DIGIT_ROWS[:-1], extra + DIGIT_ROWS[-1][1:])
        for row, chars in enumerate(rows):
            # With no extra key (a PIN: digits only), 0 keeps its place under 8.
            start = 1 if row == len(rows) - 1 and not extra else 0
            for column, char in enumerate(chars, start):
                key = self._make_key(char)
                self._digit_keys[char] = key
                grid.addWidget(key, row, column)
        self.backspace_key = self._make_key(BACKSPACE)
        grid.addWidget(self.backspace_key, len(DIGIT_ROWS) - 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        self.retranslate()

    def key_button(self, name: str) -> QPushButton:
        if name == BACKSPACE:
            return self.backspace_key
        return self._digit_keys[name]

    def retranslate(self) -> None:
        for char, key in self._digit_keys.items():
            key.setText(char)
            names = {"+": self.tr("Plus"), ":": self.tr("Colon"), ".": self.tr("Full stop")}
            key.setAccessibleName(names.get(char, char))
        self.backspace_key.setText("⌫ " + self.tr("Delete"))
        self.backspace_key.setAccessibleName(self.tr("Delete"))
        self.backspace_key.setAccessibleDescription(self.tr("Deletes the last digit"))
