"""The on-screen keyboards, tapped key by key as a resident would."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.appearance import Appearance
from ui.widgets.keyboard import (
    ALPHABETICAL_ROWS,
    BACKSPACE,
    CASE,
    KEY_GAP,
    KEY_MIN_HEIGHT,
    QWERTY_ROWS,
    SPACE,
    SWITCH,
    DigitKeyboard,
    LetterKeyboard,
)


def _name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def _tap(qtbot: QtBot, key: QPushButton) -> None:
    assert key.isVisible(), f"key {key.text()!r} is not visible"
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton)


def _tap_all(qtbot: QtBot, keyboard: LetterKeyboard | DigitKeyboard, names: list[str]) -> None:
    for name in names:
        _tap(qtbot, keyboard.key_button(name))


class Form(QWidget):
    """A field with a keyboard under it, at the reference screen size."""

    def __init__(self, keyboard: LetterKeyboard | DigitKeyboard) -> None:
        super().__init__()
        self.field = QLineEdit()
        self.keyboard = keyboard
        keyboard.set_target(self.field)
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 32, 32, 32)
        column.addWidget(self.field)
        column.addWidget(keyboard)
        column.addStretch(1)


@pytest.fixture(params=[100])
def appearance(request: pytest.FixtureRequest, qapp: object) -> Iterator[Appearance]:
    chosen = Appearance(request.param)
    chosen.apply()
    yield chosen
    Appearance().apply()


def _show(qtbot: QtBot, keyboard: LetterKeyboard | DigitKeyboard) -> Iterator[Form]:
    form = Form(keyboard)
    qtbot.addWidget(form)
    form.resize(1920, 1080)
    form.show()
    qtbot.waitExposed(form)
    form.field.setFocus()
    yield form
    form.close()
    form.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def letters(qtbot: QtBot, appearance: Appearance) -> Iterator[Form]:
    yield from _show(qtbot, LetterKeyboard())


@pytest.fixture
def digits(qtbot: QtBot, appearance: Appearance) -> Iterator[Form]:
    yield from _show(qtbot, DigitKeyboard())


def test_ase_odegard_typed_on_both_layouts_with_a_correction(qtbot: QtBot, letters: Form) -> None:
    keyboard = letters.keyboard
    assert isinstance(keyboard, LetterKeyboard)
    assert not keyboard.alphabetical
    # QWERTY: "Åse", a space, and a slip of the finger taken back.
    _tap_all(qtbot, keyboard, ["å", "s", "e", SPACE, "p", BACKSPACE])
    assert letters.field.text() == "Åse "

    # The rest in A–Å order.
    _tap(qtbot, keyboard.key_button(SWITCH))
    assert keyboard.alphabetical
    assert keyboard.key_button("ø").isVisible()
    assert not keyboard.pages[0].isVisible()
    _tap_all(qtbot, keyboard, ["ø", "d", "e", "g", "å", "r", "d"])
    assert letters.field.text() == "Åse Ødegård"
    # The keys never took the focus away from the field.
    assert letters.field.hasFocus()
    for key in keyboard.all_keys():
        assert key.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_each_word_starts_with_a_capital(qtbot: QtBot, letters: Form) -> None:
    keyboard = letters.keyboard
    _tap_all(qtbot, keyboard, ["o", "l", "g", "a", SPACE, "h", "a", "n", "s", "e", "n"])
    assert letters.field.text() == "Olga Hansen"
    letters.field.clear()
    keyboard.type_text("ANNE-LISE O'BRIEN")
    assert letters.field.text() == "Anne-Lise O'Brien"
    # Typing in the middle of a word keeps it small; a new word after a space is big.
    letters.field.setText("Kari")
    letters.field.setCursorPosition(2)
    _tap(qtbot, keyboard.key_button("x"))
    assert letters.field.text() == "Kaxri"


def test_one_key_turns_the_next_letter_for_names_off_the_rule(qtbot: QtBot, letters: Form) -> None:
    keyboard = letters.keyboard
    case = keyboard.key_button(CASE)
    assert case.text() == "Aa" and _name(case) == "Small or capital letter"
    _tap(qtbot, case)
    assert case.text() == "✓ a"  # what the next letter will be, shown on the key
    _tap_all(qtbot, keyboard, ["v", "a", "n", SPACE, CASE, "d", "e", "r", SPACE, "b"])
    _tap_all(qtbot, keyboard, ["e", "r", "g"])
    assert letters.field.text() == "van der Berg"
    assert case.text() == "Aa"  # one letter only
    letters.field.clear()
    _tap_all(qtbot, keyboard, ["m", "c", CASE])
    assert case.text() == "✓ A"
    _tap_all(qtbot, keyboard, ["d", "o", "n", "a", "l", "d"])
    assert letters.field.text() == "McDonald"
    # Turned on and then not wanted: Delete or a second tap takes it back.
    _tap_all(qtbot, keyboard, [CASE, CASE, SPACE, "a"])
    assert letters.field.text() == "McDonald A"
    _tap_all(qtbot, keyboard, [CASE, BACKSPACE, "b"])
    assert letters.field.text() == "McDonald B"
    # A wish made in one field does not carry into the next.
    _tap(qtbot, case)
    other = QLineEdit()
    keyboard.set_target(other)
    assert case.text() == "Aa"
    _tap(qtbot, keyboard.key_button("k"))
    assert other.text() == "K"


def test_no_space_at_the_start_or_twice(qtbot: QtBot, letters: Form) -> None:
    keyboard = letters.keyboard
    _tap_all(qtbot, keyboard, [SPACE, "o", SPACE, SPACE, "b"])
    assert letters.field.text() == "O B"


def test_keys_type_into_the_target_within_its_max_length(qtbot: QtBot, letters: Form) -> None:
    letters.field.setMaxLength(3)
    with qtbot.waitSignal(letters.keyboard.edited):
        _tap(qtbot, letters.keyboard.key_button("a"))
    letters.keyboard.type_text("bcdef")
    assert letters.field.text() == "Abc"
    # Characters with no key (a hardware keyboard, a test) go in as they are.
    letters.field.setMaxLength(60)
    letters.keyboard.type_text(" 3😀")
    assert letters.field.text() == "Abc 3😀"


def test_switch_key_says_what_it_switches_to(qtbot: QtBot, letters: Form) -> None:
    keyboard = letters.keyboard
    assert isinstance(keyboard, LetterKeyboard)
    switch = keyboard.key_button(SWITCH)
    assert switch.text() == "ABC"
    assert _name(switch) == "Alphabetical layout"
    with qtbot.waitSignal(keyboard.layout_changed) as blocker:
        _tap(qtbot, switch)
    assert blocker.args == [True]
    assert switch.text() == "QWERTY"
    assert _name(switch) == "QWERTY layout"
    assert letters.field.text() == ""  # switching types nothing


def _check_keys(form: Form, keys: list[QPushButton]) -> None:
    assert keys
    for key in keys:
        name = _name(key)
        assert name.strip(), f"key {key.text()!r} has no accessible name"
        assert key.height() >= KEY_MIN_HEIGHT, f"key {name!r} is {key.height()} px high"
        # Inside the window, and the label fits the key.
        top_left = key.mapTo(form, key.rect().topLeft())
        assert top_left.x() >= 0 and top_left.x() + key.width() <= 1920
        assert top_left.y() + key.height() <= 1080
        advance = key.fontMetrics().horizontalAdvance(key.text())
        assert advance + 2 * KEY_GAP <= key.width(), f"label {key.text()!r} is cramped"


def _gaps_at_least(form: Form, keys: list[QPushButton], gap: int) -> None:
    """Keys are at least `gap` apart, side by side and row to row (DESIGN.md: ≥ 16 px)."""
    boxes = [k.geometry().translated(k.parentWidget().mapTo(form, k.pos()) - k.pos()) for k in keys]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart_x = max(b.left() - a.right(), a.left() - b.right()) - 1
            apart_y = max(b.top() - a.bottom(), a.top() - b.bottom()) - 1
            assert max(apart_x, apart_y) >= gap, f"keys at {a} and {b} are too close"


@pytest.mark.parametrize("appearance", [100, 166], indirect=True)
def test_every_letter_key_is_named_big_and_fits_1920(
    qtbot: QtBot, letters: Form, appearance: Appearance
) -> None:
    keyboard = letters.keyboard
    assert isinstance(keyboard, LetterKeyboard)
    for alphabetical, rows in ((False, QWERTY_ROWS), (True, ALPHABETICAL_ROWS)):
        keyboard.set_alphabetical(alphabetical)
        assert keyboard.pages[int(alphabetical)].isVisible()
        visible = [k for k in keyboard.all_keys() if k.isVisible()]
        assert len(visible) == sum(len(r) for r in rows) + 4  # + switch, case, space, delete
        _check_keys(letters, visible)
        _gaps_at_least(letters, visible, KEY_GAP)
    assert _name(keyboard.key_button("å")) == "Å"
    assert _name(keyboard.key_button(SPACE)) == "Space"
    assert _name(keyboard.key_button(BACKSPACE)) == "Delete"
    assert _name(keyboard.key_button("-")) == "Hyphen"


def test_phone_pad(qtbot: QtBot, digits: Form) -> None:
    keyboard = digits.keyboard
    _tap_all(qtbot, keyboard, ["+", "4", "7", "9", "1", "2", "3", "4", "5", "6", "7"])
    assert digits.field.text() == "+4791234567"
    _tap_all(qtbot, keyboard, ["8", BACKSPACE, BACKSPACE])
    assert digits.field.text() == "+479123456"
    assert digits.field.hasFocus()
    keyboard.type_text("0\b\b")
    assert digits.field.text() == "+47912345"


@pytest.mark.parametrize("appearance", [100, 166], indirect=True)
def test_every_digit_key_is_named_and_big(
    qtbot: QtBot, digits: Form, appearance: Appearance
) -> None:
    keys = list(digits.keyboard.all_keys())
    assert len(keys) == 12
    _check_keys(digits, keys)
    _gaps_at_least(digits, keys, KEY_GAP)
    assert _name(digits.keyboard.key_button("+")) == "Plus"
    assert _name(digits.keyboard.key_button("5")) == "5"
    assert _name(digits.keyboard.key_button(BACKSPACE)) == "Delete"


def test_key_height_survives_a_change_of_text_size(qtbot: QtBot, letters: Form) -> None:
    """The stylesheet's min-height is set again on every re-polish; the key re-applies its own."""
    key = letters.keyboard.key_button("a")
    Appearance(166).apply()
    qtbot.waitUntil(lambda: key.minimumHeight() == KEY_MIN_HEIGHT)
    Appearance(100).apply()
    assert key.minimumHeight() == KEY_MIN_HEIGHT


def test_a_pad_for_digits_only_has_no_plus_and_keeps_0_under_8(qtbot: QtBot) -> None:
    pad = DigitKeyboard(extra="")
    qtbot.addWidget(pad)
    with pytest.raises(KeyError):
        pad.key_button("+")
    layout = pad.layout()
    assert isinstance(layout, QGridLayout)
    zero, eight = layout.indexOf(pad.key_button("0")), layout.indexOf(pad.key_button("8"))
    assert layout.getItemPosition(zero)[1] == layout.getItemPosition(eight)[1] == 1
