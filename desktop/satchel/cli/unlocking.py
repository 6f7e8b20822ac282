"""Unlock a vault around a command, for every command module that reads or writes records."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from satchel.cli.secrets_input import SecretReader
from satchel.services.core.session import VaultSession, unlock

Command = Callable[[VaultSession, argparse.Namespace, SecretReader], int]


def with_vault(command: Command) -> Callable[[argparse.Namespace, SecretReader], int]:
    """Unlock with the passphrase, run the command, close (checkpoint, wipe keys) always."""

    def run(args: argparse.Namespace, secrets: SecretReader) -> int:
        with unlock(Path(args.vault), secrets.read("Passphrase")) as vs:
            return command(vs, args, secrets)

    return run
