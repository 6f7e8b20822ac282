"""The format-2 recipe in docs/FORMATS.md opens a vault's database with no Satchel code.

Written from the document alone (header layout, cost byte, position keys, payload), so a
change of format 2 that the document does not follow fails here, as for format 1.
"""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from tests.conftest import PASSPHRASE

from satchel.services.core import session as vault_session
from satchel.services.notebook.notes import create_note
from satchel.vault import FAST_TEST_KDF

SENTINEL_BODY = "Meeting point: the ferry café, Thursday"


def _hkdf(key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(key)


def _master_key(folder: Path, passphrase: str) -> bytes:
    header = (folder / "0").read_bytes()
    salt = header[:16]
    cost = salt[0] ^ salt[1]
    memory = 256 * 1024 if cost & 0x80 else 64 * 1024
    attempt = Argon2id(
        salt=salt, length=32, iterations=3 + (cost & 0x3F), lanes=4, memory_cost=memory
    ).derive(unicodedata.normalize("NFC", passphrase).encode())
    for position in range(8):
        raw = header[16 + position * 112 : 16 + (position + 1) * 112]
        key = _hkdf(attempt, b"format2/position-key/" + bytes([position]))
        try:
            payload = AESGCM(key).decrypt(raw[:12], raw[12:], b"\x02" + salt + bytes([position]))
        except InvalidTag:
            continue
        assert payload[48] == 1  # kind: passphrase
        return payload[:32]
    raise AssertionError("no position opened with the passphrase")


def test_the_documented_format2_recipe_reads_a_note_with_sqlcipher3(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vs, _phrase = vault_session.create(folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF)
    with vs:
        create_note(vs, title="Ferry", body=SENTINEL_BODY)
    copy = tmp_path / "copy"  # the document says: work on a copy of the folder
    shutil.copytree(folder, copy)
    key = _hkdf(_master_key(copy, PASSPHRASE), b"satchel/v1/database-key")
    rows: list[tuple[str, str]] = []
    for database in ("2", "3"):  # one is the vault's, the other random filler
        connection = sqlcipher.connect(str(copy / database))
        try:
            connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            rows = connection.execute("SELECT title, body FROM notes").fetchall()
            assert connection.execute("PRAGMA cipher_integrity_check").fetchall() == []
        except sqlcipher.DatabaseError:
            continue
        finally:
            connection.close()
    assert rows == [("Ferry", SENTINEL_BODY)]
