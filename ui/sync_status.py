"""The sync worker of the GUI: a cycle on a timer and one at once after a sign-up, always
off the UI thread; backs off while the central database cannot be reached."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.central.provision import Enrolment
from kiosk.services import Services
from kiosk.sync.client import SyncClient, SyncProblem, SyncReport
from ui.worker import Worker

log = logging.getLogger(__name__)

INTERVAL_MS = 15_000
LONGEST_BACKOFF_MS = 300_000


class SyncController(QObject):
    changed = Signal()

    def __init__(
        self,
        services: Services,
        enrolment: Enrolment,
        parent: QObject | None = None,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        # Held from cycle to cycle: a new connection each time costs the server ≈ 8×.
        self.client = SyncClient(services, enrolment, hold_connection=True)
        self.services = services
        self.worker = Worker(self)
        self.interval_ms = interval_ms
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self.online: bool | None = None  # not known before the first cycle
        self.upgrade_required = False
        self.pending = 0
        self.oldest_pending: datetime | None = None
        self.last_push_at: datetime | None = None
        self.last_pull_at: datetime | None = None
        self.last_error = ""
        self.seats_lent = 0  # seats it may promise without the network (DESIGN.md: escrow)
        self._again = False
        self._failures = 0

    def start(self) -> None:
        self.services.booking.offline = True  # until the central database has answered
        self.sync_now()

    def stop(self) -> None:
        self.timer.stop()
        if self.worker.wait():  # else the cycle still uses it; exiting closes it anyway
            self.client.close()

    @Slot()
    def sync_now(self) -> None:
        """A cycle now (a new sign-up should reach the server within a second)."""
        if self.worker.busy:
            self._again = True
            return
        self.timer.stop()
        self.worker.run(self._cycle, self._on_done, self._on_failed)

    def _cycle(self) -> tuple[SyncReport | SyncProblem, int, datetime | None, int]:
        """In the worker: one cycle, then the outbox counted either way, so the UI thread
        never waits for the database."""
        outcome: SyncReport | SyncProblem
        try:
            outcome = self.client.sync_once()
        except SyncProblem as problem:
            outcome = problem
        pending = outcome.pending if isinstance(outcome, SyncReport) else self.client.pending()
        return outcome, pending, self.client.oldest_pending(), self.client.seats_lent()

    def _on_done(self, result: object) -> None:
        assert isinstance(result, tuple)
        outcome, self.pending, self.oldest_pending, self.seats_lent = result
        if isinstance(outcome, SyncProblem):
            self._went_offline(str(outcome))  # SyncProblem texts carry no personal data
            return
        now = self.services.clock.now()
        self.online = True
        self.services.booking.offline = outcome.upgrade_required
        self.upgrade_required = outcome.upgrade_required
        if outcome.pushed:
            self.last_push_at = now
        self.last_pull_at = now
        self.last_error = "upgrade required" if outcome.upgrade_required else ""
        self._failures = 0
        self._next(self.interval_ms)

    def _on_failed(self, error: Exception) -> None:
        # Not the network: the kiosk's own database (the outbox counts are the last known).
        log.error("sync: the cycle failed: %s", type(error).__name__)
        self._went_offline(type(error).__name__)

    def _went_offline(self, why: str) -> None:
        self.online = False
        self.services.booking.offline = True
        self.last_error = why
        self._failures += 1
        self._next(min(self.interval_ms * 2**self._failures, LONGEST_BACKOFF_MS))

    def _next(self, delay_ms: int) -> None:
        self.changed.emit()
        if self._again:
            self._again = False
            self.sync_now()
            return
        self.timer.start(delay_ms)
