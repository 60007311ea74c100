"""A big local database for benchmarks: 5,000 occurrences and 100,000 sign-ups.

Built with plain executemany after the real migrations, so it takes seconds, not minutes.
The numbers are consistent: seats_taken matches the confirmed sign-ups.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
import uuid
from datetime import datetime, time, timedelta
from pathlib import Path

from kiosk.clock import OSLO, parse_now
from kiosk.domain.enums import Category
from kiosk.ids import BOOKING_CODE_ALPHABET, uuid7
from kiosk.services import Services
from kiosk.storage.files import DATABASE_FILENAME, to_stored_time

NOW = "2026-12-01T10:00"
OCCURRENCES = 5_000
SIGNUPS = 100_000


def _code(rng: random.Random, used: set[str]) -> str:
    while True:
        code = "".join(rng.choice(BOOKING_CODE_ALPHABET) for _ in range(6))
        if code not in used:
            used.add(code)
            return code


def _migrations_digest() -> str:
    """The kiosk's migrations, hashed into the marker: a database built before one of them
    changed is stale (0003 gained its index on ends_at after the first bench database was
    built, and a start-up measured on that one read every later date)."""
    versions = Path(__file__).resolve().parents[1] / "kiosk" / "storage" / "migrations" / "versions"
    digest = hashlib.sha256()
    for migration in sorted(versions.glob("*.py")):
        digest.update(migration.read_bytes())
    return digest.hexdigest()[:12]


def build(data_dir: Path, occurrences: int = OCCURRENCES, signups: int = SIGNUPS) -> Path:
    """Create the database in data_dir (once; reused if it is already there)."""
    path = data_dir / DATABASE_FILENAME
    marker = data_dir / f"bench-{occurrences}-{signups}-{_migrations_digest()}.done"
    if marker.exists():
        return data_dir
    stale = list(data_dir.glob("bench-*.done"))
    if stale:  # built here by other migrations: built again, from nothing
        for old in [
            *stale,
            path,
            path.with_name(f"{path.name}-wal"),
            path.with_name(f"{path.name}-shm"),
        ]:
            old.unlink(missing_ok=True)
    data_dir.mkdir(parents=True, exist_ok=True)
    Services.open(data_dir).close()  # real migrations
    rng = random.Random(42)
    now = parse_now(NOW)
    conn = sqlite3.connect(path)
    site = uuid7()
    conn.execute(
        "INSERT INTO site (id, name, timezone) VALUES (?, ?, ?)",
        (site.hex, "Benkemark sykehjem", "Europe/Oslo"),
    )
    activities = []
    for i in range(50):
        act = uuid7()
        activities.append((act, 10 + (i % 4) * 10))
        conn.execute(
            "INSERT INTO activity (id, site_id, title, description, category, place, host,"
            " contact_name, contact_phone, capacity, sensitive, accessibility,"
            " signup_closes_minutes, wants_volunteers) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                act.hex,
                site.hex,
                f"Aktivitet {i + 1}",
                "Beskrivelse " * 10,
                list(Category)[i % len(Category)].value,
                "Dagligstua",
                "Vert",
                "",
                "",
                activities[-1][1],
                i % 10 == 0,
                "",
                None,
                False,
            ),
        )
    occ_rows = []
    # Spread over 300 days around today: most in the past, as on a kiosk in use for a year.
    first_day = now.date() - timedelta(days=250)
    for n in range(occurrences):
        act, capacity = activities[n % len(activities)]
        day = first_day + timedelta(days=n * 300 // occurrences)
        starts = datetime.combine(day, time(9 + n % 9, 0), tzinfo=OSLO)
        occ_rows.append([uuid7(), act, starts, capacity, 0])
    used: set[str] = set()
    signup_rows = []
    per_occ = signups // occurrences
    for occ in occ_rows:
        occ_id, _act, starts, capacity, _ = occ
        for k in range(per_occ):
            confirmed = occ[4] < capacity
            status = "confirmed" if confirmed else "waitlisted"
            if confirmed:
                occ[4] += 1
            signup_rows.append(
                (
                    uuid7().hex,
                    occ_id.hex,
                    f"Person {k}",
                    f"person {k}",
                    None,
                    1,
                    status,
                    k + 1,
                    _code(rng, used),
                    None,
                    to_stored_time(starts - timedelta(days=3)),
                    None,
                )
            )
    conn.executemany(
        "INSERT INTO occurrence (id, activity_id, starts_at, ends_at, capacity, status,"
        " seats_taken) VALUES (?,?,?,?,?,?,?)",
        [
            (
                o[0].hex,
                o[1].hex,
                to_stored_time(o[2]),
                to_stored_time(o[2] + timedelta(hours=2)),
                o[3],
                "scheduled",
                o[4],
            )
            for o in occ_rows
        ],
    )
    conn.executemany(
        "INSERT INTO signup (id, occurrence_id, display_name, name_key, phone, party_size,"
        " status, queue_number, booking_code, origin_kiosk_id, created_at, cancelled_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        signup_rows,
    )
    conn.commit()
    conn.close()
    marker.touch()
    return data_dir


def first_bookable(data_dir: Path) -> uuid.UUID:
    """An upcoming occurrence with seats left, for the interaction benchmark."""
    conn = sqlite3.connect(data_dir / DATABASE_FILENAME)
    row = conn.execute(
        "SELECT id FROM occurrence WHERE starts_at > ? AND seats_taken < capacity"
        " ORDER BY starts_at LIMIT 1",
        (to_stored_time(parse_now(NOW) + timedelta(hours=2)),),
    ).fetchone()
    conn.close()
    return uuid.UUID(row[0])


if __name__ == "__main__":
    import sys
    import time as _time

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/sammen-bench")
    t0 = _time.perf_counter()
    build(target)
    print(f"built {target} in {_time.perf_counter() - t0:.1f} s")
