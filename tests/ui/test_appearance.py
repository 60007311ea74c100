"""Language, text size and contrast switch live from the home screen."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.helpers import tap
from ui import resources
from ui.shell import MainWindow
from ui.theme import PALETTES, ThemeName


def test_language_buttons_are_named_in_their_own_language(window: MainWindow) -> None:
    names = {lang: button.text() for lang, button in window.home.language_buttons.items()}
    assert names == {"nb": "Bokmål", "nn": "Nynorsk", "en": "English"}
    assert window.home.language_buttons["nb"].isChecked()


def test_switching_language_retranslates_every_screen_live(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    for name, screen in window.screens.items():
        original = screen.retranslate

        def spy(name: str = name, original: Callable[[], None] = original) -> None:
            calls.append(name)
            original()

        monkeypatch.setattr(screen, "retranslate", spy)
    card = window.browse.cards[0]  # browse cards give the date; home's only the time
    assert "tirsdag 1. desember" in card.when.text()
    assert window.clock_label.text().startswith("Tirsdag")

    tap(qtbot, window.home.language_buttons["en"])
    qtbot.waitUntil(lambda: set(calls) == set(window.screens), timeout=2000)
    assert window.translations.language == "en"
    assert window.home.language_buttons["en"].isChecked()
    # Dates follow the language at once, with or without a translation file.
    assert "Tuesday 1 December" in card.when.text()
    assert window.clock_label.text().startswith("Tuesday")
    # One pass per screen, not one per translator installed or removed.
    qtbot.wait(10)
    assert sorted(calls) == sorted(window.screens)

    calls.clear()
    tap(qtbot, window.home.language_buttons["nn"])
    qtbot.waitUntil(lambda: set(calls) == set(window.screens), timeout=2000)
    assert "tysdag 1. desember" in card.when.text()


def test_translated_text_shows_once_a_translation_exists(qtbot: QtBot, window: MainWindow) -> None:
    tap(qtbot, window.home.language_buttons["en"])
    qtbot.waitUntil(lambda: window.home.browse_button.text() == "See activities", timeout=2000)
    tap(qtbot, window.home.language_buttons["nb"])
    qtbot.wait(10)
    qtbot.waitUntil(lambda: "tirsdag" in window.browse.cards[0].when.text(), timeout=2000)
    if resources.translation_path("nb").exists():
        assert window.home.browse_button.text() != "See activities"
    else:  # no .qm built yet: the English source text shows, nothing breaks
        assert window.home.browse_button.text() == "See activities"


_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context><name>HomeScreen</name>
<message><source>See activities</source><translation>Se aktiviteter</translation></message>
</context>
<context><name>_Plurals</name>
<message numerus="yes"><source>%n seats left</source>
<translation><numerusform>%n plass igjen</numerusform>
<numerusform>%n plasser igjen</numerusform></translation>
</message>
</context>
</TS>
"""


def test_a_translation_file_changes_texts_live(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ts = tmp_path / "sammen_nb.ts"
    ts.write_text(_TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts)], check=True, capture_output=True)
    monkeypatch.setattr(resources, "translation_path", lambda lang: tmp_path / f"sammen_{lang}.qm")

    tap(qtbot, window.home.language_buttons["en"])
    qtbot.waitUntil(lambda: window.home.browse_button.text() == "See activities", timeout=2000)
    tap(qtbot, window.home.language_buttons["nb"])  # now from the file made above
    qtbot.waitUntil(lambda: window.home.browse_button.text() == "Se aktiviteter", timeout=2000)
    assert window.home.browse_button.accessibleName() == "Se aktiviteter"
    # Plural forms come from the translation: one "plass", two "plasser".
    qtbot.waitUntil(lambda: window.home.cards[0].seats.text() == "2 plasser igjen", timeout=2000)

    tap(qtbot, window.home.language_buttons["en"])
    qtbot.waitUntil(lambda: window.home.browse_button.text() == "See activities", timeout=2000)


def test_text_size_switches_live(qtbot: QtBot, window: MainWindow) -> None:
    title = window.home.cards[0].title
    assert title.font().pixelSize() == 48
    tap(qtbot, window.home.size_buttons[166])
    assert window.appearance.scale == 166
    assert title.font().pixelSize() == 80
    assert window.home.welcome.font().pixelSize() == 100
    assert window.home.size_buttons[166].isChecked()
    tap(qtbot, window.home.size_buttons[100])
    assert title.font().pixelSize() == 48


def test_contrast_switches_live(qtbot: QtBot, window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    tap(qtbot, window.home.contrast_button)
    assert window.appearance.theme is ThemeName.CONTRAST
    window_colour = app.palette().color(QPalette.ColorRole.Window)
    assert window_colour == QColor(PALETTES[ThemeName.CONTRAST].background)
    tap(qtbot, window.home.contrast_button)
    assert window.appearance.theme is ThemeName.DEFAULT
