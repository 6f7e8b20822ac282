"""SIGKILL in the middle of writes loses nothing that was reported saved.

A child process (writer_child.py) unlocks the vault and adds or edits notes, printing each
note's id only after the service call has returned. The parent kills it with SIGKILL at a
random point (sometimes right after "ready", inside the very first transaction), then
unlocks the same vault in-process and checks:

- the unlock is not refused: the OS released the dead child's lock on vault.lock;
- every printed id is there, holding the printed version of its body or a later one (a
  write may commit and be killed before its line is printed, never the reverse);
- PRAGMA integrity_check, cipher_integrity_check, foreign keys and the FTS5 index are ok;
- search finds the last printed note by a word of its current body.

All rounds run on one vault, so recovery from a left-over WAL happens again and again on a
database that keeps growing. SIGKILL leaves the OS page cache intact: this proves the
process-crash guarantees (WAL, commit, recovery, lock), not durability across power loss.

Each round's randomness comes from SEED + round; the assertion messages name the round and
its seed. Run again with SATCHEL_CRASH_SEED=<seed> to replay the same choices (the moment
of the kill still depends on timing).
"""

from __future__ import annotations

import os
import random
import re
import signal
import struct
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select as sql_select
from tests.conftest import PASSPHRASE
from tests.crash.killable_child import KillableChild
from tests.factories import make_vault

from satchel.services.core import integrity, search, session
from satchel.services.notebook import cases, notes
from satchel.store.models import Note
from satchel.vault import NotFoundError

SEED = int(os.environ.get("SATCHEL_CRASH_SEED", "20261125"))
ROUNDS = 55  # one kill a round: at least 50 kills
FIRST_TRANSACTION_SHARE = 0.15  # rounds killed right after "ready"
MAX_WRITES_BEFORE_KILL = 20
# A write takes ~10 ms. Killing right after a line is read would always hit the start of
# the next write; a random pause up to a bit more than one write spreads the kill over
# building the rows, writing WAL frames and the commit's fsync. Nothing waits on it:
# correctness never depends on this timing, only coverage does.
MAX_PAUSE = 0.015
CHILD_MODULE = "tests.crash.writer_child"
MARKER = re.compile(r"\bcrash\d{3}op\d{4}\b")


@dataclass
class Written:
    """What the children printed, over all rounds."""

    newest: dict[uuid.UUID, str] = field(default_factory=dict)  # note id -> newest marker
    last_note: uuid.UUID | None = None
    lines: int = 0

    def add(self, line: str, where: str) -> uuid.UUID:
        kind, note_id_text, mark = line.split()
        assert kind in {"created", "saved"}, f"{where}: unexpected line {line!r}"
        note_id = uuid.UUID(note_id_text)
        assert kind == "saved" or note_id not in self.newest, f"{where}: id printed twice"
        self.newest[note_id] = max(mark, self.newest.get(note_id, mark))
        self.last_note = note_id
        self.lines += 1
        return note_id


class Child(KillableChild):
    """One writer process; told to go with the passphrase."""

    def __init__(self, folder: Path, case_id: uuid.UUID, round_number: int, seed: int) -> None:
        stderr = folder.parent / f"child-{round_number}.stderr"
        args = [str(folder), str(case_id), str(round_number), str(seed)]
        super().__init__(CHILD_MODULE, args, stderr)


def wal_frames(wal: Path) -> tuple[int, int]:
    """(frames up to the last commit, frames after it) in a WAL file, from its frame headers.

    SQLCipher encrypts the page images but SQLite's 24-byte frame headers stay readable.
    Frames from before the WAL was last reset carry other salts and are not counted.
    """
    if not wal.exists():
        return 0, 0
    data = wal.read_bytes()
    if len(data) < 32:
        return 0, 0
    page_size = struct.unpack(">I", data[8:12])[0]
    salts = data[16:24]
    committed = frames = 0
    offset = 32
    while offset + 24 <= len(data):
        commit_size = struct.unpack(">I", data[offset + 4 : offset + 8])[0]
        if data[offset + 8 : offset + 16] != salts:
            break
        frames += 1
        if commit_size:
            committed = frames
        offset += 24 + page_size
    return committed, frames - committed


def newest_marker(body: str) -> str:
    found = MARKER.findall(body)
    assert len(found) == 1, f"a note body holds {len(found)} markers"
    return str(found[0])


