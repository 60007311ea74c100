"""A kiosk file from before staff mode (schema 1) is backed up and migrated to schema 2,
keeping every row and giving the new columns their defaults."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from kiosk.clock import FixedClock, parse_now
from kiosk.domain.enums import Category, OccurrenceStatus, SignupStatus
from kiosk.services import Services
from kiosk.storage.database import DATABASE_FILENAME, SCHEMA_VERSION, Database
from kiosk.storage.files import check_file
from kiosk.storage.migrate import upgrade
from kiosk.storage.models import (
    Activity,
    AuditEvent,
    Occurrence,
    PinGuard,
    Signup,
    Site,
    StaffUser,
)

SITE = uuid.UUID("0190f5a0-0000-7000-8000-000000000001")
ACTIVITY = uuid.UUID("0190f5a0-0000-7000-8000-000000000002")
OCCURRENCE = uuid.UUID("0190f5a0-0000-7000-8000-000000000003")
SIGNUP = uuid.UUID("0190f5a0-0000-7000-8000-000000000004")
# Stored as SQLAlchemy stores them on SQLite: naive UTC text.
STARTS = "2026-12-02 17:00:00.000000"  # 18:00 in Oslo
ENDS = "2026-12-02 19:00:00.000000"
CREATED = "2026-11-30 09:15:00.000000"


def schema_1_file(folder: Path) -> Path:
    """A sammen.db as the kiosk left it before staff mode, with one of everything."""
    path = folder / DATABASE_FILENAME
    engine = create_engine(f"sqlite:///{path}")
    try:
        upgrade(engine, "0001")
    finally:
        engine.dispose()
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute(
                "INSERT INTO site (id, name, timezone) VALUES (?, ?, ?)",
                (SITE.hex, "Solbakken", "Europe/Oslo"),
            )
            conn.execute(
                "INSERT INTO activity (id, site_id, title, description, category, place, host,"
                " contact_name, contact_phone, capacity, sensitive, accessibility,"
                " signup_closes_minutes, wants_volunteers)"
                " VALUES (?, ?, 'Bridge', 'Kortspill', 'games', 'Dagligstua', 'Viggo',"
                " 'Viggo', '+4791234567', 12, 0, '', NULL, 0)",
                (ACTIVITY.hex, SITE.hex),
            )
            conn.execute(
                "INSERT INTO occurrence (id, activity_id, starts_at, ends_at, capacity, status,"
                " seats_taken) VALUES (?, ?, ?, ?, 12, 'scheduled', 2)",
                (OCCURRENCE.hex, ACTIVITY.hex, STARTS, ENDS),
            )
            conn.execute(
                "INSERT INTO signup (id, occurrence_id, display_name, name_key, phone,"
                " party_size, status, queue_number, booking_code, origin_kiosk_id, created_at,"
                " cancelled_at) VALUES (?, ?, 'Åse Ødegård', 'åse ødegård', '+4798765432', 2,"
                " 'confirmed', 1, 'K7M2QX', NULL, ?, NULL)",
                (SIGNUP.hex, OCCURRENCE.hex, CREATED),
            )
    finally:
        conn.close()
    return path


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def table_names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        return {str(r[0]) for r in rows}
    finally:
        conn.close()


def index_names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()
        return {str(r[0]) for r in rows}
    finally:
        conn.close()


@pytest.fixture
def old_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    schema_1_file(folder)
    return folder


def test_the_schema_1_file_is_what_the_old_kiosk_made(old_folder: Path) -> None:
    path = old_folder / DATABASE_FILENAME
    assert check_file(path) == 1
    assert user_version(path) == 1
    assert "staff_user" not in table_names(path)
    assert "uq_signup_person" in index_names(path)


def test_schema_1_is_backed_up_and_migrated_keeping_the_rows(old_folder: Path) -> None:
    path = old_folder / DATABASE_FILENAME
    db = Database.open(old_folder)
    try:
        assert user_version(path) == SCHEMA_VERSION == 4
        with db.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0004"

        with db.read() as session:
            site = session.get(Site, SITE)
            assert site is not None and site.name == "Solbakken"

            act = session.get(Activity, ACTIVITY)
            assert act is not None
            assert (act.title, act.category, act.capacity, act.contact_phone) == (
                "Bridge",
                Category.GAMES,
                12,
                "+4791234567",
            )
            # New columns, with their defaults.
            assert act.cancelled_at is None
            assert (act.series_weekdays, act.series_start, act.series_minutes) == ("", "", 0)
            assert (act.series_from, act.series_until) == (None, None)

            occ = session.get(Occurrence, OCCURRENCE)
            assert occ is not None
            assert occ.starts_at == datetime(2026, 12, 2, 17, 0, tzinfo=UTC)
            assert occ.ends_at == datetime(2026, 12, 2, 19, 0, tzinfo=UTC)
            assert (occ.capacity, occ.seats_taken, occ.status) == (
                12,
                2,
                OccurrenceStatus.SCHEDULED,
            )
            assert occ.detached is False

            signup = session.get(Signup, SIGNUP)
            assert signup is not None
            assert (signup.display_name, signup.phone, signup.party_size) == (
                "Åse Ødegård",
                "+4798765432",
                2,
            )
            assert (signup.status, signup.booking_code) == (SignupStatus.CONFIRMED, "K7M2QX")
            assert signup.created_at == datetime(2026, 11, 30, 9, 15, tzinfo=UTC)
            assert (signup.attended_at, signup.purged_at) == (None, None)
            assert signup.needs_help is False  # 0004: nobody asked before

            # The staff tables are there, and empty.
            for table in (StaffUser, PinGuard, AuditEvent):
                count = session.scalar(select(func.count()).select_from(table))
                assert count == 0
    finally:
        db.close()

    # The duplicate-person backstop (an expression index) survived the table changes.
    assert "uq_signup_person" in index_names(path)


def test_the_backup_is_the_untouched_schema_1_file(old_folder: Path) -> None:
    Database.open(old_folder).close()
    backups = sorted(old_folder.glob(f"*.before-v{SCHEMA_VERSION}-from-v1"))
    assert [b.name for b in backups] == [f"{DATABASE_FILENAME}.before-v{SCHEMA_VERSION}-from-v1"]
    backup = backups[0]
    assert user_version(backup) == 1
    assert "staff_user" not in table_names(backup)
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("SELECT display_name, booking_code FROM signup").fetchall() == [
            ("Åse Ødegård", "K7M2QX")
        ]
        columns = {r[1] for r in conn.execute("PRAGMA table_info(occurrence)")}
        assert "detached" not in columns
    finally:
        conn.close()


def test_a_migrated_file_opens_without_migrating_again(old_folder: Path) -> None:
    Database.open(old_folder).close()
    backup = old_folder / f"{DATABASE_FILENAME}.before-v{SCHEMA_VERSION}-from-v1"
    stamp = backup.stat().st_mtime_ns
    Database.open(old_folder).close()
    assert sorted(p.name for p in old_folder.glob("*.before-*")) == [backup.name]
    assert backup.stat().st_mtime_ns == stamp


def test_the_migrated_data_works_for_the_kiosk_and_staff_mode(old_folder: Path) -> None:
    services = Services.open(old_folder, FixedClock(parse_now("2026-12-01T10:00")))
    try:
        view = services.catalogue.get(OCCURRENCE)
        assert view is not None
        assert view.title == "Bridge" and view.seats_left == 10
        assert not services.staff.has_staff()
        [person] = services.admin.participants(OCCURRENCE)
        assert (person.name, person.booking_code, person.attended) == (
            "Åse Ødegård",
            "K7M2QX",
            False,
        )
        boss = services.staff.add("Kari Nordmann", "73925841")
        services.admin.set_attended(SIGNUP, True, boss)
        assert services.admin.participants(OCCURRENCE)[0].attended
    finally:
        services.close()
