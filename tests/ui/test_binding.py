"""The Qt binding itself: a release that leaks references to None crashes a kiosk in use."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    fired = Signal()


def test_void_calls_and_emits_keep_singleton_references(qtbot: QtBot) -> None:
    # PySide6 6.12.0 on CPython 3.11 lost one reference to None per void call and one to
    # True per emit; the interpreter then aborts ("none_dealloc"). pyproject.toml pins it out.
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        label.setText("Sammen")
        emitter.fired.emit()
    assert sys.getrefcount(None) >= none_before - 50
    assert sys.getrefcount(True) >= true_before - 50