def check_vault(
    folder: Path, written: Written, this_round: list[uuid.UUID], where: str
) -> set[str]:
    """Check the vault; return the markers of writes that committed but were not printed."""
    # A BusyError here would mean the killed child's lock outlived it.
    vs = session.unlock(folder, PASSPHRASE)
    with vs:
        for note_id in this_round:  # through the service, as the app reads a note
            try:
                body = notes.get_note(vs, note_id).body
            except NotFoundError:
                pytest.fail(f"{where}: printed note {note_id} is gone")
            assert newest_marker(body) >= written.newest[note_id], f"{where}: {note_id} is old"
        with vs.reading() as db:
            bodies = {row.id: row.body for row in db.execute(sql_select(Note.id, Note.body))}
        lost = [note_id for note_id in written.newest if note_id not in bodies]
        assert not lost, f"{where}: printed notes lost: {lost}"
        stale = [
            note_id
            for note_id, mark in written.newest.items()
            if newest_marker(bodies[note_id]) < mark
        ]
        assert not stale, f"{where}: printed saves lost (older body found): {stale}"
        unprinted = {
            newest_marker(body)
            for note_id, body in bodies.items()
            if MARKER.search(body) and newest_marker(body) > written.newest.get(note_id, "")
        }

        report = integrity.check_integrity(vs)
        assert report.ok, f"{where}: {report}"

        if written.last_note is not None:
            word = newest_marker(bodies[written.last_note])
            found = {hit.id for hit in search.search(vs, word, kinds=["note"])}
            assert written.last_note in found, f"{where}: search for {word} missed the note"
    return unprinted


@pytest.mark.slow
def test_sigkill_during_writes_loses_no_printed_note(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vs, _phrase = make_vault(folder)
    with vs:
        case_id = cases.create_case(vs, title="Crash test case")
        wal = folder / f"{vs.vault.database_path.name}-wal"

    written = Written()
    kills = rounds_with_wal = torn_rounds = first_transaction_kills = 0
    unprinted: set[str] = set()
    started = time.monotonic()
    child = Child(folder, case_id, 0, SEED)
    children = [child]
    try:
        for round_number in range(ROUNDS):
            seed = SEED + round_number
            where = f"round {round_number} (seed {seed}; rerun with SATCHEL_CRASH_SEED={SEED})"
            rng = random.Random(seed)
            child.go(PASSPHRASE)
            first = child.readline()
            assert first == "ready", f"{where}: child said {first!r}\n{child.stderr()}"

            writes_before_kill = (
                0
                if rng.random() < FIRST_TRANSACTION_SHARE
                else rng.randint(1, MAX_WRITES_BEFORE_KILL)
            )
            first_transaction_kills += writes_before_kill == 0
            this_round: list[uuid.UUID] = []
            while len(this_round) < writes_before_kill:
                line = child.readline()
                assert line is not None, f"{where}: the child died\n{child.stderr()}"
                this_round.append(written.add(line, where))
            time.sleep(rng.uniform(0, MAX_PAUSE))  # the child keeps writing meanwhile
            status = child.kill()
            kills += 1
            assert status == -signal.SIGKILL, f"{where}: exit {status}\n{child.stderr()}"
            # Lines still in the pipe were printed after their commits too.
            while (line := child.readline()) is not None:
                this_round.append(written.add(line, where))
            child.close()

            committed_frames, torn_frames = wal_frames(wal)
            rounds_with_wal += committed_frames > 0
            torn_rounds += torn_frames > 0  # killed while writing its transaction's frames
            if round_number + 1 < ROUNDS:  # its imports overlap with the checks below
                child = Child(folder, case_id, round_number + 1, seed + 1)
                children.append(child)
            unprinted |= check_vault(folder, written, this_round, where)
    finally:
        for each in children:
            each.close()

    elapsed = time.monotonic() - started
    assert kills >= 50
    assert first_transaction_kills > 0, "no round killed the first transaction"
    assert rounds_with_wal > kills // 2, "too few kills left a WAL to recover"
    assert written.lines > kills, "the children wrote too little before being killed"
    print(  # shown with -s or -rA
        f"{kills} kills in {elapsed:.1f} s, {written.lines} writes printed, "
        f"{len(written.newest)} notes; {rounds_with_wal} kills left committed WAL frames, "
        f"{torn_rounds} left frames of an unfinished commit, {len(unprinted)} writes committed "
        "but not yet printed"
    )
