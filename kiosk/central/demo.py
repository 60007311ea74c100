"""The demo activities of kiosk/demo.py, loaded into a site of the central database (what
`make run` uses once the demo runs with a central database)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Engine, text

from kiosk.central.provision import ProvisionError
from kiosk.demo import ACTIVITIES
from kiosk.ids import uuid7


def seed_central_demo(engine: Engine, site_name: str, now: datetime) -> int:
    """Activities and two weeks of occurrences for the site; returns how many occurrences.
    Refuses a site that has activities already."""
    with engine.begin() as conn:
        site_id = conn.execute(
            text("SELECT id FROM sammen.site WHERE name = :n"), {"n": site_name.strip()}
        ).scalar()
        if site_id is None:
            raise ProvisionError(f"there is no site called {site_name.strip()!r}")
        if conn.execute(
            text("SELECT 1 FROM sammen.activity WHERE site_id = :s LIMIT 1"), {"s": site_id}
        ).first():
            raise ProvisionError("the site has activities already")
        count = 0
        for spec in ACTIVITIES:
            activity_id = uuid7()
            conn.execute(
                text(
                    "INSERT INTO sammen.activity (id, site_id, title, description, category, "
                    "place, host, contact_name, contact_phone, capacity, sensitive, "
                    "accessibility, wants_volunteers) VALUES (:id, :site, :title, :description,"
                    " :category, :place, :host, :contact_name, :contact_phone, :capacity, "
                    ":sensitive, :accessibility, :wants)"
                ),
                {
                    "id": activity_id,
                    "site": site_id,
                    "title": spec.title,
                    "description": spec.description,
                    "category": spec.category.value,
                    "place": spec.place,
                    "host": spec.host,
                    "contact_name": spec.contact_name,
                    "contact_phone": spec.contact_phone,
                    "capacity": spec.capacity,
                    "sensitive": spec.sensitive,
                    "accessibility": spec.accessibility,
                    "wants": spec.wants_volunteers,
                },
            )
            for offset in range(15):
                day = now.date() + timedelta(days=offset)
                if day.weekday() not in spec.weekdays:
                    continue
                starts = datetime.combine(day, spec.start, tzinfo=now.tzinfo)
                conn.execute(
                    text(
                        "INSERT INTO sammen.occurrence (id, site_id, activity_id, starts_at, "
                        "ends_at, capacity) VALUES (:id, :site, :act, :starts, :ends, :cap)"
                    ),
                    {
                        "id": uuid7(),
                        "site": site_id,
                        "act": activity_id,
                        "starts": starts,
                        "ends": starts + timedelta(minutes=spec.minutes),
                        "cap": spec.capacity,
                    },
                )
                count += 1
    return count
