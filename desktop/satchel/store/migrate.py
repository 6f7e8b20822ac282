"""Bring a vault's schema to the version this Satchel expects.

Opening a vault that is already current must stay fast, so the stored revision is compared
to HEAD_REVISION with one plain query and Alembic is imported only when there is work to do.
Alembic is configured in code (no alembic.ini): the scripts ship inside the package.

Migrations run in one transaction with foreign keys off: SQLite alters a table by copying
and dropping it, and a DROP with foreign keys on would fire ON DELETE CASCADE into every
child table. Before commit, PRAGMA foreign_key_check must come back empty.
Taking a backup before an upgrade is the caller's job (services), not this module's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from satchel.errors import DamagedError, UnsupportedVersionError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

HEAD_REVISION = "0006_recently_deleted"
MIGRATIONS_PATH = Path(__file__).resolve().with_name("migrations")


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, or None for a database never migrated."""
    with engine.connect() as connection:
        return _stamped_revision(connection)


def upgrade_to_head(
    engine: Engine,
    *,
    before_upgrade: Callable[[], object] | None = None,
    progress: Callable[[float], object] | None = None,
) -> None:
    """Migrate to HEAD_REVISION; a no-op costing one query when the vault is current.

    ``before_upgrade`` runs only when an existing schema is about to be upgraded (the
    services take a backup there). ``progress`` hears the share done (0 to 1) of a long
    step, such as rebuilding the search index. Raises UnsupportedVersionError when the
    vault was written by a newer Satchel.
    """
    found = current_revision(engine)
    if found == HEAD_REVISION:
        return
    from alembic import command  # noqa: PLC0415  (loaded only when there is work to do)
    from alembic.script import ScriptDirectory  # noqa: PLC0415
    from alembic.util import CommandError  # noqa: PLC0415

    if found is not None:
        try:
            ScriptDirectory(str(MIGRATIONS_PATH)).get_revision(found)
        except CommandError as error:
            raise UnsupportedVersionError(found) from error
        if before_upgrade is not None:
            before_upgrade()
    with migration_connection(engine) as connection:
        config = alembic_config(connection)
        config.attributes["progress"] = progress
        command.upgrade(config, HEAD_REVISION)


def alembic_config(connection: Connection) -> Config:
    """An Alembic Config for the shipped scripts that migrates through ``connection``."""
    from alembic.config import Config  # noqa: PLC0415

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_PATH))
    config.set_main_option("file_template", "%%(rev)s")  # versions/0002_name.py, by rev id
    config.attributes["connection"] = connection
    return config


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection inside one transaction, with foreign keys off until it ends.

    The body runs Alembic commands on it; the transaction commits only when the body returns
    and no reference is left dangling.
    """
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        if raw is None:  # pragma: no cover - a pooled SQLite connection always has one
            raise DamagedError("database", "no database connection")
        # PRAGMA foreign_keys is ignored inside a transaction, so it goes to the driver first.
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                yield connection
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DamagedError(
                        "database", f"an upgrade left {len(broken)} broken references"
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _stamped_revision(connection: Connection) -> str | None:
    """Read on the driver's connection: this runs at every unlock, and skipping SQLAlchemy's
    statement handling and the BEGIN/ROLLBACK around a read-only look is a third of its cost.
    """
    raw = connection.connection.driver_connection
    if raw is None:  # pragma: no cover - a pooled SQLite connection always has one
        raise DamagedError("database", "no database connection")
    has_table = raw.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if has_table is None:
        return None
    row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None or row[0] is None else str(row[0])
