"""What folding the WAL in after a delete costs: delete latency with and without it.

A delete checkpoints and truncates the WAL before it returns, so the deleted text does not
outlive it there (see VaultSession._fold_in_wal). This times `delete_note` on a vault of
NOTES notes, each saved a few times so the WAL holds a realistic backlog, once as shipped and
once with the checkpoint switched off, and prints the ratio of the medians.

Run: `.venv/bin/python benchmarks/delete.py` (or `make bench`).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from satchel.services.core import session as vault_session
from satchel.services.notebook import notes
from satchel.vault import FAST_TEST_KDF

NOTES = 2_000
DELETES = 40
BODY = "Appointment at the migration office, bring the passport copies. " * 20


def _median_delete_ms(folder: Path, *, fold: bool) -> float:
    vs, _phrase = vault_session.create(folder, "benchmark passphrase", kdf_for_tests=FAST_TEST_KDF)
    if not fold:
        vs._fold_in_wal = lambda: None  # type: ignore[method-assign]
    with vs:
        ids = [notes.create_note(vs, title=f"Note {n}", body=BODY) for n in range(NOTES)]
        times = []
        for note_id in ids[:DELETES]:
            for n in range(3):  # the WAL holds this note's wordings, as after a day's work
                notes.save_note(vs, note_id, body=f"{BODY} {n}")
            started = time.perf_counter()
            notes.delete_note(vs, note_id)
            times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        shipped = _median_delete_ms(Path(work) / "fold", fold=True)
        bare = _median_delete_ms(Path(work) / "bare", fold=False)
    print(
        f"delete_note median, {NOTES} notes: {shipped:.1f} ms with the WAL folded in, "
        f"{bare:.1f} ms without; ratio {shipped / bare:.2f}"
    )


if __name__ == "__main__":
    main()
