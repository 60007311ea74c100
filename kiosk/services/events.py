"""Change notifications: services announce what changed; ui/ turns them into Qt signals."""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable

log = logging.getLogger(__name__)


class Change(enum.Enum):
    CATALOGUE = "catalogue"  # activities or occurrences changed
    SIGNUPS = "signups"  # seats or waiting lists changed


Listener = Callable[[Change], None]


class ChangeNotifier:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:  # one broken view must not stop the others
                log.exception("change listener failed")
