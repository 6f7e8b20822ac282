"""UI benchmark: cold start to the unlock window, first paint of the case list, search as
you type. Run by ``make bench`` (never by the tests). ``--quick`` uses 10k cases and notes.

cold start   a fresh Python (benchmarks/ui_probe.py, QT_QPA_PLATFORM=offscreen) runs
             satchel.ui.app.run_app(AppOptions(vault=...)) and prints once the UnlockPage has
             painted (a zero timer after its first Paint event, so the whole paint pass is in).
             Measured from Popen to that line; one warm-up run first (the OS file cache
             warm, as on any second start), then the median of COLD_RUNS.
first paint  a vault (services.session.create, fast test KDF) with N cases and N notes,
             bulk-inserted through the store models. Each run unlocks it again (a fresh
             engine, so SQLite's page cache is cold), adopts the session in a new
             VaultController, then times from the Workspace constructor to the end of the
             event-loop pass that painted the case table's viewport (an event filter sees
             its Paint event; processEvents returns once that paint is done). 1280x800.
list keys    the Workspace with the case list focused: Down arrows, PageDowns, Ctrl+End;
             per key the CPU time (and wall time) to the rows it changed repainted, beside
             a baseline of the same keys on a bare table in the same run (ui_keys.py).
search       the N notes hold generated text and are indexed by search_index.index_document
             (one transaction). 200 keystroke prefixes of 20 words, typed a letter at a
             time. Per keystroke: the search box's setText (the panel's debounce timer starts)
             then SearchPanel.run_search, the synchronous path the 150 ms timer would call:
             the service search, case titles and the results model filled. Reported apart:
             the repaint of the results view after it, and services.search.search alone.
"""

from __future__ import annotations

import argparse
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from random import Random
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import insert

from satchel.services.core import search as search_service
from satchel.services.core import session as vault_session
from satchel.store import search_index
from satchel.store.models import Case, Note
from satchel.ui.cases.section import CasesSection
from satchel.ui.search.panel import RESULT_LIMIT, SearchPanel
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.workspace import Workspace
from satchel.vault import FAST_TEST_KDF

sys.path.insert(0, str(Path(__file__).parent))
import ui_keys

SEED = 20261126
PASSPHRASE = "sturdy lantern orbit meadow"
SMALL, LARGE = 10_000, 100_000
WINDOW = (1280, 800)
COLD_RUNS = 5
PAINT_RUNS = 5
KEYSTROKES = 200
PROBE = Path(__file__).with_name("ui_probe.py")

GOALS = {"cold_start": 1000.0, "first_paint": 100.0, "search_p95": 20.0, "key_p95": 30.0}

DOMAIN_WORDS = (  # noqa: SIM905 (word lists read best as text)
    "asylum appeal interview embassy consulate passport visa residence permit deadline "
    "lawyer tribunal appointment interpreter translation medical report shelter housing "
    "school registration family reunification border transit document copy certificate "
    "birth marriage police statement witness evidence folder scan signature office phone "
    "call email letter reminder follow referral caseworker volunteer urgent monday tuesday "
    "morning afternoon evening week month renewal court decision application rejected "
    "approved pending payment fee bank account job contract landlord doctor clinic pharmacy "
    "prescription child children mother father brother sister ministry municipality notary"
).split()
STOP_WORDS = (  # noqa: SIM905
    "the and to of a in for is on that with was at by it this from be are we as not or "
    "she he they her his their has have had will can would should"
).split()
TYPED_WORDS = (  # 20 words a user might look for, typed a letter at a time
    "passport",
    "hearing",
    "embassy",
    "interpreter",
    "medical",
    "reunification",
    "landlord",
    "certificate",
    "tribunal",
    "caseworker",
    "referral",
    "translation",
    "registration",
    "prescription",
    "witness",
    "application",
    "municipality",
    "residence",
    "appointment",
    "deadline",
)


# ---------------------------------------------------------------- data


def vocabulary(rng: Random) -> tuple[list[str], list[float]]:
    """Stop words, domain words and an invented tail, Zipf-weighted (cumulative)."""
    syllables = [c + v for c in "bdfgklmnrstvz" for v in "aeiou"]
    tail: set[str] = set()
    while len(tail) < 6000:
        tail.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    words = STOP_WORDS + DOMAIN_WORDS + ["hearing"] + sorted(tail)
    total, cum = 0.0, []
    for rank in range(len(words)):
        total += 1.0 / (rank + 3) ** 1.05
        cum.append(total)
    return words, cum


