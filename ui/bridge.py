"""Core change notifications as a Qt signal, so views refresh on the main thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.services.events import Change, ChangeNotifier


class ChangeBridge(QObject):
    """Listens to the core's ChangeNotifier and re-emits each change as `changed(value)`.

    A listener may be called from a worker thread (the sync worker, later); a Qt signal to
    a receiver on the main thread is then queued there by Qt.
    """

    changed = Signal(str)

    def __init__(self, notifier: ChangeNotifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notifier: ChangeNotifier | None = notifier
        notifier.subscribe(self._on_change)

    def _on_change(self, change: Change) -> None:
        self.changed.emit(change.value)

    def close(self) -> None:
        """Stop listening; the notifier may outlive the window."""
        if self._notifier is not None:
            self._notifier.unsubscribe(self._on_change)
            self._notifier = None
