"""`satchel trash`'s arguments, apart from the command so parsing imports no service."""

from __future__ import annotations

import argparse
from typing import Any


def add_trash_parser(commands: argparse._SubParsersAction[Any]) -> None:
    trash = commands.add_parser(
        "trash",
        help="list Recently deleted (kept 30 days); restore or purge from it",
    )
    trash.add_argument("vault", metavar="VAULT", help="the vault folder")
    what = trash.add_mutually_exclusive_group()
    what.add_argument("--restore", metavar="ID", help="put this item back (an id from the list)")
    what.add_argument("--purge", metavar="ID", help="delete this item for good now")
    what.add_argument("--empty", action="store_true", help="delete everything in it for good now")
    trash.add_argument("--json", action="store_true", help="print JSON for scripts")
