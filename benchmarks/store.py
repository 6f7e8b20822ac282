"""Store benchmark: the same schema and work on plaintext SQLite and on an encrypted vault.

Run by ``make bench`` (never by the tests). ``--quick`` stops at 10k notes.

Three variants of the one migrated schema (satchel.store.migrate.upgrade_to_head):

plain    SQLite through sqlcipher3 with no key: the same SQLite build (3.53) as the vault,
         so the ratio is the cost of encryption alone. The stdlib sqlite3 here is 3.40,
         whose FTS5 lacks the secure-delete option migration 0001 sets, so it cannot hold
         this schema at all. Same pragmas as the vault minus the key.
vault    SQLCipher through satchel.store.engine.open_database (a random 32-byte key), and
         for the 100k store a real vault made by services.session.create (fast test KDF).
memsec   vault with PRAGMA cipher_memory_security = ON. engine.py has no per-call switch:
         it reads satchel.store.cipher's CIPHER_MEMORY_SECURITY at connect time, and SQLCipher
         applies the setting process-wide and cannot turn it off again. So this variant is
         measured last, after setting that constant, on the same large vault.

Inserts go through SQLAlchemy Core on the same tables for every variant (notes rows, and
search_documents and search_index rows as index_document writes them; one transaction a
batch); search goes through store.search_index.search and services.search.search, saves
through services.notes.save_note. Measurements of plain and vault alternate so background
load on the machine hits both alike.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random
from types import SimpleNamespace
from typing import Any, cast

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import URL, Connection, Engine, create_engine, event, insert, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry

from satchel.services.core import search as search_service
from satchel.services.core import session as vault_session
from satchel.services.core.session import VaultSession
from satchel.services.notebook import notes as notes_service
from satchel.store import cipher, search_index
from satchel.store import engine as store_engine
from satchel.store.migrate import upgrade_to_head
from satchel.store.models import Case, Note
from satchel.store.wordforms.terms import document_terms
from satchel.vault import FAST_TEST_KDF, UnlockedVault, unlock_vault
from satchel.vault.format1 import keyslots as vault_keyslots
from satchel.vault.format1.commit_record import CommitRecord
from satchel.vault.format2 import header as format2_header
from satchel.vault.format2 import unlocked as format2_unlocked
from satchel.vault.format2 import upgrade as format2_upgrade
from satchel.vault.keys.kdf import derive_key

SEED = 20261125
# Every module of the vault layer that derives a key: a format-2 vault (the default since
# format 2) derives in format2.header and format2.unlocked, not in format1.keyslots.
KDF_CALLERS = (vault_keyslots, format2_header, format2_unlocked, format2_upgrade)
PASSPHRASE = "sturdy lantern orbit meadow"
SMALL, LARGE = 10_000, 100_000
CASES = 200
BODY_BYTES = 500
SMALL_INSERT_RUNS = 3
OPEN_RUNS = 20
UNLOCK_RUNS = 8
SAVES, SAVE_WARMUP = 200, 10
# Autosave: the same note saved again and again, as the editor does while someone types.
# The first save of a note rewrites every index page holding one of its old words (FTS5
# secure-delete); later saves find its words in the small segment the first one wrote.
RESAVE_NOTES, RESAVES = 20, 5
MEMSEC_SAVES, MEMSEC_SEARCH_STEP = 60, 2  # ON is slow: fewer saves, every other query
SEARCHES = 200

# Planted words: a known number of notes hold each.
RARE_WORD, RARE_NOTES = "quetzalite", 5
COMMON_WORD, COMMON_SHARE = "hearing", 0.2
PREFIX_QUERY = "pas"  # "passport" is in 10% of notes, and a few vocabulary words start so

GOALS = {  # metric -> (kind, limit): a ratio to plaintext, or an absolute time in ms
    "insert": ("ratio", 1.3),
    "fts": ("ratio", 1.2),
    "open": ("ms", 2.0),
    "save_p95": ("ms", 10.0),
    "search_p95": ("ms", 20.0),
}

STOP_WORDS = (  # noqa: SIM905 (word lists read best as text)
    "the and to of a in for is on that with was at by it this from be are we as not or "
    "she he they her his their has have had will can would should"
).split()
DOMAIN_WORDS = (  # noqa: SIM905
    "asylum appeal interview embassy consulate passport visa residence permit deadline "
    "lawyer tribunal appointment interpreter translation medical report shelter housing "
    "school registration family reunification border transit document copy certificate "
    "birth marriage police statement witness evidence folder scan signature office phone "
    "call email letter reminder follow referral caseworker volunteer urgent monday tuesday "
    "wednesday thursday friday morning afternoon evening week month renewal court decision "
    "application rejected approved pending payment fee bank account job contract landlord "
    "doctor clinic pharmacy prescription child children mother father brother sister uncle "
    "ministry municipality notary stamp original photocopy translated sworn address moved"
).split()
SEARCH_PHRASES = (
    "passport renewal",
    "hearing date",
    "embassy appointment",
    "interpreter",
    "medical report",
    "family reunification",
    "landlord contract",
    "birth certificate",
    "tribunal decision",
    "caseworker",
    "quetzalite",
    "referral letter",
    "sworn translation",
    "school registration",
    "pharmacy prescription",
    "witness statement",
    "visa application",
    "municipality stamp",
    "bank account",
    "residence permit",
)


# ---------------------------------------------------------------- corpus


@dataclass
class Corpus:
    titles: list[str]
    bodies: list[str]
    ids: list[uuid.UUID]
    case_ids: list[uuid.UUID]
    note_case: list[int]
    vocabulary: list[str]
    cum_weights: list[float]
    rng: Random = field(repr=False)

    def body(self) -> str:
        return make_body(self.rng, self.vocabulary, self.cum_weights)


def make_vocabulary(rng: Random) -> tuple[list[str], list[float]]:
    """Stop words first, then domain words, then a long invented tail, Zipf-weighted."""
    syllables = [c + v for c in "bdfgklmnrstvz" for v in "aeiou"]
    planted = {RARE_WORD, COMMON_WORD, "passport"}
    tail: set[str] = set()
    while len(tail) < 6000:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        if word not in planted and not word.startswith("pas"):
            tail.add(word)
    domain = [w for w in DOMAIN_WORDS if w not in planted]
    words = STOP_WORDS + domain + sorted(tail)
    total, cum = 0.0, []
    for rank in range(len(words)):
        total += 1.0 / (rank + 3) ** 1.05
        cum.append(total)
    return words, cum


def make_body(rng: Random, vocabulary: list[str], cum: list[float]) -> str:
    words: list[str] = []
    size = 0
    while size < BODY_BYTES:
        chunk = rng.choices(vocabulary, cum_weights=cum, k=16)
        words += chunk
        size += sum(len(w) + 1 for w in chunk)
    out = " ".join(words)[:BODY_BYTES]
    return out[: out.rfind(" ")] + "."


def make_corpus(count: int) -> Corpus:
    rng = Random(SEED)
    vocabulary, cum = make_vocabulary(rng)
    titles, bodies, ids, note_case = [], [], [], []
    rare = set(rng.sample(range(count), RARE_NOTES))
    for i in range(count):
        body = make_body(rng, vocabulary, cum)
        extra = []
        if i % 5 == 0:  # COMMON_SHARE
            extra.append(COMMON_WORD)
        if i % 10 == 3:
            extra.append("passport")
        if i in rare:
            extra.append(RARE_WORD)
        if extra:
            cut = body.find(" ", len(body) // 2)
            body = body[:cut] + " " + " ".join(extra) + body[cut:]
        bodies.append(body)
        titles.append(" ".join(rng.choices(vocabulary, cum_weights=cum, k=4)).capitalize())
        ids.append(uuid.UUID(int=rng.getrandbits(128), version=4))
        note_case.append(rng.randrange(CASES))
    case_ids = [uuid.UUID(int=rng.getrandbits(128), version=4) for _ in range(CASES)]
    return Corpus(titles, bodies, ids, case_ids, note_case, vocabulary, cum, Random(SEED + 1))


# ---------------------------------------------------------------- engines


def open_plain(path: Path) -> Engine:
    """Unkeyed SQLite with the vault's pragmas and the same BEGIN handling as engine.py."""
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        module=sqlcipher,
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for setting in (
            "journal_mode = WAL",
            "synchronous = FULL",
            "temp_store = MEMORY",
            "secure_delete = ON",
            "foreign_keys = ON",
            f"cache_size = -{store_engine.CACHE_KIB}",
        ):
            cursor.execute(f"PRAGMA {setting}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        if connection.get_execution_options().get("isolation_level") != "AUTOCOMMIT":
            connection.exec_driver_sql("BEGIN")

    return engine


def open_engine(variant: str, path: Path, key: bytes | None, *, create: bool = False) -> Engine:
    """The engine for one variant: plaintext, or the vault's own open_database."""
    if variant == "plain":
        return open_plain(path)
    assert key is not None
    return store_engine.open_database(path, key, create=create)


def close_engine(engine: Engine) -> None:
    store_engine.close_database(engine)  # checkpoint(TRUNCATE) + dispose, for both


def memory_security(engine: Engine) -> str:
    with engine.connect() as connection:
        value = connection.exec_driver_sql("PRAGMA cipher_memory_security").scalar()
    return "n/a" if value is None else ("ON" if str(value) == "1" else "OFF")


# ---------------------------------------------------------------- timing helpers


def ms(seconds: float) -> float:
    return seconds * 1000.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def timed_median(fn: Callable[[], object], runs: int, budget: float) -> float:
    """Median seconds of fn over `runs` runs, fewer (at least 5) when over `budget` s."""
    times: list[float] = []
    started = time.perf_counter()
    while len(times) < runs and (len(times) < 5 or time.perf_counter() - started < budget):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


# ---------------------------------------------------------------- work


def insert_rows(corpus: Corpus, count: int) -> tuple[list[dict[str, Any]], ...]:
    """Parameters for Core inserts, built before any clock starts."""
    base = datetime(2026, 1, 1, tzinfo=UTC)
    cases = [
        {
            "id": case_id,
            "title": f"Case {n}",
            "summary": "",
            "status": "open",
            "priority": "normal",
            "next_action": "",
            "due_date": None,
            "opened_at": base,
            "updated_at": base,
        }
        for n, case_id in enumerate(corpus.case_ids)
    ]
    note_rows, document_rows, index_rows = [], [], []
    first_note_rowid = (search_index.KIND_CODES["note"] << search_index.KIND_SHIFT) + 1
    for i in range(count):
        note_id = corpus.ids[i]
        case_id = corpus.case_ids[corpus.note_case[i]]
        at = base + timedelta(seconds=i)
        note_rows.append(
            {
                "id": note_id,
                "case_id": case_id,
                "person_id": None,
                "title": corpus.titles[i],
                "body": corpus.bodies[i],
                "pinned": False,
                "created_at": at,
                "updated_at": at,
            }
        )
        # what index_document does for a new document: a row in search_documents whose id,
        # the next in the kind's range, is the document's rowid in the index
        rowid = first_note_rowid + i
        document_rows.append({"id": rowid, "kind": "note", "ref_id": note_id.hex})
        forms, sounds = document_terms((corpus.titles[i], corpus.bodies[i]))
        index_rows.append(
            {
                "rowid": rowid,
                "title": corpus.titles[i],
                "body": corpus.bodies[i],
                "tags": "",
                "forms": forms,
                "sounds": sounds,
                "kind": "note",
                "ref_id": note_id.hex,
                "case_id": case_id.hex,
            }
        )
    return cases, note_rows, document_rows, index_rows


DOCUMENT_INSERT = text(
    "INSERT INTO search_documents (id, kind, ref_id) VALUES (:id, :kind, :ref_id)"
)
INDEX_INSERT = text(
    "INSERT INTO search_index (rowid, title, body, tags, forms, sounds, kind, ref_id, case_id) "
    "VALUES (:rowid, :title, :body, :tags, :forms, :sounds, :kind, :ref_id, :case_id)"
)


def timed_insert(engine: Engine, rows: tuple[list[dict[str, Any]], ...]) -> float:
    cases, note_rows, document_rows, index_rows = rows
    with engine.begin() as connection:
        connection.execute(insert(Case), cases)
    t0 = time.perf_counter()
    with engine.begin() as connection:  # one transaction, committed (synchronous=FULL)
        connection.execute(insert(Note), note_rows)
        connection.execute(DOCUMENT_INSERT, document_rows)
        connection.execute(INDEX_INSERT, index_rows)
    return time.perf_counter() - t0


@dataclass
class Store:
    """One variant's populated database, open, with a VaultSession for the services."""

    variant: str
    path: Path
    key: bytes | None
    engine: Engine
    vs: VaultSession
    folder: Path | None = None  # a real vault (session.create), for the unlock measurement

    def close(self) -> None:
        if self.folder is not None:
            self.vs.close()  # checkpoint, dispose, wipe keys, release the lock
        else:
            close_engine(self.engine)


def plain_session(engine: Engine) -> VaultSession:
    """A VaultSession over a plaintext engine: the services only use its transactions, and
    the commit record each write updates (kept beside the plain file, so both variants pay
    for it and the ratio stays the cost of encryption alone)."""
    folder = Path(str(engine.url.database)).parent
    stand_in = SimpleNamespace(commit_record=CommitRecord(folder, "plain", bytearray(32)))
    return VaultSession(cast(UnlockedVault, stand_in), engine)


def build_store(variant: str, work: Path) -> Store:
    """The large store: a real vault for the encrypted variants, a plain file otherwise."""
    if variant == "plain":
        path = work / f"{variant}-store.db"
        engine = open_plain(path)
        upgrade_to_head(engine)
        return Store(variant, path, None, engine, plain_session(engine))
    folder = work / f"{variant}-vault"
    vs, _phrase = vault_session.create(folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF)
    assert vs.engine is not None
    key = bytes(vs.vault.database_key)  # kept to time open_database after the KDF
    return Store(variant, vs.vault.database_path, key, vs.engine, vs, folder)


def fresh_insert(variant: str, work: Path, rows: tuple[list[dict[str, Any]], ...]) -> float:
    path = work / f"{variant}-{uuid.uuid4().hex[:8]}.db"
    engine = open_engine(variant, path, os.urandom(32), create=True)
    try:
        upgrade_to_head(engine)
        return timed_insert(engine, rows)
    finally:
        close_engine(engine)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def fts_queries(store: Store) -> dict[str, tuple[float, int]]:
    """Median ms of store.search_index.search (limit 50) and the number of matches."""
    out: dict[str, tuple[float, int]] = {}
    with Session(store.engine) as session:
        for name, query in (("rare", RARE_WORD), ("common", COMMON_WORD), ("prefix", PREFIX_QUERY)):
            matches = session.execute(
                text("SELECT count(*) FROM search_index WHERE search_index MATCH :q"),
                {"q": search_index.match_query(query)},
            ).scalar_one()
            search_index.search(session, query)  # warm the cache once

            def run(query: str = query) -> None:
                search_index.search(session, query)

            out[name] = (ms(timed_median(run, 200, 3.0)), int(matches))
    return out


def time_open(store: Store) -> float:
    """Median ms from open_database(...) through the first query (a case's newest notes)."""
    case_hex = None
    engine = open_engine(store.variant, store.path, store.key)
    with engine.connect() as connection:
        case_hex = connection.exec_driver_sql("SELECT case_id FROM notes LIMIT 1").scalar()
    engine.dispose()
    first_query = text(
        "SELECT id, title, updated_at FROM notes WHERE case_id = :case "
        "ORDER BY updated_at DESC LIMIT 50"
    )

    def run() -> None:
        engine = open_engine(store.variant, store.path, store.key)
        upgrade_to_head(engine)  # what VaultSession.open does: one query when current
        with engine.connect() as connection:
            connection.execute(first_query, {"case": case_hex}).all()
        engine.dispose()

    run()  # the OS cache holds the file for every variant alike
    return ms(timed_median(run, OPEN_RUNS, 5.0))


@contextmanager
def counting_kdf() -> Iterator[list[float]]:
    """Record the seconds each key derivation takes inside an unlock."""
    spent: list[float] = []
    real = derive_key  # each format's unlock calls it under its own module's name

    def timed(*args: Any, **kwargs: Any) -> bytearray:
        t0 = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            spent.append(time.perf_counter() - t0)

    for module in KDF_CALLERS:
        setattr(module, "derive_key", timed)  # noqa: B010
    try:
        yield spent
    finally:
        for module in KDF_CALLERS:
            setattr(module, "derive_key", real)  # noqa: B010


def time_unlock(folder: Path) -> dict[str, float]:
    """Median ms of services.session.unlock, of it minus its KDF (per call), and of the
    vault layer alone (satchel.vault.unlock_vault) minus its KDF."""
    totals, rest, vault_rest = [], [], []
    for _ in range(UNLOCK_RUNS):
        with counting_kdf() as spent:
            t0 = time.perf_counter()
            vs = vault_session.unlock(folder, PASSPHRASE)
            total = time.perf_counter() - t0
        vs.close()
        totals.append(total)
        rest.append(total - sum(spent))
        with counting_kdf() as spent:
            t0 = time.perf_counter()
            vault = unlock_vault(folder, PASSPHRASE)
            vault_rest.append(time.perf_counter() - t0 - sum(spent))
        vault.close()
    return {
        "total": ms(statistics.median(totals)),
        "minus_kdf": ms(statistics.median(rest)),
        "vault_layer": ms(statistics.median(vault_rest)),
    }


def typed_queries(count: int) -> list[str]:
    """What a user types, a keystroke at a time, from the second letter on."""
    queries: list[str] = []
    while len(queries) < count:
        for phrase in SEARCH_PHRASES:
            for end in range(2, len(phrase) + 1):
                if not phrase[:end].endswith(" "):
                    queries.append(phrase[:end])
    return queries[:count]


# ---------------------------------------------------------------- the run


def log(message: str) -> None:
    print(f"  .. {message}", file=sys.stderr, flush=True)


def search_times(stores: dict[str, Store], queries: list[str]) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {v: [] for v in stores}
    for query in queries:
        for v, store in stores.items():
            t0 = time.perf_counter()
            search_service.search(store.vs, query)
            times[v].append(time.perf_counter() - t0)
    return times


def save_times(
    stores: dict[str, Store], targets: list[uuid.UUID], bodies: list[str]
) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {v: [] for v in stores}
    for n, (note_id, body) in enumerate(zip(targets, bodies, strict=True)):
        for v, store in stores.items():
            t0 = time.perf_counter()
            changed = notes_service.save_note(store.vs, note_id, body=body)
            if n >= SAVE_WARMUP:
                times[v].append(time.perf_counter() - t0)
            assert changed
    return times


def resave_times(
    stores: dict[str, Store], targets: list[uuid.UUID], corpus: Corpus
) -> dict[str, list[float]]:
    """Each target saved 1 + RESAVES times in a row; the times of the repeats."""
    times: dict[str, list[float]] = {v: [] for v in stores}
    for note_id in targets:
        for n in range(1 + RESAVES):
            body = corpus.body()
            for v, store in stores.items():
                t0 = time.perf_counter()
                notes_service.save_note(store.vs, note_id, body=body)
                if n:
                    times[v].append(time.perf_counter() - t0)
    return times


def latency(times: list[float]) -> dict[str, float]:
    return {
        "p50": ms(percentile(times, 0.5)),
        "p95": ms(percentile(times, 0.95)),
        "max": ms(max(times)),
    }


def measure(quick: bool, memsec: bool, work: Path) -> dict[str, Any]:
    """Every figure; plain and vault alternate, memory security comes last (it sticks)."""
    large = SMALL if quick else LARGE
    variants = ["plain", "vault"]
    t0 = time.perf_counter()
    corpus = make_corpus(large)
    log(f"corpus of {large} notes in {time.perf_counter() - t0:.1f} s")
    results: dict[str, Any] = {v: {} for v in variants}
    results["large"] = large

    small_rows = insert_rows(corpus, SMALL)
    runs: dict[str, list[float]] = {v: [] for v in variants}
    for _ in range(SMALL_INSERT_RUNS):
        for v in variants:
            runs[v].append(fresh_insert(v, work, small_rows))
    for v in variants:
        results[v]["insert_small"] = statistics.median(runs[v])
    log(f"insert {SMALL} x{SMALL_INSERT_RUNS} done")

    rows = small_rows if quick else insert_rows(corpus, LARGE)
    del small_rows
    stores: dict[str, Store] = {}
    for v in variants:
        stores[v] = build_store(v, work)
        results[v]["insert_large"] = timed_insert(stores[v].engine, rows)
        results[v]["memory_security"] = memory_security(stores[v].engine)
        log(f"insert {large} into {v} done")
    del rows

    for v in variants:
        results[v]["fts"] = fts_queries(stores[v])
    log("FTS queries done")

    rng = Random(SEED + 2)
    targets = [corpus.ids[rng.randrange(large)] for _ in range(SAVES + SAVE_WARMUP)]
    saves = save_times(stores, targets, [corpus.body() for _ in targets])
    for v in variants:
        results[v]["save"] = latency(saves[v])
    results["vault"]["save_off_subset"] = latency(saves["vault"][:MEMSEC_SAVES])
    saved = set(targets)
    fresh = [i for i in rng.sample(corpus.ids[:large], 2 * RESAVE_NOTES) if i not in saved]
    resaves = resave_times(stores, fresh[:RESAVE_NOTES], corpus)
    for v in variants:
        results[v]["resave"] = latency(resaves[v])
    log("saves done")

    queries = typed_queries(SEARCHES)
    searches = search_times(stores, queries)
    for v in variants:
        results[v]["search"] = latency(searches[v])
        slowest = sorted(zip(searches[v], queries, strict=True), reverse=True)[:4]
        results[v]["slowest"] = [(q, ms(s)) for s, q in slowest]
    results["vault"]["search_off_subset"] = latency(searches["vault"][::MEMSEC_SEARCH_STEP])
    log("searches done")

    for v in variants:
        stores[v].close()
        results[v]["open"] = time_open(stores[v])
    results["vault"]["unlock"] = time_unlock(cast(Path, stores["vault"].folder))
    log("open and unlock done")

    if memsec:
        results["memsec"] = measure_memsec(corpus, stores["vault"], targets, queries, work)
    return results


def measure_memsec(
    corpus: Corpus, vault: Store, targets: list[uuid.UUID], queries: list[str], work: Path
) -> dict[str, Any]:
    """The vault again with cipher_memory_security ON, on the same large store."""
    cipher.CIPHER_MEMORY_SECURITY = True  # read at connect time; from now on, for good
    out: dict[str, Any] = {"insert_small": fresh_insert("vault", work, insert_rows(corpus, SMALL))}
    log(f"memsec: insert {SMALL} done")
    folder = cast(Path, vault.folder)
    vs = vault_session.unlock(folder, PASSPHRASE)
    assert vs.engine is not None
    store = Store("vault", vault.path, vault.key, vs.engine, vs, folder)
    out["memory_security"] = memory_security(store.engine)
    out["fts"] = fts_queries(store)
    log("memsec: FTS queries done")
    targets = targets[: SAVE_WARMUP + MEMSEC_SAVES]
    bodies = [corpus.body() for _ in targets]
    out["save"] = latency(save_times({"memsec": store}, targets, bodies)["memsec"])
    queries = queries[::MEMSEC_SEARCH_STEP]
    out["search"] = latency(search_times({"memsec": store}, queries)["memsec"])
    log("memsec: saves and searches done")
    store.close()
    out["open"] = time_open(store)
    out["unlock"] = time_unlock(folder)
    return out


# ---------------------------------------------------------------- report


def verdict(metric: str, value: float) -> str:
    kind, limit = GOALS[metric]
    goal = f"<= {limit:g}x" if kind == "ratio" else f"<= {limit:g} ms"
    return f"{goal:<10} {'PASS' if value <= limit else 'MISS'}"


NAME_WIDTH = 46


def report(results: dict[str, Any]) -> None:
    plain, vault = results["plain"], results["vault"]
    large = results["large"]
    k = f"{large // 1000}k"
    print()
    print(f"Satchel store benchmark: plaintext SQLite vs vault (SQLCipher), up to {k} notes")
    print(
        f"SQLite {sqlcipher.sqlite_version} (sqlcipher3) for both; note bodies ~{BODY_BYTES} B; "
        f"cipher_memory_security in the vault columns: {vault['memory_security']}"
    )
    head = f"{'measure':<{NAME_WIDTH}}{'plain':>9}{'vault':>9}{'ratio':>8}   goal       result"
    print(head)
    print("-" * len(head))

    def row(name: str, p: float | None, v: float, unit: str, goal: str = "") -> None:
        ratio = f"{v / p:.2f}x" if p else ""
        p_text = "-" if p is None else f"{p:.2f}"
        label = f"{name} ({unit})"
        print(f"{label:<{NAME_WIDTH}}{p_text:>9}{v:>9.2f}{ratio:>8}   {goal}".rstrip())

    def ratio_row(name: str, key: str, unit: str, metric: str) -> None:
        row(name, plain[key], vault[key], unit, verdict(metric, vault[key] / plain[key]))

    ratio_row(f"insert {SMALL // 1000}k notes, 1 transaction", "insert_small", "s", "insert")
    if large != SMALL:
        ratio_row(f"insert {k} notes, 1 transaction", "insert_large", "s", "insert")
    for name, word in (("rare", RARE_WORD), ("common", COMMON_WORD), ("prefix", PREFIX_QUERY)):
        (p_ms, hits), (v_ms, _) = plain["fts"][name], vault["fts"][name]
        label = f"FTS {name} '{word}' at {k}, {hits} hits"
        row(label, p_ms, v_ms, "ms", verdict("fts", v_ms / p_ms))
    row(
        "open after KDF through 1st query",
        plain["open"],
        vault["open"],
        "ms",
        verdict("open", vault["open"]),
    )
    unlock = vault["unlock"]
    row("services unlock, fast test KDF", None, unlock["total"], "ms")
    row(
        "services unlock minus its KDF",
        None,
        unlock["minus_kdf"],
        "ms",
        verdict("open", unlock["minus_kdf"]),
    )
    row("  of which vault layer (header, lock)", None, unlock["vault_layer"], "ms")
    for what in ("save", "search"):
        for stat in ("p50", "p95", "max"):
            goal = verdict(f"{what}_{stat}", vault[what][stat]) if stat == "p95" else ""
            row(f"{what} {stat} at {k}", plain[what][stat], vault[what][stat], "ms", goal)
        if what == "save":
            for stat in ("p50", "p95"):
                name = f"save {stat} at {k}, same note again"
                row(name, plain["resave"][stat], vault["resave"][stat], "ms", "(autosave)")
    slowest = ", ".join(f"'{q}' {t:.1f}" for q, t in vault["slowest"])
    print(f"slowest vault searches (ms): {slowest}")

    if results.get("memsec") is not None:
        report_memsec(results)


def report_memsec(results: dict[str, Any]) -> None:
    plain, vault, memsec = results["plain"], results["vault"], results["memsec"]
    k = f"{results['large'] // 1000}k"
    unlock = vault["unlock"]
    print()
    print(f"cipher_memory_security OFF vs ON (the ON runs report: {memsec['memory_security']})")
    head = f"{'measure':<{NAME_WIDTH}}{'OFF':>9}{'ON':>9}{'ratio':>8}"
    print(head)
    print("-" * len(head))

    def on_off(name: str, off: float, on: float, unit: str) -> None:
        label = f"{name} ({unit})"
        print(f"{label:<{NAME_WIDTH}}{off:>9.2f}{on:>9.2f}{on / off:>7.2f}x")

    on_off(f"insert {SMALL // 1000}k notes", vault["insert_small"], memsec["insert_small"], "s")
    for name in ("rare", "common", "prefix"):
        on_off(f"FTS {name} at {k}", vault["fts"][name][0], memsec["fts"][name][0], "ms")
    on_off("open after KDF through 1st query", vault["open"], memsec["open"], "ms")
    on_off(
        "services unlock minus its KDF", unlock["minus_kdf"], memsec["unlock"]["minus_kdf"], "ms"
    )
    for what, count in (("save", MEMSEC_SAVES), ("search", SEARCHES // MEMSEC_SEARCH_STEP)):
        off = vault[f"{what}_off_subset"]
        for stat in ("p50", "p95"):
            on_off(f"{what} {stat} at {k} (same {count})", off[stat], memsec[what][stat], "ms")
    vs_plain = memsec["insert_small"] / plain["insert_small"]
    label = f"with ON, insert {SMALL // 1000}k vs plaintext"
    print(f"{label}: {vs_plain:.2f}x ({verdict('insert', vs_plain)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="10k notes only")
    parser.add_argument("--no-memsec", action="store_true", help="skip cipher_memory_security")
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="satchel-bench-") as tmp:
        results = measure(args.quick, not args.no_memsec, Path(tmp))
    report(results)
    print(f"\n(total {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
