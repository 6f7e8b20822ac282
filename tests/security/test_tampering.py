"""Tampering (issue 4): one flipped bit anywhere in the vault is never a silent success.

Hypothesis picks (file, offset, bit) in both header copies, the database, the WAL and the
commit record (which is what catches a WAL that lost committed frames). Each
example copies a template vault, flips one bit, and opens and reads everything. The outcome
must be one of:

- a typed VaultError (TamperedError, DamagedError, ...; never WrongPassphraseError for a
  database or WAL flip), and then every file is byte-identical to before the open;
- the integrity check reporting the damage (nothing raised, but nothing hidden either), and
  every file is still byte-identical;
- success with exactly the template's content: a flipped header copy is repaired from the
  other one, and a database or WAL flip can only succeed in bytes SQLite never reads.

Anything else (a raw driver or SQLAlchemy exception, ValueError, wrong data) fails.

Every test runs on format 2 (what users get) and on format 1 (vaults not yet upgraded).

Speed: a header example unlocks with the passphrase (one Argon2id at the floor). Database
and WAL examples skip the KDF: in format 1 the template's master key is taken once, and
each example builds the UnlockedVault the passphrase would have produced; in format 2 the
passphrase's Argon2id result for the template's salt is computed once and reused (the
derivation is deterministic), and the vault is unlocked the normal way. Then it opens as
always (VaultSession.open: page-1 check, SQLCipher, migrations check).
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import PASSPHRASE
from tests.factories import folder_state, make_vault

from satchel.errors import DamagedError, TamperedError, VaultError, WrongPassphraseError
from satchel.services.core import format_upgrade, integrity
from satchel.services.core import session as vault_session
from satchel.services.core.session import VaultSession
from satchel.services.notebook import cases, identity, notes, people
from satchel.vault import UnlockedVault, unlock_vault
from satchel.vault.disk.lockfile import VaultLock
from satchel.vault.format1 import header as header_file
from satchel.vault.format1.commit_record import COMMIT_RECORD_FILE, CommitRecord
from satchel.vault.format2 import header as hidden_header
from satchel.vault.format2.layout import HEADER_COPIES
from satchel.vault.format2.record import SealedCommitRecord
from satchel.vault.format2.unlocked import HiddenVault
from satchel.vault.keys.key_material import PURPOSE_COMMIT_RECORD, derive_subkey

MIGRATE_SOURCE = "satchel/store/migrate.py"

HEADER_EXAMPLES = 60  # per copy: each one runs Argon2id once
DATABASE_EXAMPLES = 900
WAL_EXAMPLES = 350
COMMIT_RECORD_EXAMPLES = 100


def _settings(examples: int) -> Any:
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


class Template:
    """The template folder, its master key, its file names, and everything a user can read."""

    def __init__(
        self, folder: Path, master_key: bytes, content: tuple[Any, ...], names: Names
    ) -> None:
        self.folder = folder
        self.master_key = master_key
        self.content = content
        self.names = names

    def __repr__(self) -> str:  # keeps Hypothesis' failure report short
        return f"Template({self.folder})"

    def size(self, name: str) -> int:
        return (self.folder / name).stat().st_size


@dataclass(frozen=True)
class Names:
    """A format's file names (format 2: the side the passphrase opens)."""

    version: int
    headers: tuple[str, str]
    database: str
    commit: str
    vault_id: str

    @property
    def wal(self) -> str:
        return f"{self.database}-wal"

    @property
    def shm(self) -> str:
        return f"{self.database}-shm"


def _names(vs: VaultSession) -> Names:
    vault = vs.vault
    if isinstance(vault, HiddenVault):
        return Names(
            2, HEADER_COPIES, vault.database_path.name, vault.pair.record.name, vault.vault_id
        )
    return Names(1, header_file.HEADER_FILES, "vault.db", COMMIT_RECORD_FILE, vault.vault_id)


