"""Migrations build exactly the models' schema and carry a vault's data through every step.

A new revision needs an entry in SEED_AFTER: rows written in that revision's own schema (raw
SQL, not the models, which follow head). The walk then upgrades a vault holding the data of
every earlier revision, one step at a time, and checks that nothing was lost.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session

from satchel.errors import DamagedError, UnsupportedVersionError
from satchel.store.engine import close_database, open_database
from satchel.store.migrate import (
    HEAD_REVISION,
    alembic_config,
    current_revision,
    migration_connection,
    upgrade_to_head,
)
from satchel.store.models import Base
from satchel.store.search_index import is_search_table, search

NOW = "2024-05-01 10:00:00.000000"


def seed_0001(connection: Connection) -> None:
    """One row in every table of revision 0001, linked the way the app links them."""
    case, person, note, tag, checklist, item, attachment = (uuid.uuid4().hex for _ in range(7))
    rows: list[tuple[str, dict[str, Any]]] = [
        ("cases", {"id": case, "title": "Falcon", "summary": "", "status": "open",
                   "priority": "high", "next_action": "", "due_date": "2024-06-01",
                   "opened_at": NOW, "updated_at": NOW}),
        ("persons", {"id": person, "pseudonym": "Falcon", "pseudonym_key": "falcon",
                     "role": "client", "organisation": "", "contact_method": "Signal",
                     "notes": "", "created_at": NOW, "updated_at": NOW}),
        ("person_identity_fields", {"person_id": person, "field": "legal_name",
                                    "sealed": b"\x01ciphertext"}),
        ("case_members", {"case_id": case, "person_id": person, "role_in_case": "client",
                          "added_at": NOW}),
        ("tags", {"id": tag, "name": "Visa", "name_key": "visa"}),
        ("case_tags", {"case_id": case, "tag_id": tag}),
        ("person_tags", {"person_id": person, "tag_id": tag}),
        ("notes", {"id": note, "case_id": case, "person_id": None, "title": "Call",
                   "body": "Passport renewal", "pinned": True, "created_at": NOW,
                   "updated_at": NOW}),
        ("note_tags", {"note_id": note, "tag_id": tag}),
        ("note_revisions", {"id": uuid.uuid4().hex, "note_id": note, "title": "Call",
                            "body": "draft", "saved_at": NOW}),
        ("checklist_templates", {"id": uuid.uuid4().hex, "template_key": "de-work-visa",
                                 "version": 1, "title": "Work visa", "origin": "shipped",
                                 "definition": "{}", "updated_at": NOW}),
        ("checklists", {"id": checklist, "case_id": case, "template_key": "de-work-visa",
                        "template_version": 1, "title": "Work visa", "created_at": NOW,
                        "updated_at": NOW}),
        ("checklist_items", {"id": item, "checklist_id": checklist, "item_key": "passport",
                             "position": 0, "title": "Passport", "help": "", "category": "id",
                             "required": True, "state": "done", "due_date": None,
                             "original_location": "lawyer", "note": "", "updated_at": NOW}),
        ("attachments", {"id": attachment, "case_id": case, "checklist_item_id": item,
                         "note_id": None, "filename": "scan.pdf", "media_type": "application/pdf",
                         "size": 3, "sha256": "0" * 64, "created_at": NOW}),
        ("attachment_blobs", {"attachment_id": attachment, "data": b"pdf"}),
        ("activity_events", {"id": uuid.uuid4().hex, "at": NOW, "action": "created",
                             "kind": "case", "ref_id": case, "detail": ""}),
        ("vault_settings", {"key": f"setting-{uuid.uuid4().hex}", "value": "1"}),
        # the first rowid of the "case" range (store.search_index.KIND_CODES), in both tables
        ("search_documents", {"id": (1 << 40) + 1, "kind": "case", "ref_id": case}),
        ("search_index", {"rowid": (1 << 40) + 1, "title": "Falcon", "body": "Passport renewal",
                          "tags": "visa", "kind": "case", "ref_id": case, "case_id": case}),
    ]  # fmt: skip
    for table, values in rows:
        columns = ", ".join(values)
        placeholders = ", ".join(f":{name}" for name in values)
        connection.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"), values)


def seed_0002(connection: Connection) -> None:
    """0002 inserts the counter's one row itself; a write raises it."""
    connection.execute(text("UPDATE vault_state SET commit_seq = commit_seq + 1"))


