"""The floor for start-up: a bare PySide6 window, process start to first paint.

Prints the seconds since the interpreter started (from the parent's clock, passed in
SAMMEN_BENCH_T0) when the first paint event arrives, then quits.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            t0 = float(os.environ.get("SAMMEN_BENCH_T0", "0"))
            print(f"painted {time.time() - t0:.6f}", flush=True)
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
