"""The demo vault: believable fake data in four languages, made through the real services."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.factories import count_rows, make_person

from satchel.services.core import search
from satchel.services.core.demo_mark import is_demo_vault
from satchel.services.core.session import VaultSession
from satchel.services.demo.vault import demo_language, open_demo_vault, populate_demo
from satchel.services.notebook import attachments, cases, identity, notes, people
from satchel.services.notebook.due import due_items, expiring_soon
from satchel.services.notebook.given_names import GIVEN_NAMES
from satchel.store.models import ChecklistItem, Note, PersonIdentityField
from satchel.vault import VaultExistsError

LANGUAGES = ("en", "ru", "uk", "de")
SCRIPT = {"en": "LATIN", "de": "LATIN", "ru": "CYRILLIC", "uk": "CYRILLIC"}


@pytest.fixture(scope="module", params=LANGUAGES)
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, VaultSession, list[float]]]:
    """One demo vault per language, shared by the checks below (it is only read)."""
    locale = request.param
    fractions: list[float] = []
    folder = tmp_path_factory.mktemp(f"demo-{locale}") / "vault"
    with open_demo_vault(folder, locale=locale, progress=fractions.append) as vs:
        yield locale, vs, fractions


def _script_letters(text: str) -> set[str]:
    return {unicodedata.name(ch).split()[0] for ch in text if unicodedata.category(ch) == "Lu"}


def test_the_demo_has_exactly_the_promised_amounts(
    demo: tuple[str, VaultSession, list[float]],
) -> None:
    _locale, vs, _fractions = demo

    assert cases.count_cases(vs) == 30
    assert people.count_people(vs) == 80
    assert is_demo_vault(vs)  # its bundles and backups say so, sealed
    assert count_rows(vs, Note) == 200
    assert len(notes.list_notes(vs, limit=1000)) == 200


def test_cases_read_like_real_work_in_the_chosen_language(
    demo: tuple[str, VaultSession, list[float]],
) -> None:
    locale, vs, _fractions = demo
    all_cases = cases.list_cases(vs, limit=100)
    clients = {p.pseudonym for p in people.list_people(vs, role="client")}

    assert {c.status for c in all_cases} == {"open", "waiting", "closed"}
    assert all(c.title.split(" — ")[0] in clients for c in all_cases)  # "Marta K. — …"
    assert all(_script_letters(c.title) == {SCRIPT[locale]} for c in all_cases)
    assert any(c.tags for c in all_cases)
    detail = cases.get_case(vs, all_cases[0].id)
    assert detail.summary
    assert detail.people and detail.notes and detail.checklists


def test_people_have_mixed_roles_and_sealed_identities(
    demo: tuple[str, VaultSession, list[float]],
) -> None:
    _locale, vs, _fractions = demo

    roles = {p.role for p in people.list_people(vs, limit=100)}
    assert roles == {"client", "lawyer", "ngo", "embassy", "family", "other"}
    client = people.list_people(vs, role="client", limit=1)[0]
    detail = people.get_person(vs, client.id)
    assert {"legal_name", "birth_date", "document_numbers", "phone", "address"} <= set(
        detail.identity_fields_set
    )
    revealed = identity.reveal_identity(vs, client.id)
    assert revealed["legal_name"] and revealed["phone"]
    with vs.reading() as session:
        sealed = session.scalars(
            select(PersonIdentityField.sealed).where(PersonIdentityField.person_id == client.id)
        ).all()
    assert sealed and not any(revealed["legal_name"].encode() in blob for blob in sealed)
    surname = revealed["legal_name"].split()[0]
    assert not [r for r in search.search(vs, surname) if r.kind == "person" and r.id == client.id]


def test_notes_are_markdown(demo: tuple[str, VaultSession, list[float]]) -> None:
    _locale, vs, _fractions = demo
    bodies = [notes.get_note(vs, n.id).body for n in notes.list_notes(vs, limit=200)]

    assert any(body.startswith("## ") for body in bodies)
    assert any("\n- " in body for body in bodies)
    assert any("\n1. " in body for body in bodies)
    assert sum(1 for n in notes.list_notes(vs, limit=200) if n.person_id) == 30


def test_checklists_show_every_state_and_dates_around_today(
    demo: tuple[str, VaultSession, list[float]],
) -> None:
    _locale, vs, _fractions = demo

    for state in ("todo", "in_progress", "done", "not_needed"):
        assert count_rows(vs, ChecklistItem, state=state) > 0, state
    due = due_items(vs)
    assert any(item.overdue for item in due)
    assert any(item.kind == "checklist_item" for item in expiring_soon(vs, 30))
    assert any(item.kind == "case" for item in due)


def test_attachments_are_real_files(demo: tuple[str, VaultSession, list[float]]) -> None:
    _locale, vs, _fractions = demo
    files = attachments.list_attachments(vs)

    assert 3 <= len(files) <= 5
    assert {f.media_type for f in files} == {"image/png", "application/pdf", "text/plain"}
    assert all(f.case_id is not None for f in files)
    for view in files:
        data = attachments.read_attachment(vs, view.id)
        assert len(data) == view.size
        if view.media_type == "application/pdf":
            assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")


def test_progress_rises_to_one(demo: tuple[str, VaultSession, list[float]]) -> None:
    _locale, _vs, fractions = demo

    assert len(fractions) >= 20
    assert fractions == sorted(fractions)
    assert 0 < fractions[0] < 0.1
    assert fractions[-1] == 1.0


def _snapshot(vs: VaultSession) -> tuple[list[str], list[str]]:
    titles = sorted(c.title for c in cases.list_cases(vs, limit=100))
    names = sorted(p.pseudonym for p in people.list_people(vs, limit=100))
    return titles, names


def test_the_same_seed_gives_the_same_demo(vs: VaultSession, tmp_path: Path) -> None:
    populate_demo(vs, locale="de", seed=5)
    with open_demo_vault(tmp_path / "other", locale="de") as default_seed:
        pass_default = _snapshot(default_seed)
    with open_demo_vault(tmp_path / "again", locale="de") as again:
        assert _snapshot(again) == pass_default

    assert _snapshot(vs) != pass_default


def test_a_demo_added_to_a_vault_avoids_its_pseudonyms(vs: VaultSession, tmp_path: Path) -> None:
    with open_demo_vault(tmp_path / "first", locale="ru") as first:
        _titles, names = _snapshot(first)
    for name in names[:10]:
        make_person(vs, name.upper())

    populate_demo(vs, locale="ru")  # the same default seed proposes the same names first

    assert people.count_people(vs) == 90
    assert cases.count_cases(vs) == 30


class CancelledError(Exception):
    """What a UI's progress callback might raise to stop the demo."""


