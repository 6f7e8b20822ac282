"""Alembic environment for the vault database.

Migrations run only on the keyed connection Satchel hands over in
``config.attributes["connection"]`` (see satchel.store.migrate); this file never opens a
database itself, so there is no URL and no key anywhere in Alembic's configuration.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection

from satchel.store.models import Base
from satchel.store.search_index import is_search_table


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave the FTS5 table and its shadow tables to hand-written migrations."""
    if type_ == "table" and name is not None:
        return not is_search_table(name)
    table = getattr(obj, "table", None)
    return table is None or not is_search_table(table.name)


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if context.is_offline_mode() or not isinstance(connection, Connection):
        raise RuntimeError(
            "Satchel migrations run on an open vault connection: use satchel.store.migrate"
        )
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        include_object=include_object,
        render_as_batch=True,  # SQLite rebuilds tables to alter them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
