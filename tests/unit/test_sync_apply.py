"""Applying pulled changes: malformed ones are skipped without losing the rest or
anything already stored."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from kiosk.central.provision import Enrolment
from kiosk.services import Services
from kiosk.storage.models import Activity
from kiosk.sync.client import SyncClient


def _client(services: Services) -> SyncClient:
    enrolment = Enrolment(
        "postgresql:///x", "kiosk_x", "secret", uuid.uuid4(), "K", uuid.uuid4(), "S"
    )
    return SyncClient(services, enrolment)


def test_a_malformed_change_is_skipped_and_the_rest_of_the_page_applied(
    services: Services,
) -> None:
    with services.db.read() as session:
        before = session.scalar(select(func.count()).select_from(Activity))
    site = str(uuid.uuid4())
    good = {
        "entity": "activity",
        "entity_id": str(uuid.uuid4()),
        "row": {"site_id": site, "title": "Boccia", "category": "games", "capacity": 8},
    }
    broken = [
        {"entity": "activity", "entity_id": "not-a-uuid", "row": {}},
        {
            "entity": "activity",
            "entity_id": str(uuid.uuid4()),
            "row": {"site_id": site, "title": "X", "category": "no such category", "capacity": 1},
        },
        {"entity": "occurrence", "entity_id": str(uuid.uuid4()), "row": {"capacity": "many"}},
    ]
    _client(services)._apply_page([broken[0], good, *broken[1:]])
    with services.db.read() as session:
        titles = session.scalars(select(Activity.title)).all()
        after = session.scalar(select(func.count()).select_from(Activity))
    assert "Boccia" in titles
    assert after == (before or 0) + 1  # nothing already stored was lost


def test_a_row_made_and_deleted_within_one_page_leaves_nothing(services: Services) -> None:
    site, activity_id = str(uuid.uuid4()), str(uuid.uuid4())
    made = {
        "entity": "activity",
        "entity_id": activity_id,
        "row": {"site_id": site, "title": "Kortvarig", "category": "games", "capacity": 4},
    }
    changed = {**made, "row": {**made["row"], "title": "Kortvarig, endret"}}
    gone = {"entity": "activity", "entity_id": activity_id, "row": {"deleted": True}}
    _client(services)._apply_page([made, changed, gone])
    with services.db.read() as session:
        assert session.get(Activity, uuid.UUID(activity_id)) is None
    _client(services)._apply_page([made, changed])
    with services.db.read() as session:
        stored = session.get(Activity, uuid.UUID(activity_id))
        assert stored is not None and stored.title == "Kortvarig, endret"


def _signup_change(occurrence_id: uuid.UUID, name: str, code: str, **row: object) -> dict:
    signup_id = str(uuid.uuid4())
    return {
        "entity": "signup",
        "entity_id": signup_id,
        "row": {
            "occurrence_id": str(occurrence_id),
            "display_name": name,
            "phone": None,
            "party_size": 1,
            "status": "confirmed",
            "queue_number": 1,
            "booking_code": code,
            "created_at": "2026-11-27T10:00:00+00:00",
            **row,
        },
    }


def test_the_same_name_from_two_kiosks_is_kept_twice_in_one_go(services: Services) -> None:
    """Two kiosks apart each signed up "Per Hansen" for the same date; the server took
    both, so every kiosk keeps both: in one page, across pages, and beside a sign-up
    made here. The page is applied whole (no change-by-change fallback)."""
    from kiosk.domain.enums import Period
    from kiosk.domain.views import SignupRequest
    from kiosk.storage.models import Signup
    from kiosk.sync.client import _apply_all

    dates = [v.occurrence_id for v in services.catalogue.occurrences(Period.WEEK)]
    date, other_date = dates[0], dates[1]
    # Nobody here yet: the second of a page must find the first of the same page.
    with services.db.transaction() as session:
        _apply_all(
            session,
            [
                _signup_change(other_date, "Kari Lie", "TWIN32"),
                _signup_change(other_date, "Kari Lie", "TWIN33"),
            ],
        )
    with services.db.read() as session:
        keys = session.scalars(
            select(Signup.name_key).where(
                Signup.occurrence_id == other_date, Signup.name_key.like("kari lie%")
            )
        ).all()
    assert len(keys) == 2 and sorted(keys)[0] == "kari lie"
    assert sorted(keys)[1].startswith("kari lie#")

    services.booking.sign_up(SignupRequest(date, "Per Hansen"))  # typed here
    first = _signup_change(date, "Per Hansen", "TWIN22")
    second = _signup_change(date, "PER HANSEN", "TWIN23")  # the same key
    with services.db.transaction() as session:
        _apply_all(session, [first, second])
    again = {**first, "row": {**first["row"], "queue_number": 7}}  # the same row moves on
    third = _signup_change(date, "Per Hansen", "TWIN24")
    with services.db.transaction() as session:
        _apply_all(session, [again, third])
    with services.db.read() as session:
        rows = session.execute(
            select(Signup.booking_code, Signup.name_key, Signup.queue_number).where(
                Signup.occurrence_id == date, Signup.name_key.like("per hansen%")
            )
        ).all()
    assert len(rows) == 4
    assert len({key for _, key, _ in rows}) == 4  # the backstop index holds
    assert {code: queue for code, _, queue in rows}["TWIN22"] == 7
