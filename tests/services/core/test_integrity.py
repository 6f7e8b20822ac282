"""The integrity check finds nothing wrong with a vault used only through the services."""

from __future__ import annotations

from tests.factories import item_id, make_case, make_checklist, make_note, make_person

from satchel.services.checklists import case_checklists
from satchel.services.core.integrity import check_integrity
from satchel.services.core.session import VaultSession
from satchel.services.notebook import cases, identity, notes, people


def test_a_new_vault_is_healthy(vs: VaultSession) -> None:
    report = check_integrity(vs)
    assert report.ok
    assert (report.structure, report.pages, report.foreign_keys) == ([], [], 0)
    assert report.search_index_ok


def test_a_used_vault_is_healthy(vs: VaultSession) -> None:
    for n in range(3):
        case_id = make_case(vs, f"Case {n}", tags=["visa"])
        person_id = make_person(vs, identity={"legal_name": f"Name {n}"}, case_id=case_id)
        note_id = make_note(vs, body="text " * 2_000, case_id=case_id)  # overflow pages
        notes.save_note(vs, note_id, body="shorter")
        checklist_id = make_checklist(vs, case_id)
        case_checklists.set_item(vs, item_id(vs, checklist_id, "military-id"), state="done")
        identity.set_identity(vs, person_id, {"phone": "+7", "legal_name": ""})
    cases.delete_case(vs, case_id)
    people.delete_person(vs, person_id)
    notes.delete_note(vs, notes.list_notes(vs)[0].id)

    report = check_integrity(vs)
    assert report.ok, report
    assert check_integrity(vs).ok  # checking changes nothing, so it can run again
