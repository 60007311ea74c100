"""The kiosk window: header with Back/Home and the clock, the screens, the idle watcher."""

from __future__ import annotations

import importlib
import logging
import time
import uuid
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import KioskConfig
from kiosk.domain.enums import Period
from kiosk.domain.views import Booking
from kiosk.services import Services
from ui import formatting
from ui.appearance import Appearance
from ui.bridge import ChangeBridge
from ui.i18n import Translations
from ui.screens.base import Screen
from ui.screens.home import HomeScreen
from ui.theme import relative_luminance
from ui.widgets.controls import BigButton, Label, set_enum_property

if TYPE_CHECKING:
    from kiosk.services.staff import StaffMember
    from ui.screens.activity import ActivityScreen
    from ui.screens.browse import BrowseScreen
    from ui.screens.confirmation import ConfirmationScreen
    from ui.screens.my_signups import MySignupsScreen
    from ui.screens.signup import SignupScreen
    from ui.sync_status import SyncController
    from ui.widgets.still_there import StillThereOverlay
    from ui.worker import Worker

log = logging.getLogger(__name__)

# Screens other than home are built on first use, or just after the first paint: the
# kiosk shows its home screen sooner, and no tap waits for a screen to be made.
SCREEN_ORDER = ("home", "browse", "activity", "signup", "confirmation", "my-signups")
_LAZY_SCREENS = {
    "browse": ("ui.screens.browse", "BrowseScreen"),
    "activity": ("ui.screens.activity", "ActivityScreen"),
    "signup": ("ui.screens.signup", "SignupScreen"),
    "confirmation": ("ui.screens.confirmation", "ConfirmationScreen"),
    "my-signups": ("ui.screens.my_signups", "MySignupsScreen"),
    # Staff screens: built only once someone opens the PIN pad, never by warm_up().
    "staff-pin": ("ui.staff.pin", "StaffPinScreen"),
    "staff-home": ("ui.staff.home", "StaffHomeScreen"),
    "staff-activity-edit": ("ui.staff.activity_edit", "StaffActivityEditScreen"),
    "staff-participants": ("ui.staff.participants", "StaffParticipantsScreen"),
    "staff-settings": ("ui.staff.settings", "StaffSettingsScreen"),
    "staff-audit": ("ui.staff.audit", "StaffAuditScreen"),
}
STAFF_SCREENS = tuple(name for name in _LAZY_SCREENS if name.startswith("staff-"))
# Staff mode locks itself after two quiet minutes.
STAFF_IDLE_MS = 120_000
# A retention purge that gave way to someone at the screen goes on this long after.
PURGE_AGAIN_MS = 120_000

# What counts as someone using the kiosk. Mouse moves without a button are left out: a
# touchscreen sends none, and a cable knock on a mouse is not a person.
_ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


class IdleWatcher(QObject):
    """An application-wide event filter: any touch, click or key press restarts the timer.

    It watches the whole application only from the first paint of `first_screen` on.
    The first event of one of Qt's private classes (an animation timer, say) through a
    Python filter makes PySide6 load every class it has, ≈ 30 ms; the resident should
    see the home screen before that, not after. Until then it watches that screen alone.
    """

    activity = Signal()
    # Once, from the event loop just after that first paint (or after warm_up() if the
    # screen was never painted): what could wait until the screen was up is done now.
    first_screen_painted = Signal()

    def __init__(self, parent: QObject, first_screen: QWidget) -> None:
        super().__init__(parent)
        self._first_screen: QWidget | None = first_screen
        first_screen.installEventFilter(self)

    @property
    def watches_application(self) -> bool:
        return self._first_screen is None

    def watch_application(self) -> None:
        if self._first_screen is None:
            return
        self._first_screen.removeEventFilter(self)
        self._first_screen = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        # With itself as context: dropped if the window is gone by then.
        QTimer.singleShot(0, self, self.first_screen_painted.emit)

    def stop(self) -> None:
        if self._first_screen is not None:
            self._first_screen.removeEventFilter(self)
            self._first_screen = None
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY_EVENTS:
            self.activity.emit()
        elif kind == QEvent.Type.Paint and self._first_screen is not None:
            self.watch_application()
        return False


