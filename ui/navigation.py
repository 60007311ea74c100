"""How screens ask the shell to move on; the shell implements it."""

from __future__ import annotations

import uuid
from typing import Protocol

from kiosk.domain.views import Booking
from kiosk.services.catalogue import Period


class Navigator(Protocol):
    def go_home(self) -> None: ...

    def go_back(self) -> None: ...

    def show_browse(self, period: Period | None = None) -> None: ...

    def show_activity(self, occurrence_id: uuid.UUID) -> None: ...

    def show_signup(self, occurrence_id: uuid.UUID) -> None: ...

    def show_confirmation(self, booking: Booking) -> None: ...

    def show_my_signups(self) -> None: ...
