"""Duress timing: a duress unlock against a normal unlock, 30 runs each, as a ratio.

Run by ``make bench`` (never by the tests). Both passphrases run one Argon2id each and try
its result on every slot position; only the first duress unlock in erase mode does more (it
overwrites the real vault's slots and files), and it is reported apart. Unlocks alternate
so load on the machine hits both alike. ``--quick``: 10 runs each.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from satchel.services.coercion.duress import set_duress
from satchel.services.core import session
from satchel.services.notebook.cases import create_case
from satchel.vault import FLOOR, unlock_vault

REAL = "benchmark real passphrase"
DURESS = "benchmark duress passphrase"


def _make(folder: Path, mode: str) -> None:
    vs, _ = session.create(folder, REAL, kdf_for_tests=FLOOR)
    with vs:
        for number in range(200):
            create_case(vs, title=f"Case {number}")
        set_duress(vs, DURESS, mode=mode)


def _time(folder: Path, passphrase: str) -> float:
    started = time.perf_counter()
    unlock_vault(folder, passphrase).close()
    return time.perf_counter() - started


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    runs = 10 if parser.parse_args(argv).quick else 30
    with tempfile.TemporaryDirectory() as tmp:
        hide = Path(tmp) / "hide"
        _make(hide, "hide")
        normal: list[float] = []
        duress: list[float] = []
        for _ in range(runs):
            normal.append(_time(hide, REAL))
            duress.append(_time(hide, DURESS))
        erase_template = Path(tmp) / "erase"
        _make(erase_template, "erase")
        first_erase: list[float] = []
        for run in range(min(runs, 10)):
            copy = Path(tmp) / f"erase-{run}"
            shutil.copytree(erase_template, copy)
            first_erase.append(_time(copy, DURESS))
    n_med, d_med, e_med = (statistics.median(x) for x in (normal, duress, first_erase))
    print(f"unlock, {runs} runs each (vault at the KDF floor, 200 cases)")
    for label, values, median in (("normal", normal, n_med), ("duress", duress, d_med)):
        spread = statistics.stdev(values) * 1000
        print(f"  {label} passphrase   median {median * 1000:7.1f} ms  (stdev {spread:.1f})")
    print(f"  ratio duress/normal {d_med / n_med:.3f}")
    print(
        f"  first duress unlock in erase mode (erases): median {e_med * 1000:.1f} ms, "
        f"ratio {e_med / n_med:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
