"""Shared pieces of the sharing-bundle tests: a filled case, table snapshots, age on disk."""

from __future__ import annotations

import io
import os
import pty
import select
import subprocess
import tarfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage  # type: ignore[import-untyped]
from sqlalchemy import text
from tests.factories import make_case, make_checklist, make_note, make_person, make_vault

from satchel.services.checklists import case_checklists
from satchel.services.core.session import VaultSession
from satchel.services.notebook import attachments, people

AGE = "/usr/bin/age"
SECRET_NAME = "Ivan Sentinelov"  # an identity value: must never appear unless asked for
SECRET_PHONE = "+7 900 555 0199"
NOTE_SENTINEL = "NOTE-SENTINEL-7f3a"  # plaintext content: must never reach the disk in clear
FILE_SENTINEL = b"FILE-SENTINEL-91c2 scan of a passport"


@dataclass(frozen=True)
class FilledCase:
    case_id: uuid.UUID
    client_id: uuid.UUID
    lawyer_id: uuid.UUID
    note_id: uuid.UUID
    checklist_id: uuid.UUID
    attachment_id: uuid.UUID


def fill_case(vs: VaultSession, title: str = "Case Sparrow") -> FilledCase:
    """A case with two people (one with identity fields), a note, a checklist and a file."""
    case_id = make_case(vs, title, tags=["kazakhstan"], summary="Crossed at Oral")
    client = make_person(
        vs,
        "Sparrow",
        identity={"legal_name": SECRET_NAME, "phone": SECRET_PHONE},
        case_id=case_id,
        role_in_case="client",
        tags=["deserter"],
    )
    lawyer = make_person(vs, "Owl", role="lawyer", case_id=case_id)
    note = make_note(vs, "First call", f"Body with {NOTE_SENTINEL}", case_id=case_id, tags=["call"])
    checklist = make_checklist(vs, case_id)
    first_item = case_checklists.get_checklist(vs, checklist).items[0].id
    case_checklists.set_item(vs, first_item, state="done", note="seen the original")
    attachment = attachments.add_attachment(
        vs, filename="passport.txt", data=FILE_SENTINEL, checklist_item_id=first_item
    )
    return FilledCase(case_id, client, lawyer, note, checklist, attachment)


def other_vault(folder: Path) -> VaultSession:
    """A second, separately created vault (its own master key, its own sharing key)."""
    session, _phrase = make_vault(folder)
    return session


def snapshot(vs: VaultSession) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted: to prove that a refused import changed nothing."""
    with vs.reading() as session:
        names = session.scalars(
            text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ).all()
        return {
            name: sorted(
                (tuple(row) for row in session.execute(text(f'SELECT * FROM "{name}"'))), key=repr
            )
            for name in names
        }


def write_identity(folder: Path) -> tuple[Path, str]:
    """A throwaway age identity file (test data) and its public key."""
    identity = pyrage.x25519.Identity.generate()
    path = folder / "test-identity.txt"
    path.write_text(f"{identity}\n", encoding="ascii")
    return path, str(identity.to_public())


def age_decrypt_with_identity(bundle: Path, identity_file: Path) -> bytes:
    result = subprocess.run(
        [AGE, "-d", "-i", str(identity_file), str(bundle)],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return result.stdout


def age_decrypt_with_passphrase(bundle: Path, passphrase: str, output: Path) -> None:
    """age reads a passphrase from a terminal only: give it one (a pty)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child becomes age, its terminal the pty
        os.execv(AGE, [AGE, "-d", "-o", str(output), str(bundle)])
    sent = False
    chunks = b""
    while True:
        ready, _, _ = select.select([fd], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        chunks += chunk
        if not sent and b"passphrase" in chunks.lower():
            os.write(fd, passphrase.encode("utf-8") + b"\n")
            sent = True
    _pid, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, chunks


def tar_members(plain: bytes) -> dict[str, bytes]:
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        members = {}
        for info in tar.getmembers():
            handle = tar.extractfile(info)
            assert handle is not None
            members[info.name] = handle.read()
        return members


def make_tar(members: list[tuple[tarfile.TarInfo, bytes | None]]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for info, payload in members:
            tar.addfile(info, io.BytesIO(payload) if payload is not None else None)
    return buffer.getvalue()


def file_member(name: str, payload: bytes) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(payload)
    return info, payload


def files_holding(folder: Path, needles: list[bytes]) -> list[Path]:
    """Files under `folder` that hold any of the needles in clear."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(needle in data for needle in needles):
                found.append(path)
    return found


def rename_person(vs: VaultSession, person_id: uuid.UUID, pseudonym: str) -> None:
    people.update_person(vs, person_id, pseudonym=pseudonym)
