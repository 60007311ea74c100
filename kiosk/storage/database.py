"""The kiosk's SQLite file: opening it safely, migrating it, one transaction per action."""

from __future__ import annotations

import contextlib
import enum
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

DATABASE_FILENAME = "sammen.db"
# Bumped by every migration (PRAGMA user_version), so an up-to-date start never loads Alembic.
SCHEMA_VERSION = 1
HEAD_REVISION = "0001"


class DatabaseProblemKind(enum.Enum):
    LOCKED = "locked"
    UNREADABLE = "unreadable"
    NEWER_VERSION = "newer_version"


@dataclass
class DatabaseProblem(Exception):
    """Start-up must stop: the file is left exactly as it was."""

    kind: DatabaseProblemKind
    path: Path
    detail: str = ""

    def __str__(self) -> str:
        return f"database {self.path} {self.kind.value}: {self.detail}"


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a confirmed sign-up must survive a power cut, also in WAL mode.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _check_file(path: Path) -> int:
    """Return the file's schema version (0 for a new file) without changing anything."""
    if not path.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2.0)
    except sqlite3.Error as exc:
        raise DatabaseProblem(DatabaseProblemKind.UNREADABLE, path, str(exc)) from exc
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        kind = (
            DatabaseProblemKind.LOCKED if "locked" in str(exc) else DatabaseProblemKind.UNREADABLE
        )
        raise DatabaseProblem(kind, path, str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(DatabaseProblemKind.UNREADABLE, path, str(exc)) from exc
    finally:
        conn.close()
    if version > SCHEMA_VERSION:
        raise DatabaseProblem(
            DatabaseProblemKind.NEWER_VERSION,
            path,
            f"file has schema {version}, this kiosk knows {SCHEMA_VERSION}",
        )
    return version


def _check_writable(path: Path) -> None:
    """A write lock for a moment: another program holding the file stops start-up."""
    try:
        conn = sqlite3.connect(path, timeout=2.0, isolation_level=None)
    except sqlite3.Error as exc:
        raise DatabaseProblem(DatabaseProblemKind.UNREADABLE, path, str(exc)) from exc
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        kind = (
            DatabaseProblemKind.LOCKED
            if "locked" in str(exc) or "busy" in str(exc)
            else DatabaseProblemKind.UNREADABLE
        )
        raise DatabaseProblem(kind, path, str(exc)) from exc
    finally:
        conn.close()


def _backup(path: Path, version: int) -> None:
    """Copy the file aside before a migration changes it (SQLite's online backup)."""
    target = path.with_name(f"{path.name}.before-v{SCHEMA_VERSION}-from-v{version}")
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


class Database:
    """One SQLite file. `transaction()` is one unit of work: commit, or roll back on error."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, data_dir: Path) -> Database:
        data_dir.mkdir(parents=True, exist_ok=True)
        path = data_dir / DATABASE_FILENAME
        version = _check_file(path)
        if path.exists():
            _check_writable(path)
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _set_pragmas)
        if version < SCHEMA_VERSION:
            if version > 0:
                _backup(path, version)
            from kiosk.storage.migrate import upgrade  # Alembic only when there is work to do

            upgrade(engine)
            log.info("database migrated from schema %d to %d", version, SCHEMA_VERSION)
        return cls(path, engine)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
