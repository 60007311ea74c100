"""The kind time-out: "Are you still there?" over the screen, with a countdown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QVBoxLayout, QWidget

from ui.widgets.controls import BigButton, Label


class StillThereOverlay(QWidget):
    """Covers the window and dims what is behind it; any touch on it counts as "yes"."""

    answered = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("stillThere")
        self._dim = QColor(0, 0, 0, 150)
        self._seconds: int | None = None
        self.panel = QFrame()
        self.panel.setProperty("role", "dialog")
        self.panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.question = Label("title")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = Label()
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.yes_button = BigButton("primary")
        self.yes_button.clicked.connect(self._on_yes)
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.setContentsMargins(64, 48, 64, 48)
        panel_layout.setSpacing(32)
        panel_layout.addWidget(self.question)
        panel_layout.addWidget(self.countdown)
        panel_layout.addWidget(self.yes_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(240, 64, 240, 64)
        layout.addStretch(1)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        self.hide()
        self.retranslate()

    def set_dim_colour(self, colour: str) -> None:
        """The theme's text colour, see-through, so the screen behind fades in any theme."""
        dim = QColor(colour)
        dim.setAlpha(170)
        self._dim = dim
        self.update()

    def show_seconds(self, seconds: int) -> None:
        self._seconds = seconds
        self.countdown.setText(
            self.tr(
                "In %n seconds the kiosk goes back to the start and forgets what you typed.",
                "",
                seconds,
            )
        )

    def retranslate(self) -> None:
        self.question.setText(self.tr("Are you still there?"))
        self.yes_button.setText(self.tr("Yes, I am here"))
        self.yes_button.setAccessibleName(self.tr("Yes, I am here"))
        if self._seconds is not None:
            self.show_seconds(self._seconds)  # the countdown changes language too

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._dim)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.answered.emit()

    @Slot()
    def _on_yes(self) -> None:
        self.answered.emit()
