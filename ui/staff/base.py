"""What staff screens share: the staff navigator and the member signed in."""

from __future__ import annotations

import uuid
from typing import Protocol, cast

from kiosk.services import Services
from kiosk.services.staff import StaffMember
from ui.appearance import Appearance
from ui.navigation import Navigator
from ui.screens.base import Screen


class StaffNavigator(Navigator, Protocol):
    @property
    def staff_member(self) -> StaffMember | None: ...

    @property
    def kiosk_mode(self) -> bool: ...

    def enter_staff_mode(self, member: StaffMember) -> None: ...

    def lock_staff_mode(self) -> None: ...

    def show_staff_home(self) -> None: ...

    def show_staff_activity(self, activity_id: uuid.UUID | None) -> None: ...

    def show_staff_participants(self, occurrence_id: uuid.UUID) -> None: ...

    def show_staff_settings(self) -> None: ...

    def show_staff_audit(self) -> None: ...

    def settings_changed(self) -> None: ...

    def exit_kiosk(self) -> None: ...


class StaffScreen(Screen):
    """A staff page: no "Are you still there?" (staff mode simply locks after two quiet
    minutes, see the shell)."""

    watches_idle = False
    is_staff = True

    def __init__(self, services: Services, nav: Navigator, appearance: Appearance) -> None:
        super().__init__(services, nav, appearance)

    @property
    def staff_nav(self) -> StaffNavigator:
        return cast("StaffNavigator", self.nav)

    @property
    def member(self) -> StaffMember:
        member = self.staff_nav.staff_member
        if member is None:
            raise PermissionError("staff mode is locked")
        return member