@pytest.fixture(scope="module", autouse=True)
def _one_derivation_per_salt() -> Iterator[None]:
    """Argon2id of the same passphrase and salt is the same 32 bytes: computed once."""
    real = hidden_header.derive_key
    known: dict[tuple[bytes, bytes, Any], bytearray] = {}

    def derive(secret: bytes, salt: bytes, params: Any) -> bytearray:
        key = (bytes(secret), bytes(salt), params)
        if key not in known:
            known[key] = real(secret, salt, params)
        return bytearray(known[key])

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(hidden_header, "derive_key", derive)
        yield


def _fill(vs: VaultSession, round_: int) -> None:
    case_id = cases.create_case(vs, title=f"Housing appeal {round_}", summary="Deadline soon.")
    person_id = people.create_person(
        vs,
        pseudonym=f"Heron {round_}",
        identity={"legal_name": f"Ada Example {round_}", "phone": "+44 20 7946 0000"},
    )
    for number in range(4):
        notes.create_note(
            vs,
            title=f"Visit {round_}.{number}",
            body=f"Round {round_}, note {number}. " + "Lorem ipsum dolor sit amet. " * 40,
            case_id=case_id,
            person_id=person_id,
            tags=("visit", f"r{round_}"),
        )


def _read_all(vs: VaultSession) -> tuple[tuple[Any, ...], integrity.IntegrityReport]:
    """Everything a user can read, and the integrity report; reads only, nothing written."""
    case_list = cases.list_cases(vs, sort="title")
    person_list = people.list_people(vs)
    note_list = notes.list_notes(vs)
    details = [notes.get_note(vs, note.id) for note in note_list]
    report = integrity.check_integrity(vs)
    return (case_list, person_list, details), report


def _reveal_all(vs: VaultSession) -> list[dict[str, str]]:
    """Open every identity compartment (this writes to the activity log, so it comes last)."""
    return [identity.reveal_identity(vs, person.id) for person in people.list_people(vs)]


