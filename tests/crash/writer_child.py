"""The writer killed by test_kill_during_writes: adds and edits notes until SIGKILL stops it.

Run as ``python -m tests.crash.writer_child FOLDER CASE_ID ROUND SEED``; the passphrase
comes on the first line of stdin, so the parent can start this process (and pay for its
imports) while it still holds the vault, and let it unlock only once it has closed it.

Protocol on stdout, one line each, flushed:

    ready                          the vault is unlocked; writes start now
    created NOTE_ID MARKER         create_note returned (its transaction committed)
    saved NOTE_ID MARKER           save_note returned (a new revision committed)

A line is printed only after the call returns, so every line names a committed write.
MARKER is a word found once in the note's body, ``crash<round:03>op<seq:04>``: it grows
with every write, so the parent can tell the printed version from a later one that
committed just before the kill and was never printed.
"""

from __future__ import annotations

import random
import sys
import uuid
from pathlib import Path

from satchel.services.core import session
from satchel.services.notebook import notes

SAVE_SHARE = 0.3  # about one write in three edits an earlier note (adding a revision)
BODY_WORDS = (350, 650)  # a few KB of text a note
VOCABULARY = (  # noqa: SIM905 (a word list reads best as text)
    "asylum appeal hearing interview embassy consulate passport visa residence permit "
    "deadline lawyer tribunal appointment interpreter translation medical report shelter "
    "housing school registration family reunification border transit document copy "
    "certificate birth marriage police statement witness evidence folder scan signature "
    "office phone call email letter reminder follow referral caseworker volunteer urgent "
    "monday tuesday wednesday thursday friday morning afternoon evening week month"
).split()


def marker(round_number: int, seq: int) -> str:
    return f"crash{round_number:03d}op{seq:04d}"


def body(rng: random.Random, mark: str) -> str:
    words = rng.choices(VOCABULARY, k=rng.randint(*BODY_WORDS))
    words.insert(rng.randrange(len(words) + 1), mark)
    lines = [" ".join(words[i : i + 12]) for i in range(0, len(words), 12)]
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    folder, case_id, round_number, seed = Path(argv[0]), uuid.UUID(argv[1]), int(argv[2]), argv[3]
    passphrase = sys.stdin.readline().rstrip("\n")
    rng = random.Random(seed)
    vs = session.unlock(folder, passphrase)
    # Earlier rounds' notes are edited too, so their revisions go through recovery as well.
    earlier = [n.id for n in notes.list_notes(vs, case_id=case_id, limit=200)]
    print("ready", flush=True)
    seq = 0
    while True:  # until the parent's SIGKILL
        seq += 1
        mark = marker(round_number, seq)
        if earlier and rng.random() < SAVE_SHARE:
            note_id = rng.choice(earlier)
            notes.save_note(vs, note_id, body=body(rng, mark))
            print(f"saved {note_id} {mark}", flush=True)
        else:
            note_id = notes.create_note(
                vs, title=f"Crash round {round_number}", body=body(rng, mark), case_id=case_id
            )
            print(f"created {note_id} {mark}", flush=True)
            earlier.append(note_id)


if __name__ == "__main__":
    main(sys.argv[1:])
