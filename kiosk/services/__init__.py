"""The use-cases ui/ calls. One object wires them to one data folder and one clock.

Reads (the catalogue) need only the standard library; the write side (SQLAlchemy) is
loaded on first use, or early by `warm_up()` once the first screen is painted.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.clock import Clock, SystemClock
from kiosk.config import ENROLMENT_FILE, KioskConfig, load_config
from kiosk.ids import BookingCodeSource, random_booking_code
from kiosk.services.catalogue import Catalogue
from kiosk.services.events import ChangeNotifier
from kiosk.storage.files import (
    DATABASE_FILENAME,
    SCHEMA_VERSION,
    check_file,
    check_writable,
    open_reader,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from kiosk.services.admin import AdminService
    from kiosk.services.booking import BookingService
    from kiosk.services.staff import StaffService
    from kiosk.storage.database import Database

log = logging.getLogger(__name__)


class Services:
    def __init__(
        self,
        data_dir: Path,
        config: KioskConfig,
        clock: Clock,
        code_source: BookingCodeSource,
        db: Database | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.config = config
        self.clock = clock
        self.notifier = ChangeNotifier()
        self._code_source = code_source
        self._db = db
        self._booking: BookingService | None = None
        self._staff: StaffService | None = None
        self._admin: AdminService | None = None
        self._reader = open_reader(data_dir / DATABASE_FILENAME)
        self.catalogue = Catalogue(self._reader, clock, config)

    @classmethod
    def open(
        cls,
        data_dir: Path,
        clock: Clock | None = None,
        config: KioskConfig | None = None,
        code_source: BookingCodeSource = random_booking_code,
    ) -> Services:
        """Open the data folder; raises DatabaseProblem and then changes nothing."""
        clock = clock or SystemClock()
        config = config or load_config(data_dir)
        path = data_dir / DATABASE_FILENAME
        db = None
        if check_file(path) < SCHEMA_VERSION:
            # New or older file: create or migrate it now, before anything reads it.
            from kiosk.storage.database import Database

            db = Database.open(data_dir)
        else:
            check_writable(path)
        return cls(data_dir, config, clock, code_source, db)

    @property
    def db(self) -> Database:
        if self._db is None:
            from kiosk.storage.database import Database

            self._db = Database.open(self.data_dir)
        return self._db

    @property
    def booking(self) -> BookingService:
        if self._booking is None:
            from kiosk.services.booking import BookingService

            self._booking = BookingService(
                self.db, self.clock, self.config, self.notifier, self._code_source
            )
            # Enrolled with a central database, which then decides who has a seat.
            self._booking.central = (self.data_dir / ENROLMENT_FILE).exists()
        return self._booking

    @property
    def staff(self) -> StaffService:
        if self._staff is None:
            from kiosk.services.staff import StaffService

            self._staff = StaffService(self.db, self.clock)
        return self._staff

    @property
    def admin(self) -> AdminService:
        if self._admin is None:
            from kiosk.services.admin import AdminService

            self._admin = AdminService(self.db, self.clock, self.notifier, self.booking)
        return self._admin

    def apply_config(self, config: KioskConfig, *, save: bool = True) -> None:
        """New settings from staff mode: written to config.toml, used from now on."""
        if save:
            from kiosk.config import save_config

            save_config(self.data_dir, config)
        self.config = config
        self.catalogue.set_config(config)
        if self._booking is not None:
            self._booking.set_config(config)

    def purge_personal_data(self, keep_going: Callable[[], bool] | None = None) -> int:
        """The daily retention purge (the kiosk runs it at start and once a day, giving
        way whenever someone uses the screen)."""
        return self.admin.purge_personal_data(self.config.retention_days, keep_going)

    def warm_up(self) -> None:
        """Load the write side now, so the first tap on "Sign up" does not wait for it."""
        _ = self.booking

    def close(self) -> None:
        self._reader.close()
        if self._db is not None:
            self._db.close()
