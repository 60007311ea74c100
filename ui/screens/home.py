"""Home, the attract screen: what is on today, two big ways in, and the display settings."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.enums import Period
from kiosk.domain.views import OccurrenceView
from kiosk.services import Services
from ui.appearance import Appearance
from ui.i18n import NATIVE_NAMES, Translations
from ui.navigation import Navigator
from ui.screens.base import Screen
from ui.theme import TEXT_SCALES, ThemeName
from ui.widgets.controls import BigButton, KineticScrollArea, Label
from ui.widgets.flow_layout import WrapLayout
from ui.widgets.occurrence_card import OccurrenceCard

# A few, fewer as the text grows, so the buttons and settings stay in view on 1920×1080;
# the rest is one tap away under "See activities".
TODAY_CARDS = {100: 3, 133: 1, 166: 1}
SCALE_MARKS = {100: "A", 133: "A+", 166: "A++"}
ENTRY_GAP = 32
PAGE_MARGIN = 32


class HomeScreen(Screen):
    watches_idle = False

    def __init__(
        self,
        services: Services,
        nav: Navigator,
        appearance: Appearance,
        translations: Translations,
    ) -> None:
        super().__init__(services, nav, appearance)
        self.translations = translations
        # Read now, before anything is shown (and so polished): a card's seats role then
        # takes effect with that first polish, not through an unpolish/polish with
        # style(), which builds the QStyle class in Python (≈ 7 ms before the first
        # paint). on_shown() does not read it a second time.
        self._today: list[OccurrenceView] | None = services.catalogue.occurrences(Period.TODAY)
        self._read_when_made = True

        self.welcome = Label("title")
        self.today_heading = Label("heading")
        self.nothing_today = Label("muted")
        self.cards: list[OccurrenceCard] = []
        for _ in range(max(TODAY_CARDS.values())):
            card = OccurrenceCard(clicks_through_later=True)  # see after_first_paint()
            card.chosen.connect(self._on_card_chosen)
            self.cards.append(card)
        self.more_today = Label("muted")

        self.browse_button = BigButton("primary")
        self.browse_button.clicked.connect(self._on_browse)
        self.my_signups_button = BigButton("primary")
        self.my_signups_button.clicked.connect(self._on_my_signups)

        self.language_label = Label("section")
        self.language_buttons: dict[str, BigButton] = {}
        self._language_group = QButtonGroup(self)
        for language in NATIVE_NAMES:
            button = BigButton("compact")
            button.setCheckable(True)
            button.setProperty("language", language)
            self._language_group.addButton(button)
            self.language_buttons[language] = button
        self._language_group.buttonClicked.connect(self._on_language_button)

        self.size_label = Label("section")
        self.size_buttons: dict[int, BigButton] = {}
        self._size_group = QButtonGroup(self)
        for scale in TEXT_SCALES:
            button = BigButton("compact")
            button.setCheckable(True)
            button.setProperty("scale", scale)
            self._size_group.addButton(button)
            self.size_buttons[scale] = button
        self._size_group.buttonClicked.connect(self._on_size_button)

        self.contrast_button = BigButton("compact")
        self.contrast_button.setCheckable(True)
        self.contrast_button.toggled.connect(self._on_contrast_toggled)

        self._sync_settings_buttons()
        page = self._build_page()
        # Texts and today's cards once each widget has its parent (a card shown without
        # one would be a window of its own), but before the scroll area shows, and so
        # polishes, the page: the cards' roles are set by then.
        self.retranslate()
        # The whole page scrolls only if it must (166 % on a smaller screen): never clips.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._scroll_area = KineticScrollArea(page, kinetic_later=True)
        outer.addWidget(self._scroll_area)
        translations.changed.connect(self._on_language_changed)
        appearance.changed.connect(self._on_appearance_changed)

    def _build_page(self) -> QWidget:
        # Top: a greeting and the two ways in, always in view.
        # One line. When the greeting and both buttons do not fit at their own widths
        # (large text), the greeting steps aside rather than squeeze the buttons until
        # their words are cut, or push the settings out of view (see _fit_entries).
        buttons = QHBoxLayout()
        buttons.setSpacing(ENTRY_GAP)
        for button in (self.browse_button, self.my_signups_button):
            button.setMinimumWidth(480)
            # Never narrower than its words: the spare width is shared, not the need.
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button, 1)
        entries = QHBoxLayout()
        entries.setSpacing(ENTRY_GAP)
        entries.addWidget(self.welcome, 1)
        entries.addLayout(buttons, 2)

        # Middle: what is on today; fewer cards at larger text sizes (see TODAY_CARDS).
        today = QVBoxLayout()
        today.setSpacing(16)
        today.addWidget(self.today_heading)
        for card in self.cards:
            today.addWidget(card)
        today.addWidget(self.nothing_today)
        today.addWidget(self.more_today)

        # Bottom: the settings, always in view, so a changed text size can be changed back.
        language_group = QWidget()
        language_row = QHBoxLayout(language_group)
        language_row.setContentsMargins(0, 0, 0, 0)
        language_row.setSpacing(16)
        language_row.addWidget(self.language_label)
        for button in self.language_buttons.values():
            language_row.addWidget(button)
        size_group = QWidget()
        size_row = QHBoxLayout(size_group)
        size_row.setContentsMargins(0, 0, 0, 0)
        size_row.setSpacing(16)
        size_row.addWidget(self.size_label)
        for button in self.size_buttons.values():
            size_row.addWidget(button)
        # One line at normal size; at 133/166 % the groups wrap instead of clipping.
        settings = WrapLayout(spacing=48)  # the stretch above takes the spare height
        settings.addWidget(language_group)
        settings.addWidget(size_group)
        settings.addWidget(self.contrast_button)

        content = QWidget()
        page = QVBoxLayout(content)
        page.setContentsMargins(PAGE_MARGIN, 16, PAGE_MARGIN, 16)
        page.setSpacing(16)
        page.addLayout(entries)
        page.addLayout(today)
        page.addStretch(1)
        page.addLayout(settings)
        return content

    # -- Screen ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.welcome.setText(self.tr("Welcome!"))
        self.today_heading.setText(self.tr("Today"))
        self.nothing_today.setText(self.tr("Nothing more on today. See what is on tomorrow."))
        self.browse_button.setText(self.tr("See activities"))
        self.browse_button.setAccessibleName(self.tr("See activities"))
        self.my_signups_button.setText(self.tr("My sign-ups"))
        self.my_signups_button.setAccessibleName(self.tr("My sign-ups: look up or cancel"))
        self.language_label.setText(self.tr("Language"))
        for language, button in self.language_buttons.items():
            # Always in its own language, so a visitor can find theirs.
            button.setText(NATIVE_NAMES[language])
            button.setAccessibleName(NATIVE_NAMES[language])
        self.size_label.setText(self.tr("Text size"))
        size_names = {
            100: self.tr("Normal text size"),
            133: self.tr("Large text size"),
            166: self.tr("Largest text size"),
        }
        for scale, button in self.size_buttons.items():
            button.setText(SCALE_MARKS[scale])
            button.setAccessibleName(size_names[scale])
        self.contrast_button.setText(self.tr("High contrast"))
        self.contrast_button.setAccessibleName(self.tr("High contrast"))
        self._render()

    @Slot()
    def after_first_paint(self) -> None:
        """What needs the `Qt` namespace, whose Python enums PySide6 builds on first use
        (≈ 20 ms): not before this screen is first seen. No finger reaches it sooner."""
        self._scroll_area.make_kinetic()
        for card in self.cards:
            card.let_clicks_through()

    def on_shown(self) -> None:
        if self._read_when_made:
            self._read_when_made = False  # read moments ago, when made
            return
        self.refresh()

    def refresh(self) -> None:
        """Read today's activities again (shown, a minute passed, data changed)."""
        self._today = self.services.catalogue.occurrences(Period.TODAY)
        self._render()

    def _render(self) -> None:
        """Show what was last read; a new language or text size needs no new read."""
        if self._today is None:
            return  # not read yet: on_shown() reads and renders it
        now = self.services.clock.now()
        upcoming = [view for view in self._today if view.starts_at > now]
        room = TODAY_CARDS.get(self.appearance.scale, 1)
        shown = min(len(upcoming), room)
        # With room for one card only, it says "Today" itself instead of a heading.
        with_heading = room > 1
        for card, view in zip(self.cards, upcoming, strict=False):
            card.show_occurrence(view, now, with_day=False, day_word=not with_heading)
        for index, card in enumerate(self.cards):
            card.setVisible(index < shown)
        self.today_heading.setVisible(with_heading)
        self.nothing_today.setVisible(with_heading and not upcoming)
        more = len(upcoming) - shown if with_heading else 0
        self.more_today.setVisible(more > 0)
        if more > 0:
            self.more_today.setText(self.tr("… and %n more today", "", more))

    # -- slots ----------------------------------------------------------------------------

    @Slot(object)
    def _on_card_chosen(self, occurrence_id: uuid.UUID) -> None:
        self.nav.show_activity(occurrence_id)

    @Slot()
    def _on_browse(self) -> None:
        self.nav.show_browse(Period.TODAY)

    @Slot()
    def _on_my_signups(self) -> None:
        self.nav.show_my_signups()

    @Slot(object)
    def _on_language_button(self, button: BigButton) -> None:
        self.translations.set_language(str(button.property("language")))

    @Slot(object)
    def _on_size_button(self, button: BigButton) -> None:
        self.appearance.set_scale(int(button.property("scale")))

    @Slot(bool)
    def _on_contrast_toggled(self, on: bool) -> None:
        self.appearance.set_theme(ThemeName.CONTRAST if on else ThemeName.DEFAULT)

    @Slot(str)
    def _on_language_changed(self, _language: str) -> None:
        self._sync_settings_buttons()
        QTimer.singleShot(0, self, self._fit_entries)  # other words, other widths

    @Slot()
    def _on_appearance_changed(self) -> None:
        self._sync_settings_buttons()
        self._render()  # how many of today's cards fit depends on the text size
        QTimer.singleShot(0, self, self._fit_entries)  # once the new sizes are in

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_entries()

    @Slot()
    def _fit_entries(self) -> None:
        """The greeting beside the two buttons when all three fit at their own width."""
        buttons = (self.browse_button, self.my_signups_button)
        needed = self.welcome.sizeHint().width()
        needed += sum(max(b.sizeHint().width(), b.minimumWidth()) for b in buttons)
        needed += 2 * ENTRY_GAP
        # This screen's own width, less a scroll bar's: in its resize event the scroll
        # area inside has not been resized yet.
        room = self.width() - 2 * PAGE_MARGIN
        room -= self._scroll_area.verticalScrollBar().sizeHint().width()
        fits = needed <= room
        if fits != self.welcome.isVisibleTo(self):
            self.welcome.setVisible(fits)

    def _sync_settings_buttons(self) -> None:
        """Show the settings as they are, also when changed elsewhere (start-up options)."""
        self.language_buttons[self.translations.language].setChecked(True)
        self.size_buttons[self.appearance.scale].setChecked(True)
        self.contrast_button.blockSignals(True)
        self.contrast_button.setChecked(self.appearance.theme is ThemeName.CONTRAST)
        self.contrast_button.blockSignals(False)
