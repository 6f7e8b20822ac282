"""Shipped templates are complete and sourced; import, export and duplicate keep to the rules."""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.factories import count_rows, item_id, make_case
from tests.services.template_samples import shipped_files, template_text

from satchel.errors import InvalidInputError
from satchel.services.checklists import case_checklists
from satchel.services.core import activity
from satchel.services.core.session import VaultSession
from satchel.services.templates import shipped, user_templates
from satchel.services.templates.review import review_problems
from satchel.services.templates.rules import CATEGORIES, LANGUAGES, InvalidTemplateError
from satchel.services.templates.schema import iter_texts, validate_template_bytes
from satchel.services.templates.toml_writer import dump_template, toml_string
from satchel.store.models import ChecklistTemplate

SHIPPED = {
    "am-legal-stay",
    "de-asylum",
    "de-humanitarian-visa",
    "de-work-visa",
    "digital-safety",
    "kz-legal-stay",
    "personal-documents",
    "travel-document-no-passport",
    "wanted-list-exit",
    "transit-detention",
    "service-evidence",
    "ge-legal-stay",
    "de-family-reunification",
}
LAWYER = {
    "en": ("lawyer",),
    "ru": ("юрист", "адвокат"),
    "uk": ("юрист", "адвокат"),
    "de": ("Anwalt", "Anwält"),
}
TODAY = dt.date.today()


def _document(path: Path) -> dict[str, object]:
    return validate_template_bytes(path.read_bytes(), path.name)


# --- Shipped templates -------------------------------------------------------------------


def test_the_nine_templates_of_the_issue_ship() -> None:
    keys = [t.key for t in shipped.shipped_templates()]
    assert set(keys) >= SHIPPED
    assert len(keys) == len(set(keys))
    assert [p.stem for p in shipped_files()] == keys  # the id matches the file name


@pytest.mark.parametrize("path", shipped_files(), ids=lambda p: p.name)
def test_every_shipped_template_validates_and_is_complete_in_four_languages(path: Path) -> None:
    document = _document(path)

    texts = list(iter_texts(document))
    by_field: dict[str, set[str]] = {}
    for field, lang, text in texts:
        assert text.strip() == text, (field, lang)
        assert "  " not in text and "TODO" not in text, (field, lang)
        by_field.setdefault(field, set()).add(lang)
    assert all(langs == set(LANGUAGES) for langs in by_field.values()), by_field
    items = document["items"]
    assert isinstance(items, list) and len(items) >= 8
    assert {i["category"] for i in items} <= set(CATEGORIES)
    # the same text in two languages would be an untranslated copy
    for key in ("title", "description", "disclaimer"):
        values = document[key]
        assert isinstance(values, dict)
        assert len(set(values.values())) == len(LANGUAGES), key


@pytest.mark.parametrize("path", shipped_files(), ids=lambda p: p.name)
def test_every_shipped_template_cites_reviewed_sources_and_says_see_a_lawyer(path: Path) -> None:
    document = _document(path)

    sources = document["sources"]
    assert isinstance(sources, list) and len(sources) >= 3
    for source in sources:
        assert dt.date.fromisoformat(source["last_reviewed"]) <= TODAY
        assert re.match(r"https?://", source["url"])
    urls = [s["url"] for s in sources]
    assert len(urls) == len(set(urls))
    disclaimer = document["disclaimer"]
    assert isinstance(disclaimer, dict)
    for lang, words in LAWYER.items():
        assert any(word in disclaimer[lang] for word in words), (path.name, lang)


def test_shipped_templates_come_in_every_language() -> None:
    english = {t.key: t for t in shipped.shipped_templates("en")}
    for lang in ("ru", "uk", "de"):
        other = {t.key: t for t in shipped.shipped_templates(lang)}
        assert other.keys() == english.keys()
        for key, template in other.items():
            assert template.lang == lang
            assert template.title != english[key].title
            assert [i.key for i in template.items] == [i.key for i in english[key].items]
            assert all(i.title and i.help for i in template.items)
    assert english["de-work-visa"].jurisdiction == "DE"
    assert english["travel-document-no-passport"].jurisdiction == "DE,FR"
    assert "lawyer" in english["de-asylum"].disclaimer
    assert all(t.reviewed_on is not None for t in english.values())