def seed_0003(connection: Connection) -> None:
    """0003 rebuilt the search index from 0001's row; a note indexed in its own schema."""
    note = connection.execute(text("SELECT id FROM notes")).scalar_one()
    rowid = (3 << 40) + 1  # the first rowid of the "note" range
    connection.execute(
        text("INSERT INTO search_documents (id, kind, ref_id) VALUES (:id, 'note', :ref)"),
        {"id": rowid, "ref": note},
    )
    connection.execute(
        text(
            "INSERT INTO search_index (rowid, title, body, tags, forms, sounds, kind, ref_id, "
            "case_id) VALUES (:id, 'Call', 'Звонок юристу', '', 'звонок юрист', "
            "'svonok urist uristu', "
            "'note', :ref, NULL)"
        ),
        {"id": rowid, "ref": note},
    )


def seed_0004(connection: Connection) -> None:
    """0004 adds an index only; a pinned note lists first through it."""
    connection.execute(text("UPDATE notes SET pinned = 1"))


def seed_0005(connection: Connection) -> None:
    """A note saved but not yet indexed."""
    note = connection.execute(text("SELECT id FROM notes")).scalar_one()
    connection.execute(
        text("INSERT INTO search_pending (kind, ref_id) VALUES ('note', :ref)"), {"ref": note}
    )


def seed_0006(connection: Connection) -> None:
    """A deleted note waiting in the bin."""
    connection.execute(
        text(
            "INSERT INTO trash_items (id, kind, record_id, label, deleted_at, payload) "
            "VALUES (:id, 'note', :record, 'Old call', :now, :payload)"
        ),
        {"id": uuid.uuid4().hex, "record": uuid.uuid4().hex, "now": NOW, "payload": b"{}"},
    )


SEED_AFTER: dict[str, Callable[[Connection], None]] = {
    "0001_initial": seed_0001,
    "0002_commit_counter": seed_0002,
    "0003_search_word_forms": seed_0003,
    "0004_notes_listing_index": seed_0004,
    "0005_search_pending": seed_0005,
    "0006_recently_deleted": seed_0006,
}


def user_tables(connection: Connection) -> list[str]:
    return sorted(
        connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).scalars()
    )


def row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table: int(connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())
            for table in user_tables(connection)
            if table != "alembic_version" and not is_search_table(table)
        } | {
            table: int(connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())
            for table in ("search_documents", "search_index", "search_pending")
            if table in user_tables(connection)
        }


