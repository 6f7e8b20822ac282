"""A hundred wrong secrets change nothing: not a byte of the vault, whichever way they come.

A vault holding data is copied while still open, so the copy has what a crash leaves behind:
a WAL full of committed frames that were never folded into the database, and its -shm file.
A wrong key that reached SQLite could fold that WAL in (or delete it) on close; the keyslot
layer must refuse every attempt first. A hundred attempts are made on that folder:

- wrong passphrases of many shapes (near misses, a case change, a trailing space, the
  recovery phrase typed as a passphrase, long, short, non-Latin) through the service unlock;
- wrong recovery phrases with a valid checksum (so they reach Argon2id, not the word check);
- a few through the command line, which must exit with code 2.

Every attempt raises WrongPassphraseError (exit code 2), and afterwards every file in the
folder has the SHA-256 it had before. Then the right passphrase still opens the copy and
finds the data from the WAL, so the unchanged folder was a live one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.factories import folder_state, make_vault

from satchel.cli.exit_codes import EXIT_WRONG_SECRET, exit_code_for
from satchel.services.core import session as vault_session
from satchel.services.notebook import cases, notes, people
from satchel.vault import WrongPassphraseError
from satchel.vault.keys.recovery import new_recovery_phrase

CASE_TITLE = "Appeal for Kestrel"
ATTEMPTS = 100
CLI_ATTEMPTS = 4  # a process each: slower, so only a few
RECOVERY_ATTEMPTS = 8
REPO = Path(__file__).resolve().parents[2]


def _wrong_passphrases(count: int) -> list[str]:
    shaped = [
        "",
        " ",
        PASSPHRASE.upper(),
        PASSPHRASE + " ",
        " " + PASSPHRASE,
        PASSPHRASE[:-1],
        PASSPHRASE.replace(" ", ""),
        PASSPHRASE.replace("a", "\u0430"),  # Cyrillic a: looks the same, is not
        "amber kettle northern quarry!",
        "ämber kettle northern quarry",
        "Ember kettle northern quarry",
        "x" * 4096,
        "пароль неверный совсем",
        "\u200bamber kettle northern quarry",
    ]
    numbered = [f"guess number {n} of a patient attacker" for n in range(count - len(shaped))]
    return [*shaped, *numbered]


def _vault_with_leftover_wal(tmp_path: Path) -> Path:
    """A copy of an open vault: the state a crash leaves, committed frames still in the WAL."""
    original = tmp_path / "original"
    vs, _phrase = make_vault(original)
    with vs:
        case_id = cases.create_case(vs, title=CASE_TITLE, summary="Hearing next week.")
        people.create_person(
            vs, pseudonym="Kestrel", identity={"legal_name": "Ada Example"}, case_id=case_id
        )
        for number in range(5):
            notes.create_note(vs, title=f"Call {number}", body="Lorem ipsum " * 50, case_id=case_id)
        copy = tmp_path / "crashed"
        shutil.copytree(original, copy)  # nothing is being written: a consistent copy
        database = vs.vault.database_path.name
    assert (copy / f"{database}-wal").stat().st_size > 0
    assert (copy / f"{database}-shm").is_file()
    return copy


def _cli_attempt(folder: Path, passphrase: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO), str(REPO / "desktop"), env.get("PYTHONPATH", "")) if p
    )
    return subprocess.run(
        [sys.executable, "-m", "satchel", "case", "list", str(folder)],
        input=passphrase + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.mark.slow
def test_a_hundred_wrong_secrets_leave_every_byte_as_it_was(tmp_path: Path) -> None:
    folder = _vault_with_leftover_wal(tmp_path)
    before = folder_state(folder)
    wal = next(name for name in before if name.endswith("-wal"))
    assert {wal[:-4], wal, f"{wal[:-4]}-shm", "0", "1"} <= set(before)

    service_attempts = ATTEMPTS - CLI_ATTEMPTS - RECOVERY_ATTEMPTS
    passphrases = _wrong_passphrases(service_attempts + CLI_ATTEMPTS)
    errors: list[WrongPassphraseError] = []
    started = time.monotonic()

    for passphrase in passphrases[:service_attempts]:
        with pytest.raises(WrongPassphraseError) as raised:
            vault_session.unlock(folder, passphrase)
        errors.append(raised.value)

    for _ in range(RECOVERY_ATTEMPTS):
        phrase, _secret = new_recovery_phrase()  # well formed, but another vault's
        with pytest.raises(WrongPassphraseError) as raised:
            vault_session.unlock_recovery(folder, phrase)
        errors.append(raised.value)

    cli_codes = []
    for passphrase in passphrases[service_attempts:]:
        result = _cli_attempt(folder, passphrase)
        cli_codes.append(result.returncode)
        assert "Wrong passphrase" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr

    elapsed = time.monotonic() - started
    assert len(errors) + len(cli_codes) == ATTEMPTS
    assert {exit_code_for(error) for error in errors} == {EXIT_WRONG_SECRET}
    assert cli_codes == [EXIT_WRONG_SECRET] * CLI_ATTEMPTS
    assert folder_state(folder) == before

    # The folder was a live vault all along: the right passphrase opens it, WAL and all.
    with vault_session.unlock(folder, PASSPHRASE) as vs:
        assert [case.title for case in cases.list_cases(vs)] == [CASE_TITLE]
        assert len(notes.list_notes(vs)) == 5
    print(f"{ATTEMPTS} wrong secrets in {elapsed:.1f} s")  # ~11 s here; shown with -s or -rA
