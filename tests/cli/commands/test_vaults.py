"""init, info, check, passwd, recover and wipe, run in this process on floor-KDF vaults."""

from __future__ import annotations

import getpass
import hashlib
import io
import json
import sys
from pathlib import Path

import pytest
from tests.cli.conftest import NEW_PASSPHRASE_LINE, PASSPHRASE_LINE, RunCli
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE
from tests.factories import folder_state

from satchel import cli
from satchel.services.core import session as vault_session
from satchel.vault import WrongPassphraseError, unlock_vault, unlock_with_recovery
from satchel.vault.keys.recovery import new_recovery_phrase


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def database_of(folder: Path) -> Path:
    """The vault's database (format 2: "2" or "3", the side the passphrase opens)."""
    with unlock_vault(folder, PASSPHRASE) as vault:
        return vault.database_path


def opens_with(folder: Path, passphrase: str) -> bool:
    try:
        unlock_vault(folder, passphrase).close()
    except WrongPassphraseError:
        return False
    return True


# info


def test_info_needs_no_passphrase_and_tells_only_the_cost(run_cli: RunCli, vault: Path) -> None:
    """Format 2: a locked vault tells the key-derivation cost and nothing else."""
    before = folder_state(vault)
    result = run_cli("info", vault, stdin=b"")
    assert result.code == 0, result.err
    assert [line.split() for line in result.out.splitlines()] == [
        ["format", "version", "2"],
        ["key", "derivation", "argon2id,", "memory", "65536", "KiB,", "3", "iterations"],
    ]
    assert "vault id" not in result.out and "slot" not in result.out
    assert folder_state(vault) == before  # reading the header writes nothing


def test_info_json(run_cli: RunCli, vault: Path) -> None:
    result = run_cli("info", vault, "--json", stdin=b"")
    assert result.code == 0, result.err
    assert json.loads(result.out) == {
        "format_version": 2,
        "kdf": "argon2id",
        "memory_kib": 65536,
        "iterations": 3,
        "lanes": 4,
    }


def test_info_of_a_format1_vault_describes_each_slot(run_cli: RunCli, format1_vault: Path) -> None:
    """A vault not yet upgraded still shows what its readable header says."""
    vault = format1_vault
    before = folder_state(vault)
    result = run_cli("info", vault, stdin=b"")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].split() == ["format", "version", "1"]
    assert lines[1].startswith("vault id")
    assert lines[2:] == [
        "slot 0: passphrase, argon2id, memory 65536 KiB, 3 iterations, 4 lanes",
        "slot 1: recovery, argon2id, memory 65536 KiB, 3 iterations, 4 lanes",
    ]
    assert folder_state(vault) == before  # reading the header writes nothing
    info = json.loads(run_cli("info", vault, "--json", stdin=b"").out)
    assert info["format_version"] == 1
    assert [slot["kind"] for slot in info["slots"]] == ["passphrase", "recovery"]


def test_info_on_a_folder_that_is_not_a_vault_exits_1(run_cli: RunCli, tmp_path: Path) -> None:
    for folder in (tmp_path / "missing", tmp_path):
        result = run_cli("info", folder, stdin=b"")
        assert result.code == 1
        assert result.out == ""
        assert "is not a Satchel vault" in result.err


# check


def test_check_on_a_healthy_vault_exits_0(run_cli: RunCli, vault: Path) -> None:
    result = run_cli("check", vault)
    assert result.code == 0, result.err
    fields = dict(line.rsplit("  ", 1) for line in result.out.splitlines())
    assert {key.strip(): value.strip() for key, value in fields.items()} == {
        "header and commit record": "ok",
        "structure": "ok",
        "page authentication": "ok",
        "references": "ok",
        "search index": "ok",
    }


def test_check_json(run_cli: RunCli, vault: Path) -> None:
    result = run_cli("check", vault, "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == {
        "ok": True,
        "repaired": [],
        "structure": [],
        "pages": [],
        "foreign_key_problems": 0,
        "search_index_ok": True,
    }


def test_check_with_a_wrong_passphrase_exits_2(run_cli: RunCli, vault: Path) -> None:
    result = run_cli("check", vault, stdin=b"not the passphrase\n")
    assert result.code == 2
    assert result.out == ""
    assert "Wrong passphrase" in result.err


# passwd


