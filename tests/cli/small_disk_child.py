"""Run inside `unshare -rm`: mount a tiny tmpfs, put a vault on it, run commands, report.

Argument: a JSON object {"passphrase", "mount", "vault", "case", "free_kb" (or null), "read_only",
"commands"}. Prints one JSON list of {"args", "code", "err"}, then the same for a `check`
and a `case list` run after the space is freed again. The mount dies with the namespace.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path


def _run(args: list[str], passphrase: bytes) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "satchel", *args],
        input=passphrase * 3,  # current, new and its confirmation for passwd
        capture_output=True,
        timeout=120,
        check=False,
    )
    return {"args": args, "code": done.returncode, "err": done.stderr.decode(errors="replace")}


def _fill(mount: Path, free_kb: int) -> Path:
    """Write zeros until the disk is full, then give `free_kb` back."""
    filler = mount / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    size = filler.stat().st_size
    os.truncate(filler, max(0, size - free_kb * 1024))
    return filler


def main() -> None:
    config = json.loads(sys.argv[1])
    mount = Path(config["mount"])
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], check=True)
    vault = mount / "vault"
    shutil.copytree(config["vault"], vault)
    filler = None
    if config["read_only"]:
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
    else:
        filler = _fill(mount, config["free_kb"])
    line = config["passphrase"].encode() + b"\n"
    results = [
        _run(
            [part.replace("{vault}", str(vault)).replace("{case}", config["case"]) for part in c],
            line,
        )
        for c in config["commands"]
    ]
    if config["read_only"]:
        subprocess.run(["mount", "-o", "remount,rw", str(mount)], check=True)
    elif filler is not None:
        filler.unlink()
    after = [_run(["check", str(vault)], line), _run(["case", "list", str(vault)], line)]
    print(json.dumps({"results": results, "after": after}))


if __name__ == "__main__":
    main()
