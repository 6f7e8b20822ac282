"""`satchel checklist ...`: templates without a vault, add, show and set, with exit codes."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from tests.cli.conftest import NEW_PASSPHRASE_LINE, RunCli

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
}


def _case(run_cli: RunCli, vault: Path) -> str:
    result = run_cli("case", "add", vault, "--title", "Heron")
    assert result.code == 0, result.err
    return result.out.strip()


def _checklist(run_cli: RunCli, vault: Path, template: str = "de-work-visa", *more: str) -> str:
    result = run_cli(
        "checklist", "add", vault, "--case", _case(run_cli, vault), "--template", template, *more
    )
    assert result.code == 0, result.err
    return result.out.strip()


def _show(run_cli: RunCli, vault: Path, checklist_id: str) -> dict[str, object]:
    result = run_cli("checklist", "show", vault, checklist_id, "--json")
    assert result.code == 0, result.err
    shown: dict[str, object] = json.loads(result.out)
    return shown


# --- templates ----------------------------------------------------------------------------


def test_templates_need_no_vault_and_no_passphrase(run_cli: RunCli) -> None:
    result = run_cli("checklist", "templates", stdin=b"")

    assert result.code == 0, result.err
    header, *rows = result.out.splitlines()
    assert header.split() == ["ID", "VERSION", "JURISDICTION", "ITEMS", "TITLE"]
    assert {row.split()[0] for row in rows} >= SHIPPED
    assert any("German work visa through an employer" in row for row in rows)


def test_templates_as_json_in_another_language(run_cli: RunCli) -> None:
    result = run_cli("checklist", "templates", "--json", "--lang", "uk", stdin=b"")

    assert result.code == 0, result.err
    listed = {t["id"]: t for t in json.loads(result.out)}
    assert listed.keys() >= SHIPPED
    visa = listed["de-work-visa"]
    assert visa["language"] == "uk"
    assert visa["title"] == "Робоча віза до Німеччини через роботодавця (без паспорта)"
    assert visa["jurisdiction"] == "DE"
    assert visa["sources"][0]["last_reviewed"] == "2026-11-25"
    first = visa["items"][0]
    assert set(first) == {
        "id",
        "title",
        "help",
        "category",
        "required",
        "typical_validity",
        "tip",
    }


def test_an_unknown_language_exits_1_naming_the_choices(run_cli: RunCli) -> None:
    result = run_cli("checklist", "templates", "--lang", "fr", stdin=b"")
    assert result.code == 1
    assert result.err.startswith("satchel: ")
    assert '"fr" is not a valid language; choose one of: en, ru, uk, de' in result.err
    assert result.out == ""


# --- add and show -------------------------------------------------------------------------


def test_add_prints_the_id_and_show_lists_the_items(run_cli: RunCli, vault: Path) -> None:
    checklist_id = _checklist(run_cli, vault, "personal-documents", "--lang", "de")
    assert uuid.UUID(checklist_id)

    result = run_cli("checklist", "show", vault, checklist_id)

    assert result.code == 0, result.err
    assert "Bestandsaufnahme persönlicher Dokumente" in result.out
    assert "personal-documents (version 3)" in result.out
    assert "0/15 done" in result.out
    assert "Geburtsurkunde" in result.out
    assert "ITEM ID" in result.out


def test_show_as_json(run_cli: RunCli, vault: Path) -> None:
    checklist_id = _checklist(run_cli, vault)

    shown = _show(run_cli, vault, checklist_id)

    assert shown["id"] == checklist_id
    assert shown["template_key"] == "de-work-visa"
    assert shown["progress"] == {"done": 0, "counted": 14}
    assert shown["new_template_items"] == []
    items = shown["items"]
    assert isinstance(items, list)
    assert items[0]["item_key"] == "job-contract"
    assert items[0]["state"] == "todo"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--template", "nope"), 'No checklist template "nope". Known templates: '),
        (("--template", "de-asylum", "--lang", "xx"), '"xx" is not a valid language'),
    ],
)
def test_add_refuses_bad_input_with_exit_1(
    run_cli: RunCli, vault: Path, args: tuple[str, ...], message: str
) -> None:
    case_id = _case(run_cli, vault)
    result = run_cli("checklist", "add", vault, "--case", case_id, *args)
    assert result.code == 1
    assert message in result.err


def test_add_to_a_missing_case_exits_1(run_cli: RunCli, vault: Path) -> None:
    result = run_cli("checklist", "add", vault, "--case", "0" * 32, "--template", "de-asylum")
    assert result.code == 1
    assert "No case with id" in result.err


def test_a_wrong_passphrase_exits_2(run_cli: RunCli, vault: Path) -> None:
    result = run_cli(
        "checklist",
        "add",
        vault,
        "--case",
        "abcdef",
        "--template",
        "de-asylum",
        stdin=NEW_PASSPHRASE_LINE,
    )
    assert result.code == 2
    assert "Wrong passphrase" in result.err


def test_show_an_unknown_checklist_exits_1(run_cli: RunCli, vault: Path) -> None:
    result = run_cli("checklist", "show", vault, str(uuid.uuid4()))
    assert result.code == 1
    assert "No checklist with id" in result.err


def test_missing_arguments_are_usage_errors(run_cli: RunCli, vault: Path) -> None:
    result = run_cli("checklist", "add", vault, "--case", "abcdef")
    assert result.code == 1
    assert "--template" in result.err
    result = run_cli("checklist", "set", vault, "abcdef")
    assert result.code == 1
    assert "--state" in result.err
    result = run_cli("checklist")
    assert result.code == 1


# --- set ----------------------------------------------------------------------------------


def test_set_changes_state_due_date_original_and_note(run_cli: RunCli, vault: Path) -> None:
    checklist_id = _checklist(run_cli, vault)
    items = _show(run_cli, vault, checklist_id)["items"]
    assert isinstance(items, list)
    contract, photos = items[0]["id"], items[8]["id"]

    done = run_cli("checklist", "set", vault, contract, "--state", "done")
    due = run_cli(
        "checklist",
        "set",
        vault,
        photos,
        "--state",
        "in-progress",
        "--due",
        "2027-02-28",
        "--original",
        "with the lawyer",
        "--note",
        "photos booked",
    )

    assert (done.code, done.out, due.code, due.out) == (0, "", 0, "")
    shown = _show(run_cli, vault, checklist_id)
    assert shown["progress"] == {"done": 1, "counted": 14}
    changed = {i["id"]: i for i in shown["items"]}  # type: ignore[union-attr]
    assert changed[contract]["state"] == "done"
    assert changed[photos]["state"] == "in_progress"
    assert changed[photos]["due_date"] == "2027-02-28"
    assert changed[photos]["original_location"] == "with the lawyer"
    assert changed[photos]["note"] == "photos booked"

    text = run_cli("checklist", "show", vault, checklist_id).out
    assert "in-progress" in text and "2027-02-28" in text and "original: with the lawyer" in text

    cleared = run_cli("checklist", "set", vault, photos, "--state", "not-needed", "--due", "")
    assert cleared.code == 0
    after = {i["id"]: i for i in _show(run_cli, vault, checklist_id)["items"]}  # type: ignore[union-attr]
    assert (after[photos]["state"], after[photos]["due_date"]) == ("not_needed", None)
    assert after[photos]["note"] == "photos booked"  # left out: kept


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--state", "lost"),
            '"lost" is not a valid state; choose one of: todo, in-progress, done, not-needed',
        ),
        (("--state", "done", "--due", "31.12.2026"), 'due date "31.12.2026" is not a date'),
    ],
)
def test_set_refuses_bad_values_before_asking_for_the_passphrase(
    run_cli: RunCli, vault: Path, args: tuple[str, ...], message: str
) -> None:
    result = run_cli("checklist", "set", vault, "abcdef12", *args, stdin=b"")
    assert result.code == 1
    assert message in result.err


def test_set_an_unknown_item_exits_1(run_cli: RunCli, vault: Path) -> None:
    result = run_cli("checklist", "set", vault, str(uuid.uuid4()), "--state", "done")
    assert result.code == 1
    assert "No checklist item with id" in result.err


def test_help_lists_the_checklist_commands(run_cli: RunCli) -> None:
    result = run_cli("checklist", "--help", stdin=b"")
    assert result.code == 0
    for action in ("templates", "add", "show", "set"):
        assert action in result.out
