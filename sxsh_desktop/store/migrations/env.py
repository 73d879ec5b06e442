"""Alembic environment: migrations always run on a connection handed over by ``store.db``."""

from __future__ import annotations

from alembic import context

from sxsh_desktop.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
