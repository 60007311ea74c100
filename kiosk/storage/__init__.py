"""Local storage: SQLAlchemy models, the database file, migrations."""
