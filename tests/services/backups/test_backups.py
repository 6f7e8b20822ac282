"""Encrypted backups: real vaults, real SQLCipher copies, real files; nothing mocked."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy.orm import Session
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE
from tests.factories import (
    cancel_at,
    make_case,
    make_checklist,
    make_note,
    make_person,
    make_vault,
)

from satchel.cli.exit_codes import EXIT_DISK, exit_code_for
from satchel.errors import (
    BusyError,
    CancelledError,
    DamagedError,
    InvalidInputError,
    VaultExistsError,
    WrongPassphraseError,
)
from satchel.services.backups import file_format as backup_file_module
from satchel.services.backups import file_format2, restore
from satchel.services.backups.copying import BackupFailedError, default_folder, take_backup
from satchel.services.backups.file_format import (
    CHECKSUM_BYTES,
    PREFIX_BYTES,
    DamagedBackupError,
    Manifest,
    UnsupportedBackupVersionError,
    encode_manifest,
    read_manifest,
)
from satchel.services.backups.listing import FoundBackup, backups_of, prune
from satchel.services.backups.operations import (
    back_up,
    back_up_if_changed,
    list_backups,
    vault_backups,
    verify_backup,
    verify_vault_backup,
)
from satchel.services.backups.restore import restore_as_new_vault, restore_in_place
from satchel.services.core import session as vault_session
from satchel.services.core.session import VaultSession
from satchel.services.core.settings import (
    BackupSettings,
    InvalidSettingError,
    VaultSettings,
    load_backup_settings,
    save_backup_settings,
    save_settings,
)
from satchel.services.demo.files import gradient_png
from satchel.services.notebook.attachments import add_attachment
from satchel.vault import wipe_vault
from satchel.vault.disk.atomic_file import write_atomically
from satchel.vault.disk.lockfile import VaultLock
from satchel.vault.format2.unlocked import HiddenVault
from satchel.work import CancelToken

SENTINEL = "kestrel-sentinel-7391"


@pytest.fixture(params=[2, 1], ids=["format2", "format1"])
def vault_format(request: pytest.FixtureRequest) -> int:
    """Backups of a format-2 vault (sealed, neutral names) and of one not yet upgraded."""
    return int(request.param)


def fill(vs: VaultSession) -> None:
    """A bit of everything, with a sentinel in the text, a sealed identity and a file."""
    case_id = make_case(vs, f"Case {SENTINEL}")
    make_person(vs, f"Sparrow {SENTINEL}", identity={"legal_name": "Ivan Example"})
    make_note(vs, f"Note {SENTINEL}", f"Body {SENTINEL}", case_id=case_id)
    make_checklist(vs, case_id)
    add_attachment(vs, filename="scan.png", data=gradient_png(), case_id=case_id)
    save_settings(vs, VaultSettings(clipboard_seconds=42))


def all_tables(vs: VaultSession) -> dict[str, list[tuple[object, ...]]]:
    with vs.reading() as session:
        connection = session.connection()
        names = [
            str(row[0])
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            name: [tuple(row) for row in connection.exec_driver_sql(f'SELECT * FROM "{name}"')]
            for name in names
        }


def vault_files(folder: Path) -> dict[str, bytes]:
    """Every file's bytes but the -shm index, where each reader marks its place."""
    return {
        p.name: p.read_bytes()
        for p in folder.iterdir()
        if p.is_file() and not p.name.endswith("-shm")
    }


def note_titles(folder: Path) -> set[str]:
    with vault_session.unlock(folder, PASSPHRASE) as opened, opened.reading() as session:
        rows = session.connection().exec_driver_sql("SELECT title FROM notes").all()
    return {str(row[0]) for row in rows}


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def backups(tmp_path: Path) -> Path:
    return tmp_path / "stick"


