"""Browse: today, tomorrow or this week; one category or all; a list of big cards."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.enums import Category, Period
from kiosk.services import Services
from ui import formatting
from ui.appearance import Appearance
from ui.navigation import Navigator
from ui.screens.base import Screen
from ui.widgets.controls import BigButton, KineticScrollArea, Label
from ui.widgets.occurrence_card import OccurrenceCard


class BrowseScreen(Screen):
    def __init__(self, services: Services, nav: Navigator, appearance: Appearance) -> None:
        super().__init__(services, nav, appearance)
        self._period = Period.TODAY
        self._category: Category | None = None

        self.heading = Label("title")
        self.period_buttons: dict[Period, BigButton] = {}
        self._period_group = QButtonGroup(self)
        for period in Period:
            button = BigButton("compact")
            button.setCheckable(True)
            button.setProperty("period", period.value)
            self._period_group.addButton(button)
            self.period_buttons[period] = button
        self.period_buttons[self._period].setChecked(True)
        self._period_group.buttonClicked.connect(self._on_period_button)

        self.category_heading = Label("section")
        self.all_button = BigButton("compact")
        self.all_button.setCheckable(True)
        self.all_button.setChecked(True)
        self.category_buttons: dict[Category, BigButton] = {}
        self._category_group = QButtonGroup(self)
        self._category_group.addButton(self.all_button)
        category_box = QVBoxLayout()
        category_box.setSpacing(16)
        category_box.addWidget(self.category_heading)
        category_box.addWidget(self.all_button)
        for category in Category:
            button = BigButton("compact")
            button.setCheckable(True)
            button.setProperty("category", category.value)
            self._category_group.addButton(button)
            self.category_buttons[category] = button
            category_box.addWidget(button)
        category_box.addStretch(1)
        self._category_group.buttonClicked.connect(self._on_category_button)

        self.cards: list[OccurrenceCard] = []
        self.empty = Label("muted")
        self._card_box = QVBoxLayout()
        self._card_box.setSpacing(16)
        list_content = QWidget()
        list_layout = QVBoxLayout(list_content)
        list_layout.setContentsMargins(0, 0, 16, 0)  # room beside the scroll bar
        list_layout.setSpacing(16)
        list_layout.addLayout(self._card_box)
        list_layout.addWidget(self.empty)
        list_layout.addStretch(1)
        self.list_area = KineticScrollArea(list_content)

        category_content = QWidget()
        category_content.setLayout(category_box)
        category_box.setContentsMargins(0, 0, 16, 0)  # room beside the scroll bar
        self.category_area = KineticScrollArea(category_content)
        self.category_area.setObjectName("categories")

        periods = QHBoxLayout()
        periods.setSpacing(16)
        for button in self.period_buttons.values():
            periods.addWidget(button)

        top = QHBoxLayout()
        top.setSpacing(32)
        top.addWidget(self.heading, 1)
        top.addLayout(periods, 2)

        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addWidget(self.category_area, 0)
        columns.addWidget(self.list_area, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(24)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        appearance.changed.connect(self._fit_category_column)
        self.retranslate()

    # -- Screen ---------------------------------------------------------------------------

    @property
    def period(self) -> Period:
        return self._period

    @property
    def category(self) -> Category | None:
        return self._category

    def show_period(self, period: Period) -> None:
        self._period = period
        self.period_buttons[period].setChecked(True)
        self.refresh()

    def show_category(self, category: Category | None) -> None:
        self._category = category
        button = self.all_button if category is None else self.category_buttons[category]
        button.setChecked(True)
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What's on"))
        names = {
            Period.TODAY: self.tr("Today"),
            Period.TOMORROW: self.tr("Tomorrow"),
            Period.WEEK: self.tr("This week"),
        }
        for period, button in self.period_buttons.items():
            button.setText(names[period])
            button.setAccessibleName(names[period])
        self.category_heading.setText(self.tr("Show"))
        self.all_button.setText(self.tr("Everything"))
        self.all_button.setAccessibleName(self.tr("Show everything"))
        for category, button in self.category_buttons.items():
            name = formatting.category_name(category)
            button.setText(name)
            button.setAccessibleName(name)
        self.empty.setText(self.tr("Nothing on at this time. Try another day."))
        self.refresh()
        self._fit_category_column()

    def reset(self) -> None:
        self._period = Period.TODAY
        self._category = None
        self.period_buttons[Period.TODAY].setChecked(True)
        self.all_button.setChecked(True)
        self.list_area.verticalScrollBar().setValue(0)

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        present = self.services.catalogue.categories(self._period)
        if self._category is not None and self._category not in present:
            # The chosen category has nothing in this period: show everything instead.
            self._category = None
            self.all_button.setChecked(True)
        for category, button in self.category_buttons.items():
            button.setVisible(category in present)
        views = self.services.catalogue.occurrences(self._period, self._category)
        now = self.services.clock.now()
        while len(self.cards) < len(views):
            card = OccurrenceCard()
            card.chosen.connect(self._on_card_chosen)
            self._card_box.addWidget(card)
            self.cards.append(card)
        for card, view in zip(self.cards, views, strict=False):
            card.show_occurrence(view, now)
        for index, card in enumerate(self.cards):
            card.setVisible(index < len(views))
        self.empty.setVisible(not views)

    # -- slots ----------------------------------------------------------------------------

    @Slot(object)
    def _on_period_button(self, button: BigButton) -> None:
        self._period = Period(str(button.property("period")))
        self.list_area.verticalScrollBar().setValue(0)
        self.refresh()

    @Slot(object)
    def _on_category_button(self, button: BigButton) -> None:
        value = button.property("category")
        self._category = None if value is None else Category(str(value))
        self.list_area.verticalScrollBar().setValue(0)
        self.refresh()

    @Slot(object)
    def _on_card_chosen(self, occurrence_id: uuid.UUID) -> None:
        self.nav.show_activity(occurrence_id)

    @Slot()
    def _fit_category_column(self) -> None:
        """As wide as the longest category name at this text size, hidden ones included,
        so no button clips and the list does not jump when the day changes."""
        widths = [self.category_heading.sizeHint().width(), self.all_button.sizeHint().width()]
        widths += [button.sizeHint().width() for button in self.category_buttons.values()]
        scroll_bar = self.category_area.verticalScrollBar().sizeHint().width()
        self.category_area.setFixedWidth(max(widths) + scroll_bar + 24)