def fill_vault(vs: vault_session.VaultSession, count: int) -> None:
    """`count` cases (bulk insert, as tests/ui/cases/test_list_model.py) and `count` notes,
    each note indexed through search_index.index_document; one transaction."""
    rng = Random(SEED)
    words, cum = vocabulary(rng)
    now = dt.datetime.now(dt.UTC)
    case_ids = [uuid.UUID(int=rng.getrandbits(128), version=4) for _ in range(count)]
    cases = [
        {
            "id": case_id,
            "title": " ".join(rng.choices(words[40:], cum_weights=None, k=3)).capitalize(),
            "summary": "",
            "status": ("open", "waiting", "closed")[number % 3],
            "priority": ("low", "normal", "high", "urgent")[number % 4],
            "next_action": "",
            "due_date": None,
            "opened_at": now,
            "updated_at": now - dt.timedelta(seconds=number),
        }
        for number, case_id in enumerate(case_ids)
    ]
    notes: list[dict[str, Any]] = []
    for number in range(count):
        body = " ".join(rng.choices(words, cum_weights=cum, k=80)).capitalize() + "."
        notes.append(
            {
                "id": uuid.UUID(int=rng.getrandbits(128), version=4),
                "case_id": case_ids[rng.randrange(count)],
                "person_id": None,
                "title": " ".join(rng.choices(words, cum_weights=cum, k=4)).capitalize(),
                "body": body,
                "pinned": False,
                "created_at": now - dt.timedelta(seconds=number),
                "updated_at": now - dt.timedelta(seconds=number),
            }
        )
    with vs.transaction() as session:
        session.execute(insert(Case), cases)
        session.execute(insert(Note), notes)
        for note in notes:
            search_index.index_document(
                session,
                kind="note",
                ref_id=note["id"],
                case_id=note["case_id"],
                title=note["title"],
                body=note["body"],
                tags="",
            )


def typed_queries(count: int) -> list[str]:
    queries: list[str] = []
    while len(queries) < count:
        for word in TYPED_WORDS:
            queries += [word[:end] for end in range(1, len(word) + 1)]
    return queries[:count]


# ---------------------------------------------------------------- timing helpers


def ms(seconds: float) -> float:
    return seconds * 1000.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def latency(times: list[float]) -> dict[str, float]:
    return {
        "p50": ms(percentile(times, 0.5)),
        "p95": ms(percentile(times, 0.95)),
        "max": ms(max(times)),
    }


