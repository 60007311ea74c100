"""Text size and theme, switched live from the home screen; one stylesheet for the app."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui.theme import PALETTES, TEXT_SCALES, Metrics, Palette, ThemeName, stylesheet


class Appearance(QObject):
    changed = Signal()

    def __init__(self, scale: int = 100, theme: ThemeName = ThemeName.DEFAULT) -> None:
        super().__init__()
        if scale not in TEXT_SCALES:
            raise ValueError(f"text scale must be one of {TEXT_SCALES}")
        self._scale = scale
        self._theme = theme

    @property
    def scale(self) -> int:
        return self._scale

    @property
    def theme(self) -> ThemeName:
        return self._theme

    @property
    def metrics(self) -> Metrics:
        return Metrics(self._scale)

    @property
    def palette(self) -> Palette:
        return PALETTES[self._theme]

    def set_scale(self, scale: int) -> None:
        if scale not in TEXT_SCALES:
            raise ValueError(f"text scale must be one of {TEXT_SCALES}")
        if scale != self._scale:
            self._scale = scale
            self.apply()

    def set_theme(self, theme: ThemeName) -> None:
        if theme is not self._theme:
            self._theme = theme
            self.apply()

    def apply(self) -> None:
        self.install()
        self.changed.emit()

    def install(self) -> None:
        """The palette and stylesheet of the current scale and theme, on the application."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        p = self.palette
        qpal = QPalette()
        qpal.setColor(QPalette.ColorRole.Window, QColor(p.background))
        qpal.setColor(QPalette.ColorRole.WindowText, QColor(p.text))
        qpal.setColor(QPalette.ColorRole.Base, QColor(p.surface))
        qpal.setColor(QPalette.ColorRole.Text, QColor(p.text))
        qpal.setColor(QPalette.ColorRole.Button, QColor(p.secondary))
        qpal.setColor(QPalette.ColorRole.ButtonText, QColor(p.secondary_text))
        qpal.setColor(QPalette.ColorRole.Highlight, QColor(p.focus))
        app.setPalette(qpal)
        app.setStyleSheet(stylesheet(p, self.metrics))
