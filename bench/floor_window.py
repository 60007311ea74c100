"""The floor for start-up: a bare PySide6 window, process start to first paint.

Prints the wall-clock time of the first paint event, as `sammen-kiosk --check` does,
then quits; the parent subtracts the moment it started the process.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"first paint at {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            self.deleteLater()
        return False


def main() -> int:
    app = QApplication(sys.argv)
    label = QLabel("Sammen")
    label.resize(1920, 1080)
    spy = FirstPaint()
    label.installEventFilter(spy)
    label.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
