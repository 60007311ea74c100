"""The write side of the kiosk's SQLite file: SQLAlchemy, one transaction per action."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from kiosk.storage.files import (
    DATABASE_FILENAME,
    SCHEMA_VERSION,
    DatabaseProblem,
    DatabaseProblemKind,
    apply_pragmas,
    backup,
    check_file,
    check_writable,
)

__all__ = [
    "DATABASE_FILENAME",
    "SCHEMA_VERSION",
    "SCRATCH_SCHEMA",
    "Database",
    "DatabaseProblem",
    "DatabaseProblemKind",
]

log = logging.getLogger(__name__)

# An in-memory database beside the file on every connection: rows made ready on another
# thread are brought in with sqlite3's deserialize() and copied in one statement (the
# sync's pull). A schema read in a transaction cannot be detached before the transaction
# ends, and the unit of work that reads it ends with its commit, so it is attached once,
# when the connection opens; each page replaces what the last one left there.
SCRATCH_SCHEMA = "scratch"


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    assert isinstance(dbapi_connection, sqlite3.Connection)
    # pysqlite's own transaction handling breaks SAVEPOINT; SQLAlchemy emits BEGIN instead
    # (SQLAlchemy docs, "Serializable isolation / Savepoints / Transactional DDL").
    dbapi_connection.isolation_level = None
    apply_pragmas(dbapi_connection)
    dbapi_connection.execute(f"ATTACH ':memory:' AS {SCRATCH_SCHEMA}")


def _on_begin(connection: Any) -> None:
    # A unit of work takes the write lock as it begins, waiting (busy_timeout) for one
    # running elsewhere. Begun deferred, one that read first could not take the lock
    # after another connection had committed since (SQLITE_BUSY_SNAPSHOT, at once and
    # without waiting): a sign-up failed while the sync worker applied a page.
    writes = connection.get_execution_options().get(_WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


_WRITES = "sammen_writes"


class Database:
    """One SQLite file. `transaction()` is one unit of work: commit, or roll back on error."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(
            engine.execution_options(**{_WRITES: True}), expire_on_commit=False
        )
        self._readers = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, data_dir: Path) -> Database:
        """Check the file, migrate it if it is behind, and open it for writing."""
        data_dir.mkdir(parents=True, exist_ok=True)
        path = data_dir / DATABASE_FILENAME
        version = check_file(path)
        if path.exists():
            check_writable(path)
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _on_connect)
        event.listen(engine, "begin", _on_begin)
        if version < SCHEMA_VERSION:
            if version > 0:
                backup(path, version)
            from kiosk.storage.migrate import upgrade  # Alembic only when there is work

            upgrade(engine)
            log.info("database migrated from schema %d to %d", version, SCHEMA_VERSION)
        return cls(path, engine)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._readers() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
