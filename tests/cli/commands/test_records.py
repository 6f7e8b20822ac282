"""case, person, note and search: ids on stdout, JSON for scripts, identities kept sealed."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from tests.cli.conftest import PASSPHRASE_LINE, Result, RunCli
from tests.conftest import PASSPHRASE

from satchel.services.core import session as vault_session
from satchel.services.notebook import cases, notes

LEGAL_NAME = "Amaranth Okonkwo-Reyes"
PHONE = "+44 7700 900123"
DOCUMENT = "P4411902X"
# Each cannot occur by chance in a hex id, a UUID or a timestamp (a bare "7700" could).
SECRETS = (LEGAL_NAME, PHONE, DOCUMENT, "Amaranth", "Okonkwo")


def new_id(result: Result) -> str:
    """A command that adds something prints exactly its id, and nothing else, on stdout."""
    assert result.code == 0, result.err
    assert result.out.endswith("\n")
    text = result.out.strip()
    assert str(uuid.UUID(text)) == text
    return text


def parse_json(result: Result) -> object:
    assert result.code == 0, result.err
    return json.loads(result.out)


def assert_not_found(result: Result, kind: str) -> None:
    assert result.code == 1
    assert result.out == ""
    assert f"No {kind} with id" in result.err


# cases


def test_case_add_prints_the_id_and_case_list_shows_it(run_cli: RunCli, vault: Path) -> None:
    case_id = new_id(
        run_cli("case", "add", vault, "--title", "Housing appeal", "--tag", "urgent-housing")
    )
    listing = run_cli("case", "list", vault)
    assert listing.code == 0, listing.err
    header, row = listing.out.splitlines()
    assert header.split() == ["ID", "STATUS", "PRIORITY", "DUE", "TITLE", "TAGS"]
    assert row.startswith(case_id)
    assert "open" in row
    assert "Housing appeal" in row
    assert "urgent-housing" in row


def test_case_add_with_status_and_tags_and_show_json(run_cli: RunCli, vault: Path) -> None:
    case_id = new_id(
        run_cli(
            "case",
            "add",
            vault,
            "--title",
            "Family reunion visa",
            "--status",
            "waiting",
            "--tag",
            "visa",
            "--tag",
            "family",
            "--due",
            "2026-03-31",
        )
    )
    shown = parse_json(run_cli("case", "show", vault, case_id, "--json"))
    assert isinstance(shown, dict)
    assert shown["id"] == case_id
    assert shown["title"] == "Family reunion visa"
    assert shown["status"] == "waiting"
    assert sorted(shown["tags"]) == ["family", "visa"]
    assert shown["due_date"] == "2026-03-31"
    assert shown["people"] == []
    assert shown["notes"] == []


def test_case_list_json_holds_ids_as_strings(run_cli: RunCli, vault: Path) -> None:
    ids = {
        new_id(run_cli("case", "add", vault, "--title", title, "--status", status))
        for title, status in [("One", "open"), ("Two", "closed")]
    }
    listed = parse_json(run_cli("case", "list", vault, "--json"))
    assert isinstance(listed, list)
    assert {case["id"] for case in listed} == ids
    assert all(isinstance(case["id"], str) for case in listed)
    assert {case["title"]: case["status"] for case in listed} == {"One": "open", "Two": "closed"}


def test_case_list_of_an_empty_vault(run_cli: RunCli, vault: Path) -> None:
    assert parse_json(run_cli("case", "list", vault, "--json")) == []
    result = run_cli("case", "list", vault)
    assert result.code == 0
    assert result.out.split() == ["ID", "STATUS", "PRIORITY", "DUE", "TITLE", "TAGS"]


def test_case_show_takes_a_unique_id_prefix_or_the_full_id(run_cli: RunCli, vault: Path) -> None:
    case_id = new_id(run_cli("case", "add", vault, "--title", "Asylum interview"))
    for typed in (case_id[:8], case_id.replace("-", ""), case_id.upper()):
        shown = run_cli("case", "show", vault, typed)
        assert shown.code == 0, shown.err
        assert shown.out.splitlines()[0].split() == ["id", case_id]
        assert "Asylum interview" in shown.out


def test_an_unknown_case_id_exits_1(run_cli: RunCli, vault: Path) -> None:
    new_id(run_cli("case", "add", vault, "--title", "Somewhere"))
    assert_not_found(run_cli("case", "show", vault, "0123456789abcdef"), "case")
    assert_not_found(run_cli("case", "show", vault, str(uuid.uuid4()), "--json"), "case")


@pytest.mark.parametrize("typed", ["not-an-id", "abc12", "zzzzzzzz"])
def test_a_malformed_case_id_exits_1(run_cli: RunCli, vault: Path, typed: str) -> None:
    result = run_cli("case", "show", vault, typed)
    assert result.code == 1
    assert f'"{typed}" is not a case id' in result.err


# people and their sealed identities


def add_person_with_identity(run_cli: RunCli, vault: Path, case_id: str | None = None) -> str:
    args: list[object] = [
        "person",
        "add",
        vault,
        "--pseudonym",
        "Kestrel",
        "--legal-name",
        LEGAL_NAME,
        "--phone",
        PHONE,
        "--document-number",
        DOCUMENT,
    ]
    if case_id is not None:
        args += ["--case", case_id, "--role-in-case", "applicant"]
    return new_id(run_cli(*args))


def test_person_add_and_list_show_pseudonyms_only(run_cli: RunCli, vault: Path) -> None:
    person_id = add_person_with_identity(run_cli, vault)
    lawyer_id = new_id(run_cli("person", "add", vault, "--pseudonym", "Heron", "--role", "lawyer"))
    listing = run_cli("person", "list", vault)
    assert listing.code == 0, listing.err
    lines = listing.out.splitlines()
    assert lines[0].split() == ["ID", "PSEUDONYM", "ROLE", "ORGANISATION"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[1:]}
    assert rows == {person_id: ["Kestrel", "client"], lawyer_id: ["Heron", "lawyer"]}
    listed = parse_json(run_cli("person", "list", vault, "--json"))
    assert isinstance(listed, list)
    assert {p["id"]: p["pseudonym"] for p in listed} == {person_id: "Kestrel", lawyer_id: "Heron"}


def test_identity_fields_appear_in_no_list_show_or_search_output(
    run_cli: RunCli, vault: Path
) -> None:
    case_id = new_id(run_cli("case", "add", vault, "--title", "Kestrel resettlement"))
    person_id = add_person_with_identity(run_cli, vault, case_id)
    outputs = [
        run_cli("person", "list", vault),
        run_cli("person", "list", vault, "--json"),
        run_cli("case", "show", vault, case_id),
        run_cli("case", "show", vault, case_id, "--json"),
        run_cli("case", "list", vault, "--json"),
        run_cli("search", vault, "Kestrel"),
        run_cli("search", vault, "Kestrel", "--json"),
    ]
    for query in ("Amaranth", "Okonkwo", "7700", DOCUMENT):
        found = run_cli("search", vault, query, "--json")
        assert parse_json(found) == [], query
        outputs.append(found)
    for result in outputs:
        assert result.code == 0, result.err
        for secret in SECRETS:
            assert secret not in result.out
            assert secret not in result.err
    shown = run_cli("case", "show", vault, case_id)
    assert f"{person_id}  Kestrel (applicant)" in shown.out
    shown_json = parse_json(run_cli("case", "show", vault, case_id, "--json"))
    assert isinstance(shown_json, dict)
    assert shown_json["people"] == [
        {
            "person_id": person_id,
            "pseudonym": "Kestrel",
            "role": "client",
            "role_in_case": "applicant",
        }
    ]


def test_person_reveal_shows_the_identity_fields(run_cli: RunCli, vault: Path) -> None:
    person_id = add_person_with_identity(run_cli, vault)
    revealed = run_cli("person", "reveal", vault, person_id[:10])
    assert revealed.code == 0, revealed.err
    fields = {
        label.strip(): value.strip()
        for label, value in (line.split("  ", 1) for line in revealed.out.splitlines())
    }
    assert fields == {
        "pseudonym": "Kestrel",
        "legal name": LEGAL_NAME,
        "phone": PHONE,
        "document numbers": DOCUMENT,
    }
    as_json = parse_json(run_cli("person", "reveal", vault, person_id, "--json"))
    assert as_json == {
        "id": person_id,
        "pseudonym": "Kestrel",
        "identity": {"legal_name": LEGAL_NAME, "phone": PHONE, "document_numbers": DOCUMENT},
    }


def test_person_reveal_of_someone_without_identity_fields(run_cli: RunCli, vault: Path) -> None:
    person_id = new_id(run_cli("person", "add", vault, "--pseudonym", "Wren"))
    as_json = parse_json(run_cli("person", "reveal", vault, person_id, "--json"))
    assert as_json == {"id": person_id, "pseudonym": "Wren", "identity": {}}


def test_person_reveal_of_an_unknown_id_exits_1(run_cli: RunCli, vault: Path) -> None:
    assert_not_found(run_cli("person", "reveal", vault, "abcdef012345"), "person")


def test_person_add_linked_to_an_unknown_case_exits_1_and_adds_nobody(
    run_cli: RunCli, vault: Path
) -> None:
    result = run_cli("person", "add", vault, "--pseudonym", "Lark", "--case", "abcdef01")
    assert_not_found(result, "case")
    assert parse_json(run_cli("person", "list", vault, "--json")) == []


def test_a_second_person_with_the_same_pseudonym_exits_1(run_cli: RunCli, vault: Path) -> None:
    new_id(run_cli("person", "add", vault, "--pseudonym", "Robin"))
    result = run_cli("person", "add", vault, "--pseudonym", "robin")
    assert result.code == 1
    assert "already has the pseudonym" in result.err


# notes


def write_body(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "body.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_note_add_list_and_delete(run_cli: RunCli, vault: Path, tmp_path: Path) -> None:
    with vault_session.unlock(vault, PASSPHRASE) as vs:
        case_id = str(cases.create_case(vs, title="Work permit"))
        other_case = str(cases.create_case(vs, title="School place"))
    body = write_body(tmp_path, "Called the office; they need the tenancy agreement.\n")
    note_id = new_id(
        run_cli("note", "add", vault, "--case", case_id[:8], "--title", "Call", "--body-file", body)
    )
    new_id(
        run_cli("note", "add", vault, "--case", other_case, "--title", "Visit", "--body-file", body)
    )

    listing = run_cli("note", "list", vault, "--case", case_id)
    assert listing.code == 0, listing.err
    header, row = listing.out.splitlines()
    assert header.split() == ["ID", "CASE", "UPDATED", "TITLE"]
    assert row.startswith(f"{note_id}  {case_id}")
    assert row.endswith("Call")

    everything = parse_json(run_cli("note", "list", vault, "--json"))
    assert isinstance(everything, list)
    assert {n["title"]: n["case_id"] for n in everything} == {
        "Call": case_id,
        "Visit": other_case,
    }
    assert all(isinstance(n["id"], str) for n in everything)
    shown = parse_json(run_cli("case", "show", vault, case_id, "--json"))
    assert isinstance(shown, dict)
    assert [n["id"] for n in shown["notes"]] == [note_id]

    deleted = run_cli("note", "delete", vault, note_id[:12])
    assert (deleted.code, deleted.out) == (0, ""), deleted.err
    remaining = parse_json(run_cli("note", "list", vault, "--json"))
    assert isinstance(remaining, list)
    assert [n["title"] for n in remaining] == ["Visit"]
    assert_not_found(run_cli("note", "delete", vault, note_id), "note")


def test_note_body_is_stored_exactly(run_cli: RunCli, vault: Path, tmp_path: Path) -> None:
    case_id = new_id(run_cli("case", "add", vault, "--title", "Translation"))
    text = "Zeile eins — ünïcödé ✓\n\n  indented line\nno newline at the end"
    body = write_body(tmp_path, text)
    note_id = new_id(
        run_cli("note", "add", vault, "--case", case_id, "--title", "Brief", "--body-file", body)
    )
    with vault_session.unlock(vault, PASSPHRASE) as vs:
        assert notes.get_note(vs, note_id).body == text


def test_note_body_from_the_rest_of_stdin(run_cli: RunCli, vault: Path) -> None:
    case_id = new_id(run_cli("case", "add", vault, "--title", "Benefits"))
    text = "First line of the body\nsecond line\n\nafter a blank line\n"
    result = run_cli(
        "note",
        "add",
        vault,
        "--case",
        case_id,
        "--title",
        "Piped",
        "--body-file",
        "-",
        stdin=PASSPHRASE_LINE + text.encode(),
    )
    note_id = new_id(result)
    with vault_session.unlock(vault, PASSPHRASE) as vs:
        note = notes.get_note(vs, note_id)
    assert (note.title, note.body) == ("Piped", text)
    assert PASSPHRASE not in note.body


def test_note_add_with_a_missing_body_file_exits_1(
    run_cli: RunCli, vault: Path, tmp_path: Path
) -> None:
    case_id = new_id(run_cli("case", "add", vault, "--title", "Missing"))
    missing = tmp_path / "no-such-file.txt"
    result = run_cli(
        "note", "add", vault, "--case", case_id, "--title", "T", "--body-file", missing
    )
    assert result.code == 1
    assert result.out == ""
    assert f"Cannot read {missing}" in result.err
    assert "No such file" in result.err
    assert parse_json(run_cli("note", "list", vault, "--json")) == []


def test_note_add_with_a_body_file_that_is_not_utf8_exits_1(
    run_cli: RunCli, vault: Path, tmp_path: Path
) -> None:
    case_id = new_id(run_cli("case", "add", vault, "--title", "Latin-1"))
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Café, façade, Größe".encode("latin-1"))
    result = run_cli("note", "add", vault, "--case", case_id, "--title", "T", "--body-file", latin1)
    assert result.code == 1
    assert result.out == ""
    assert f"{latin1} is not UTF-8 text" in result.err
    assert parse_json(run_cli("note", "list", vault, "--json")) == []


def test_note_body_on_stdin_that_is_not_utf8_exits_1(run_cli: RunCli, vault: Path) -> None:
    case_id = new_id(run_cli("case", "add", vault, "--title", "Bytes"))
    result = run_cli(
        "note",
        "add",
        vault,
        "--case",
        case_id,
        "--title",
        "T",
        "--body-file",
        "-",
        stdin=PASSPHRASE_LINE + b"\xff\xfe not text\n",
    )
    assert result.code == 1
    assert "Standard input is not valid UTF-8 text" in result.err


def test_note_add_to_an_unknown_case_exits_1(run_cli: RunCli, vault: Path, tmp_path: Path) -> None:
    body = write_body(tmp_path, "text")
    result = run_cli(
        "note", "add", vault, "--case", "fedcba98", "--title", "T", "--body-file", body
    )
    assert_not_found(result, "case")
    assert_not_found(run_cli("note", "list", vault, "--case", "fedcba98"), "case")


# search


def test_search_finds_cases_people_and_notes(run_cli: RunCli, vault: Path, tmp_path: Path) -> None:
    case_id = new_id(run_cli("case", "add", vault, "--title", "Tenancy dispute"))
    person_id = new_id(run_cli("person", "add", vault, "--pseudonym", "Tenancy Owl"))
    body = write_body(tmp_path, "The landlord disputes the tenancy deposit.")
    note_id = new_id(
        run_cli("note", "add", vault, "--case", case_id, "--title", "Deposit", "--body-file", body)
    )

    results = parse_json(run_cli("search", vault, "tenancy", "--json"))
    assert isinstance(results, list)
    assert [(r["kind"], r["id"]) for r in results] == [
        ("case", case_id),
        ("person", person_id),
        ("note", note_id),
    ]
    assert all(isinstance(r["id"], str) for r in results)
    note_hit = results[2]
    assert note_hit["case_id"] == case_id
    assert "[tenancy]" in note_hit["snippet"]

    text = run_cli("search", vault, "tenancy")
    assert text.code == 0, text.err
    assert text.out.splitlines()[:2] == ["Cases:", f"  {case_id}  [Tenancy] dispute"]
    assert f"  {person_id}  [Tenancy] Owl" in text.out
    assert "\nPeople:\n" in text.out
    assert "\nNotes:\n" in text.out


def test_search_without_a_match_prints_nothing(run_cli: RunCli, vault: Path) -> None:
    new_id(run_cli("case", "add", vault, "--title", "Anything"))
    result = run_cli("search", vault, "zebra")
    assert (result.code, result.out, result.err) == (0, "", "")
    assert parse_json(run_cli("search", vault, "zebra", "--json")) == []


def test_search_treats_operators_as_words(run_cli: RunCli, vault: Path) -> None:
    result = run_cli("search", vault, 'NEAR( "unbalanced OR * -')
    assert result.code == 0, result.err


def test_search_limit(run_cli: RunCli, vault: Path) -> None:
    with vault_session.unlock(vault, PASSPHRASE) as vs:
        for n in range(5):
            cases.create_case(vs, title=f"Shelter {n}")
    results = parse_json(run_cli("search", vault, "shelter", "--limit", "3", "--json"))
    assert isinstance(results, list)
    assert len(results) == 3