def test_passwd_rewrites_the_header_only(
    run_cli: RunCli, vault: Path, recovery_phrase: str
) -> None:
    db = database_of(vault)
    database = digest(db)
    header = digest(vault / "0")
    result = run_cli("passwd", vault, stdin=PASSPHRASE_LINE + NEW_PASSPHRASE_LINE)
    assert result.code == 0, result.err
    assert result.out == ""
    assert "Passphrase changed" in result.err
    assert digest(db) == database  # byte-identical: the database is untouched
    assert not db.with_name(f"{db.name}-wal").exists()
    assert digest(vault / "0") != header
    assert digest(vault / "0") == digest(vault / "1")
    assert not opens_with(vault, PASSPHRASE)
    assert opens_with(vault, NEW_PASSPHRASE)
    unlock_with_recovery(vault, recovery_phrase).close()  # the recovery phrase still works
    assert run_cli("case", "list", vault, stdin=NEW_PASSPHRASE_LINE).code == 0


def test_passwd_with_a_wrong_old_passphrase_exits_2_and_changes_nothing(
    run_cli: RunCli, vault: Path
) -> None:
    before = folder_state(vault)
    result = run_cli("passwd", vault, stdin=b"not it\n" + NEW_PASSPHRASE_LINE)
    assert result.code == 2
    assert "Wrong passphrase" in result.err
    assert folder_state(vault) == before


@pytest.mark.parametrize(
    ("second_line", "message"),
    [
        (b"\n", "cannot be empty"),
        (b"", "Expected the new passphrase on the next line"),
    ],
)
def test_passwd_without_a_usable_new_passphrase_exits_1_and_changes_nothing(
    run_cli: RunCli, vault: Path, second_line: bytes, message: str
) -> None:
    before = folder_state(vault)
    result = run_cli("passwd", vault, stdin=PASSPHRASE_LINE + second_line)
    assert result.code == 1
    assert message in result.err
    assert folder_state(vault) == before


def test_passwd_warns_about_a_weak_new_passphrase(run_cli: RunCli, vault: Path) -> None:
    result = run_cli("passwd", vault, stdin=PASSPHRASE_LINE + b"password1\n")
    assert result.code == 0, result.err
    assert "Warning: this passphrase is weak" in result.err
    assert opens_with(vault, "password1")


# recover


def test_recover_sets_a_new_passphrase_and_the_old_one_stops_working(
    run_cli: RunCli, vault: Path, recovery_phrase: str
) -> None:
    db = database_of(vault)
    database = digest(db)
    stdin = recovery_phrase.encode() + b"\n" + NEW_PASSPHRASE_LINE
    result = run_cli("recover", vault, stdin=stdin)
    assert result.code == 0, result.err
    assert result.out == ""
    assert "New passphrase set" in result.err
    assert digest(db) == database
    assert run_cli("case", "list", vault, stdin=NEW_PASSPHRASE_LINE).code == 0
    old = run_cli("case", "list", vault, stdin=PASSPHRASE_LINE)
    assert old.code == 2
    assert "Wrong passphrase" in old.err
    unlock_with_recovery(vault, recovery_phrase).close()  # the phrase still works afterwards


def test_recover_accepts_the_phrase_in_upper_case_with_numbering(
    run_cli: RunCli, vault: Path, recovery_phrase: str
) -> None:
    numbered = " ".join(f"{n}. {w.upper()}" for n, w in enumerate(recovery_phrase.split(), 1))
    result = run_cli("recover", vault, stdin=numbered.encode() + b"\n" + NEW_PASSPHRASE_LINE)
    assert result.code == 0, result.err
    assert opens_with(vault, NEW_PASSPHRASE)


def test_recover_with_a_mistyped_word_exits_1_and_changes_nothing(
    run_cli: RunCli, vault: Path, recovery_phrase: str
) -> None:
    words = recovery_phrase.split()
    words[5] = "xylophonez"
    before = folder_state(vault)
    result = run_cli("recover", vault, stdin=" ".join(words).encode() + b"\n" + NEW_PASSPHRASE_LINE)
    assert result.code == 1
    assert result.out == ""
    assert "recovery phrase" in result.err
    assert "word 6" in result.err
    assert folder_state(vault) == before


def test_recover_with_a_missing_word_exits_1(
    run_cli: RunCli, vault: Path, recovery_phrase: str
) -> None:
    short = " ".join(recovery_phrase.split()[:23])
    result = run_cli("recover", vault, stdin=short.encode() + b"\n" + NEW_PASSPHRASE_LINE)
    assert result.code == 1
    assert "recovery phrase" in result.err
    assert "23 words" in result.err


def test_recover_with_another_vaults_phrase_exits_2(run_cli: RunCli, vault: Path) -> None:
    other_phrase, _secret = new_recovery_phrase()
    before = folder_state(vault)
    result = run_cli("recover", vault, stdin=other_phrase.encode() + b"\n" + NEW_PASSPHRASE_LINE)
    assert result.code == 2
    assert "Wrong recovery phrase" in result.err
    assert folder_state(vault) == before


