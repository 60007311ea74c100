"""Small building blocks every screen uses: labels, big buttons, a kinetic scroll area.

Nothing here names the `Qt` namespace before the home screen has painted: PySide6 builds
its ≈ 90 enums as Python enums on first use (≈ 20 ms). Enum properties are set by their
key names instead (see set_enum_property), and what needs `Qt` otherwise waits.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)


def set_enum_property(obj: QObject, name: str, keys: str) -> None:
    """Set an enum or flags property by its key names, e.g. ("alignment",
    "AlignRight|AlignVCenter"): Qt's meta-object system converts them, so no Python enum
    is needed. A misspelt property or key raises instead of passing unnoticed."""
    if not obj.setProperty(name, keys):
        raise ValueError(f"{type(obj).__name__}.{name} cannot be set to {keys!r}")


def set_role(widget: QWidget, role: str) -> None:
    """Pick stylesheet rules through the `role` property, re-polishing if it changed."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    from PySide6.QtCore import Qt

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
        set_enum_property(self, "textFormat", "PlainText")  # text from the database is never markup
        if role:
            self.setProperty("role", role)


class BigButton(QPushButton):
    """A touch target; `primary` buttons get the larger primary size from the stylesheet."""

    def __init__(self, role: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if role:
            self.setProperty("role", role)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        set_enum_property(self, "focusPolicy", "StrongFocus")

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
    who prefer to touch it.

    With `kinetic_later`, the finger scrolling starts only when make_kinetic() is called
    (the home screen: after its first paint, as grabbing the gesture hands back a `Qt`
    enum). A finger cannot reach the page before it has painted anyway.
    """

    def __init__(
        self,
        content: QWidget | None = None,
        parent: QWidget | None = None,
        *,
        kinetic_later: bool = False,
    ) -> None:
        super().__init__(parent)
        # A plain QWidget as the viewport: Qt's own is a private class the binding cannot
        # name, and looking for it makes PySide6 load every class it has (≈ 20 ms at start).
        self.setViewport(QWidget())
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        set_enum_property(self, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        set_enum_property(self, "verticalScrollBarPolicy", "ScrollBarAsNeeded")
        self._kinetic = False
        if not kinetic_later:
            self.make_kinetic()
        if content is not None:
            self.setWidget(content)

    def make_kinetic(self) -> None:
        if self._kinetic:
            return
        self._kinetic = True
        from PySide6.QtWidgets import QScroller, QScrollerProperties  # ≈ 1 ms: not before

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
