"""Search as you type, saving and unlocking at 10k, 30k and 100k notes, in CPU time.

Never run by the tests. Run: `.venv/bin/python benchmarks/typing_speed.py [--sizes 10000,30000]`.

The vaults are built once and kept between runs outside the repository (in
$SATCHEL_BENCH_DIR, default ~/.cache/satchel-typing), as Satchel makes them (format 2) but
with the fast test key derivation: the notes go in by bulk insert in one transaction, the
way benchmarks/store.py fills its store, their index rows written as index_document writes
them. Half the notes are the synthetic English of benchmarks/store.py (its planted words,
its Zipf vocabulary), half are words of the shipped checklist templates in Russian,
Ukrainian, German and English (benchmarks/scale.py's corpus), so that base forms and
transliteration keys are in the index as in a real vault.

The machine is shared: every figure is process CPU time (time.process_time), not wall
time, and the load average is printed with it. Per keystroke the service is timed
(services.core.search.search, limit 50, as the window calls it), and beside it, on the same
query in the same loop, a fixed reference query: the FTS5 MATCH of the typed words on the
written columns only, without ranking, snippets or word forms. Its ratio is a yardstick
for the machine's speed at that moment, so runs at different loads can be compared.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from random import Random
from typing import Any

from sqlalchemy import insert

from satchel.services.core import search as search_service
from satchel.services.core import session as vault_session
from satchel.services.notebook import notes as notes_service
from satchel.services.reading.reader import open_to_read
from satchel.store.models import Case, Note
from satchel.store.search_query import query_words
from satchel.store.wordforms.terms import document_terms
from satchel.vault import FAST_TEST_KDF
from satchel.vault.format1 import keyslots
from satchel.vault.format2 import header as hidden_header
from satchel.vault.format2 import unlocked as hidden_vault
from satchel.vault.format2 import upgrade as format2_legacy
from satchel.vault.keys.kdf import derive_key

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale  # the benchmarks folder: scripts, not a package
import store

ROOT = Path(os.environ.get("SATCHEL_BENCH_DIR") or Path.home() / ".cache" / "satchel-typing")
SIZES = (10_000, 30_000, 100_000)
PASSPHRASE = store.PASSPHRASE
# Every module of the vault layer that derives a key, for the format it opens.
KDF_CALLERS = (keyslots, hidden_header, hidden_vault, format2_legacy)
KEYSTROKES = 200
SAVES, SAVE_WARMUP = 100, 10
UNLOCKS = 5
# ruff: noqa: RUF001  (Cyrillic phrases are the point)
# What users type, a keystroke at a time: English phrases (benchmarks/store.py's) and words
# in the other three languages, some in the other alphabet.
PHRASES = (
    *store.SEARCH_PHRASES,
    "паспорт заявника",
    "довідка",
    "Aufenthaltstitel",
    "Geburtsurkunde",
    "свидетельство о рождении",
    "Vasily",
    "pasport",
    "посвідка",
)


def build_vault(count: int) -> Path:
    """The vault of ``count`` notes, built once (a marker beside it says it is complete)."""
    folder = ROOT / f"vault-{count}"
    marker = ROOT / f"vault-{count}.built"
    if marker.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    ROOT.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    english = store.make_corpus(count)
    languages = scale.bodies(count)
    vs, _phrase = vault_session.create(folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF)
    with vs:
        rows = store.insert_rows(english, count)
        cases, note_rows, document_rows, index_rows = rows
        for index in range(1, count, 2):  # every other note in four languages
            title, body = languages[index]
            note_rows[index] |= {"title": title, "body": body}
            forms, sounds = document_terms((title, body))
            index_rows[index] |= {"title": title, "body": body, "forms": forms, "sounds": sounds}
        engine = vs.require_open()
        with engine.begin() as connection:
            connection.execute(insert(Case), cases)
            connection.execute(insert(Note), note_rows)
            connection.execute(store.DOCUMENT_INSERT, document_rows)
            connection.execute(store.INDEX_INSERT, index_rows)
    marker.write_text(f"{time.perf_counter() - started:.1f} s\n")
    print(f"  built vault-{count} in {marker.read_text().strip()}", file=sys.stderr)
    return folder


def keystrokes(count: int) -> list[str]:
    typed: list[str] = []
    while len(typed) < count:
        for phrase in PHRASES:
            typed += [phrase[:end] for end in range(2, len(phrase) + 1) if phrase[end - 1] != " "]
    return typed[:count]


def cpu(fn: Callable[[], object]) -> float:
    started = time.process_time()
    fn()
    return time.process_time() - started


def ms(seconds: float) -> float:
    return seconds * 1000


def p95(values: list[float]) -> float:
    return store.percentile(values, 0.95)


def reference_query(connection: Any, typed: str) -> None:
    """The yardstick: the typed words on the written columns, no ranking or snippets."""
    words = query_words(typed)
    if not words:
        return
    match = " AND ".join(
        '{title body tags} : "' + w.written.replace('"', '""') + '"' + ("*" if w.prefix else "")
        for w in words
    )
    connection.execute(
        "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 50", (match,)
    ).fetchall()


def measure_search(vs: vault_session.VaultSession) -> dict[str, Any]:
    typed = keystrokes(KEYSTROKES)
    for query in typed[:20]:  # warm the page cache and the word analysers
        search_service.search(vs, query)
    service: list[float] = []
    reference: list[float] = []
    full = 0
    with vs.raw_reading() as connection:
        for query in typed:
            reference.append(cpu(lambda q=query: reference_query(connection, q)))
            found: list[object] = []
            service.append(cpu(lambda q=query, f=found: f.extend(search_service.search(vs, q))))
            full += len(found) == 50
    slowest = sorted(zip(service, typed, strict=True), reverse=True)[:4]
    return {
        "p50": ms(statistics.median(service)),
        "p95": ms(p95(service)),
        "ref_p95": ms(p95(reference)),
        "full": full,
        "slowest": [(q, ms(s)) for s, q in slowest],
    }


def measure_saves(vs: vault_session.VaultSession) -> dict[str, float]:
    rng = Random(store.SEED + 3)
    with vs.raw_reading() as connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM notes LIMIT 5000")]
    words = scale.vocabulary()
    times: list[float] = []
    walls: list[float] = []
    for index in range(SAVES + SAVE_WARMUP):
        note_id = uuid.UUID(hex=rng.choice(ids))
        body = " ".join(rng.choice(words) for _ in range(70))
        started_wall = time.perf_counter()
        spent = cpu(lambda n=note_id, b=body: notes_service.save_note(vs, n, body=b))
        if index >= SAVE_WARMUP:
            times.append(spent)
            walls.append(time.perf_counter() - started_wall)
    vs.catch_up_index()  # what the next search or the close would do
    return {
        "cpu_p50": ms(statistics.median(times)),
        "cpu_p95": ms(p95(times)),
        "wall_p50": ms(statistics.median(walls)),
        "wall_p95": ms(p95(walls)),
    }


def measure_unlock(folder: Path) -> dict[str, float]:
    """services.session.unlock and services.reading.reader.open_to_read, each minus its key
    derivations (their CPU time, timed inside the call, wherever the vault layer derives)."""
    out: dict[str, list[float]] = {"session": [], "reader": []}
    for _ in range(UNLOCKS):
        for name, opener in (("session", vault_session.unlock), ("reader", open_to_read)):
            spent: list[float] = []

            def timed(*args: Any, spent: list[float] = spent, **kwargs: Any) -> bytearray:
                started = time.process_time()
                try:
                    return derive_key(*args, **kwargs)
                finally:
                    spent.append(time.process_time() - started)

            for module in KDF_CALLERS:
                setattr(module, "derive_key", timed)  # noqa: B010
            try:
                started = time.process_time()
                opened = opener(folder, PASSPHRASE)
                total = time.process_time() - started
            finally:
                for module in KDF_CALLERS:
                    setattr(module, "derive_key", derive_key)  # noqa: B010
            opened.close()
            out[name].append(total - sum(spent))
    return {name: ms(statistics.median(values)) for name, values in out.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--no-saves", action="store_true")
    options = parser.parse_args()
    sizes = [int(size) for size in options.sizes.split(",")]
    print(f"vaults in {ROOT}; load average at start {os.getloadavg()}")
    print(
        f"{'notes':>7} {'search p50':>10} {'p95':>6} {'ref p95':>7} {'p95/ref':>7} {'full':>5}"
        f" | {'save cpu p50':>12} {'p95':>6} {'wall p95':>8}"
        f" | {'unlock-KDF':>10} {'reader-KDF':>10}  (ms; load)"
    )
    for count in sizes:
        folder = build_vault(count)
        vs = vault_session.unlock(folder, PASSPHRASE)
        try:
            searched = measure_search(vs)
            saved = None if options.no_saves else measure_saves(vs)
        finally:
            vs.close()
        unlocked = measure_unlock(folder)
        line = (
            f"{count:>7} {searched['p50']:>10.1f} {searched['p95']:>6.1f} "
            f"{searched['ref_p95']:>7.2f} {searched['p95'] / searched['ref_p95']:>6.1f}x "
            f"{searched['full']:>5}"
        )
        line += (
            " | " + " " * 28
            if saved is None
            else f" | {saved['cpu_p50']:>12.1f} {saved['cpu_p95']:>6.1f} {saved['wall_p95']:>8.1f}"
        )
        line += f" | {unlocked['session']:>10.1f} {unlocked['reader']:>10.1f}"
        print(f"{line}  {os.getloadavg()[0]:.1f}", flush=True)
        slow = ", ".join(f"'{q}' {t:.1f}" for q, t in searched["slowest"])
        print(f"{'':>7} slowest searches (ms CPU): {slow}", flush=True)


if __name__ == "__main__":
    main()
