"""Erase after failed unlocks: the count, restarts, copies inside the folder, the limit.

Each test has its own state folder (SATCHEL_STATE_DIR), as another computer would. A "new
process" is a real child running the command line, which reads the same state folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from satchel.errors import NotAVaultError, WrongPassphraseError
from satchel.services import access
from satchel.services.coercion import failed_unlocks
from satchel.services.coercion.duress import set_duress
from satchel.services.coercion.failed_unlocks import (
    FailedUnlockError,
    FailedUnlockPolicy,
    load_policy,
    save_policy,
)
from satchel.services.core import session
from satchel.services.notebook.cases import create_case, list_cases
from satchel.vault import FAST_TEST_KDF
from satchel.vault.disk.lockfile import VaultLock
from satchel.vault.format2.layout import LOCK_NAME
from satchel.vault.lifecycle import unlock_vault

REAL = "real passphrase for the real vault"
DURESS = "cover passphrase for the guard"
WRONG = "not the passphrase at all"
REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("failed") / "v"
    vs, phrase = session.create(folder, REAL, kdf_for_tests=FAST_TEST_KDF, format_version=2)
    with vs:
        create_case(vs, title="Real case of Andriy")
    return folder, phrase


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "state"
    monkeypatch.setenv(failed_unlocks.STATE_ENV, str(folder))
    return folder


@pytest.fixture
def vault(template: tuple[Path, str], tmp_path: Path, state: Path) -> tuple[Path, str]:
    del state
    shutil.copytree(template[0], tmp_path / "v")
    return tmp_path / "v", template[1]


def _limit(folder: Path, limit: int | None, *, show: bool = True) -> None:
    with session.unlock(folder, REAL) as vs:
        save_policy(vs, FailedUnlockPolicy(limit, show))


def _fail(folder: Path, secret: str = WRONG) -> FailedUnlockError:
    with pytest.raises(FailedUnlockError) as caught:
        session.unlock(folder, secret).close()
    return caught.value


def _opens(folder: Path) -> bool:
    with session.unlock(folder, REAL) as vs:
        return [c.title for c in list_cases(vs)] == ["Real case of Andriy"]


def _cli_unlock(folder: Path, secret: str, state: Path) -> subprocess.CompletedProcess[bytes]:
    env = {
        "PYTHONPATH": f"{REPO / 'desktop'}",
        "PATH": "/usr/bin:/bin",
        failed_unlocks.STATE_ENV: str(state),
        "HOME": str(state.parent),
    }
    return subprocess.run(
        [sys.executable, "-m", "satchel", "case", "list", str(folder)],
        input=secret.encode() + b"\n",
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_off_by_default_nothing_is_written(vault: tuple[Path, str], state: Path) -> None:
    folder, _ = vault
    for _ in range(6):
        with pytest.raises(WrongPassphraseError) as caught:
            session.unlock(folder, WRONG).close()
        assert not isinstance(caught.value, FailedUnlockError)
    assert _opens(folder)
    assert not state.exists()
    with session.unlock(folder, REAL) as vs:
        assert load_policy(vs) == FailedUnlockPolicy()


def test_count_shown_survives_a_new_process_and_resets_on_success(
    vault: tuple[Path, str], state: Path
) -> None:
    folder, _ = vault
    _limit(folder, 5)
    assert _fail(folder).attempts_left == 4
    assert _fail(folder).attempts_left == 3
    # a new process (the command line) reads the same count and adds to it
    done = _cli_unlock(folder, WRONG, state)
    assert done.returncode == 2
    assert b"2 attempts left before the vault is erased" in done.stderr
    assert _fail(folder).attempts_left == 1  # N-1 failures so far
    assert _opens(folder)  # the real passphrase still works at N-1 ...
    assert _fail(folder).attempts_left == 4  # ... and set the count back to zero


def test_the_window_and_the_command_line_share_the_count(
    vault: tuple[Path, str], state: Path
) -> None:
    folder, _ = vault
    _limit(folder, 5)
    for _ in range(4):
        assert _cli_unlock(folder, WRONG, state).returncode == 2
    done = _cli_unlock(folder, REAL, state)
    assert done.returncode == 0, done.stderr
    assert _fail(folder).attempts_left == 4


def test_the_nth_failure_erases_the_vault(vault: tuple[Path, str]) -> None:
    folder, phrase = vault
    _limit(folder, 5, show=False)
    for _ in range(4):
        error = _fail(folder)
        assert error.attempts_left is None and not error.erased
        assert "left" not in str(error)  # the user did not ask to see the count
    last = _fail(folder)
    assert last.erased
    with pytest.raises((WrongPassphraseError, NotAVaultError)):
        session.unlock(folder, REAL).close()
    with pytest.raises((WrongPassphraseError, NotAVaultError)):
        session.unlock_recovery(folder, phrase).close()
    assert not folder.exists() or not any(folder.iterdir())


def test_copying_files_inside_the_folder_does_not_reset_it(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    _limit(folder, 5)
    saved = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    assert _fail(folder).attempts_left == 4
    assert _fail(folder).attempts_left == 3
    for name, data in saved.items():  # every file put back as it was before the failures
        (folder / name).write_bytes(data)
    shutil.copyfile(folder / "0", folder / "1")  # and one header copy over the other
    assert _fail(folder).attempts_left == 2
    (folder / "0").write_bytes(b"\0" * 17 + (folder / "0").read_bytes()[17:])  # a spoiled salt
    assert _fail(folder).attempts_left == 1
    assert _fail(folder).erased


def test_recovery_phrase_and_duress_count_and_reset_alike(vault: tuple[Path, str]) -> None:
    folder, phrase = vault
    with session.unlock(folder, REAL) as vs:
        set_duress(vs, DURESS, mode="hide", sample_content=False)
        save_policy(vs, FailedUnlockPolicy(5, True))
    wrong_words = access.propose_recovery_phrase()  # valid words, another vault's
    with pytest.raises(WrongPassphraseError):
        session.unlock_recovery(folder, wrong_words).close()
    assert _fail(folder).attempts_left == 3
    with session.unlock(folder, DURESS) as cover:  # the cover shows the same setting
        assert load_policy(cover) == FailedUnlockPolicy(5, True)
    assert _fail(folder).attempts_left == 4
    access.recover(folder, phrase, lambda: REAL)
    assert _fail(folder).attempts_left == 4


def test_an_attempt_cut_short_counts(vault: tuple[Path, str], state: Path) -> None:
    """The failure is on disk before the slow key derivation: killing the process then
    does not take it back (here: the count as it stands while the attempt runs)."""
    folder, _ = vault
    _limit(folder, 5)
    seen: list[int] = []

    def attempt() -> None:
        seen.append(max(e.failures for _, e in failed_unlocks._entries(folder)))
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        failed_unlocks.guarded(folder, attempt)
    assert seen == [1]
    assert len(os.listdir(state)) == 1


def test_turning_it_off_destroys_the_entry(vault: tuple[Path, str], state: Path) -> None:
    folder, _ = vault
    _limit(folder, 10)
    assert len(list(state.iterdir())) == 1
    data = next(state.iterdir()).read_bytes()
    assert b"limit" not in data and b"10" not in data  # sealed, not in clear
    _limit(folder, None)
    assert list(state.iterdir()) == []


def test_an_erase_stopped_by_another_satchel_is_not_reported_done(
    vault: tuple[Path, str],
) -> None:
    """The last wrong attempt, and another Satchel opens the vault just then: the erase
    cannot run. That is said (not "erased"), and the next attempt erases it first."""
    folder, _ = vault
    _limit(folder, 5)
    for _ in range(4):
        _fail(folder)
    held: list[VaultLock | None] = []

    def attempt_then_another_satchel_opens_it() -> object:
        try:
            return unlock_vault(folder, WRONG)
        finally:
            held.append(VaultLock.acquire(folder, create=False, name=LOCK_NAME))

    with pytest.raises(FailedUnlockError) as caught:
        failed_unlocks.guarded(folder, attempt_then_another_satchel_opens_it)
    assert not caught.value.erased and caught.value.attempts_left == 0
    assert "erased" not in str(caught.value).replace("before the vault is erased", "")
    lock = held[0]
    assert lock is not None
    lock.release()
    assert _fail(folder, REAL).erased  # even the right passphrase: the erase comes first
    with pytest.raises((WrongPassphraseError, NotAVaultError)):
        session.unlock(folder, REAL).close()
