"""Alembic environment for the kiosk's SQLite file; the connection comes from the caller."""

from alembic import context

from kiosk.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
