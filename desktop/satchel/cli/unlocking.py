"""Unlock a vault around a command, for every command module that reads or writes records."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from satchel.cli.secrets_input import SecretReader

if TYPE_CHECKING:
    from satchel.services.core.session import VaultSession
    from satchel.services.reading.reader import VaultReader

Command = Callable[["VaultSession", argparse.Namespace, SecretReader], int]
ReadCommand = Callable[["VaultReader", argparse.Namespace], int]


def with_vault(command: Command) -> Callable[[argparse.Namespace, SecretReader], int]:
    """Unlock with the passphrase, run the command, close (checkpoint, wipe keys) always."""

    def run(args: argparse.Namespace, secrets: SecretReader) -> int:
        from satchel.services.core.session import unlock  # noqa: PLC0415 (SQLAlchemy)

        with unlock(Path(args.vault), secrets.read("Passphrase")) as vs:
            return command(vs, args, secrets)

    return run


def reading_vault(command: ReadCommand) -> Callable[[argparse.Namespace, SecretReader], int]:
    """Unlock with the passphrase and open the database read-only (services.reading.reader:
    no SQLAlchemy), run the command, close and wipe the keys always."""

    def run(args: argparse.Namespace, secrets: SecretReader) -> int:
        from satchel.services.reading.reader import open_to_read  # noqa: PLC0415

        with open_to_read(Path(args.vault), secrets.read("Passphrase")) as reader:
            return command(reader, args)

    return run
