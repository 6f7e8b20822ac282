"""Scale benchmark: whole `satchel` processes on vaults of 0, 1k, 10k and 50k notes.

Never run by the tests. Run: `.venv/bin/python benchmarks/scale.py [--sizes 0,1000,10000]`.

The vaults are built once and kept between runs outside the repository (in
$SATCHEL_SCALE_DIR, default ~/.cache/satchel-scale), all with the same key derivation: the
floor Satchel allows (Argon2id 64 MiB, 3 passes, 4 lanes). Each note is ~500 bytes of
words from the shipped checklist templates in four languages; one note in 10,000 (at least
one) holds a rare word. The empty vault shows what a command costs before any data: the
columns "+data" are the CPU time the notes add to it, and "cpu-KDF" the CPU time left after
the key derivation (measured alone in this process), which is the command's own overhead.

If keepassxc-cli is installed (Debian package keepassxc), the same entries go into a
KeePass database (its default settings) and the same search and listing run on it in the
same run; the ratios are printed.
"""

from __future__ import annotations

import argparse
import os
import random
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from satchel.services.core import session as vault_session
from satchel.services.core.indexing import index_case, index_note
from satchel.store.models import Case, Note
from satchel.vault.keys.kdf import FLOOR, derive_key

ROOT = Path(os.environ.get("SATCHEL_SCALE_DIR") or Path.home() / ".cache" / "satchel-scale")
RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "checklists"
SIZES = (0, 1_000, 10_000, 50_000)
PASSPHRASE = "sturdy lantern orbit meadow"
RARE = "quetzalite"
BODY_BYTES = 500
CASES = 200
BATCH = 1_000
RUNS = 5
SEED = 20261206
TIME = "/usr/bin/time"  # GNU time (Debian package time)


@dataclass(frozen=True)
class Timing:
    seconds: float
    cpu: float
    peak_mib: float


def vocabulary() -> list[str]:
    words: list[str] = []
    for path in sorted(RESOURCES.glob("*.toml")):
        for item in tomllib.loads(path.read_text(encoding="utf-8")).get("items", []):
            for text in item.get("help", {}).values():
                words += [w.strip(".,;:()«»\"'") for w in text.split()]
    return [w for w in words if len(w) > 2]