def test_a_demo_stopped_half_way_leaves_the_vault_as_it_was(vs: VaultSession) -> None:
    make_person(vs, "Sparrow")
    seen: list[float] = []

    def cancel_at_half(fraction: float) -> None:
        seen.append(fraction)
        if fraction > 0.5:
            raise CancelledError

    with pytest.raises(CancelledError):
        populate_demo(vs, progress=cancel_at_half)

    assert seen[-1] > 0.5
    assert cases.count_cases(vs) == 0
    assert people.count_people(vs) == 1
    assert count_rows(vs, Note) == 0
    assert search.search(vs, "passport") == []


def test_the_demo_needs_an_empty_folder(tmp_path: Path) -> None:
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "something.txt").write_text("x")

    with pytest.raises(VaultExistsError):
        open_demo_vault(folder)


def test_languages_are_read_from_locales_and_default_to_english() -> None:
    assert [demo_language(x) for x in ("ru_RU", "uk-UA", "DE", "en_GB", "fr_FR", "")] == [
        "ru",
        "uk",
        "de",
        "en",
        "en",
        "en",
    ]


ARCHAIC = {"Прасковья", "Онуфрий", "Ферапонт", "Мефодий", "Агафья", "Феврония", "Фока"}


def test_names_are_common_for_people_born_1975_to_2005(
    demo: tuple[str, VaultSession, list[float]],
) -> None:
    locale, vs, _fractions = demo
    male, female = GIVEN_NAMES[locale]
    common = set(male) | set(female)
    everyone = people.list_people(vs, limit=100)
    assert {p.pseudonym.split()[0] for p in everyone} <= common
    for person in everyone[:12]:
        legal = identity.reveal_identity(vs, person.id).get("legal_name", "")
        words = set(legal.split())
        assert words & common, legal  # the given name is one of the common ones
        assert not words & ARCHAIC