# wipe


def test_wipe_removes_the_vault_and_info_then_says_it_is_not_a_vault(
    run_cli: RunCli, vault: Path
) -> None:
    result = run_cli("wipe", vault, "--yes-destroy-everything", stdin=b"")
    assert result.code == 0, result.err
    assert "keyslots were overwritten" in result.err
    assert not vault.exists()
    after = run_cli("info", vault, stdin=b"")
    assert after.code == 1
    assert "not a Satchel vault" in after.err


def test_wipe_leaves_the_users_own_files_and_the_folder(run_cli: RunCli, vault: Path) -> None:
    (vault / "keep-me.txt").write_text("mine")
    result = run_cli("wipe", vault, "--yes-destroy-everything", stdin=b"")
    assert result.code == 0, result.err
    assert sorted(p.name for p in vault.iterdir()) == ["keep-me.txt"]


def test_wipe_of_a_folder_that_is_not_a_vault_exits_1_and_deletes_nothing(
    run_cli: RunCli, tmp_path: Path
) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "letter.txt").write_text("dear")
    result = run_cli("wipe", folder, "--yes-destroy-everything", stdin=b"")
    assert result.code == 1
    assert "not a Satchel vault" in result.err
    assert (folder / "letter.txt").read_text() == "dear"


# init (a full init calibrates, ~1 s per slot: see test_subprocess.py)


def test_init_in_a_folder_with_files_exits_1(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("already here")
    result = run_cli("init", tmp_path)
    assert result.code == 1
    assert result.out == ""
    assert "already holds files" in result.err
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_init_over_an_existing_vault_exits_1_and_keeps_it(run_cli: RunCli, vault: Path) -> None:
    before = folder_state(vault)
    result = run_cli("init", vault)
    assert result.code == 1
    assert "already holds files" in result.err
    assert folder_state(vault) == before


@pytest.mark.parametrize("stdin", [b"\n", b""], ids=["empty line", "no input"])
def test_init_without_a_passphrase_exits_1_and_creates_nothing(
    run_cli: RunCli, tmp_path: Path, stdin: bytes
) -> None:
    folder = tmp_path / "new"
    result = run_cli("init", folder, stdin=stdin)
    assert result.code == 1
    assert result.out == ""
    assert "passphrase" in result.err
    assert not folder.exists()


# the terminal: no echo, confirmation of new passphrases


class _Terminal(io.TextIOWrapper):
    def isatty(self) -> bool:
        return True


def use_terminal(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> list[str]:
    """Pretend stdin is a terminal; getpass answers in turn. Returns the prompts shown."""
    prompts: list[str] = []

    def fake_getpass(prompt: str = "", stream: object = None) -> str:
        assert stream is sys.stderr  # prompts never mix with the output on stdout
        prompts.append(prompt)
        return answers.pop(0)

    monkeypatch.setattr(sys, "stdin", _Terminal(io.BytesIO(b"never read\n")))
    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    return prompts


def test_on_a_terminal_the_passphrase_is_read_without_echo(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path
) -> None:
    prompts = use_terminal(monkeypatch, [PASSPHRASE])
    assert cli.main(["case", "list", str(vault)]) == 0
    assert prompts == ["Passphrase: "]
    assert sys.stdin.read() == "never read\n"  # the passphrase did not come from stdin
    assert "Traceback" not in capsys.readouterr().err


def test_on_a_terminal_a_new_passphrase_is_asked_twice(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path
) -> None:
    prompts = use_terminal(monkeypatch, [PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE])
    assert cli.main(["passwd", str(vault)]) == 0
    assert prompts == ["Current passphrase: ", "New passphrase: ", "New passphrase (again): "]
    assert opens_with(vault, NEW_PASSPHRASE)
    capsys.readouterr()


def test_on_a_terminal_two_different_entries_change_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    use_terminal(monkeypatch, [NEW_PASSPHRASE, NEW_PASSPHRASE + "x"])
    folder = tmp_path / "new"
    assert cli.main(["init", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "do not match" in err
    assert "Traceback" not in err
    assert not folder.exists()


def test_a_command_closes_the_vault_when_it_is_done(run_cli: RunCli, vault: Path) -> None:
    """After any command the vault is closed again: the lock is free, the WAL folded back."""
    assert run_cli("case", "add", vault, "--title", "Housing").code == 0
    assert not (vault / "vault.db-wal").exists() or (vault / "vault.db-wal").stat().st_size == 0
    vault_session.unlock(vault, PASSPHRASE).close()  # not busy
