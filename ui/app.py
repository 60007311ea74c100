"""`sammen-kiosk`: start the kiosk window, or render one screen to a PNG.

sammen-kiosk [--demo] [--kiosk] [--data-dir DIR] [--now ISO] [--lang nb|nn|en]
             [--text-scale 100|133|166] [--theme default|contrast] [--offline]
sammen-kiosk screenshot --screen NAME --out FILE.png [--demo] [--size 1920x1080] ...
sammen-kiosk slip --demo --out FILE.pdf [--now ISO] [--lang nb|nn|en] [--paper receipt|a4]
"""

from __future__ import annotations

import argparse
import faulthandler
import gc
import logging
import os
import shutil
import signal
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from functools import partial
from math import ceil
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

# What needs no Qt comes before PySide6: once imported, PySide6 reads the source of each
# module an import statement names after it (to see whether it uses PySide6's
# __feature__ switches), ≈ 0.2 ms a module, ≈ 5 ms for the kiosk's core and what it uses.
from kiosk.clock import Clock, FixedClock, SystemClock, parse_now
from kiosk.config import KioskConfig, default_data_dir, load_config
from kiosk.domain.enums import Period
from kiosk.services import Services
from kiosk.storage.files import DatabaseProblem, DatabaseProblemKind
from ui.options import SUBCOMMANDS, run_parser, screenshot_parser, slip_parser
from ui.theme import ThemeName

# isort: split
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QObject,
    QSize,
    QTimer,
    QtMsgType,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

import ui.pyside_features  # noqa: F401  (spares PySide6 reading the core's source)
from ui.appearance import Appearance
from ui.i18n import Translations
from ui.resources import install_fonts
from ui.shell import MainWindow

if TYPE_CHECKING:
    from kiosk.services.staff import StaffMember

log = logging.getLogger("ui.app")

EXIT_USAGE = 2
EXIT_START_UP = 3  # the data folder could not be used; nothing was changed
DEMO_STAFF_NAME = "Kari Nordmann"
DEMO_NOW = "2026-12-01T10:00"
DEMO_ACTIVITY = "Bridge på sykehjemmet"
DEMO_SIGNUP_NAME = "Viggo Hansen"
DEMO_BOOKING_NAME = "Olga Hansen"
# Load the write side (SQLAlchemy) once the first screen is up, not before it.
WARM_UP_DELAY_MS = 300

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


# -- start-up you can debug -----------------------------------------------------------------


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings into Python logging, with the Qt category as the logger name."""
    category = context.category or "default"
    logging.getLogger(f"qt.{category}").log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)


def _set_up_logging() -> None:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("alembic").setLevel(logging.WARNING)  # a line per plugin otherwise
    # A crash in Qt's C++ code then still prints a Python traceback.
    if sys.stderr is not None:  # a Windows GUI script has no stderr
        faulthandler.enable()
    qInstallMessageHandler(_qt_message)


class _FirstPaint(QObject):
    """For --check: report the first painted home screen, then quit."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            print(f"first paint at {time.time():.6f}", flush=True)
            QTimer.singleShot(0, self._app.quit)
        return False