def log(message: str) -> None:
    print(f"  .. {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- cold start


def cold_start(folder: Path, work: Path) -> dict[str, Any]:
    """Wall ms from Popen to the probe's line, and the probe's own figures."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(work / "config"))
    walls, insides, imports = [], [], []
    for run in range(1 + COLD_RUNS):
        t0 = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, str(PROBE), str(folder)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert child.stdout is not None
        line = child.stdout.readline()
        wall = time.perf_counter() - t0
        child.wait(timeout=30)
        if not line.startswith("shown "):
            raise RuntimeError(f"the probe did not report a paint: {line!r}")
        if run == 0:
            first = ms(wall)
            continue  # warm-up: fills the OS file cache
        _, inside, imported = line.split()
        walls.append(ms(wall))
        insides.append(float(inside))
        imports.append(float(imported))
    return {
        "wall": statistics.median(walls),
        "first": first,
        "inside": statistics.median(insides),
        "imports": statistics.median(imports),
    }


# ---------------------------------------------------------------- first paint


class PaintSeen(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


def first_paint(app: QApplication, folder: Path, *, whole: bool) -> dict[str, float]:
    """Median ms from the constructor to the case table's first paint (and the split)."""
    totals, builds = [], []
    for _ in range(PAINT_RUNS):
        vs = vault_session.unlock(folder, PASSPHRASE)  # fresh engine: cold page cache
        controller = VaultController()
        controller.adopt(vs, folder)
        t0 = time.perf_counter()
        if whole:
            workspace = Workspace(controller)
            widget: QWidget = workspace
            section = workspace.sections[0]
        else:
            widget = section = CasesSection(controller, _NoHost())
        built = time.perf_counter()
        assert isinstance(section, CasesSection)
        seen = PaintSeen()
        section.view.viewport().installEventFilter(seen)
        widget.resize(*WINDOW)
        widget.show()
        while not seen.seen:
            app.processEvents()
        totals.append(time.perf_counter() - t0)
        builds.append(built - t0)
        assert section.model.rowCount() > 0
        widget.close()
        widget.deleteLater()
        app.processEvents()
        controller.lock()
    return {"total": ms(statistics.median(totals)), "build": ms(statistics.median(builds))}


class _NoHost:
    """An EditorHost that opens nothing: the section alone, outside a workspace."""

    def show_editor(self, editor: QWidget) -> None:
        """Nothing opens during the measurement."""

    def close_editor(self) -> None:
        """Nothing to close."""

    def open_item(self, kind: str, item_id: uuid.UUID) -> None:
        """Nothing opens during the measurement."""


# ---------------------------------------------------------------- search as you type


def search_as_you_type(app: QApplication, folder: Path) -> dict[str, Any]:
    vs = vault_session.unlock(folder, PASSPHRASE)
    controller = VaultController()
    controller.adopt(vs, folder)
    workspace = Workspace(controller)
    workspace.resize(*WINDOW)
    workspace.show()
    app.processEvents()
    panel: SearchPanel = workspace.search_panel
    queries = typed_queries(KEYSTROKES)
    for word in TYPED_WORDS[:3]:  # warm-up: the index pages a first search reads
        search_service.search(vs, word)
    panel_times, paint_times, service_times, hits = [], [], [], []
    for query in queries:
        t0 = time.perf_counter()
        workspace.search_box.setText(query)  # textChanged: panel.search, the timer starts
        panel.run_search()  # what the timer's timeout calls, 150 ms after the last key
        t1 = time.perf_counter()
        panel.view.viewport().repaint()
        t2 = time.perf_counter()
        panel_times.append(t1 - t0)
        paint_times.append(t2 - t1)
        hits.append(len(panel.results))
    for query in queries:
        t0 = time.perf_counter()
        search_service.search(vs, query, limit=RESULT_LIMIT)
        service_times.append(time.perf_counter() - t0)
    slowest = sorted(zip(panel_times, queries, strict=True), reverse=True)[:4]
    workspace.close()
    workspace.deleteLater()
    app.processEvents()
    controller.lock()
    return {
        "panel": latency(panel_times),
        "paint": latency(paint_times),
        "service": latency(service_times),
        "slowest": [(q, ms(s)) for s, q in slowest],
        "full_pages": sum(1 for h in hits if h >= RESULT_LIMIT),
    }


# ---------------------------------------------------------------- report


def verdict(metric: str, value: float) -> str:
    goal = f"<= {GOALS[metric]:g} ms"
    return f"{goal:<12}{'PASS' if value <= GOALS[metric] else 'MISS'}"


NAME_WIDTH = 58


def report(results: dict[str, Any]) -> None:
    k = f"{results['count'] // 1000}k"
    print()
    print(f"Satchel UI benchmark: {k} cases and {k} notes, {WINDOW[0]}x{WINDOW[1]}, offscreen")
    head = f"{'measure':<{NAME_WIDTH}}{'ms':>9}   goal        result"
    print(head)
    print("-" * len(head))

    def row(name: str, value: float, metric: str | None = None) -> None:
        goal = verdict(metric, value) if metric else ""
        print(f"{name:<{NAME_WIDTH}}{value:>9.1f}   {goal}".rstrip())

    if "cold" in results:
        cold = results["cold"]
        row(
            f"cold start to unlock window painted, median of {COLD_RUNS}",
            cold["wall"],
            "cold_start",
        )
        row("  first run, before the warm-up (not counted)", cold["first"])
        row("  in the child: its first line to the paint", cold["inside"])
        row("  in the child: imports (PySide6, satchel.ui.app)", cold["imports"])
        paint, section = results["paint"], results["section"]
        row(f"case list first paint at {k} (Workspace), median", paint["total"], "first_paint")
        row("  of which Workspace constructor (all five sections)", paint["build"])
        row(f"case list first paint at {k} (CasesSection alone)", section["total"])
        row("  of which CasesSection constructor", section["build"])
    ui_keys.report(results["keys"], k, row)
    if "search" not in results:
        return
    search = results["search"]
    for stat in ("p50", "p95", "max"):
        metric = "search_p95" if stat == "p95" else None
        row(f"keystroke to results model filled at {k}, {stat}", search["panel"][stat], metric)
    for stat in ("p50", "p95", "max"):
        row(f"  then results view repaint, {stat}", search["paint"][stat])
    for stat in ("p50", "p95", "max"):
        row(f"  services.search.search alone, {stat}", search["service"][stat])
    slowest = ", ".join(f"'{q}' {t:.1f}" for q, t in search["slowest"])
    print(f"slowest keystrokes (ms): {slowest}")
    print(
        f"{KEYSTROKES} keystrokes over {len(TYPED_WORDS)} words; "
        f"{search['full_pages']} filled the {RESULT_LIMIT}-result limit"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="10k cases and notes")
    parser.add_argument(
        "--keys-only", action="store_true", help="only the case list keys (and the setup)"
    )
    args = parser.parse_args()
    count = SMALL if args.quick else LARGE
    started = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    results: dict[str, Any] = {"count": count}
    with tempfile.TemporaryDirectory(prefix="satchel-bench-ui-") as tmp:
        work = Path(tmp)
        folder = work / "vault"
        vs, _phrase = vault_session.create(folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF)
        t0 = time.perf_counter()
        fill_vault(vs, count)
        vs.close()
        log(f"{count} cases and {count} indexed notes in {time.perf_counter() - t0:.1f} s")
        if not args.keys_only:
            results["cold"] = cold_start(folder, work)
            log("cold start done")
            results["paint"] = first_paint(app, folder, whole=True)
            results["section"] = first_paint(app, folder, whole=False)
            log("first paint done")
        results["keys"] = ui_keys.list_keys(app, folder, count, PASSPHRASE, WINDOW)
        log("list keys done")
        if not args.keys_only:
            results["search"] = search_as_you_type(app, folder)
            log("search done")
    report(results)
    print(f"\n(total {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