def test_template_values_keep_the_shape_callers_rely_on() -> None:
    """services/demo.py and the desktop read key, version, title, items and document."""
    template = next(t for t in shipped.shipped_templates("ru") if t.key == "de-work-visa")
    assert template.version >= 1
    assert template.title == "Рабочая виза в Германию через работодателя (без паспорта)"
    first = template.items[0]
    assert (first.key, first.category, first.required) == ("job-contract", "work", True)
    assert first.title and first.help and first.tip
    assert json.loads(template.document)["id"] == "de-work-visa"
    photos = next(i for i in template.items if i.key == "visa-forms-photos")
    assert photos.typical_validity == "P6M"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(InvalidInputError, match='"fr" is not a valid language'):
        shipped.shipped_templates("fr")


def test_a_broken_shipped_file_is_reported_with_its_problems(tmp_path: Path) -> None:
    (tmp_path / "good.toml").write_text(template_text("good"), "utf-8")
    (tmp_path / "bad.toml").write_text(template_text("bad").replace("version = 1", "v = 1"))
    with pytest.raises(InvalidTemplateError, match=r"bad\.toml:2: v: unknown field"):
        shipped.shipped_templates(folder=tmp_path)


def test_two_shipped_files_with_one_id_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(template_text("same"), "utf-8")
    (tmp_path / "b.toml").write_text(template_text("same"), "utf-8")
    with pytest.raises(InvalidTemplateError, match=r'b\.toml:1: id: "same" is already the id'):
        shipped.shipped_templates(folder=tmp_path)


# --- Writing TOML ------------------------------------------------------------------------


@pytest.mark.parametrize("path", shipped_files(), ids=lambda p: p.name)
def test_the_writer_round_trips_every_shipped_template(path: Path) -> None:
    document = _document(path)
    written = dump_template(document)
    assert validate_template_bytes(written.encode(), path.name) == document


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_string_round_trips_through_the_writer(text: str) -> None:
    text = text.encode("utf-8", errors="replace").decode("utf-8")  # no lone surrogates in files
    assert tomllib.loads(f"x = {toml_string(text)}")["x"] == text


# --- The user's own templates ------------------------------------------------------------


def test_an_imported_template_is_kept_in_the_vault_and_usable(vs: VaultSession) -> None:
    key = user_templates.import_template(
        vs, template_text("my-route").encode(), "/tmp/my-route.toml"
    )

    assert key == "my-route"
    assert count_rows(vs, ChecklistTemplate, template_key=key, origin="user") == 1
    listed = shipped.list_templates(vs, "de")
    assert [t.key for t in listed][-1] == "my-route"
    assert listed[-1].origin == "user" and listed[-1].title == "Sample (de)"
    assert {t.key for t in listed} >= SHIPPED
    checklist_id = case_checklists.add_checklist(vs, make_case(vs), key, lang="uk")
    view = case_checklists.get_checklist(vs, checklist_id)
    assert (view.title, view.template_key, view.template_version) == ("Sample (uk)", key, 1)
    assert [i.item_key for i in view.items] == ["passport", "visa", "contract"]
    assert ("imported", "checklist_template") in {
        (e.action, e.kind) for e in activity.list_activity(vs)
    }


def test_a_shipped_id_is_refused_with_a_suggestion_to_rename(vs: VaultSession) -> None:
    data = template_text("de-work-visa").encode()
    with pytest.raises(InvalidTemplateError) as refused:
        user_templates.import_template(vs, data, "mine.toml")
    (problem,) = refused.value.problems
    assert (problem.file, problem.line, problem.field) == ("mine.toml", 1, "id")
    assert "ships with Satchel" in problem.message and '"my-de-work-visa"' in problem.message
    assert count_rows(vs, ChecklistTemplate) == 0


