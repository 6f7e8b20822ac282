"""Helpers for the vault-layer tests: read, edit and fingerprint vault folders on disk."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.factories import folder_state

HEADER_1 = "header-1.json"
HEADER_2 = "header-2.json"
HEADERS = (HEADER_1, HEADER_2)


@dataclass(frozen=True)
class Layout:
    """A format's file names, so one test checks the same promise on format 1 and 2."""

    version: int
    headers: tuple[str, str]
    records: tuple[str, ...]
    databases: tuple[str, ...]  # format 2: both sides (one is filler), in no fixed order
    lock: str
    backups: str
    backup_name: str  # a name a backup beside the vault has

    def staged(self, name: str) -> str:
        return f".{name}.tmp"

    @property
    def journals(self) -> tuple[str, ...]:
        return tuple(f"{db}-{end}" for db in self.databases for end in ("wal", "shm"))

    @property
    def own_names(self) -> tuple[str, ...]:
        """Every name the vault itself may write: none may be a link at unlock."""
        staged = tuple(self.staged(name) for name in self.headers)
        return (
            *self.headers,
            *staged,
            *self.records,
            self.lock,
            *self.databases,
            *self.journals,
        )


LAYOUTS = {
    1: Layout(
        1,
        HEADERS,
        ("vault.commit",),
        ("vault.db",),
        "vault.lock",
        "backups",
        "satchel-0a1b2c3d-20261125-040000.satchel-backup",
    ),
    2: Layout(2, ("0", "1"), ("4", "5"), ("2", "3"), "6", "7", "3f9c0a1b2d4e5f60"),
}


def canonical(body: Any) -> bytes:
    """The bytes the header checksum covers, exactly as `header.encode` forms them."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def document_bytes(body: Any) -> bytes:
    """A header copy whose sha256 checksum is valid for `body`, whatever `body` holds."""
    document = {"body": body, "sha256": hashlib.sha256(canonical(body)).hexdigest()}
    return json.dumps(document, indent=1, sort_keys=True).encode() + b"\n"


def read_body(folder: Path, name: str = HEADER_1) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((folder / name).read_bytes())["body"]
    return body


def edit_headers(
    folder: Path, edit: Callable[[dict[str, Any]], None], names: tuple[str, ...] = HEADERS
) -> None:
    """Apply `edit` to the body of each named copy and rewrite it with a valid checksum."""
    for name in names:
        body = read_body(folder, name)
        edit(body)
        (folder / name).write_bytes(document_bytes(body))


def slot_of_kind(body: dict[str, Any], kind: str) -> dict[str, Any]:
    slot: dict[str, Any] = next(s for s in body["slots"] if s["kind"] == kind)
    return slot


@dataclass(frozen=True)
class MadeVault:
    folder: Path
    passphrase: str
    phrase: str

    def state(self) -> dict[str, str]:
        return folder_state(self.folder)


def header_copies(folder: Path, layout: Layout | None = None) -> tuple[bytes, bytes]:
    first, second = layout.headers if layout else HEADERS
    return (folder / first).read_bytes(), (folder / second).read_bytes()


def sequences(folder: Path) -> tuple[int, int]:
    return read_body(folder, HEADER_1)["sequence"], read_body(folder, HEADER_2)["sequence"]
