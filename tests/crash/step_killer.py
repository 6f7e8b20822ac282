"""Run a Satchel call and SIGKILL this very process before its N-th file step.

``python -m tests.crash.step_killer N ACTION FOLDER [ARG...]``. A file step is a call of
os.replace, os.pwrite, os.unlink or os.write (every write, rename and delete Satchel makes);
the process kills itself just before the N-th one, so a crash test can stop a change at
each of its steps in turn, not at random moments. Prints "done" if the call finished first.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from satchel.services.core import session

DURESS = "cover passphrase for the guard"
REAL = "real passphrase for the real vault"


def _arm(limit: int) -> None:
    count = [0]

    def wrap(real: Callable[..., Any]) -> Callable[..., Any]:
        def step(*args: Any, **kwargs: Any) -> Any:
            count[0] += 1
            if count[0] >= limit:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)

        return step

    for name in ("replace", "pwrite", "unlink", "write"):
        setattr(os, name, wrap(getattr(os, name)))


def main(argv: list[str]) -> None:
    limit, action, folder = int(argv[0]), argv[1], Path(argv[2])
    if action == "duress-unlock":
        opener = lambda: session.unlock(folder, DURESS)  # noqa: E731
        _arm(limit)
        opener().close()
    elif action == "travel":
        from satchel.services.coercion.travel import prepare_for_travel

        vs = session.unlock(folder, REAL)
        _arm(limit)
        prepare_for_travel(vs, REAL, Path(argv[3]), DURESS)
        vs.close()
    elif action == "return":  # FOLDER holds the cover; argv[3] is the travel backup
        from satchel.services.coercion.travel_return import (
            cover_to_keep,
            finish_return,
            stage_return,
        )

        with session.unlock(folder, DURESS) as cover:
            keep = cover_to_keep(cover)
            staged = stage_return(folder, Path(argv[3]), REAL, keep=keep)
        _arm(limit)  # staging writes beside the folder only; the finish changes it
        finish_return(staged, folder, keep)
    elif action == "wipe":  # as `satchel wipe` does it, on a closed vault of any format
        from satchel.services.access import wipe

        _arm(limit)
        wipe(folder)
    elif action == "panic":
        from satchel.services.coercion.panic import erase

        vs = session.unlock(folder, REAL)
        _arm(limit)
        erase(vs)
    else:
        raise SystemExit(f"unknown action {action}")
    sys.stdout.write("done\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