class MainWindow(QMainWindow):
    """The one window. Implements ui.navigation.Navigator for the screens."""

    def __init__(
        self,
        services: Services,
        appearance: Appearance | None = None,
        translations: Translations | None = None,
        *,
        kiosk_mode: bool | None = None,
    ) -> None:
        super().__init__()
        self.services = services
        self.staff_member: StaffMember | None = None
        self.sync_controller: SyncController | None = None
        self.kiosk_mode = services.config.kiosk_mode if kiosk_mode is None else kiosk_mode
        self._close_allowed = False
        self._is_shut_down = False
        self.appearance = appearance or Appearance()
        # A window that made its own translators takes them away again when it closes.
        self._owns_translations = translations is None
        if translations is None:
            translations = Translations(self)
            translations.set_language(self.config.language)
        self.translations = translations
        self.setObjectName("mainWindow")

        # Header: Back top-left, Home top-right, on every screen but home.
        self.header = QFrame()
        self.header.setObjectName("header")
        self.back_button = BigButton("compact")
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.go_back)
        self.home_button = BigButton("compact")
        self.home_button.setObjectName("homeButton")
        self.home_button.clicked.connect(self.go_home)
        for button in (self.back_button, self.home_button):
            # Hidden on home without moving the title: the header keeps its shape.
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
        self.site_label = Label()
        self.site_label.setObjectName("siteName")
        set_enum_property(self.site_label, "alignment", "AlignCenter")
        # Ignored width: the name takes what Back, the clock and Home leave, and its
        # height is worked out for that width (else a guess makes the header too tall).
        self.site_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.clock_label = Label("clock")
        self.clock_label.setObjectName("clock")
        set_enum_property(self.clock_label, "alignment", "AlignRight|AlignVCenter")
        header_layout = QHBoxLayout(self.header)
        header_layout.setContentsMargins(24, 12, 24, 12)
        header_layout.setSpacing(24)
        header_layout.addWidget(self.back_button)
        header_layout.addWidget(self.site_label, 1)
        # Online or not: a small mark only (DESIGN.md: nothing more on the public side).
        self.net_label = Label("clock")
        self.net_label.setObjectName("netMark")
        self.net_label.setVisible(False)
        header_layout.addWidget(self.net_label)
        header_layout.addWidget(self.clock_label)
        header_layout.addWidget(self.home_button)

        # Screens.
        self.stack = QStackedWidget()
        self.home = HomeScreen(services, self, self.appearance, self.translations)
        self._built: dict[str, Screen] = {"home": self.home}
        self.stack.addWidget(self.home)
        self._history: list[Screen] = []

        central = QWidget()
        central.setObjectName("central")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # Staff mode's door: hold the top-left corner of the home screen for 3 s.
        from ui.widgets.staff_corner import StaffCorner

        self.staff_corner = StaffCorner(central)
        self.staff_corner.move(0, 0)
        self.staff_corner.held.connect(self.show_staff_pin)

        # Idle: a quiet minute on any screen but home asks "Are you still there?". The
        # question is made after the first paint (warm_up) or when first asked.
        self._still_there: StillThereOverlay | None = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(self.config.idle_seconds * 1000)
        self.idle_timer.timeout.connect(self._on_idle)
        self.answer_timer = QTimer(self)  # one tick a second while the question is up
        self.answer_timer.setInterval(1000)
        self.answer_timer.timeout.connect(self._on_answer_tick)
        self.answer_seconds_left = 0
        self.idle_watcher = IdleWatcher(self, self.home)
        self.idle_watcher.activity.connect(self._on_user_activity)
        self.idle_watcher.first_screen_painted.connect(self.home.after_first_paint)

        # Personal data past its retention time is wiped daily (see warm_up); the worker
        # thread's module loads then, not before the first paint.
        self._purge_worker: Worker | None = None
        self.last_purge_count: int | None = None
        self.purge_timer = QTimer(self)
        self.purge_timer.setInterval(24 * 60 * 60 * 1000)
        self.purge_timer.timeout.connect(self.purge_old_personal_data)
        # The purge gives way whenever someone uses the screen (see purge_old_personal_data).
        self._last_activity = 0.0  # time.monotonic() of the last touch or key
        self._purge_started_at = 0.0
        self.purge_again_timer = QTimer(self)
        self.purge_again_timer.setSingleShot(True)
        self.purge_again_timer.setInterval(PURGE_AGAIN_MS)
        self.purge_again_timer.timeout.connect(self.purge_old_personal_data)

        # The header clock, on the minute.
        self.clock_timer = QTimer(self)
        self.clock_timer.setSingleShot(True)
        self.clock_timer.timeout.connect(self._on_minute)

        self._bridge = ChangeBridge(services.notifier, self)
        self._bridge.changed.connect(self._on_data_changed)
        self.appearance.changed.connect(self._on_appearance_changed)
        # A visitor's own language or text size: reset after a quiet minute (see _on_idle).
        self._start_look = (self.appearance.scale, self.appearance.theme)
        self.appearance.changed.connect(self._restart_idle)
        self.translations.changed.connect(lambda _language: self._restart_idle())

        # The stylesheet once the widgets exist, before they are shown. Set before them,
        # each widget added to a layout (and each of its children, again at every level
        # of nesting) is re-styled and sent a StyleChange (≈ 15 ms at start); now each
        # gets one.
        self.appearance.install()
        self._show(self.home, remember=False)
        self.retranslate()
        self._arm_clock_timer()

    # -- Navigator ------------------------------------------------------------------------

    @property
    def config(self) -> KioskConfig:
        return self.services.config  # staff may change it while the kiosk runs

    @Slot()
    def go_home(self) -> None:
        """Home, and every screen forgets what was typed. Leaving staff mode locks it."""
        if self.staff_member is not None:
            self.lock_staff_mode()
            return
        self._hide_still_there()
        self._history.clear()
        for screen in self._built.values():
            screen.reset()
        self._show(self.home, remember=False)

    @Slot()
    def go_back(self) -> None:
        if not self._history:
            self.go_home()
            return
        previous = self._history.pop()
        if previous is self.home:
            self.go_home()
            return
        self._show(previous, remember=False)

    def show_browse(self, period: Period | None = None) -> None:
        if period is not None:
            self.browse.show_period(period)
        self._show(self.browse)

    def show_activity(self, occurrence_id: uuid.UUID) -> None:
        self.activity.show_occurrence(occurrence_id)
        self._show(self.activity)

    def show_signup(self, occurrence_id: uuid.UUID) -> None:
        self.signup.start(occurrence_id)
        self._show(self.signup)

    def show_confirmation(self, booking: Booking) -> None:
        # The sign-up is done: Back from here goes home, not into the filled-in form.
        self.signup.reset()
        self._history = [self.home]
        self.confirmation.show_booking(booking)
        self._show(self.confirmation, remember=False)
        if self.sync_controller is not None:
            self.sync_controller.sync_now()  # the server's answer within a second

    def show_my_signups(self) -> None:
        self._show(self.my_signups)

    # -- staff mode -------------------------------------------------------------------------

    @Slot()
    def show_staff_pin(self) -> None:
        if self.current_screen() is not self.home or self.staff_member is not None:
            return
        log.info("staff PIN pad opened")
        self._show(self.screen_named("staff-pin"))

    def enter_staff_mode(self, member: StaffMember) -> None:
        self.staff_member = member
        self._history = [self.home]
        self._show(self.screen_named("staff-home"), remember=False)
        self.retranslate()

    def lock_staff_mode(self) -> None:
        """ "Lock", the Home button or two quiet minutes: out of staff mode, every staff
        screen wiped, back to the public home screen."""
        member = self.staff_member
        self.staff_member = None
        if member is not None:
            self.services.staff.record(member, "staff.lock")
            log.info("staff mode locked")
        for name in STAFF_SCREENS:
            screen = self._built.get(name)
            if screen is not None:
                screen.reset()
        self.idle_timer.setInterval(self.config.idle_seconds * 1000)
        self.retranslate()
        self.go_home()

    def show_staff_home(self) -> None:
        self._history = [self.home]
        self._show(self.screen_named("staff-home"), remember=False)

    def show_staff_activity(self, activity_id: uuid.UUID | None) -> None:
        screen = self.screen_named("staff-activity-edit")
        load = getattr(screen, "load")  # noqa: B009 - built lazily, typed in ui.staff
        load(activity_id)
        self._show(screen)

    def show_staff_participants(self, occurrence_id: uuid.UUID) -> None:
        screen = self.screen_named("staff-participants")
        show = getattr(screen, "show_occurrence")  # noqa: B009
        show(occurrence_id)
        self._show(screen)

    def show_staff_settings(self) -> None:
        self._show(self.screen_named("staff-settings"))

    def show_staff_audit(self) -> None:
        self._show(self.screen_named("staff-audit"))

    def attach_sync(self, controller: SyncController) -> None:
        """Sync with the central database runs; show whether the kiosk is online."""
        self.sync_controller = controller
        controller.changed.connect(self._show_net)
        self._show_net()

    @Slot()
    def _show_net(self) -> None:
        controller = self.sync_controller
        online = None if controller is None else controller.online
        self.net_label.setVisible(online is not None)
        if online is None:
            return
        text = self.tr("Online") if online else self.tr("Offline")
        self.net_label.setText(("● " if online else "○ ") + text)
        self.net_label.setAccessibleName(text)
        screen = self.current_screen()
        if self.staff_member is not None or screen is self._built.get("confirmation"):
            screen.refresh()  # the server's answer: a held seat becomes a seat (or not)

    def settings_changed(self) -> None:
        """New settings from staff mode: the site name now, the idle times from the moment
        staff mode ends (it keeps its own two minutes until then)."""
        if self.staff_member is None:
            self.idle_timer.setInterval(self.config.idle_seconds * 1000)
        self.retranslate()

    def exit_kiosk(self) -> None:
        """The only way to quit in kiosk mode: from the staff settings."""
        member = self.staff_member
        if member is not None:
            self.services.staff.record(member, "kiosk.exit")
        log.info("kiosk closed from staff mode")
        self.allow_close()
        self.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    # -- public ---------------------------------------------------------------------------

    def current_screen(self) -> Screen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    def screen_named(self, name: str) -> Screen:
        """The screen, built now if it was not yet."""
        screen = self._built.get(name)
        if screen is None:
            module_name, class_name = _LAZY_SCREENS[name]
            screen_class = getattr(importlib.import_module(module_name), class_name)
            screen = screen_class(self.services, self, self.appearance)
            assert isinstance(screen, Screen)
            self._built[name] = screen
            self.stack.addWidget(screen)
        return screen

    @property
    def screens(self) -> dict[str, Screen]:
        """Every screen, by name (all built)."""
        return {name: self.screen_named(name) for name in SCREEN_ORDER}

    @Slot()
    def build_screens(self) -> None:
        """Build the screens not yet made; called once the home screen is up."""
        for name in SCREEN_ORDER:
            self.screen_named(name)

    @property
    def browse(self) -> BrowseScreen:
        return cast("BrowseScreen", self.screen_named("browse"))

    @property
    def activity(self) -> ActivityScreen:
        return cast("ActivityScreen", self.screen_named("activity"))

    @property
    def signup(self) -> SignupScreen:
        return cast("SignupScreen", self.screen_named("signup"))

    @property
    def confirmation(self) -> ConfirmationScreen:
        return cast("ConfirmationScreen", self.screen_named("confirmation"))

    @property
    def my_signups(self) -> MySignupsScreen:
        return cast("MySignupsScreen", self.screen_named("my-signups"))

    @property
    def still_there(self) -> StillThereOverlay:
        """The "Are you still there?" overlay, made on first use."""
        if self._still_there is None:
            from ui.widgets.still_there import StillThereOverlay

            central = self.centralWidget()
            assert central is not None
            overlay = StillThereOverlay(central)
            overlay.answered.connect(self._on_still_here)
            self._set_dim_colour(overlay)
            overlay.setGeometry(central.rect())
            self._still_there = overlay
        return self._still_there

    def present(self) -> None:
        """Full screen in kiosk mode, an ordinary window otherwise."""
        screen = self.screen()
        if self.kiosk_mode:
            # Without a window manager (a bare X session on a kiosk PC) the full-screen
            # request alone is not honoured: take the screen's size as well.
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.resize(QSize(1920, 1080).boundedTo(screen.availableGeometry().size()))
            self.show()

    @Slot()
    def warm_up(self) -> None:
        """Load the write side and build the other screens now, once the first screen is
        up, so the first tap does not wait for them."""
        self.idle_watcher.watch_application()  # in case the home screen was never painted
        _ = self.still_there
        self.build_screens()
        self.services.warm_up()
        self.purge_old_personal_data()
        self.purge_timer.start()

    @Slot()
    def purge_old_personal_data(self) -> None:
        """The retention rule: names and phones of long-past sign-ups are wiped at start
        and once a day, off the UI thread (counts stay for reports). It stops within a
        chunk of 500 when someone touches the screen, and goes on two minutes later."""
        if self._purge_worker is None:
            from ui.worker import Worker

            self._purge_worker = Worker(self)
        if self._purge_worker.busy:
            return
        services = self.services
        self.purge_again_timer.stop()  # running now
        self._purge_started_at = time.monotonic()

        def while_nobody_is_here() -> bool:  # asked in the worker, between two chunks
            return self._last_activity < self._purge_started_at

        self._purge_worker.run(
            lambda: services.purge_personal_data(while_nobody_is_here),
            self._on_purged,
            self._on_purge_failed,
        )

    def _on_purged(self, count: object) -> None:
        self.last_purge_count = int(count) if isinstance(count, int) else 0
        if self._last_activity >= self._purge_started_at:
            # It gave way to someone at the screen: the rest once they have gone.
            self.purge_again_timer.start()

    def _on_purge_failed(self, error: Exception) -> None:
        log.error("retention purge failed: %s", type(error).__name__)

    def allow_close(self) -> None:
        """Let the next close through (staff exit). Kiosk mode ignores Alt+F4 otherwise."""
        self._close_allowed = True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sammen"))
        self.back_button.setText("‹ " + self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        if self.staff_member is None:
            self.home_button.setText(self.tr("Home") + " ⌂")
            self.home_button.setAccessibleName(self.tr("Home: back to the start"))
        else:
            self.home_button.setText(self.tr("Lock"))
            self.home_button.setAccessibleName(self.tr("Lock: leave staff mode"))
        self.site_label.setText(self.services.catalogue.site_name())
        self._show_clock()
        if self.sync_controller is not None:
            self._show_net()

    # -- Qt events ------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if self._is_shut_down and event.type() == QEvent.Type.LanguageChange:
            # Closed, its services perhaps closed too: the screens must not read them.
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        central = self.centralWidget()
        if central is not None and self._still_there is not None:
            self._still_there.setGeometry(central.rect())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk_mode and not self._close_allowed:
            log.info("close ignored: kiosk mode")
            event.ignore()
            return
        self._shut_down()
        super().closeEvent(event)

    # -- inner workings -------------------------------------------------------------------

    def _show(self, screen: Screen, *, remember: bool = True) -> None:
        current = self.stack.currentWidget()
        if remember and isinstance(current, Screen) and current is not screen:
            if screen in self._history:
                # Coming back to a screen already on the way: the path after it is gone.
                del self._history[self._history.index(screen) :]
            else:
                self._history.append(current)
        self.stack.setCurrentWidget(screen)
        on_home = screen is self.home
        self.back_button.setVisible(not on_home)
        self.home_button.setVisible(not on_home)
        self.staff_corner.setVisible(on_home)
        self.staff_corner.raise_()
        # The page takes focus, so no button starts out ringed and typed keys reach it;
        # on_shown() may then hand it to a field of its own.
        screen.setFocus()
        screen.on_shown()
        self._restart_idle()

    def _restart_idle(self) -> None:
        if self._still_there is not None and self._still_there.isVisible():
            return
        if self.staff_member is not None:
            self.idle_timer.start(STAFF_IDLE_MS)
        elif (
            self.current_screen().watches_idle
            or self._on_staff_pin()
            or (self.current_screen() is self.home and self._look_changed())
        ):
            self.idle_timer.start()
        else:
            self.idle_timer.stop()

    def _look_changed(self) -> bool:
        """Another language, text size or theme than the kiosk starts with."""
        return (
            self.translations.language != self.config.language
            or (self.appearance.scale, self.appearance.theme) != self._start_look
        )

    def _reset_look(self) -> None:
        """The next visitor finds the kiosk as it starts: its language, text size and
        theme, not the previous visitor's."""
        if not self._look_changed():
            return
        log.info("idle: language and text size back to the start")
        self.appearance.set_scale(self._start_look[0])
        self.appearance.set_theme(self._start_look[1])
        self.translations.set_language(self.config.language)

    def _on_staff_pin(self) -> bool:
        return self.current_screen() is self._built.get("staff-pin")

    def _hide_still_there(self) -> None:
        self.answer_timer.stop()
        if self._still_there is not None:
            self._still_there.hide()

    def _show_clock(self) -> None:
        now = self.services.clock.now()
        self.clock_label.setText(f"{formatting.day_name(now.date())}\n{formatting.clock_time(now)}")
        self.clock_label.setAccessibleName(
            self.tr("The time is %1").replace("%1", formatting.clock_time(now))
        )

    def _shut_down(self) -> None:
        self._is_shut_down = True
        for timer in (
            self.idle_timer,
            self.answer_timer,
            self.clock_timer,
            self.purge_timer,
            self.purge_again_timer,
        ):
            timer.stop()
        if self._purge_worker is not None:
            self._purge_worker.wait()  # a purge half-way must finish before services close
        if self.sync_controller is not None:
            self.sync_controller.stop()
        if "confirmation" in self._built:
            self._built["confirmation"].reset()  # stops its countdown
        self.idle_watcher.stop()
        self._bridge.close()
        if self._owns_translations:
            self.translations.uninstall()

    # -- slots ----------------------------------------------------------------------------

    @Slot()
    def _on_user_activity(self) -> None:
        self._last_activity = time.monotonic()
        if self.idle_timer.isActive():
            self.idle_timer.start()

    @Slot()
    def _on_idle(self) -> None:
        if self.staff_member is not None:
            log.info("staff mode locked after two quiet minutes")
            self.lock_staff_mode()
            return
        if self._on_staff_pin():
            self.go_home()  # a PIN pad left open goes away without asking
            return
        if self.current_screen() is self.home:
            self._reset_look()  # nothing typed to lose here: no need to ask
            return
        if not self.current_screen().watches_idle:
            return
        self.answer_seconds_left = self.config.idle_answer_seconds
        self.still_there.show_seconds(self.answer_seconds_left)
        central = self.centralWidget()
        if central is not None:
            self.still_there.setGeometry(central.rect())
        self.still_there.show()
        self.still_there.raise_()
        self.still_there.yes_button.setFocus()
        self.answer_timer.start()
        log.info("idle: asking whether anyone is still there")

    @Slot()
    def _on_answer_tick(self) -> None:
        self.answer_seconds_left -= 1
        if self.answer_seconds_left > 0:
            self.still_there.show_seconds(self.answer_seconds_left)
            return
        log.info("idle: no answer, back to the start")
        self.go_home()
        self._reset_look()

    @Slot()
    def _on_still_here(self) -> None:
        self._hide_still_there()
        self._restart_idle()

    @Slot()
    def _on_minute(self) -> None:
        self._show_clock()
        self.current_screen().refresh()  # seats close and activities start as time passes
        self._arm_clock_timer()

    def _arm_clock_timer(self) -> None:
        now = self.services.clock.now()
        # Wake on the next whole minute, so the clock never shows a stale minute for long.
        ms_to_minute = (60 - now.second) * 1000 - now.microsecond // 1000
        self.clock_timer.start(max(ms_to_minute, 1000))

    @Slot(str)
    def _on_data_changed(self, _change: str) -> None:
        self.current_screen().refresh()

    @Slot()
    def _on_appearance_changed(self) -> None:
        if self._still_there is not None:
            self._set_dim_colour(self._still_there)

    def _set_dim_colour(self, overlay: StillThereOverlay) -> None:
        palette = self.appearance.palette
        overlay.set_dim_colour(min(palette.text, palette.background, key=relative_luminance))