def test_a_user_template_is_updated_only_with_a_higher_version(vs: VaultSession) -> None:
    first = template_text("my-route").encode()
    user_templates.import_template(vs, first, "my-route.toml")
    user_templates.import_template(vs, first, "my-route.toml")  # the same file again: no change
    assert count_rows(vs, ChecklistTemplate, template_key="my-route") == 1

    changed = template_text("my-route", title="Changed").encode()
    with pytest.raises(InvalidTemplateError, match=r"my-route\.toml:2: version: the vault"):
        user_templates.import_template(vs, changed, "my-route.toml")

    newer = template_text("my-route", version=2, items=("passport", "visa", "contract", "x"))
    user_templates.import_template(vs, newer.encode(), "my-route.toml")
    assert count_rows(vs, ChecklistTemplate, template_key="my-route") == 2
    latest = shipped.list_templates(vs)[-1]
    assert (latest.key, latest.version, len(latest.items)) == ("my-route", 2, 4)


def test_export_writes_the_template_only(vs: VaultSession) -> None:
    case_id = make_case(vs, "Case of Heron")
    checklist_id = case_checklists.add_checklist(vs, case_id, "de-work-visa")
    case_checklists.set_item(
        vs, item_id(vs, checklist_id, "job-contract"), note="hidden with cousin Oleg"
    )

    data = user_templates.export_template(vs, "de-work-visa")

    text = data.decode("utf-8")
    assert "Oleg" not in text and "Heron" not in text
    original = (shipped.template_folder() / "de-work-visa.toml").read_bytes()
    assert validate_template_bytes(data, "x.toml") == validate_template_bytes(original, "x.toml")
    assert ("exported", "checklist_template") in {
        (e.action, e.kind) for e in activity.list_activity(vs)
    }


def test_export_without_a_vault_gives_shipped_templates_only() -> None:
    data = user_templates.export_template(None, "digital-safety")
    assert validate_template_bytes(data, "d.toml")["id"] == "digital-safety"
    with pytest.raises(InvalidInputError, match='No checklist template "nope"'):
        user_templates.export_template(None, "nope")


def test_an_exported_user_template_can_be_imported_elsewhere(vs: VaultSession) -> None:
    user_templates.import_template(vs, template_text("my-route").encode(), "my-route.toml")
    data = user_templates.export_template(vs, "my-route")
    assert validate_template_bytes(data, "again.toml") == validate_template_bytes(
        template_text("my-route").encode(), "again.toml"
    )


def test_duplicate_makes_a_user_copy_at_version_one(vs: VaultSession) -> None:
    key = user_templates.duplicate_template(vs, "de-asylum", "my-asylum")

    assert key == "my-asylum"
    copy = next(t for t in shipped.list_templates(vs, "ru") if t.key == key)
    original = next(t for t in shipped.shipped_templates("ru") if t.key == "de-asylum")
    assert (copy.version, copy.origin) == (1, "user")
    assert copy.title == original.title + " (копия)"
    assert [i.key for i in copy.items] == [i.key for i in original.items]
    assert count_rows(vs, ChecklistTemplate, template_key="de-asylum") == 0  # the copy only


@pytest.mark.parametrize(
    ("new_key", "message"),
    [
        ("de-asylum", "already exists"),
        ("Mine!", "is not a template id"),
        ("", "is not a template id"),
    ],
)
def test_duplicate_refuses_a_bad_or_taken_id(vs: VaultSession, new_key: str, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        user_templates.duplicate_template(vs, "de-asylum", new_key)
    assert count_rows(vs, ChecklistTemplate) == 0


def test_duplicate_refuses_an_id_the_user_already_has(vs: VaultSession) -> None:
    user_templates.duplicate_template(vs, "digital-safety", "my-safety")
    with pytest.raises(InvalidInputError, match='"my-safety" already exists'):
        user_templates.duplicate_template(vs, "de-asylum", "my-safety")
    with pytest.raises(InvalidInputError, match='No checklist template "nope"'):
        user_templates.duplicate_template(vs, "nope", "my-other")
    assert count_rows(vs, ChecklistTemplate) == 1


@pytest.mark.parametrize("path", shipped_files(), ids=lambda p: p.name)
def test_every_shipped_template_has_honest_review_dates(path: Path) -> None:
    """Reviewed on a real day no later than today, with a source read within a year of it."""
    assert review_problems(_document(path), TODAY) == []
