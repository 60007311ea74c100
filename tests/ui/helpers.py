"""Small helpers for the UI tests: find what a resident can see and touch, and touch it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

REPO = Path(__file__).resolve().parents[2]


def run_offscreen(*args: str) -> subprocess.CompletedProcess[str]:
    """`python ARGS…` in a fresh process on Qt's offscreen platform, from the repository
    (what start-up, the command line and the slip look like to a new process)."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=REPO,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def visible_buttons(root: QWidget) -> list[QPushButton]:
    return [b for b in root.findChildren(QPushButton) if b.isVisibleTo(root) and b.isVisible()]


def visible_texts(root: QWidget) -> list[str]:
    texts = [label.text() for label in root.findChildren(QLabel) if label.isVisible()]
    texts += [button.text() for button in visible_buttons(root)]
    return texts


def tap(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible(), f"{button.text()!r} is not visible"
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def button_with_text(root: QWidget, text: str) -> QPushButton:
    matches = [b for b in visible_buttons(root) if b.text() == text]
    assert len(matches) == 1, f"{len(matches)} visible buttons say {text!r}"
    return matches[0]