def test_backup_then_restore_gives_equal_content_in_every_table(
    vs: VaultSession, backups: Path, tmp_path: Path
) -> None:
    fill(vs)
    before = all_tables(vs)
    made = back_up(vs, backups)

    manifest = restore_as_new_vault(made, tmp_path / "restored")

    assert manifest.vault_id in (vs.vault.vault_id, "")  # format 2: sealed until unlocked
    with vault_session.unlock(tmp_path / "restored", PASSPHRASE) as restored:
        assert restored.vault.vault_id == vs.vault.vault_id
        after = all_tables(restored)
        # Format 1: its first unlock says the commit record starts again, and the activity
        # log keeps it. Format 2: the backup carries its sealed record, which goes on.
        notices = [n.kind for n in restored.vault.notices]
        hidden = isinstance(restored.vault, HiddenVault)
        assert notices == ([] if hidden else ["record_started_after_restore"])
    started = [row for row in after["activity_events"] if "record_started" in row]
    assert len(started) == (0 if hidden else 1)
    if started:
        after["activity_events"].remove(started[0])
    after.pop("vault_state"), before.pop("vault_state")  # that entry is one more change
    assert after == before
    assert sum(len(rows) for rows in after.values()) > 20
    assert before["attachment_blobs"]  # the file itself came back, not only its row


def test_a_backup_opens_with_the_passphrase_of_its_day(
    vault_folder: Path, backups: Path, tmp_path: Path
) -> None:
    session, phrase = make_vault(vault_folder)
    with session:
        made = back_up(session, backups)
        session.vault.change_passphrase(NEW_PASSPHRASE)
        later = back_up(session, backups)

    restore_as_new_vault(made, tmp_path / "then")
    restore_as_new_vault(later, tmp_path / "now")
    with pytest.raises(WrongPassphraseError):
        vault_session.unlock(tmp_path / "then", NEW_PASSPHRASE)
    vault_session.unlock(tmp_path / "then", PASSPHRASE).close()
    vault_session.unlock_recovery(tmp_path / "then", phrase).close()
    vault_session.unlock(tmp_path / "now", NEW_PASSPHRASE).close()


def test_restored_files_are_owner_only(vs: VaultSession, backups: Path, tmp_path: Path) -> None:
    made = back_up(vs, backups)
    restore_as_new_vault(made, tmp_path / "restored")
    assert (made.stat().st_mode & 0o777) == 0o600
    assert ((tmp_path / "restored").stat().st_mode & 0o777) == 0o700
    for path in (tmp_path / "restored").iterdir():
        assert (path.stat().st_mode & 0o777) == 0o600, path.name


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))


