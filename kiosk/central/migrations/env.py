"""Alembic environment for the central PostgreSQL database; the caller gives the
connection (psycopg through SQLAlchemy)."""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, version_table_schema="sammen")
with context.begin_transaction():
    context.run_migrations()
