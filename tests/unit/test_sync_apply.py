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