class _QuitOnSignal(QObject):
    """SIGTERM (systemd stopping the kiosk) or Ctrl+C ends the event loop, so the data
    folder is closed and a demo folder removed.

    Python runs its signal handlers only between bytecodes and Qt's loop runs none, so a
    timer lets the interpreter look in a few times a second.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._look_in)
        self._timer.start()
        signal.signal(signal.SIGTERM, self._on_signal)
        signal.signal(signal.SIGINT, self._on_signal)

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        log.info("signal %d: quitting", signum)
        self._app.quit()

    @Slot()
    def _look_in(self) -> None:
        """Nothing to do: running any Python lets a pending signal handler run."""


# -- options ----------------------------------------------------------------------------------


def _parse_size(text: str) -> QSize | None:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        return None
    size = QSize(int(width), int(height))
    return size if size.width() >= 320 and size.height() >= 240 else None


def _clock(now: str | None) -> Clock:
    return FixedClock(parse_now(now)) if now else SystemClock()


def _config(args: argparse.Namespace, data_dir: Path, kiosk: bool) -> KioskConfig:
    config = KioskConfig() if args.demo else load_config(data_dir)
    if args.lang:
        config = config.replace(language=args.lang)
    if kiosk:
        config = config.replace(kiosk_mode=True)
    return config


def _appearance(args: argparse.Namespace) -> Appearance:
    return Appearance(args.text_scale or 100, ThemeName(args.theme or "default"))


# -- the data folder --------------------------------------------------------------------------


def _problem_text(problem: DatabaseProblem) -> str:
    texts = {
        DatabaseProblemKind.LOCKED: QCoreApplication.translate(
            "Startup",
            "The kiosk's database is in use by another program. Is the kiosk already running?",
        ),
        DatabaseProblemKind.UNREADABLE: QCoreApplication.translate(
            "Startup", "The kiosk's database cannot be read."
        ),
        DatabaseProblemKind.NEWER_VERSION: QCoreApplication.translate(
            "Startup", "The kiosk's database comes from a newer version of Sammen. Upgrade first."
        ),
    }
    unchanged = QCoreApplication.translate(
        "Startup", "The file has not been changed. Please call the staff."
    )
    return f"{texts[problem.kind]}\n{unchanged}\n\n{problem.path}"


def _config_problem_text(path: Path, error: Exception) -> str:
    return QCoreApplication.translate(
        "Startup", "The kiosk's settings file cannot be used: %1"
    ).replace("%1", f"{path}: {error}")


def _tell_start_up_stopped(text: str) -> None:
    """A message box: start-up cannot go on. (QMessageBox is loaded only for this: its
    class and enums cost ≈ 3 ms on every start.)"""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, "Sammen", text)


def _seed(services: Services, *, with_staff: bool = False) -> None:
    from kiosk.demo import seed_demo  # SQLAlchemy, only for demo data

    seed_demo(services.db, services.clock, services.booking)
    if with_staff:
        _demo_staff(services)


def _demo_staff(services: Services, *, tell: bool = True) -> StaffMember:
    """There is no default PIN, not even in the demo: a throw-away staff user gets a fresh
    random PIN, told on the terminal that started the demo (never logged)."""
    import secrets

    from kiosk.services.staff import InvalidPin

    while True:
        pin = "".join(secrets.choice("0123456789") for _ in range(6))
        try:
            member = services.staff.add(DEMO_STAFF_NAME, pin, pin)
        except InvalidPin:
            continue  # 111111 or 123456 came up: draw again
        break
    if tell:
        print(
            f"Demo staff mode: hold the top-left corner of the home screen for 3 seconds, "
            f"then PIN {pin} (valid for this demo only).",
            flush=True,
        )
    return member


def _open_services(
    args: argparse.Namespace, data_dir: Path, config: KioskConfig, now: str | None
) -> Services:
    code_source = None
    if args.demo:
        from kiosk.demo import SeededBookingCodes

        code_source = SeededBookingCodes(7)
    clock = _clock(now)
    if code_source is None:
        services = Services.open(data_dir, clock, config)
    else:
        services = Services.open(data_dir, clock, config, code_source=code_source)
    if args.demo:
        _seed(services, with_staff=getattr(args, "check", None) is False)
    return services


# -- the kiosk --------------------------------------------------------------------------------


def _run(args: argparse.Namespace) -> int:
    app = QApplication([sys.argv[0] if sys.argv else "sammen-kiosk"])
    app.setApplicationName("Sammen")
    install_fonts(app)
    demo_dir = Path(tempfile.mkdtemp(prefix="sammen-demo-")) if args.demo else None
    data_dir = demo_dir or args.data_dir or default_data_dir()
    try:
        if demo_dir is not None and not args.offline and not args.now and not args.check:
            ran = _run_demo_central(app, args, demo_dir)
            if ran is not None:
                return ran
        return _run_window(app, args, data_dir)
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


DEMO_SYNC_INTERVAL_MS = 3000


def _run_demo_central(app: QApplication, args: argparse.Namespace, demo_dir: Path) -> int | None:
    """`make run`: the demo is the real system. An embedded PostgreSQL in the demo folder
    is the central database; each window is a kiosk enrolled in it, syncing live. None if
    no embedded PostgreSQL can be started here (the demo then runs offline)."""
    from kiosk.central.demo import DemoCentral, demo_signups
    from kiosk.demo import SITE_NAME
    from kiosk.sync.client import SyncClient, SyncProblem
    from ui.sync_status import SyncController

    translations = Translations(app)
    translations.set_language(args.lang or "nb")
    try:
        central = DemoCentral(demo_dir / "central", SITE_NAME, SystemClock().now())
    except Exception as error:  # no embedded server on this machine: say so, run offline
        log.warning("demo: no central database (%s); running offline", type(error).__name__)
        return None
    print(f"Demo central database: {central.url}", flush=True)
    kiosks: list[tuple[Services, MainWindow, SyncController]] = []
    try:
        for number in range(1, args.windows + 1):
            config = KioskConfig(language=args.lang or "nb")
            services = Services.open(demo_dir / f"kiosk{number}", SystemClock(), config)
            enrolment = central.enrol(services, f"Kiosk {number}")
            client = SyncClient(services, enrolment)
            try:
                client.sync_once()  # the site's activities before the window opens
                if number == 1:
                    demo_signups(services)
                    client.sync_once()
            except SyncProblem as problem:
                log.warning("demo: first sync did not finish: %s", problem)
            _demo_staff(services)
            window = MainWindow(services, _appearance(args), translations, kiosk_mode=False)
            controller = SyncController(services, enrolment, window, DEMO_SYNC_INTERVAL_MS)
            window.attach_sync(controller)
            window.present()
            if number > 1:
                window.move(window.x() + 80 * (number - 1), window.y() + 60 * (number - 1))
            window.setWindowTitle(f"Sammen — Kiosk {number}")
            controller.start()
            QTimer.singleShot(WARM_UP_DELAY_MS, window.warm_up)
            kiosks.append((services, window, controller))
        _QuitOnSignal(app)
        gc.enable()  # off while starting up (see main)
        return app.exec()
    finally:
        for services, window, controller in kiosks:
            controller.stop()
            window.allow_close()
            window.close()
            services.close()
        central.close()


def _run_window(app: QApplication, args: argparse.Namespace, data_dir: Path) -> int:
    translations = Translations(app)
    translations.set_language(args.lang or "nb")  # before any message: it may be shown
    try:
        config = _config(args, data_dir, args.kiosk)
    except (ValueError, TypeError) as error:  # TOMLDecodeError is a ValueError
        _tell_start_up_stopped(_config_problem_text(data_dir / "config.toml", error))
        return EXIT_START_UP
    translations.set_language(config.language)
    try:
        services = _open_services(args, data_dir, config, args.now)
    except DatabaseProblem as problem:
        log.error("start-up stopped: %s", problem.kind.value)
        _tell_start_up_stopped(_problem_text(problem))
        return EXIT_START_UP
    try:
        window = MainWindow(services, _appearance(args), translations, kiosk_mode=config.kiosk_mode)
        if not args.offline and not args.check:
            # After the first paint: reading the enrolment loads the ORM and the sync code.
            QTimer.singleShot(WARM_UP_DELAY_MS, partial(_start_sync, window, services))
        if args.check:
            first_paint = _FirstPaint(app)
            window.home.installEventFilter(first_paint)
        window.present()
        QTimer.singleShot(WARM_UP_DELAY_MS, window.warm_up)
        _QuitOnSignal(app)
        gc.enable()  # off while starting up (see main)
        return app.exec()
    finally:
        services.close()


def _start_sync(window: MainWindow, services: Services) -> None:
    """An enrolled kiosk syncs in the background; one not enrolled runs on its own."""
    from kiosk.central.provision import ProvisionError
    from kiosk.sync.client import load_enrolment

    try:
        enrolment = load_enrolment(services.data_dir)
    except ProvisionError:
        log.error("the enrolment file in the data folder cannot be read: running offline")
        return
    if enrolment is None:
        log.info("not enrolled with a central database: running on its own")
        return
    from ui.sync_status import SyncController

    controller = SyncController(services, enrolment, window)
    window.attach_sync(controller)
    app = QCoreApplication.instance()
    if app is not None:  # the held connection is closed, not dropped, on the way out
        app.aboutToQuit.connect(controller.stop)
    controller.start()


# -- screenshots ------------------------------------------------------------------------------


def _demo_occurrence(services: Services) -> uuid.UUID | None:
    """The first upcoming bridge afternoon, or else the first occurrence one can join."""
    now = services.clock.now()
    upcoming = [
        view
        for view in services.catalogue.occurrences(Period.WEEK)
        if view.starts_at > now and view.can_sign_up
    ]
    for view in upcoming:
        if view.title == DEMO_ACTIVITY:
            return view.occurrence_id
    return upcoming[0].occurrence_id if upcoming else None


def _screenshot(argv: Sequence[str]) -> int:
    parser = screenshot_parser()
    args = parser.parse_args(argv)
    size = _parse_size(args.size)
    if size is None:
        parser.error("--size must look like 1920x1080")
    if (
        args.screen in ("signup", "signup-help", "signup-last", "confirmation", "my-signups")
        or args.screen.startswith("staff-")
    ) and not args.demo:
        parser.error(f"--screen {args.screen} signs someone up, so it needs --demo")
    # Offscreen unless told otherwise, and before the QApplication exists.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(["sammen-kiosk"])
    install_fonts(app)
    demo_dir = Path(tempfile.mkdtemp(prefix="sammen-shot-")) if args.demo else None
    data_dir = demo_dir or args.data_dir or default_data_dir()
    try:
        return _render(app, args, data_dir, size)
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


def _render(app: QApplication, args: argparse.Namespace, data_dir: Path, size: QSize) -> int:
    translations = Translations(app)
    try:
        config = _config(args, data_dir, kiosk=False)
    except (ValueError, TypeError) as error:  # TOMLDecodeError is a ValueError
        print(_config_problem_text(data_dir / "config.toml", error), file=sys.stderr)
        return EXIT_START_UP
    translations.set_language(config.language)
    now = args.now or (DEMO_NOW if args.demo else None)
    try:
        services = _open_services(args, data_dir, config, now)
    except DatabaseProblem as problem:
        print(_problem_text(problem), file=sys.stderr)
        return EXIT_START_UP
    try:
        window = MainWindow(services, _appearance(args), translations, kiosk_mode=False)
        # Exactly this size, even below what a screen's layout asks for at least.
        window.setFixedSize(size)
        window.show()
        cannot = _go_to(window, services, args.screen)
        if cannot:
            print(cannot, file=sys.stderr)
            return EXIT_USAGE
        for _ in range(3):  # posted LanguageChange and layout requests
            app.processEvents()
        pixmap = window.grab()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        if not pixmap.save(str(args.out), "PNG"):
            print(f"could not write {args.out}", file=sys.stderr)
            return EXIT_START_UP
        window.allow_close()
        window.close()
        return 0
    finally:
        services.close()


def _go_to(window: MainWindow, services: Services, screen: str) -> str | None:
    """Bring the window to one screen with demo content; an error text if it cannot."""
    from kiosk.domain.views import SignupRequest

    if screen == "home":
        return None
    if screen.startswith("staff-"):
        return _go_to_staff(window, services, screen)
    if screen == "browse":
        window.show_browse(Period.WEEK)
        return None
    if screen == "my-signups":
        window.show_my_signups()
        occurrence_id = _demo_occurrence(services)
        if occurrence_id is None:
            return "no upcoming occurrence to show"
        booking = services.booking.sign_up(SignupRequest(occurrence_id, DEMO_BOOKING_NAME))
        window.my_signups.lookup(booking.booking_code)
        return None
    occurrence_id = _demo_occurrence(services)
    if occurrence_id is None:
        return "no upcoming occurrence to show"
    window.show_activity(occurrence_id)
    if screen in ("signup", "signup-help", "signup-last"):
        window.show_signup(occurrence_id)
        window.signup.type_name(DEMO_SIGNUP_NAME)
        if screen == "signup-help":
            window.signup.show_help_step()
        elif screen == "signup-last":
            window.signup.show_last_step()
    elif screen == "confirmation":
        booking = services.booking.sign_up(SignupRequest(occurrence_id, DEMO_BOOKING_NAME))
        window.show_confirmation(booking)
    return None


def _go_to_staff(window: MainWindow, services: Services, screen: str) -> str | None:
    """Staff screens of the demo: a throw-away staff user with a random PIN signs in."""
    window.show_staff_pin()
    if screen == "staff-pin":
        return None
    window.enter_staff_mode(_demo_staff(services, tell=False))
    occurrence_id = _demo_occurrence(services)
    if screen == "staff-activity-edit" and occurrence_id is not None:
        view = services.catalogue.get(occurrence_id)
        window.show_staff_activity(view.activity_id if view else None)
    elif screen in ("staff-participants", "staff-add-person") and occurrence_id is not None:
        window.show_staff_participants(occurrence_id)
        if screen == "staff-add-person":
            page = window.screen_named("staff-participants")
            page.add_button.click()  # type: ignore[attr-defined]
            page.add_help.setChecked(True)  # type: ignore[attr-defined]
    elif screen in ("staff-settings", "staff-new-user"):
        window.show_staff_settings()
        if screen == "staff-new-user":
            page = window.screen_named("staff-settings")
            page.add_staff_button.click()  # type: ignore[attr-defined]
    elif screen == "staff-audit":
        window.show_staff_audit()
    return None


# -- the printed slip as a PDF ----------------------------------------------------------------


def _slip(argv: Sequence[str]) -> int:
    parser = slip_parser()
    args = parser.parse_args(argv)
    if not args.demo:
        parser.error("the slip is of a demo sign-up, so it needs --demo")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(["sammen-kiosk"])
    install_fonts(app)
    demo_dir = Path(tempfile.mkdtemp(prefix="sammen-slip-"))
    try:
        return _write_slip(app, args, demo_dir)
    finally:
        shutil.rmtree(demo_dir, ignore_errors=True)


def _write_slip(app: QApplication, args: argparse.Namespace, data_dir: Path) -> int:
    from PySide6.QtGui import QPdfWriter

    from kiosk.domain.views import SignupRequest
    from ui.slip import Slip, a4_layout, receipt_layout

    translations = Translations(app)
    config = _config(args, data_dir, kiosk=False)
    translations.set_language(config.language)
    try:
        services = _open_services(args, data_dir, config, args.now or DEMO_NOW)
    except DatabaseProblem as problem:
        print(_problem_text(problem), file=sys.stderr)
        return EXIT_START_UP
    try:
        # The same sign-up as `screenshot --demo --screen confirmation` shows.
        occurrence_id = _demo_occurrence(services)
        if occurrence_id is None:
            print("no upcoming occurrence to sign up for", file=sys.stderr)
            return EXIT_USAGE
        booking = services.booking.sign_up(SignupRequest(occurrence_id, DEMO_BOOKING_NAME))
        slip = Slip(booking, services.catalogue.site_name())
        args.out.parent.mkdir(parents=True, exist_ok=True)
        writer = QPdfWriter(str(args.out))
        writer.setCreator("Sammen")
        writer.setTitle(booking.occurrence.title)
        if args.paper == "a4":
            writer.setPageLayout(a4_layout())
        else:
            # Measured on a long strip first, then cut where the slip ends.
            writer.setPageLayout(receipt_layout(1000))
            writer.setPageLayout(receipt_layout(ceil(slip.height_mm(writer)) + 10))
        if not slip.render(writer):
            print(f"could not write {args.out}", file=sys.stderr)
            return EXIT_START_UP
        return 0
    finally:
        services.close()


# -- entry point ------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in SUBCOMMANDS:
        _set_up_logging()
        gc.enable()  # `python -m ui` turns it off for the window's start-up only
        return (_screenshot if arguments[0] == "screenshot" else _slip)(arguments[1:])
    return run_window(run_parser().parse_args(arguments))


def run_window(args: argparse.Namespace) -> int:
    """The kiosk window, from its parsed command line (`python -m ui` parses it before
    PySide6 is imported: see ui/__main__.py)."""
    _set_up_logging()
    # Building the first screen makes many objects and frees few: no cycle collection
    # until the event loop starts (`python -m ui` turns it off before any import).
    gc.disable()
    try:
        return _run(args)
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main())
