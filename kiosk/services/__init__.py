"""The use-cases ui/ calls. One object wires them to one data folder and one clock."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.clock import Clock, SystemClock
from kiosk.config import KioskConfig, load_config
from kiosk.ids import BookingCodeSource, random_booking_code
from kiosk.services.booking import BookingService
from kiosk.services.catalogue import Catalogue
from kiosk.services.events import ChangeNotifier
from kiosk.storage.database import Database


@dataclass
class Services:
    data_dir: Path
    config: KioskConfig
    clock: Clock
    db: Database
    notifier: ChangeNotifier
    catalogue: Catalogue
    booking: BookingService

    @classmethod
    def open(
        cls,
        data_dir: Path,
        clock: Clock | None = None,
        config: KioskConfig | None = None,
        code_source: BookingCodeSource = random_booking_code,
    ) -> Services:
        clock = clock or SystemClock()
        config = config or load_config(data_dir)
        db = Database.open(data_dir)
        notifier = ChangeNotifier()
        catalogue = Catalogue(db, clock, config)
        booking = BookingService(db, clock, catalogue, notifier, code_source)
        return cls(data_dir, config, clock, db, notifier, catalogue, booking)

    def close(self) -> None:
        self.db.close()
