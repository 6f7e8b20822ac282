"""The arguments of `satchel duress`, `travel` and `failed-unlocks`, apart from the commands
so that parsing imports no service (the commands import the coercion services when they
run)."""

from __future__ import annotations

import argparse
from typing import Any

from satchel.services.coercion.modes import FAILED_UNLOCK_LIMITS, MODES


def add_coercion_commands(commands: Any) -> None:
    duress = commands.add_parser(
        "duress", help="set (or remove) a duress passphrase that opens a harmless cover vault"
    )
    duress.add_argument("vault", metavar="VAULT", help="the vault folder")
    duress.add_argument(
        "--mode",
        choices=MODES,
        default="erase",
        help="erase: the duress passphrase destroys this vault's keys; hide: it leaves them",
    )
    duress.add_argument("--remove", action="store_true", help="remove the duress passphrase")
    duress.add_argument(
        "--empty", action="store_true", help="an empty cover (default: a few ordinary notes)"
    )


def add_travel_command(commands: Any) -> None:
    travel = commands.add_parser(
        "travel",
        help="a checked backup to DIR, then only a cover vault left here (passphrase asked)",
    )
    travel.add_argument("vault", metavar="VAULT", help="the vault folder")
    travel.add_argument("--to", metavar="DIR", required=True, help="where the backup goes")
    travel.add_argument(
        "--for",
        dest="recipient",
        metavar="AGE_KEY",
        default=None,
        help="seal the backup to a trusted colleague's sharing key (age1…): an age bundle in "
        "DIR that only their Satchel can save back as your backup file",
    )


def add_return_command(commands: Any) -> None:
    back = commands.add_parser(
        "return",
        help="back from travel: the vault from its travel backup, in place of the cover "
        "(the passphrase that opens VAULT now, then the backup's)",
    )
    back.add_argument("vault", metavar="VAULT", help="the vault folder (holding the cover)")
    back.add_argument("--from", dest="backup", metavar="FILE", required=True, help="the backup")
    back.add_argument(
        "--drop-cover",
        action="store_true",
        help="erase the cover (default: it stays, its passphrase your duress passphrase)",
    )


def add_failed_unlocks_command(commands: Any) -> None:
    failed = commands.add_parser(
        "failed-unlocks",
        help="erase the vault after 5, 10 or 20 wrong passphrases in a row (passphrase asked); "
        "without options, show the setting",
    )
    failed.add_argument("vault", metavar="VAULT", help="the vault folder")
    failed.add_argument(
        "--erase-after",
        choices=("never", *(str(n) for n in FAILED_UNLOCK_LIMITS)),
        help="how many wrong passphrases (window and command line) erase the vault",
    )
    failed.add_argument(
        "--show-remaining",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="say after a wrong passphrase how many attempts are left (default: do not)",
    )