def revisions_oldest_first(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        script = ScriptDirectory.from_config(alembic_config(connection))
    return [revision.revision for revision in reversed(list(script.walk_revisions()))]


@pytest.fixture
def bare_engine(db_path: Path, key: bytearray) -> Any:
    engine = open_database(db_path, key, create=True)
    yield engine
    close_database(engine)


def test_the_head_schema_equals_the_models(engine: Engine) -> None:
    def include(obj: Any, name: str | None, type_: str, reflected: bool, other: Any) -> bool:
        table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", "")
        return table != "alembic_version" and not is_search_table(table or "")

    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": include, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_head_revision_is_the_script_head(engine: Engine) -> None:
    with engine.connect() as connection:
        script = ScriptDirectory.from_config(alembic_config(connection))
    assert script.get_heads() == [HEAD_REVISION]
    assert current_revision(engine) == HEAD_REVISION


def test_every_revision_upgrades_a_vault_that_holds_data(bare_engine: Engine) -> None:
    revisions = revisions_oldest_first(bare_engine)
    assert revisions[-1] == HEAD_REVISION
    assert set(SEED_AFTER) == set(revisions), "give every revision seed data in SEED_AFTER"

    for revision in revisions:
        before = row_counts(bare_engine) if current_revision(bare_engine) else {}
        with migration_connection(bare_engine) as connection:
            command.upgrade(alembic_config(connection), revision)
        after = row_counts(bare_engine)
        assert {table: after.get(table) for table in before} == before, revision
        with bare_engine.begin() as connection:
            SEED_AFTER[revision](connection)

    seeded = row_counts(bare_engine)
    assert all(seeded.values()), seeded
    upgrade_to_head(bare_engine)  # already at head: a no-op
    assert row_counts(bare_engine) == seeded
    with Session(bare_engine) as session:
        assert [hit.kind for hit in search(session, "passport")] == ["case"]
        assert [hit.kind for hit in search(session, "passport", kinds=["case"])] == ["case"]
        # 0003 indexed the base forms of what 0001 stored: a plural finds the singular
        assert [hit.kind for hit in search(session, "passports")] == ["case"]
        assert [hit.kind for hit in search(session, "юрист")] == ["note"]


def test_downgrade_to_base_and_back(engine: Engine) -> None:
    with engine.begin() as connection:
        seed_0001(connection)
    with migration_connection(engine) as connection:
        command.downgrade(alembic_config(connection), "base")
    with engine.connect() as connection:
        assert user_tables(connection) == ["alembic_version"]
    assert current_revision(engine) is None

    upgrade_to_head(engine)
    assert current_revision(engine) == HEAD_REVISION


def test_a_failed_migration_leaves_no_trace(bare_engine: Engine) -> None:
    """DDL runs inside the transaction, so an error mid-way undoes every table."""
    with pytest.raises(RuntimeError, match="boom"), migration_connection(bare_engine) as conn:
        command.upgrade(alembic_config(conn), HEAD_REVISION)
        raise RuntimeError("boom")
    with bare_engine.connect() as connection:
        assert user_tables(connection) == []


def test_broken_references_stop_the_commit(engine: Engine) -> None:
    with (
        pytest.raises(DamagedError, match="broken references"),
        migration_connection(engine) as connection,
    ):
        connection.exec_driver_sql(
            "INSERT INTO case_tags (case_id, tag_id) VALUES ('nocase', 'notag')"
        )
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM case_tags").scalar() == 0
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_vault_from_a_newer_satchel_is_refused(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(UnsupportedVersionError, match="9999_future"):
        upgrade_to_head(engine)
    assert current_revision(engine) == "9999_future"


def test_the_head_ddl_equals_create_all(engine: Engine, tmp_path: Path) -> None:
    """compare_metadata skips CHECK constraints and ON DELETE rules; the stored DDL does not."""
    fresh = open_database(tmp_path / "create_all.db", bytearray(32), create=True)
    try:
        Base.metadata.create_all(fresh)
        expected, found = schema_sql(fresh), schema_sql(engine)
    finally:
        close_database(fresh)
    assert found == expected


def schema_sql(engine: Engine) -> dict[str, str]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        ).all()
    return {
        name: normalized_ddl(sql)
        for name, sql in rows
        if name != "alembic_version" and not is_search_table(name)
    }


def normalized_ddl(sql: str) -> str:
    """Whitespace collapsed and table constraints sorted: their order carries no meaning."""
    sql = " ".join(sql.split())
    head, paren, body = sql.partition("(")
    if not head.startswith("CREATE TABLE"):
        return sql
    parts, depth, current = [], 0, ""
    for char in body.strip().removesuffix(")"):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    columns = [part for part in parts if not part.startswith("CONSTRAINT")]
    constraints = sorted(part for part in parts if part.startswith("CONSTRAINT"))
    return head + paren + ", ".join(columns + constraints) + ")"
