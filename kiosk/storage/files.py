"""The database file, seen through the standard library alone.

Start-up checks and the read side use plain sqlite3, so the first screen paints before
SQLAlchemy (≈ 0.3 s to import) is loaded; the write side loads it when first needed.
"""

from __future__ import annotations

import enum
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

DATABASE_FILENAME = "sammen.db"
# Bumped by every migration (PRAGMA user_version), so an up-to-date start never loads Alembic.
SCHEMA_VERSION = 4
# SQLAlchemy's SQLite DateTime text format; naive UTC, compared as text.
_STORED_TIME = "%Y-%m-%d %H:%M:%S.%f"


class DatabaseProblemKind(enum.Enum):
    LOCKED = "locked"
    UNREADABLE = "unreadable"
    NEWER_VERSION = "newer_version"


class DatabaseProblem(Exception):
    """Start-up must stop: the file is left exactly as it was."""

    def __init__(self, kind: DatabaseProblemKind, path: Path, detail: str = "") -> None:
        super().__init__(kind, path, detail)
        self.kind = kind
        self.path = path
        self.detail = detail

    def __str__(self) -> str:
        return f"database {self.path} {self.kind.value}: {self.detail}"


def _problem_kind(exc: sqlite3.Error) -> DatabaseProblemKind:
    text = str(exc)
    if isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text):
        return DatabaseProblemKind.LOCKED
    return DatabaseProblemKind.UNREADABLE


def apply_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=5000")
    conn.execute("PRAGMA journal_mode=WAL")
    # FULL: a confirmed sign-up must survive a power cut, also in WAL mode.
    conn.execute("PRAGMA synchronous=FULL")


def check_file(path: Path) -> int:
    """Return the file's schema version (0 for no file) without changing anything."""
    if not path.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2.0)
    except sqlite3.Error as exc:
        raise DatabaseProblem(DatabaseProblemKind.UNREADABLE, path, str(exc)) from exc
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        raise DatabaseProblem(_problem_kind(exc), path, str(exc)) from exc
    finally:
        conn.close()
    if version > SCHEMA_VERSION:
        raise DatabaseProblem(
            DatabaseProblemKind.NEWER_VERSION,
            path,
            f"file has schema {version}, this kiosk knows {SCHEMA_VERSION}",
        )
    return version


def check_writable(path: Path) -> None:
    """Take the write lock for a moment: another program holding the file stops start-up."""
    try:
        conn = sqlite3.connect(path, timeout=2.0, isolation_level=None)
    except sqlite3.Error as exc:
        raise DatabaseProblem(DatabaseProblemKind.UNREADABLE, path, str(exc)) from exc
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        raise DatabaseProblem(_problem_kind(exc), path, str(exc)) from exc
    finally:
        conn.close()


def backup(path: Path, version: int) -> Path:
    """Copy the file aside before a migration changes it (SQLite's online backup)."""
    target = path.with_name(f"{path.name}.before-v{SCHEMA_VERSION}-from-v{version}")
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def open_reader(path: Path) -> sqlite3.Connection:
    """A connection for reads; WAL lets it read while the writer commits."""
    conn = sqlite3.connect(path, timeout=5.0, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA busy_timeout=5000")
    conn.execute("PRAGMA query_only=ON")
    return conn


def to_stored_time(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetime given to the database")
    return value.astimezone(UTC).replace(tzinfo=None).strftime(_STORED_TIME)


def from_stored_time(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)
