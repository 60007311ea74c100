"""Start-up: what waits until the home screen has painted, and that it then happens."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScroller
from pytestqt.qtbot import QtBot

from kiosk.services import Services
from tests.ui.helpers import REPO, run_offscreen
from ui.shell import MainWindow


def _run_offscreen(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`script` in a fresh Python process on Qt's offscreen platform; it must succeed."""
    result = run_offscreen("-c", script, *args)
    assert result.returncode == 0, result.stderr
    return result


# A fresh process paints the home screen; at that paint, has PySide6 built the `Qt`
# namespace (its ≈ 90 Python enums, ≈ 20 ms) yet? And is it there just after?
_SCRIPT = """
import sys
from pathlib import Path
import PySide6.QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from kiosk.services import Services
from ui.shell import MainWindow

class Spy(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
            self.seen = "Qt" in vars(PySide6.QtCore)
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, app.quit))
        return False

app = QApplication([])
window = MainWindow(Services.open(Path(sys.argv[1])), kiosk_mode=False)
spy = Spy()
window.home.installEventFilter(spy)
window.present()
app.exec()
print(spy.seen, "Qt" in vars(PySide6.QtCore))
"""


def test_the_qt_namespace_is_built_only_after_the_home_screen_painted(
    services: Services,
) -> None:
    result = _run_offscreen(_SCRIPT, str(services.data_dir))
    assert result.stdout.split() == ["False", "True"]


def test_after_the_first_paint_cards_take_the_whole_press_and_the_page_scrolls_by_finger(
    qtbot: QtBot, services: Services
) -> None:
    window = MainWindow(services, kiosk_mode=False)
    qtbot.addWidget(window)
    card = window.home.cards[0]
    labels = (card.title, card.when, card.place, card.seats)
    window.show()
    qtbot.waitUntil(lambda: window.idle_watcher.watches_application, timeout=2000)
    qtbot.waitUntil(
        lambda: all(
            label.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents) for label in labels
        ),
        timeout=2000,
    )
    assert QScroller.hasScroller(window.home._scroll_area.viewport())


def test_warm_up_finishes_the_home_screen_even_if_it_never_painted(
    qtbot: QtBot, services: Services
) -> None:
    window = MainWindow(services, kiosk_mode=False)
    qtbot.addWidget(window)
    window.warm_up()
    card = window.home.cards[0]
    qtbot.waitUntil(
        lambda: card.seats.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents),
        timeout=2000,
    )
    assert QScroller.hasScroller(window.home._scroll_area.viewport())


_STOPPED_SCRIPT = """
import sys
from PySide6.QtWidgets import QMessageBox
QMessageBox.critical = staticmethod(lambda parent, title, text: print("BOX", title, text))
import ui.app
print("EXIT", ui.app.main(["--check", "--data-dir", sys.argv[1]]))
"""


def test_a_database_from_a_newer_version_stops_the_window_with_a_message(
    tmp_path: Path,
) -> None:
    """The message box is loaded only when needed, and still shows before anything else."""
    import sqlite3

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / "sammen.db")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    before = (data_dir / "sammen.db").read_bytes()
    result = _run_offscreen(_STOPPED_SCRIPT, str(data_dir))
    lines = result.stdout.splitlines()
    assert lines[0].startswith("BOX Sammen ") and "nyere versjon" in result.stdout
    assert lines[-1] == "EXIT 3"
    assert "first paint" not in result.stdout
    assert (data_dir / "sammen.db").read_bytes() == before


# What the kiosk has loaded at its first paint, started as `python -m ui --check` is (the
# modules in the order they were first imported). Each of these was moved on purpose, and an
# innocent import brings it back:
# - not loaded before the first paint: dataclasses (its classes compile their methods from
#   source at import; kiosk/values.py), platform (uuid imports it; kiosk/__init__.py);
# - loaded before PySide6, which reads the source of every module imported after it:
#   locale (argparse's first parse imports it; ui/__main__.py reads the command line first);
# - and PySide6 reads the source of no module of the kiosk's core and none of the standard
#   library but the two it names while it loads itself (ui/pyside_features.py).
NOT_BEFORE_FIRST_PAINT = ("dataclasses", "platform")
BEFORE_PYSIDE6 = ("locale", "kiosk.services", "ui.theme")
READ_BY_PYSIDE6_ITSELF = ("__future__", "enum")

_MODULES_SCRIPT = """
import builtins
import linecache
import runpy
import sys

def spy(*args, **kwargs):
    if args and str(args[0]).startswith("first paint at"):
        builtins_print("LOADED", " ".join(sys.modules))
        read = linecache.cache.keys()  # inspect.getsource reads a module through it
        modules = list(sys.modules.items())
        builtins_print("READ", " ".join(n for n, m in modules if getattr(m, "__file__", 0) in read))
    builtins_print(*args, **kwargs)

builtins_print, builtins.print = builtins.print, spy
sys.argv = ["ui", "--check", "--data-dir", sys.argv[1], "--now", sys.argv[2]]
runpy.run_module("ui", run_name="__main__", alter_sys=True)
"""


def test_what_waits_until_after_the_first_paint_is_not_loaded_before_it(
    services: Services,
) -> None:
    result = _run_offscreen(_MODULES_SCRIPT, str(services.data_dir), "2026-12-01T10:00")
    loaded = next(line for line in result.stdout.splitlines() if line.startswith("LOADED"))
    modules = loaded.split()[1:]
    assert "ui.screens.home" in modules  # the spy saw the real first paint
    assert [name for name in NOT_BEFORE_FIRST_PAINT if name in modules] == []
    pyside = modules.index("PySide6")
    assert [name for name in BEFORE_PYSIDE6 if modules.index(name) > pyside] == []
    read = next(line for line in result.stdout.splitlines() if line.startswith("READ"))
    assert "ui.shell" in read.split()  # what uses PySide6 is still read
    assert [
        name
        for name in read.split()[1:]
        if (name.partition(".")[0] == "kiosk" or name.partition(".")[0] in sys.stdlib_module_names)
        and name not in READ_BY_PYSIDE6_ITSELF
    ] == []


def test_uuid_imported_without_platform_knows_the_system_as_platform_does() -> None:
    script = (
        "import sys, kiosk, uuid\n"
        "print('platform' in sys.modules)\n"
        "import platform\n"
        "system = platform.system()\n"
        "print(uuid._LINUX == (system == 'Linux'), uuid._AIX == (system == 'AIX'))\n"
        "print(uuid.UUID(int=7).hex[-1], uuid.uuid4().version)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "True", "7", "4"]