def test_a_damaged_backup_is_named_before_anything_is_written(
    vs: VaultSession, backups: Path, tmp_path: Path
) -> None:
    made = back_up(vs, backups)
    _flip(made, made.stat().st_size // 2)
    target = tmp_path / "restored"

    with pytest.raises(DamagedBackupError, match=f"{made.name} is damaged: its checksum") as caught:
        restore_as_new_vault(made, target)

    assert exit_code_for(caught.value) == 3
    assert not target.exists()
    with pytest.raises(DamagedBackupError):
        verify_backup(made)


def test_a_cut_short_backup_is_named_by_its_length(vs: VaultSession, backups: Path) -> None:
    made = back_up(vs, backups)
    with made.open("r+b") as handle:
        handle.truncate(made.stat().st_size - 5000)

    with pytest.raises(DamagedBackupError, match="bytes long where"):
        if isinstance(vs.vault, HiddenVault):
            file_format2.read_manifest(made, vs.vault.database_key)
        else:
            read_manifest(made)
    [entry] = list_backups(backups, vault_id=vs.vault.vault_id)
    assert entry.manifest is None
    assert entry.problem is not None
    assert "damaged" in entry.problem


def test_a_damaged_description_is_named_too(vs: VaultSession, backups: Path) -> None:
    made = back_up(vs, backups)
    _flip(made, PREFIX_BYTES + 3)
    # format 2: the sealed manifest is covered by the checksum, which fails first
    with pytest.raises(DamagedBackupError, match=r"description cannot be read|checksum"):
        verify_backup(made)


def test_other_files_are_not_backups(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    with pytest.raises(InvalidInputError, match="not a Satchel backup"):
        restore_as_new_vault(other, tmp_path / "restored")
    assert not (tmp_path / "restored").exists()


@pytest.mark.parametrize("vault_format", [1])  # format 1's readable manifest
def test_a_newer_format_asks_for_a_newer_satchel(vs: VaultSession, backups: Path) -> None:
    made = back_up(vs, backups)
    manifest = read_manifest(made)
    data = made.read_bytes()
    old = encode_manifest(manifest)
    newer = encode_manifest(Manifest(**{**manifest.__dict__, "format_version": 2}))
    made.write_bytes(data.replace(old, newer))
    with pytest.raises(UnsupportedBackupVersionError, match="format version 2"):
        verify_backup(made)


def test_restore_refuses_a_folder_that_holds_files(
    vs: VaultSession, backups: Path, tmp_path: Path
) -> None:
    made = back_up(vs, backups)
    target = tmp_path / "busy"
    target.mkdir()
    (target / "mine.txt").write_text("mine")
    with pytest.raises(VaultExistsError):
        restore_as_new_vault(made, target)
    assert files_in(target) == ["mine.txt"]


@pytest.mark.parametrize("fraction", [0.1, 0.8])
def test_a_cancelled_backup_leaves_no_file_and_no_change(
    vs: VaultSession, backups: Path, vault_folder: Path, fraction: float
) -> None:
    fill(vs)
    vault_before = vault_files(vault_folder)
    tables_before = all_tables(vs)
    cancel, progress = cancel_at(fraction)
    with pytest.raises(CancelledError):
        back_up(vs, backups, progress=progress, cancel=cancel)

    assert files_in(backups) == []
    assert vault_files(vault_folder) == vault_before
    assert all_tables(vs) == tables_before


def test_a_failed_backup_leaves_no_file(
    vs: VaultSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    with pytest.raises(BackupFailedError, match="could not be written"):
        back_up(vs, blocked / "backups")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    backups = tmp_path / "full-disk"
    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(BackupFailedError, match="The disk is full") as refused:
        back_up(vs, backups)
    assert exit_code_for(refused.value) == EXIT_DISK
    assert files_in(backups) == []


def _plaintext_anywhere(folders: list[Path]) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and SENTINEL.encode() in path.read_bytes():
                found.append(str(path))
    return found


def test_no_plaintext_in_any_folder_during_or_after(
    vs: VaultSession,
    backups: Path,
    tmp_path: Path,
    vault_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    fill(vs)
    watched = [temp, backups]
    seen_during: list[str] = []
    calls: list[float] = []

    def look(value: float) -> None:
        calls.append(value)
        seen_during.extend(_plaintext_anywhere(watched))

    made = back_up(vs, backups, progress=look)
    verify_vault_backup(vs, made, progress=look)
    restore_as_new_vault(made, tmp_path / "restored", progress=look)
    assert len(calls) > 5
    assert seen_during == []
    assert _plaintext_anywhere([*watched, tmp_path / "restored"]) == []
    assert files_in(temp) == []
    assert files_in(backups) == [made.name]


def test_listing_shows_dates_sizes_and_counts_once_unlocked(
    vs: VaultSession, backups: Path, tmp_path: Path
) -> None:
    fill(vs)
    made = back_up(vs, backups)
    other, _ = make_vault(tmp_path / "other")
    with other:
        foreign = back_up(other, backups)

    listed = {e.path: e for e in vault_backups(vs, backups)}
    mine = listed[made]
    assert mine.same_vault is True
    assert mine.size == made.stat().st_size
    assert mine.created is not None
    assert abs(mine.created - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
    assert mine.counts is not None
    assert (mine.counts.cases, mine.counts.people, mine.counts.notes) == (1, 1, 1)
    assert (mine.counts.checklists, mine.counts.attachments) == (1, 1)
    if isinstance(vs.vault, HiddenVault):  # another vault's sealed backup: unseen
        assert foreign not in listed
    else:
        theirs = listed[foreign]
        assert theirs.same_vault is False
        assert theirs.counts is None  # sealed under the other vault's key
    locked = list_backups(backups)
    assert {e.path for e in locked} == {made, foreign}
    assert all(e.counts is None and e.same_vault is None for e in locked)


def test_verify_checks_the_pages_with_the_vaults_key(vs: VaultSession, backups: Path) -> None:
    fill(vs)
    made = back_up(vs, backups)
    report = verify_vault_backup(vs, made)
    assert report.ok and report.pages_checked
    assert report.counts is not None and report.counts.notes == 1
    assert not verify_backup(made).pages_checked  # no key: the checksum only

    # Damage one page of the database and write a matching checksum: only the page check sees it.
    data = bytearray(made.read_bytes())
    if isinstance(vs.vault, HiddenVault):
        start = file_format2.FIXED_BYTES
    else:
        start = PREFIX_BYTES + len(encode_manifest(read_manifest(made)))
    data[start + 3 * 4096 + 100] ^= 0x01
    body = bytes(data[:-CHECKSUM_BYTES])
    made.write_bytes(body + hashlib.sha256(body).digest())
    damaged = verify_vault_backup(vs, made)
    assert not damaged.ok
    assert any("page" in problem for problem in damaged.problems), damaged.problems
    assert files_in(made.parent) == [made.name]  # the checked copy is gone


def test_restore_in_place_keeps_the_replaced_vault_as_a_backup(
    vs: VaultSession, vault_folder: Path, tmp_path: Path
) -> None:
    make_note(vs, "kept")
    old = back_up(vs)
    make_note(vs, "added after the backup")
    held: list[tuple[float, bool]] = []

    def progress(value: float) -> None:
        try:
            other = VaultLock.acquire(vault_folder, create=False, name=_lock_name(vs))
        except BusyError:
            held.append((value, True))
        else:
            held.append((value, False))
            if other is not None:
                other.release()

    replaced = restore_in_place(vs, old, progress=progress)

    assert not vs.is_open and vs.vault.closed
    assert len(held) > 3
    assert all(busy for value, busy in held if value < 1.0)  # locked until all was done
    assert held[-1] == (1.0, False)  # and released at the end
    assert note_titles(vault_folder) == {"kept"}
    restore_as_new_vault(replaced, tmp_path / "replaced")
    assert note_titles(tmp_path / "replaced") == {"kept", "added after the backup"}
    assert replaced.parent == default_folder(vault_folder)


def test_restore_in_place_refuses_another_vaults_backup(vs: VaultSession, tmp_path: Path) -> None:
    other, _ = make_vault(tmp_path / "other")
    with other:
        foreign = back_up(other, tmp_path / "stick")
    with pytest.raises(InvalidInputError, match="another vault"):
        restore_in_place(vs, foreign)
    assert vs.is_open


def test_a_cancelled_restore_in_place_changes_nothing(vs: VaultSession, vault_folder: Path) -> None:
    make_note(vs, "first")
    old = back_up(vs)
    make_note(vs, "second")
    before = vs.commit_seq
    cancel, progress = cancel_at(0.7)
    with pytest.raises(CancelledError):
        restore_in_place(vs, old, progress=progress, cancel=cancel)
    assert vs.commit_seq == before
    assert not [p for p in vault_folder.iterdir() if p.name.endswith(".tmp")]


def test_automatic_backup_only_when_something_changed(vs: VaultSession, vault_folder: Path) -> None:
    first = back_up_if_changed(vs)
    assert first is not None and first.parent == default_folder(vault_folder)
    assert back_up_if_changed(vs) is None
    make_case(vs)
    assert back_up_if_changed(vs) is not None
    save_backup_settings(vs, BackupSettings(automatic=False))
    make_case(vs)
    assert back_up_if_changed(vs) is None


def test_the_chosen_folder_is_used_and_kept_apart_from_other_settings(
    vs: VaultSession, backups: Path
) -> None:
    backups.mkdir()
    save_backup_settings(vs, BackupSettings(folder=str(backups)))
    save_settings(vs, VaultSettings(reveal_seconds=60))  # the settings dialog's save
    assert load_backup_settings(vs) == BackupSettings(folder=str(backups), automatic=True)
    made = back_up(vs)
    assert made.parent == backups
    with pytest.raises(InvalidSettingError, match="full path"):
        save_backup_settings(vs, BackupSettings(folder="relative/folder"))


def _lock_name(vs: VaultSession) -> str:
    return "6" if isinstance(vs.vault, HiddenVault) else "vault.lock"


def _stamp(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12), dt.UTC)


def test_retention_in_a_folder_keeps_ten_and_one_a_week(vs: VaultSession, backups: Path) -> None:
    today = dt.date(2026, 11, 25)  # a Wednesday
    days = [today - dt.timedelta(days=n) for n in range(0, 70, 3)]  # 24 backups over 10 weeks
    for day in days:
        take_backup(vs.vault, backups, reason="manual", now=_stamp(day))
    key = vs.vault.database_key
    removed = prune(backups, vs.vault.vault_id, now=_stamp(today), database_key=key)

    left = backups_of(backups, vs.vault.vault_id, key)
    assert len(left) + len(removed) == len(days)
    kept_days = sorted(item.manifest.created.date() for item in left)
    assert kept_days[-10:] == sorted(days[:10])
    older = kept_days[:-10]
    assert older  # some weekly ones beyond the newest ten
    assert all(day >= dt.date(2026, 10, 5) for day in older)  # within the last eight weeks
    assert len({d.isocalendar()[:2] for d in older}) == len(older)  # one per week
    assert all(isinstance(item, FoundBackup) for item in left)


def test_wipe_destroys_the_backups_beside_the_vault(vs: VaultSession, vault_folder: Path) -> None:
    made = back_up(vs)
    stale = made.with_name(f".{made.name}.tmp")
    stale.write_bytes(made.read_bytes()[:5000])
    vs.close()

    wipe_vault(vault_folder)

    assert not vault_folder.exists()


@pytest.fixture
def stray_user_file(vault_folder: Path) -> Iterator[Path]:
    yield default_folder(vault_folder) / "my-own.txt"


def test_wipe_keeps_a_users_own_file_in_the_backups_folder(
    vs: VaultSession, vault_folder: Path, stray_user_file: Path
) -> None:
    made = back_up(vs)
    header_part = made.read_bytes()[: PREFIX_BYTES + 100]
    stray_user_file.parent.mkdir(exist_ok=True)
    stray_user_file.write_text("mine")
    vs.close()
    handle = os.open(made, os.O_RDONLY)  # see the bytes wipe wrote before unlinking
    try:
        wipe_vault(vault_folder)
        assert os.pread(handle, len(header_part), 0) != header_part
    finally:
        os.close(handle)
    assert files_in(stray_user_file.parent) == ["my-own.txt"]


def test_a_missing_chosen_folder_is_not_made_on_the_laptop(
    vs: VaultSession, tmp_path: Path
) -> None:
    stick = tmp_path / "media" / "STICK"
    save_backup_settings(vs, BackupSettings(folder=str(stick)))
    with pytest.raises(BackupFailedError, match="USB stick plugged in"):
        back_up(vs)
    assert not (tmp_path / "media").exists()
    stick.mkdir(parents=True)
    assert back_up(vs).parent == stick


@pytest.mark.parametrize("vault_format", [1])  # format 1's readable manifest
def test_restore_in_place_refuses_a_backup_from_a_newer_satchel(
    vs: VaultSession, vault_folder: Path
) -> None:
    made = back_up(vs)
    manifest = read_manifest(made)
    assert manifest.schema_revision is not None
    future = "9" * 4 + manifest.schema_revision[4:]  # same length: offsets stay put
    data = made.read_bytes()[:-CHECKSUM_BYTES].replace(
        f'"schema_revision":"{manifest.schema_revision}"'.encode(),
        f'"schema_revision":"{future}"'.encode(),
    )
    made.write_bytes(data + hashlib.sha256(data).digest())
    assert read_manifest(made).schema_revision == future

    with pytest.raises(InvalidInputError, match="newer Satchel"):
        restore_in_place(vs, made)
    assert vs.is_open


def test_restoring_the_oldest_of_the_newest_ten_does_not_delete_it(
    vs: VaultSession, vault_folder: Path
) -> None:
    """The backup made first pushes it out of the newest ten: retention must spare it."""
    now = dt.datetime.now(dt.UTC)
    made = []
    for minute in range(10, 0, -1):
        make_note(vs, f"note {minute}")
        made.append(
            take_backup(
                vs.vault,
                default_folder(vault_folder),
                reason="lock",
                now=now - dt.timedelta(minutes=minute),
            )
        )
    oldest = made[0]

    restore_in_place(vs, oldest)

    assert oldest.is_file()
    assert note_titles(vault_folder) == {"note 10"}


def test_a_new_backup_is_kept_when_others_are_dated_ahead(
    vs: VaultSession, vault_folder: Path
) -> None:
    """A clock that ran two hours ahead for a while (a dual-boot machine, say) stamped ten
    backups in the future; the one written now is still kept."""
    ahead = dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)
    for minute in range(10):
        take_backup(
            vs.vault,
            default_folder(vault_folder),
            reason="lock",
            now=ahead + dt.timedelta(minutes=minute),
        )
    made = back_up(vs)
    assert made.is_file()


def test_after_a_restore_in_place_the_automatic_backup_sees_new_changes(
    vs: VaultSession, vault_folder: Path
) -> None:
    """The restored counter climbs back to the replaced vault's number; equal numbers then
    do not mean equal content."""
    old = back_up(vs)
    make_note(vs, "replaced one")
    make_note(vs, "replaced two")
    replaced_seq = vs.commit_seq
    restore_in_place(vs, old)
    with vault_session.unlock(vault_folder, PASSPHRASE) as restored:
        make_note(restored, "new one")
        make_note(restored, "new two")
        assert restored.commit_seq == replaced_seq  # the collision this guards against
        made = back_up_if_changed(restored)
        assert made is not None
        assert back_up_if_changed(restored) is None  # and then it is up to date again


def test_restore_in_place_refuses_while_other_work_runs(
    vs: VaultSession, vault_folder: Path
) -> None:
    old = back_up(vs)
    inside, release = threading.Event(), threading.Event()

    def importer() -> None:
        with vs.transaction() as session:
            session.connection().exec_driver_sql("UPDATE vault_settings SET value = value")
            inside.set()
            release.wait()

    worker = threading.Thread(target=importer)
    worker.start()
    inside.wait()
    try:
        with pytest.raises(InvalidInputError, match="still running"):
            restore_in_place(vs, old)
    finally:
        release.set()
        worker.join()
    assert vs.is_open
    found = backups_of(default_folder(vault_folder), vs.vault.vault_id, vs.vault.database_key)
    assert len(found) == 1


def test_a_write_that_starts_during_a_restore_in_place_ends_before_the_swap(
    vs: VaultSession, vault_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import still committing while the files are swapped used to write the commit
    record under wiped keys: the restored vault then refused to open as tampered."""
    make_note(vs, "kept")
    old = back_up(vs)
    inside, release = threading.Event(), threading.Event()
    committed: list[int] = []

    def importer() -> None:
        make_note(vs, "imported late")  # commits once released
        committed.append(1)

    def blocking_import(value: float) -> None:
        if value >= 0.7 and not inside.is_set():
            inside.set()
            original = vs.transaction

            @contextmanager
            def held() -> Iterator[Session]:
                with original() as session:
                    yield session
                    release.wait()

            monkeypatch.setattr(vs, "transaction", held)
            worker.start()

    worker = threading.Thread(target=importer)
    close = vs.close

    def close_releasing() -> None:
        release.set()  # the import may finish only once the restore starts closing
        close()

    monkeypatch.setattr(vs, "close", close_releasing)
    restore_in_place(vs, old, progress=blocking_import)
    worker.join()

    assert committed == [1]
    assert note_titles(vault_folder) == {"kept"}  # opens: no record from wiped keys


def test_a_header_write_that_fails_after_the_swap_says_the_backup_was_restored(
    format1: None, vault_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Format 1's two-step header write (format 2 installs its header last, in one step)."""
    session, _phrase = make_vault(vault_folder, format_version=1)
    make_note(session, "then")
    old = back_up(session)
    session.vault.change_passphrase(NEW_PASSPHRASE)
    make_note(session, "now")
    writes: list[Path] = []

    def full_on_second(path: Path, data: bytes) -> None:
        writes.append(path)
        if len(writes) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        write_atomically(path, data)

    monkeypatch.setattr(restore, "write_atomically", full_on_second)
    with pytest.raises(InvalidInputError, match="was restored, but writing the vault's header"):
        restore_in_place(session, old)
    monkeypatch.undo()

    assert session.vault.closed
    assert not [p for p in vault_folder.iterdir() if p.name.endswith(".tmp")]
    for number, passphrase in enumerate((PASSPHRASE, NEW_PASSPHRASE)):  # either one opens it
        copy = shutil.copytree(vault_folder, vault_folder.with_name(f"copy-{number}"))
        with vault_session.unlock(copy, passphrase) as opened, opened.reading() as s:
            rows = s.connection().exec_driver_sql("SELECT title FROM notes").all()
        assert {str(row[0]) for row in rows} == {"then"}


@pytest.mark.parametrize("vault_format", [1])  # format 1's readable manifest
def test_a_backup_that_vanishes_while_it_is_read_is_reported(
    vs: VaultSession, backups: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = back_up(vs, backups)
    real_read = backup_file_module.read_manifest

    def then_pulled_out(path: Path) -> Manifest:
        manifest = real_read(path)
        path.unlink()  # the USB stick is pulled out
        return manifest

    monkeypatch.setattr(backup_file_module, "read_manifest", then_pulled_out)
    with pytest.raises(InvalidInputError, match=f"Cannot read .*{made.name}"):
        verify_backup(made)


def test_verify_cancels_while_it_reads_the_checksum(vs: VaultSession, backups: Path) -> None:
    made = back_up(vs, backups)
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(CancelledError):
        verify_backup(made, cancel=cancel)


def _damage_the_middle_page(vs: VaultSession, vault_folder: Path) -> VaultSession:
    """Close, flip one bit in a page of the big attachment's data, unlock again."""
    database = vs.vault.database_path
    vs.close()
    data = bytearray(database.read_bytes())
    data[(len(data) // 4096 // 2) * 4096 + 100] ^= 0x01
    database.write_bytes(bytes(data))
    return vault_session.unlock(vault_folder, PASSPHRASE)


def test_a_damaged_page_is_not_carried_into_a_backup_with_a_fresh_mac(
    vs: VaultSession, vault_folder: Path, backups: Path
) -> None:
    """The backup API copies a page whose MAC fails as zeros under a new, valid MAC: the
    backup would hide the damage while retention deletes the good backups before it."""
    add_attachment(vs, filename="scan.bin", data=os.urandom(2_000_000), case_id=make_case(vs))
    good = back_up(vs, backups)
    damaged = _damage_the_middle_page(vs, vault_folder)
    try:
        with pytest.raises(DamagedError):
            back_up(damaged, backups)
        assert files_in(backups) == [good.name]
        with pytest.raises(InvalidInputError, match="Restore the backup as a new vault"):
            restore_in_place(damaged, good)  # what is still readable is not replaced
        assert damaged.is_open
    finally:
        damaged.close()
