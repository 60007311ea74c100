"""Small building blocks every screen uses: labels, big buttons, a kinetic scroll area."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QSizePolicy,
    QWidget,
)


def set_role(widget: QWidget, role: str) -> None:
    """Pick stylesheet rules through the `role` property, re-polishing if it changed."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return  # polished for the first time when shown; asking for style() costs ≈ 5 ms
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class Label(QLabel):
    """Word-wrapped text: at 166 % text size a line must wrap, never clip."""

    def __init__(self, role: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # text from the database is never markup
        if role:
            self.setProperty("role", role)


class BigButton(QPushButton):
    """A touch target; `primary` buttons get the larger primary size from the stylesheet."""

    def __init__(self, role: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if role:
            self.setProperty("role", role)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def sizeHint(self) -> QSize:
        # Never narrower than tall: a one-letter button ("A") is still a square target.
        hint = super().sizeHint()
        return QSize(max(hint.width(), hint.height()), hint.height())

    def set_texts(self, text: str, accessible_name: str = "") -> None:
        """Visible text and the name a screen reader speaks (the same unless told)."""
        self.setText(text)
        self.setAccessibleName(accessible_name or text.strip())


class KineticScrollArea(QScrollArea):
    """Scrolls by dragging a finger, the way a phone does; the scroll bar stays for those
    who prefer to touch it."""

    def __init__(self, content: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A plain QWidget as the viewport: Qt's own is a private class the binding cannot
        # name, and looking for it makes PySide6 load every class it has (≈ 20 ms at start).
        self.setViewport(QWidget())
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        scroller = QScroller.scroller(self.viewport())
        properties = scroller.scrollerProperties()
        # No overshoot bounce: a moving page confuses; no press delay: a tap feels instant.
        properties.setScrollMetric(
            QScrollerProperties.ScrollMetric.VerticalOvershootPolicy,
            QScrollerProperties.OvershootPolicy.OvershootAlwaysOff,
        )
        properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
        scroller.setScrollerProperties(properties)
        if content is not None:
            self.setWidget(content)
