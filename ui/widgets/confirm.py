"""A page that asks first: a question, what it means, and Yes / No (staff screens)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ui.widgets.controls import BigButton, Label


class ConfirmPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = Label("heading")
        self.detail = Label()
        self.yes_button = BigButton("primary")
        self.no_button = BigButton("compact")
        answers = QHBoxLayout()
        answers.setSpacing(32)
        answers.addWidget(self.yes_button)
        answers.addWidget(self.no_button)
        answers.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(48, 48, 48, 48)
        column.setSpacing(32)
        column.addWidget(self.question)
        column.addWidget(self.detail)
        column.addLayout(answers)
        column.addStretch(1)
