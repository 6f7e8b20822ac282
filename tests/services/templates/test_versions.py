"""Template versions: a checklist made from version 1 keeps its items when version 2 ships."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from tests.factories import count_rows, item_id, make_case
from tests.services.template_samples import template_text

from satchel.services.checklists import case_checklists
from satchel.services.core import search
from satchel.services.core.session import VaultSession
from satchel.services.templates import shipped, user_templates
from satchel.store.models import ChecklistTemplate

KEY = "sample-template"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of shipped templates of the test's own, holding version 1 of KEY."""
    root = tmp_path / "checklists"
    root.mkdir()
    (root / f"{KEY}.toml").write_text(template_text(KEY, 1, ("passport", "visa")), "utf-8")
    return root


def ship(folder: Path, version: int, items: tuple[str, ...]) -> None:
    (folder / f"{KEY}.toml").write_text(template_text(KEY, version, items), "utf-8")


def test_a_new_version_offers_its_new_items_and_keeps_the_old_ones(
    vs: VaultSession, folder: Path
) -> None:
    checklist_id = case_checklists.add_checklist(
        vs, make_case(vs), KEY, lang="ru", template_folder=folder
    )
    passport = item_id(vs, checklist_id, "passport")
    case_checklists.set_item(vs, passport, state="done", due_date="2027-01-31", note="in the safe")
    assert case_checklists.template_update(vs, checklist_id, template_folder=folder) == []

    ship(folder, 2, ("passport", "visa", "contract", "insurance"))

    offered = case_checklists.template_update(vs, checklist_id, template_folder=folder)
    assert [i.key for i in offered] == ["contract", "insurance"]
    assert offered[0].title == "Title of contract (ru)"  # in the checklist's own language
    before = case_checklists.get_checklist(vs, checklist_id)
    assert before.template_version == 1 and len(before.items) == 2  # listing changed nothing

    assert case_checklists.apply_template_update(vs, checklist_id, template_folder=folder) == 2

    after = case_checklists.get_checklist(vs, checklist_id)
    assert after.template_version == 2
    assert [i.item_key for i in after.items] == ["passport", "visa", "contract", "insurance"]
    assert [i.position for i in after.items] == [0, 1, 2, 3]
    assert after.items[:2] == before.items  # states, dates and notes untouched
    kept = after.items[0]
    assert (kept.state, kept.due_date, kept.note) == ("done", dt.date(2027, 1, 31), "in the safe")
    assert all(i.state == "todo" for i in after.items[2:])
    assert after.items[2].title == "Title of contract (ru)"
    assert [r.kind for r in search.search(vs, "insurance")] == ["checklist_item"]
    assert count_rows(vs, ChecklistTemplate, template_key=KEY) == 2  # both versions kept

    assert case_checklists.template_update(vs, checklist_id, template_folder=folder) == []
    assert case_checklists.apply_template_update(vs, checklist_id, template_folder=folder) == 0


def test_an_item_dropped_in_a_new_version_stays_in_the_checklist(
    vs: VaultSession, folder: Path
) -> None:
    checklist_id = case_checklists.add_checklist(vs, make_case(vs), KEY, template_folder=folder)
    ship(folder, 2, ("visa", "contract"))

    assert case_checklists.apply_template_update(vs, checklist_id, template_folder=folder) == 1

    view = case_checklists.get_checklist(vs, checklist_id)
    assert [i.item_key for i in view.items] == ["passport", "visa", "contract"]
    assert view.template_version == 2


def test_a_version_with_only_changed_texts_is_recorded_without_new_items(
    vs: VaultSession, folder: Path
) -> None:
    checklist_id = case_checklists.add_checklist(vs, make_case(vs), KEY, template_folder=folder)
    ship(folder, 3, ("passport", "visa"))

    assert case_checklists.template_update(vs, checklist_id, template_folder=folder) == []
    assert case_checklists.apply_template_update(vs, checklist_id, template_folder=folder) == 0
    assert case_checklists.get_checklist(vs, checklist_id).template_version == 3


def test_new_checklists_use_the_newest_version(vs: VaultSession, folder: Path) -> None:
    case_id = make_case(vs)
    old = case_checklists.add_checklist(vs, case_id, KEY, template_folder=folder)
    ship(folder, 2, ("passport", "visa", "contract"))
    new = case_checklists.add_checklist(vs, case_id, KEY, lang="de", template_folder=folder)

    assert case_checklists.get_checklist(vs, old).template_version == 1
    fresh = case_checklists.get_checklist(vs, new)
    assert fresh.template_version == 2 and len(fresh.items) == 3
    assert case_checklists.template_update(vs, new, template_folder=folder) == []
    assert [i.key for i in case_checklists.template_update(vs, old, template_folder=folder)] == [
        "contract"
    ]


def test_the_language_can_be_chosen_and_is_otherwise_the_checklist_s(
    vs: VaultSession, folder: Path
) -> None:
    checklist_id = case_checklists.add_checklist(
        vs, make_case(vs), KEY, lang="uk", template_folder=folder
    )
    ship(folder, 2, ("passport", "visa", "contract"))

    (offered,) = case_checklists.template_update(vs, checklist_id, template_folder=folder)
    assert offered.title == "Title of contract (uk)"
    (german,) = case_checklists.template_update(vs, checklist_id, lang="de", template_folder=folder)
    assert german.title == "Title of contract (de)"


def test_a_user_template_s_new_version_is_offered_too(vs: VaultSession, folder: Path) -> None:
    mine = template_text("my-route", 1, ("passport",)).encode()
    user_templates.import_template(vs, mine, "my-route.toml", folder=folder)
    checklist_id = case_checklists.add_checklist(
        vs, make_case(vs), "my-route", template_folder=folder
    )

    newer = template_text("my-route", 2, ("passport", "visa")).encode()
    user_templates.import_template(vs, newer, "my-route.toml", folder=folder)

    assert [i.key for i in case_checklists.template_update(vs, checklist_id)] == ["visa"]
    assert case_checklists.apply_template_update(vs, checklist_id) == 1


def test_personal_documents_version_1_checklists_are_offered_the_newer_items(
    vs: VaultSession, tmp_path: Path
) -> None:
    """The upgrade a real vault sees: version 1 shipped before, a newer version ships now."""
    old_folder = tmp_path / "old"
    old_folder.mkdir()
    shipped_file = shipped.template_folder() / "personal-documents.toml"
    text = re.sub(
        r"^version = \d+$", "version = 1", shipped_file.read_text("utf-8"), count=1, flags=re.M
    )
    header = text.index('[[items]]\nid = "civil-status"')
    (old_folder / "personal-documents.toml").write_text(text[:header], "utf-8")
    checklist_id = case_checklists.add_checklist(
        vs, make_case(vs), "personal-documents", template_folder=old_folder
    )
    assert len(case_checklists.get_checklist(vs, checklist_id).items) == 6

    offered = case_checklists.template_update(vs, checklist_id)  # the real shipped folder

    assert [i.key for i in offered] == [
        "civil-status",
        "driving-licence",
        "education-work",
        "travel-evidence",
        "persecution-evidence",
        "medical-records",
        "cards-and-numbers",
        "conscript-certificate",
        "electronic-summons",
    ]
    assert case_checklists.apply_template_update(vs, checklist_id) == 9
    shipped_version = next(
        t.version for t in shipped.shipped_templates() if t.key == "personal-documents"
    )
    assert case_checklists.get_checklist(vs, checklist_id).template_version == shipped_version
    shutil.rmtree(old_folder)
