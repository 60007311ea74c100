"""Alembic, driven from code: applied at start-up when the file is behind."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Foreign keys are off while Alembic works: SQLite changes a table by copying it,
    and dropping the old copy would trip the keys of the rows that point at it. They are
    checked once the whole upgrade is done, before it commits."""
    config = alembic_config()
    with engine.connect() as connection:
        # On the driver's connection: SQLAlchemy would open a transaction first, and the
        # pragma does nothing inside one.
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left {len(broken)} dangling references")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
