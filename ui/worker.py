"""Run slow work (a PIN hash, an export) on Qt's thread pool, answer on the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Answer(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], answer: _Answer) -> None:
        super().__init__()
        self._work = work
        self._answer = answer

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the UI thread, which says it kindly
            log.warning("background work failed: %s", type(error).__name__)
            self._answer.failed.emit(error)
        else:
            self._answer.done.emit(result)


class Worker(QObject):
    """One at a time per owner: `busy` tells the screen to ignore taps meanwhile."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._answers: set[_Answer] = set()

    @property
    def busy(self) -> bool:
        return bool(self._answers)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        answer = _Answer()  # lives in the UI thread: its signals arrive there, queued
        self._answers.add(answer)

        @Slot(object)
        def finished(result: object) -> None:
            self._answers.discard(answer)
            on_done(result)

        @Slot(object)
        def broke(error: object) -> None:
            self._answers.discard(answer)
            on_failed(error if isinstance(error, Exception) else RuntimeError(str(error)))

        answer.done.connect(finished)
        answer.failed.connect(broke)
        QThreadPool.globalInstance().start(_Task(work, answer))

    def wait(self, msecs: int = 5000) -> bool:
        """For shutting down (and tests): let running work finish."""
        return QThreadPool.globalInstance().waitForDone(msecs)
