"""An enrolled kiosk's booking rules: the central database decides seats, so what this
kiosk frees up is held for the waiting list, not promised."""

from __future__ import annotations

from sqlalchemy import select

from kiosk.config import ENROLMENT_FILE
from kiosk.domain.enums import Period, SignupStatus
from kiosk.services import Services
from kiosk.storage.models import Signup


def test_a_folder_with_an_enrolment_makes_a_central_booking_service(services: Services) -> None:
    assert services.booking.central is False
    (services.data_dir / ENROLMENT_FILE).write_text("{}", encoding="utf-8")
    fresh = Services.open(services.data_dir, services.clock)
    try:
        assert fresh.booking.central is True
    finally:
        fresh.close()


def test_a_cancellation_on_an_enrolled_kiosk_holds_the_seat_for_the_next_in_line(
    services: Services,
) -> None:
    full = next(
        v
        for v in services.catalogue.occurrences(Period.WEEK)
        if v.waitlist_length > 0 and not v.sensitive
    )
    with services.db.read() as session:
        seated = session.scalars(
            select(Signup)
            .where(Signup.occurrence_id == full.occurrence_id)
            .where(Signup.status == SignupStatus.CONFIRMED)
        ).first()
        head = session.scalars(
            select(Signup)
            .where(Signup.occurrence_id == full.occurrence_id)
            .where(Signup.status == SignupStatus.WAITLISTED)
            .order_by(Signup.queue_number)
        ).first()
        assert seated is not None and head is not None
        code, head_code = seated.booking_code, head.booking_code
    services.booking.central = True
    services.booking.cancel(code)
    moved = services.booking.find(head_code)
    assert moved is not None and moved.status is SignupStatus.PENDING
