"""The process killed by test_kill_during_passwd: changes the passphrase to and fro until
SIGKILL stops it.

Run as ``python -m tests.crash.passwd_child FOLDER``; the current passphrase comes on the
first line of stdin, so the parent can start this process (and pay for its imports) while it
still holds the vault, and let it unlock only once it has let go.

Protocol on stdout, one line each, flushed:

    ready            the vault is unlocked; changes start now
    changed A|B      change_passphrase returned: both header copies now hold that slot

A line is printed only after the call returns, so every "changed" names a finished change.
"""

from __future__ import annotations

import sys
from pathlib import Path

from satchel.vault import unlock_vault

PASSPHRASES = {"A": "first harbour lantern quiet", "B": "second meadow violin orbit"}


def other(name: str) -> str:
    return "B" if name == "A" else "A"


def main(argv: list[str]) -> None:
    folder = Path(argv[0])
    current = sys.stdin.readline().strip()
    vault = unlock_vault(folder, PASSPHRASES[current])
    print("ready", flush=True)
    while True:  # until the parent's SIGKILL
        current = other(current)
        vault.change_passphrase(PASSPHRASES[current])
        print(f"changed {current}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
