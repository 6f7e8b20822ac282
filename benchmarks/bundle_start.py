"""Cold start of the bundled app against the venv's: `make bench` runs it after `make package`.

Both start the same way a user does, `satchel --vault FOLDER` (offscreen), and are timed
from Popen to the "app.started" event on stderr (SATCHEL_LOG_EVENTS=1). That event is
written once the window and its unlock page are built, just before they are shown and
painted; the paint that follows is the same code in both. Process started, runs
alternated, one warm-up each (the OS file cache warm, as on any second start), then the
median of RUNS. Reported as a ratio: bundle / venv.

Usage: python benchmarks/bundle_start.py [BUNDLE_EXECUTABLE]
       (default build/package/pyinstaller-dist/satchel/satchel)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BUNDLE = ROOT / "build" / "package" / "pyinstaller-dist" / "satchel" / "satchel"
VENV_SATCHEL = Path(sys.executable).with_name("satchel")
PASSPHRASE = "sturdy lantern orbit meadow"
RUNS = 7


def started_after(command: list[str], env: dict[str, str]) -> float:
    """Seconds from Popen until the app reports app.started; the app is then closed."""
    t0 = time.perf_counter()
    child = subprocess.Popen(
        command,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stderr is not None
    try:
        for line in child.stderr:
            if "app.started" in line:
                return time.perf_counter() - t0
        raise RuntimeError(f"{command[0]} exited without starting (code {child.wait()})")
    finally:
        child.kill()
        child.wait()


def main() -> int:
    bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_BUNDLE
    if not bundle.exists():
        print(f"no bundle at {bundle}: run `make package` first; skipped")
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        vault = work / "vault"
        subprocess.run(
            [str(VENV_SATCHEL), "init", str(vault)],
            input=f"{PASSPHRASE}\n{PASSPHRASE}\n",
            capture_output=True,
            text=True,
            check=True,
        )
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            SATCHEL_LOG_EVENTS="1",
            HOME=str(work),
            XDG_CONFIG_HOME=str(work / "config"),
        )
        commands = {
            "venv": [str(VENV_SATCHEL), "--vault", str(vault)],
            "bundle": [str(bundle), "--vault", str(vault)],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():
            started_after(command, env)  # warm-up
        for _ in range(RUNS):
            for name, command in commands.items():
                times[name].append(started_after(command, env))
    venv = statistics.median(times["venv"]) * 1000
    frozen = statistics.median(times["bundle"]) * 1000
    print(f"cold start to the unlock window, median of {RUNS} (ms)")
    print(f"  venv    {venv:7.0f}   (runs: {', '.join(f'{t * 1000:.0f}' for t in times['venv'])})")
    print(
        f"  bundle  {frozen:7.0f}   (runs: {', '.join(f'{t * 1000:.0f}' for t in times['bundle'])})"
    )
    print(f"  ratio bundle/venv: {frozen / venv:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
