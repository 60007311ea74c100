"""A big tappable card for one occurrence: title, when, where, and seats or state."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QChildEvent, QEvent, QSize, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from kiosk.domain.views import OccurrenceView
from ui import formatting
from ui.widgets.controls import Label, set_enum_property, set_role


class OccurrenceCard(QPushButton):
    """A button holding word-wrapped labels, so the whole card is one touch target.

    QPushButton cannot wrap its own text; its labels let clicks through to it, and its
    size comes from their layout so a larger text size makes the card taller, not clipped.

    With `clicks_through_later`, the labels let clicks through only once
    let_clicks_through() is called (the home screen: after its first paint, as the
    widget attribute is a `Qt` enum). Until then a press on a label still reaches the
    card: a plain-text label passes on what it is not interested in.
    """

    chosen = Signal(object)  # the occurrence id (uuid.UUID)

    def __init__(
        self, parent: QWidget | None = None, *, clicks_through_later: bool = False
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        set_enum_property(self, "focusPolicy", "StrongFocus")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._occurrence_id: uuid.UUID | None = None
        self.title = Label("cardtitle")
        self.when = Label()
        self.place = Label("muted")
        self.seats = Label("good")
        self.seats.setWordWrap(False)  # short; the title column gives way instead
        set_enum_property(self.seats, "alignment", "AlignRight|AlignVCenter")
        # Until Qt polishes it, a new role needs no re-polish (see childEvent).
        self._seats_polished = False
        layout = QGridLayout(self)
        layout.setContentsMargins(24, 10, 24, 10)
        layout.setHorizontalSpacing(24)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.title, 0, 0)
        layout.addWidget(self.when, 1, 0)
        layout.addWidget(self.place, 2, 0)
        layout.addWidget(self.seats, 0, 1, 3, 1)
        layout.setColumnStretch(0, 1)
        self._clicks_through = False
        if not clicks_through_later:
            self.let_clicks_through()
        self.clicked.connect(self._on_clicked)

    def let_clicks_through(self) -> None:
        if self._clicks_through:
            return
        self._clicks_through = True
        from PySide6.QtCore import Qt

        for label in (self.title, self.when, self.place, self.seats):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    @property
    def occurrence_id(self) -> uuid.UUID | None:
        return self._occurrence_id

    def show_occurrence(
        self, view: OccurrenceView, now: datetime, *, with_day: bool = True, day_word: bool = False
    ) -> None:
        """Show one occurrence. `with_day=False` gives only the time (a list under a
        "Today" heading); `day_word` then puts "Today," before it."""
        self._occurrence_id = view.occurrence_id
        seats, role = formatting.seats_text(view)
        if with_day:
            when = formatting.when_text(view, now)
        elif day_word:
            when = formatting.relative_time(view, now)
        else:
            when = formatting.time_range(view.starts_at, view.ends_at)
        self.title.setText(view.title)
        self.when.setText(when)
        self.place.setText(view.place)
        self.place.setVisible(bool(view.place))
        self.seats.setText(seats)
        if self._seats_polished:
            set_role(self.seats, role)
        else:
            # Takes effect when first polished; set_role would have to ask Qt whether the
            # label is polished yet, through a `Qt` enum.
            self.seats.setProperty("role", role)
        # One sentence for a screen reader: the whole card is a single control.
        self.setAccessibleName(f"{view.title}. {when}. {view.place}. {seats}")

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.totalSizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.totalMinimumSize() if layout is not None else super().minimumSizeHint()

    def childEvent(self, event: QChildEvent) -> None:
        if event.type() == QEvent.Type.ChildPolished and event.child() is self.seats:
            self._seats_polished = True
        super().childEvent(event)

    @Slot()
    def _on_clicked(self) -> None:
        if self._occurrence_id is not None:
            self.chosen.emit(self._occurrence_id)