@pytest.fixture(scope="module", params=[2, 1], ids=["format2", "format1"])
def template(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Template:
    """A vault with checkpointed data in vault.db and newer commits still in vault.db-wal.

    The folder is copied while the second session is open, so the copy holds a WAL with
    frames that were never checkpointed: what a crash or a copy of a live vault leaves.
    """
    base = tmp_path_factory.mktemp("tamper-template")
    live = base / "live"
    vs, _phrase = make_vault(live, format_version=request.param)
    with vs:
        _fill(vs, 1)
        names = _names(vs)
    with pytest.MonkeyPatch.context() as patch:  # format 1 stays format 1 (no upgrade)
        patch.setattr(format_upgrade, "UPGRADE_ON_UNLOCK", request.param == 2)
        vs = vault_session.unlock(live, PASSPHRASE)
    with vs:
        master_key = bytes(vs.vault._master_key)
        _fill(vs, 2)
        notes.save_note(vs, notes.list_notes(vs)[-1].id, body="Edited after the checkpoint.")
        folder = base / "vault"
        shutil.copytree(live, folder)
    assert (folder / names.wal).stat().st_size > 0, "the template needs uncheckpointed frames"
    # The expected content, read from an untouched copy of the template.
    pristine = _copy(folder, base / "pristine")
    with _open_with_key(pristine, master_key, names) as vs:
        content, report = _read_all(vs)
        assert report.ok
        revealed = _reveal_all(vs)
    assert len(content[0]) == 2 and len(content[2]) == 8 and len(revealed) == 2
    return Template(folder, master_key, (*content, revealed), names)


def _copy(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def _open_with_key(folder: Path, master_key: bytes, names: Names) -> VaultSession:
    """Open as unlock_vault would, minus the KDF: same header, same master key."""
    if names.version == 2:  # the derivation is cached: see _one_derivation_per_salt
        return VaultSession.open(unlock_vault(folder, PASSPHRASE))
    lock = VaultLock.acquire(folder, create=False)
    assert lock is not None
    try:
        header = header_file.decode((folder / names.headers[0]).read_bytes())
    except BaseException:
        lock.release()
        raise
    vault = UnlockedVault(folder, header, bytearray(master_key), lock)
    return VaultSession.open(vault)


@pytest.fixture
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("tamper")
    yield root
    shutil.rmtree(root, ignore_errors=True)


def _flipped_copy(template: Template, scratch: Path, name: str, offset: int, bit: int) -> Path:
    folder = _copy(template.folder, scratch / uuid.uuid4().hex)
    path = folder / name
    data = bytearray(path.read_bytes())
    data[offset] ^= 1 << bit
    path.write_bytes(bytes(data))
    return folder


def _lasting_state(folder: Path, shm: str) -> dict[str, str]:
    """The folder's files minus the -shm: SQLite rebuilds that index from the WAL whenever a
    first connection opens, so it changes as soon as SQLite has opened the file, and it holds
    nothing that outlives the open."""
    return {name: digest for name, digest in folder_state(folder).items() if name != shm}


def _discard(vs: VaultSession) -> None:
    """Drop a session without the checkpoint a normal close runs."""
    if vs.engine is not None:
        vs.engine.dispose()
        vs.engine = None
    vs.vault.close()


def _check_database_flip(template: Template, folder: Path) -> str:
    """Open and read a vault whose database or WAL has one flipped bit; returns the outcome."""
    shm = template.names.shm
    before = folder_state(folder)
    lasting = _lasting_state(folder, shm)
    try:
        vs = _open_with_key(folder, template.master_key, template.names)
    except VaultError as error:
        assert not isinstance(error, WrongPassphraseError), error
        assert _lasting_state(folder, shm) == {k: v for k, v in before.items() if k != shm}, (
            f"{error!r} changed files"
        )
        return "refused"
    try:
        try:
            content, report = _read_all(vs)
        except VaultError as error:
            assert not isinstance(error, WrongPassphraseError), error
            assert _lasting_state(folder, shm) == lasting, (
                f"a failed read ({error!r}) changed files"
            )
            return "read error"
        if not report.ok:
            assert _lasting_state(folder, shm) == lasting, "a damaged-vault report changed files"
            return "integrity report"
        revealed = _reveal_all(vs)
        assert (*content, revealed) == template.content, "a flipped bit came back as wrong data"
        return "unread bytes"
    finally:
        _discard(vs)


@pytest.mark.parametrize("copy", [0, 1], ids=["header-1", "header-2"])
@_settings(HEADER_EXAMPLES)
@given(data=st.data())
def test_a_flipped_header_copy_is_repaired_or_refused(
    template: Template, scratch: Path, copy: int, data: st.DataObject
) -> None:
    name = template.names.headers[copy]
    offset = data.draw(st.integers(0, template.size(name) - 1), label="offset")
    bit = data.draw(st.integers(0, 7), label="bit")
    folder = _flipped_copy(template, scratch, name, offset, bit)
    before = folder_state(folder)
    try:
        vault = unlock_vault(folder, PASSPHRASE)
    except VaultError as error:  # pragma: no cover - the other copy must open
        assert folder_state(folder) == before, f"a refused open ({error!r}) changed files"
        pytest.fail(f"one flipped header copy made the vault unopenable: {error!r}")
    first, second = ((folder / h).read_bytes() for h in template.names.headers)
    if template.names.version == 2 and not vault.header_repaired:
        # A flip in a position this key cannot check (the recovery slot, an unused one):
        # left for the key that opens it; nothing was rewritten.
        after = folder_state(folder)
        assert all(after[h] == before[h] for h in template.names.headers)
        position = (offset - 16) // 112
        assert offset >= 16 and position != 0, (offset, "a flip in its own slot went unnoticed")
    else:  # The intact copy opened and rewrote the flipped one.
        assert vault.header_repaired
        assert first == second == (template.folder / name).read_bytes()
    vs = VaultSession.open(vault)
    try:
        content, report = _read_all(vs)
        assert report.ok
        assert (*content, _reveal_all(vs)) == template.content
    finally:
        _discard(vs)


@_settings(DATABASE_EXAMPLES)
@given(data=st.data())
def test_a_flipped_database_bit_is_never_a_silent_success(
    template: Template, scratch: Path, data: st.DataObject
) -> None:
    database = template.names.database
    offset = data.draw(st.integers(0, template.size(database) - 1), label="offset")
    bit = data.draw(st.integers(0, 7), label="bit")
    folder = _flipped_copy(template, scratch, database, offset, bit)
    _check_database_flip(template, folder)


@_settings(WAL_EXAMPLES)
@given(data=st.data())
def test_a_flipped_wal_bit_is_never_a_silent_success(
    template: Template, scratch: Path, data: st.DataObject
) -> None:
    wal = template.names.wal
    offset = data.draw(st.integers(0, template.size(wal) - 1), label="offset")
    bit = data.draw(st.integers(0, 7), label="bit")
    folder = _flipped_copy(template, scratch, wal, offset, bit)
    _check_database_flip(template, folder)


@_settings(COMMIT_RECORD_EXAMPLES)
@given(data=st.data())
def test_a_flipped_commit_record_bit_costs_nothing(
    template: Template, scratch: Path, data: st.DataObject
) -> None:
    """One flip spoils at most one of the record's two slots; the other still vouches for
    the previous change, the database is not below it, and the open rewrites the record."""
    commit = template.names.commit
    offset = data.draw(st.integers(0, template.size(commit) - 1), label="offset")
    bit = data.draw(st.integers(0, 7), label="bit")
    folder = _flipped_copy(template, scratch, commit, offset, bit)
    outcome = _check_database_flip(template, folder)
    key = derive_subkey(template.master_key, PURPOSE_COMMIT_RECORD)
    if template.names.version == 2:
        sealed = SealedCommitRecord(folder / commit, template.names.vault_id, key)
        sealed.read()
        if outcome == "refused":  # as in format 1: the spoiled slot now shows the next change
            assert sealed.claimed == sealed.recorded + 1, f"a flip at {offset}:{bit} refused"
            return
        assert outcome == "unread bytes", f"a flip at {offset}:{bit}: {outcome}"
        assert not sealed.spoiled, "the open did not rewrite the spoiled slot"
        return
    if outcome == "refused":
        # the one flip that cannot be told from a lost change: the slot that the next write
        # would use now shows exactly the next change number, which the database lacks
        data = (folder / commit).read_bytes()
        half = len(data) // 2
        shown = [int.from_bytes(data[i * half + 4 : i * half + 12], "big") for i in (0, 1)]
        assert abs(shown[0] - shown[1]) == 1, f"a flip at {offset}:{bit} refused the vault"
        return
    assert outcome == "unread bytes"
    record = CommitRecord(folder, template.names.vault_id, key)
    record.read()
    assert not record.spoiled, "the open did not rewrite the spoiled slot"


def test_a_damaged_page_during_the_migration_check_is_typed(
    template: Template, scratch: Path
) -> None:
    """The first byte of page 2 flipped: page 1 authenticates, then reading alembic_version
    hits the damaged page inside upgrade_to_head; the user gets the typed damage error."""
    folder = _flipped_copy(template, scratch, template.names.database, 4096, 0)
    with pytest.raises((DamagedError, TamperedError)):
        _open_with_key(folder, template.master_key, template.names)


def test_a_failed_open_leaves_the_files_alone(template: Template, scratch: Path) -> None:
    """Page 29 flipped: page 1 authenticates, the schema read fails (TamperedError). The
    read happens on a read-only connection, so the leftover WAL is not folded into vault.db
    on the way out; only SQLite's -shm index may be rebuilt."""
    folder = _flipped_copy(template, scratch, template.names.database, 28 * 4096, 0)
    before = _lasting_state(folder, template.names.shm)
    with pytest.raises(VaultError):
        _open_with_key(folder, template.master_key, template.names)
    assert _lasting_state(folder, template.names.shm) == before
