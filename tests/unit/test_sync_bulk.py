"""A pulled page of upserts is written in one statement per table (the bulk path); the
outcome must be the ORM path's, change for change. Random pages go both ways into two
copies of the demo database, and every row of both is compared."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from kiosk.domain.enums import Category
from kiosk.services import Services
from kiosk.storage.models import Activity, Occurrence, Signup
from kiosk.sync import client as sync_client

NAMES = ["Per Hansen", "PER HANSEN", "Kari Lie", "Åse Dahl", "Ola Berg", "Olga Hansen"]
PHONES = [None, None, "+4791234567", "+4798765432"]


def _everything(services: Services) -> list[tuple[Any, ...]]:
    """Every row as SQLite stores it (not as read back through the ORM: a time stored as
    "10:00:00" and one as "10:00:00.000000" read back alike, but sort apart)."""
    rows: list[tuple[Any, ...]] = []
    with services.db.read() as session:
        for table in ("activity", "occurrence", "signup"):
            raw = session.connection().exec_driver_sql(f"SELECT * FROM {table} ORDER BY id")
            rows.extend((table, *row) for row in raw.all())
    return rows


class Pages:
    """Random pages over the demo's rows and new ones: rows changed twice in a page,
    twins by name, cancellations, dates moved, parents made on the same page."""

    def __init__(self, services: Services, seed: int) -> None:
        self.rng = random.Random(seed)
        with services.db.read() as session:
            self.site = session.scalars(select(Activity.site_id)).first()
            self.activities = list(session.scalars(select(Activity.id)))
            self.occurrences = {o.id: o.capacity for o in session.scalars(select(Occurrence))}
            self.signups = {
                s.id: (s.occurrence_id, s.booking_code) for s in session.scalars(select(Signup))
            }
        self.codes = 0
        self.other_site = uuid.UUID(int=seed + 1)

    def _code(self) -> str:
        self.codes += 1
        return f"Z{self.codes:05d}"

    def activity(self) -> dict[str, Any]:
        rng = self.rng
        if rng.random() < 0.5 and self.activities:
            entity_id = rng.choice(self.activities)
        else:
            entity_id = uuid.uuid4()
            self.activities.append(entity_id)
        return {
            "entity": "activity",
            "entity_id": str(entity_id),
            "row": {
                # now and then another site: a row already here keeps its own
                "site_id": str(self.site if rng.random() < 0.9 else self.other_site),
                "title": rng.choice(["Bridge", "Boccia", "Strikkekafé"]),
                "category": rng.choice(list(Category)).value,
                "capacity": rng.randint(4, 40),
                "sensitive": rng.random() < 0.2,
                "place": rng.choice(["Stua", None, ""]),
                "signup_closes_minutes": rng.choice([None, 30, 120]),
            },
        }

    def occurrence(self) -> dict[str, Any]:
        rng = self.rng
        entity_id = rng.choice(list(self.occurrences)) if rng.random() < 0.6 else uuid.uuid4()
        capacity = rng.randint(6, 30)
        self.occurrences[entity_id] = capacity
        starts = datetime(2026, 12, 1, 10, tzinfo=UTC) + timedelta(hours=rng.randint(0, 200))
        return {
            "entity": "occurrence",
            "entity_id": str(entity_id),
            "row": {
                "activity_id": str(rng.choice(self.activities)),
                "starts_at": starts.isoformat(),
                "ends_at": (starts + timedelta(hours=2)).isoformat(),
                "capacity": capacity,
                "status": rng.choice(["scheduled", "scheduled", "cancelled"]),
                "seats_taken": rng.randint(0, capacity),
            },
        }

    def signup(self) -> dict[str, Any]:
        rng = self.rng
        if rng.random() < 0.5 and self.signups:
            entity_id = rng.choice(list(self.signups))
            date, code = self.signups[entity_id]
            if rng.random() < 0.2:
                date = rng.choice(list(self.occurrences))
        else:
            entity_id, date, code = uuid.uuid4(), rng.choice(list(self.occurrences)), self._code()
        self.signups[entity_id] = (date, code)
        status = rng.choice(["confirmed", "confirmed", "waitlisted", "cancelled"])
        wiped = rng.random() < 0.15  # by the central retention purge (c0017)
        return {
            "entity": "signup",
            "entity_id": str(entity_id),
            "row": {
                "occurrence_id": str(date),
                "display_name": "" if wiped else rng.choice(NAMES),
                "phone": None if wiped else rng.choice(PHONES),
                "party_size": rng.randint(1, 3),
                "status": status,
                "queue_number": rng.randint(1, 50),
                "booking_code": code,
                "created_at": "2026-11-27T10:00:00+00:00",
                "cancelled_at": "2026-11-28T09:00:00+00:00" if status == "cancelled" else None,
                "attended_at": None,
                "needs_help": not wiped and rng.random() < 0.3,
                "purged_at": "2026-11-29T03:00:00+00:00" if wiped else None,
            },
        }

    def page(self) -> list[dict[str, Any]]:
        made = []
        for _ in range(self.rng.randint(1, 60)):
            kind = self.rng.choices(["activity", "occurrence", "signup"], [1, 2, 6])[0]
            made.append(getattr(self, kind)())
        return made


@pytest.mark.parametrize("seed", range(6))
def test_the_bulk_path_ends_where_the_orm_path_ends(
    two: tuple[Services, Services], seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    bulk, orm = two
    # Some rows here were wiped by the retention rule: a pulled change keeps them wiped.
    for services in two:
        with services.db.transaction() as session:
            first = session.scalars(select(Signup.id).order_by(Signup.id).limit(3)).all()
            session.execute(
                update(Signup)
                .where(Signup.id.in_(first))
                .values(display_name="", phone=None, purged_at=datetime(2026, 11, 1, tzinfo=UTC))
            )
    assert _everything(bulk) == _everything(orm)
    pages = Pages(bulk, seed)
    whole = 0
    for _ in range(8):
        page = pages.page()
        try:  # as _apply_page does, but counting the pages the bulk path took whole
            with bulk.db.transaction() as session:
                whole += sync_client._apply_bulk(session, page)
        except IntegrityError:
            sync_client.SyncClient(bulk, _enrolment())._apply_page(page)
        with monkeypatch.context() as patched:  # the ORM path, as before the bulk path
            patched.setattr(sync_client, "_apply_bulk", lambda session, changes: False)
            sync_client.SyncClient(orm, _enrolment())._apply_page(page)
        assert _everything(bulk) == _everything(orm)
    assert whole >= 4  # most pages went the bulk way whole
    with bulk.db.read() as session:
        keys = session.scalars(select(Signup.name_key).where(Signup.name_key.like("%#%"))).all()
    assert keys  # twins were made and kept apart on both
    with bulk.db.read() as session:  # rows wiped centrally came, and name nobody here
        wiped = session.execute(
            select(Signup.display_name, Signup.phone, Signup.purged_at.is_not(None)).where(
                Signup.name_key.startswith("purged:")
            )
        ).all()
    assert len(wiped) > 3 and {tuple(row) for row in wiped} == {("", None, True)}


def test_a_page_with_a_deletion_is_left_to_the_orm_path(services: Services) -> None:
    gone = {"entity": "activity", "entity_id": str(uuid.uuid4()), "row": {"deleted": True}}
    with services.db.transaction() as session:
        assert sync_client._apply_bulk(session, [gone]) is False


def test_a_bulk_page_that_breaks_a_rule_is_applied_change_by_change(
    services: Services,
) -> None:
    """Two rows with one booking code: the bulk write fails as a whole, and the page is
    applied again one change at a time, so only the clashing change is left out."""
    pages = Pages(services, 99)
    first, second, third = pages.signup(), pages.signup(), pages.signup()
    second["row"]["booking_code"] = first["row"]["booking_code"]
    client = sync_client.SyncClient(services, _enrolment())
    client._apply_page([first, second, third])
    with services.db.read() as session:
        codes = set(session.scalars(select(Signup.booking_code)))
        ids = {str(i) for i in session.scalars(select(Signup.id))}
    assert first["row"]["booking_code"] in codes and third["row"]["booking_code"] in codes
    assert first["entity_id"] in ids and third["entity_id"] in ids
    assert second["entity_id"] not in ids or first["entity_id"] not in ids


def _enrolment() -> Any:
    from kiosk.central.provision import Enrolment

    return Enrolment("postgresql:///x", "kiosk_x", "secret", uuid.uuid4(), "K", uuid.uuid4(), "S")
