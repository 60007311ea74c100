"""What every screen has: the services, the navigator, retranslation and a reset."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from kiosk.services import Services
from ui.appearance import Appearance
from ui.navigation import Navigator


class Screen(QWidget):
    """A full page in the shell's stack.

    Subclasses build widgets in __init__, set every user-visible text in `retranslate()`
    (called once at the end of construction by the subclass and again on every language
    change), and wipe typed input in `reset()`.
    """

    # The shell's idle warning runs on this screen (home has nothing to wipe, and the
    # confirmation goes home by itself).
    watches_idle = True

    def __init__(self, services: Services, nav: Navigator, appearance: Appearance) -> None:
        super().__init__()
        self.services = services
        self.nav = nav
        self.appearance = appearance

    def retranslate(self) -> None:
        """Set every visible string and accessible name through self.tr()."""

    def reset(self) -> None:
        """Forget everything typed; called on idle time-out and when leaving for home."""

    def on_shown(self) -> None:
        """Called by the shell each time the screen comes to the front: refresh data here."""

    def refresh(self) -> None:
        """The data changed underneath (a sign-up, a cancellation, the clock passing a
        minute): redraw what is shown, but keep anything typed."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
