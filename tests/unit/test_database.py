"""The database file: durable settings, and files that must stop start-up untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from kiosk.storage.database import (
    DATABASE_FILENAME,
    SCHEMA_VERSION,
    Database,
    DatabaseProblem,
    DatabaseProblemKind,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_migrated_with_durable_settings(tmp_path: Path) -> None:
    db = Database.open(tmp_path)
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        revision = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert revision == "0004"
    db.close()


def test_reopening_keeps_data(tmp_path: Path) -> None:
    from kiosk.storage.models import Site

    db = Database.open(tmp_path)
    with db.transaction() as session:
        session.add(Site(name="Solbakken"))
    db.close()
    again = Database.open(tmp_path)
    with again.read() as session:
        assert [s.name for s in session.query(Site)] == ["Solbakken"]
    again.close()


def test_newer_file_is_refused_and_untouched(tmp_path: Path) -> None:
    Database.open(tmp_path).close()
    path = tmp_path / DATABASE_FILENAME
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseProblem) as caught:
        Database.open(tmp_path)
    assert caught.value.kind is DatabaseProblemKind.NEWER_VERSION
    assert digest(path) == before


def test_garbage_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_FILENAME
    path.write_bytes(b"this is not a database, it is a shopping list" * 100)
    before = digest(path)
    with pytest.raises(DatabaseProblem) as caught:
        Database.open(tmp_path)
    assert caught.value.kind is DatabaseProblemKind.UNREADABLE
    assert digest(path) == before


def test_path_that_cannot_be_opened_is_refused(tmp_path: Path) -> None:
    # A folder where the file should be: SQLite cannot open it (root ignores chmod 0).
    (tmp_path / DATABASE_FILENAME).mkdir()
    (tmp_path / DATABASE_FILENAME / "keep").write_text("staff notes")
    with pytest.raises(DatabaseProblem) as caught:
        Database.open(tmp_path)
    assert caught.value.kind is DatabaseProblemKind.UNREADABLE
    assert (tmp_path / DATABASE_FILENAME / "keep").read_text() == "staff notes"


def test_truncated_file_is_refused_and_untouched(tmp_path: Path) -> None:
    Database.open(tmp_path).close()
    path = tmp_path / DATABASE_FILENAME
    path.write_bytes(path.read_bytes()[:1000])
    before = digest(path)
    with pytest.raises(DatabaseProblem):
        Database.open(tmp_path)
    assert digest(path) == before


def test_locked_file_is_refused(tmp_path: Path) -> None:
    Database.open(tmp_path).close()
    path = tmp_path / DATABASE_FILENAME
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseProblem) as caught:
            Database.open(tmp_path)
        assert caught.value.kind is DatabaseProblemKind.LOCKED
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_up_to_date_file_is_neither_migrated_nor_copied(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_FILENAME
    Database.open(tmp_path).close()
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM alembic_version")
    conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    conn.commit()
    conn.close()
    Database.open(tmp_path).close()  # up to date: no backup made
    assert not list(tmp_path.glob(f"{DATABASE_FILENAME}.before-*"))


def test_a_unit_of_work_that_reads_first_survives_a_commit_made_meanwhile(
    tmp_path: Path,
) -> None:
    """The sync worker commits a page while a sign-up has read its date and is about to
    write: the sign-up must not fail. (Begun deferred, it could no longer take the write
    lock and failed at once with "database is locked".) Now the second writer waits."""
    import threading

    from sqlalchemy import func, select

    from kiosk.storage.models import Site

    db = Database.open(tmp_path)
    read_done = threading.Event()
    other: list[BaseException | None] = []

    def meanwhile() -> None:
        read_done.wait(5)
        try:
            with db.transaction() as session:
                session.add(Site(name="Elvebakken"))
            other.append(None)
        except BaseException as exc:  # reported below, in the test's thread
            other.append(exc)

    thread = threading.Thread(target=meanwhile)
    thread.start()
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Site)) == 0
        read_done.set()
        thread.join(0.3)  # the other writer waits for this one (or, before, committed)
        session.add(Site(name="Solbakken"))
    thread.join(10)
    assert other == [None]
    with db.read() as session:
        assert sorted(session.scalars(select(Site.name))) == ["Elvebakken", "Solbakken"]
    db.close()


def test_reading_takes_no_write_lock(tmp_path: Path) -> None:
    """A read, however long, never holds up a unit of work."""
    from kiosk.storage.models import Site

    db = Database.open(tmp_path)
    with db.read() as reading:
        reading.query(Site).all()
        with db.transaction() as session:  # would wait 5 s and fail if the read locked
            session.add(Site(name="Solbakken"))
    db.close()
