"""`satchel trash`: Recently deleted from the command line: list, restore, purge, empty."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import RunCli
from tests.conftest import PASSPHRASE

from satchel.services.core import session as vault_session
from satchel.services.notebook import cases, notes


def test_a_deleted_note_is_listed_restored_and_purged(run_cli: RunCli, vault: Path) -> None:
    with vault_session.unlock(vault, PASSPHRASE) as vs:
        case_id = cases.create_case(vs, title="Work permit")
        kept = str(notes.create_note(vs, title="Call", body="tenancy", case_id=case_id))
        gone = str(notes.create_note(vs, title="Visit", body="school", case_id=case_id))

    assert run_cli("note", "delete", vault, kept[:12]).code == 0
    assert run_cli("note", "delete", vault, gone, "--now").code == 0

    listing = run_cli("trash", vault)
    assert listing.code == 0, listing.err
    header, row = listing.out.splitlines()
    assert header.split() == ["ID", "KIND", "DELETED", "PURGED", "ON", "WHAT"]
    assert row.split()[1] == "note" and row.endswith("Call")
    (entry,) = json.loads(run_cli("trash", vault, "--json").out)
    assert entry["record_id"] == kept and entry["label"] == "Call"

    restored = run_cli("trash", vault, "--restore", entry["id"][:8])
    assert (restored.code, restored.out) == (0, f"restored note {kept}\n"), restored.err
    titles = [n["title"] for n in json.loads(run_cli("note", "list", vault, "--json").out)]
    assert titles == ["Call"]
    assert json.loads(run_cli("trash", vault, "--json").out) == []

    assert run_cli("note", "delete", vault, kept).code == 0
    emptied = run_cli("trash", vault, "--empty")
    assert (emptied.code, emptied.out) == (0, "purged 1 item\n")
    again = run_cli("trash", vault, "--restore", entry["id"])
    assert again.code == 1 and "No deleted item with id" in again.err