def bodies(count: int) -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    words = vocabulary()
    rare_every = 10_000
    found = []
    for index in range(count):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < BODY_BYTES:
            parts.append(rng.choice(words))
        if index % rare_every == rare_every // 2 or (count < rare_every and index == count // 2):
            parts[len(parts) // 2] = RARE
        found.append((" ".join(parts[:4]).capitalize(), " ".join(parts)))
    return found


def build_vault(count: int) -> Path:
    """The vault of ``count`` notes, built once (a marker beside it says it is complete)."""
    folder = ROOT / f"vault-{count}"
    marker = ROOT / f"vault-{count}.built"
    if marker.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    ROOT.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    vs, _phrase = vault_session.create(folder, PASSPHRASE, kdf_for_tests=FLOOR)
    with vs:
        case_ids = []
        with vs.transaction() as session:
            for index in range(CASES if count else 0):
                case = Case(title=f"Case {index:03d}", summary="", next_action="")
                session.add(case)
                session.flush()
                index_case(session, case)
                case_ids.append(case.id)
        texts = bodies(count)
        for start in range(0, count, BATCH):
            with vs.transaction() as session:
                for offset, (title, body) in enumerate(texts[start : start + BATCH]):
                    note = Note(
                        id=uuid.uuid4(),
                        case_id=case_ids[(start + offset) % CASES],
                        title=title,
                        body=body,
                    )
                    session.add(note)
                    session.flush()
                    index_note(session, note)
            print(f"  vault-{count}: {start + BATCH} notes", file=sys.stderr, end="\r")
    marker.write_text(f"{time.perf_counter() - started:.1f} s\n")
    print(f"  built vault-{count} in {marker.read_text().strip()}", file=sys.stderr)
    return folder


def keepass_database(count: int) -> Path | None:
    """The same entries in a KeePass database, built once with keepassxc-cli import."""
    tool = shutil.which("keepassxc-cli")
    if tool is None:
        return None
    database = ROOT / f"keepass-{count}.kdbx"
    if database.exists():
        return database
    xml = ROOT / f"keepass-{count}.xml"
    entries = "".join(
        f"<Entry><UUID>{_kp_uuid()}</UUID><String><Key>Title</Key><Value>{escape(title)}</Value></String>"
        f"<String><Key>Notes</Key><Value>{escape(body)}</Value></String></Entry>"
        for title, body in bodies(count)
    )
    xml.write_text(
        '<?xml version="1.0" encoding="utf-8"?><KeePassFile><Meta></Meta><Root><Group>'
        f"<UUID>{_kp_uuid()}</UUID><Name>Root</Name>{entries}</Group></Root></KeePassFile>",
        encoding="utf-8",
    )
    subprocess.run(
        [tool, "import", "-q", "-p", str(xml), str(database)],
        input=f"{PASSPHRASE}\n{PASSPHRASE}\n",
        text=True,
        check=True,
        capture_output=True,
    )
    xml.unlink()
    return database


def _kp_uuid() -> str:
    import base64

    return base64.b64encode(uuid.uuid4().bytes).decode()


def run(command: Sequence[str], stdin: str) -> Timing:
    """Wall time, CPU time and peak memory of one whole process; its output is dropped.

    GNU time runs it: a child forked from this (large) Python process would report this
    process's memory as its own peak. CPU time is reported beside wall time because the
    machines this runs on are shared: waiting for a core is not the command's cost.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        process = subprocess.run(
            [TIME, "-f", "%e %U %S %M", "-o", report.name, *command],
            input=stdin,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
        if process.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {process.stderr}")
        wall, user, system, peak_kib = report.read().split()[-4:]
    return Timing(float(wall), float(user) + float(system), int(peak_kib) / 1024)


def median(command: Sequence[str], stdin: str, runs: int) -> Timing:
    timings = [run(command, stdin) for _ in range(runs)]
    return Timing(
        statistics.median(t.seconds for t in timings),
        statistics.median(t.cpu for t in timings),
        max(t.peak_mib for t in timings),
    )


def kdf_seconds() -> float:
    salt = os.urandom(16)
    times = []
    for _ in range(3):
        started = time.process_time()  # CPU time, as the processes are measured
        derive_key(PASSPHRASE.encode(), salt, FLOOR)
        times.append(time.process_time() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument(
        "--command",
        default=None,
        help="how to start Satchel (default: the satchel script beside this Python); e.g. "
        "'python -m satchel' with PYTHONPATH set to an older source tree, to compare",
    )
    options = parser.parse_args()
    sizes = [int(size) for size in options.sizes.split(",")]
    if 0 not in sizes:
        sizes.insert(0, 0)
    satchel = options.command or str(Path(sys.executable).with_name("satchel"))
    start = shlex.split(satchel)
    keepass = shutil.which("keepassxc-cli")
    kdf = kdf_seconds()
    print(f"vaults in {ROOT}; Argon2id floor KDF alone: {kdf:.3f} s CPU (median of 3)")
    if keepass is None:
        print("keepassxc-cli is not installed: Satchel alone (apt-get install keepassxc)")
    work = {
        "search": lambda v: [*start, "search", str(v), RARE, "--json"],
        "note list": lambda v: [*start, "note", "list", str(v), "--json"],
        "note text": lambda v: [*start, "note", "list", str(v)],  # the table, streamed too
        "case list": lambda v: [*start, "case", "list", str(v), "--json"],
    }
    peer = {
        "search": lambda db: [keepass, "search", "-q", str(db), RARE],
        "note list": lambda db: [keepass, "ls", "-q", str(db)],
        "note text": lambda db: [keepass, "ls", "-q", str(db)],
    }
    empty: dict[str, float] = {}
    header = (
        f"{'notes':>6} {'command':10} {'wall':>7} {'cpu':>6} {'cpu-KDF':>7} {'+data':>7} "
        f"{'MiB':>5} | {'keepassxc':>9} {'cpu':>6} {'MiB':>5} {'wall x':>6} {'cpu x':>6}"
    )
    print(header)
    for count in sizes:
        vault = build_vault(count)
        database = keepass_database(count) if keepass and count else None
        for name, make in work.items():
            mine = median(make(vault), PASSPHRASE + "\n", options.runs)
            empty.setdefault(name, mine.cpu)
            line = (
                f"{count:>6} {name:10} {mine.seconds:>6.2f}s {mine.cpu:>5.2f}s "
                f"{mine.cpu - kdf:>6.2f}s {mine.cpu - empty[name]:>+6.2f}s {mine.peak_mib:>5.0f}"
            )
            if database is not None and name in peer:
                theirs = median(peer[name](database), PASSPHRASE + "\n", options.runs)
                line += (
                    f" | {theirs.seconds:>8.2f}s {theirs.cpu:>5.2f}s {theirs.peak_mib:>5.0f} "
                    f"{mine.seconds / theirs.seconds:>5.2f}x {mine.cpu / theirs.cpu:>5.2f}x"
                )
            print(line, flush=True)


if __name__ == "__main__":
    main()
