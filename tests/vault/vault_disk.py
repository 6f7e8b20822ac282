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


def header_copies(folder: Path) -> tuple[bytes, bytes]:
    return (folder / HEADER_1).read_bytes(), (folder / HEADER_2).read_bytes()


def sequences(folder: Path) -> tuple[int, int]:
    return read_body(folder, HEADER_1)["sequence"], read_body(folder, HEADER_2)["sequence"]
