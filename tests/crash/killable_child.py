"""A child Python process a crash test starts early, tells to go, reads and SIGKILLs.

Started before it is needed (its imports are slow); `go` writes one line to its standard
input; `readline` waits (without sleeping) for what it printed; `kill` is SIGKILL.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

REPO = Path(__file__).resolve().parents[2]
LINE_TIMEOUT = 60.0  # seconds; only reached when something hangs


class KillableChild:
    def __init__(self, module: str, args: list[str], stderr_path: Path) -> None:
        self.stderr_path = stderr_path
        env = dict(os.environ)
        paths = [str(REPO), str(REPO / "desktop"), env.get("PYTHONPATH", "")]
        env["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
        with self.stderr_path.open("wb") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, "-m", module, *args],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                cwd=REPO,
                env=env,
            )
        self._buffer = b""
        self._eof = False

    def go(self, line: str) -> None:
        stdin: IO[bytes] | None = self.process.stdin
        assert stdin is not None
        stdin.write(line.encode() + b"\n")
        stdin.close()

    def readline(self) -> str | None:
        """The next line, or None once the child is gone and its output read."""
        stdout = self.process.stdout
        assert stdout is not None
        deadline = time.monotonic() + LINE_TIMEOUT
        while b"\n" not in self._buffer and not self._eof:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([stdout.fileno()], [], [], max(left, 0))
            if not ready:
                self.kill()
                raise AssertionError(f"the child printed nothing for {LINE_TIMEOUT} s")
            chunk = os.read(stdout.fileno(), 65536)
            self._buffer += chunk
            self._eof = not chunk
        if b"\n" not in self._buffer:
            return None
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()

    def kill(self) -> int:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        return self.process.wait()

    def close(self) -> None:
        self.kill()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")[-4000:]
