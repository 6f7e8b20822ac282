"""The recipe in docs/FORMATS.md ("Opening a vault's database without Satchel") works.

Written from the document alone: JSON, Argon2id and AES-GCM from `cryptography`, HKDF, and
the `sqlcipher3` module (SQLCipher 4). No Satchel code reads the vault here, so a change in
the format that the document does not follow fails this test.
"""

from __future__ import annotations

import base64
import json
import shutil
import unicodedata
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from tests.conftest import PASSPHRASE
from tests.factories import make_vault

from satchel.services.notebook.notes import create_note

SENTINEL_BODY = "Meeting point: the ferry café, Thursday"


def _database_key(folder: Path, passphrase: str) -> bytes:
    body = json.loads((folder / "header-1.json").read_bytes())["body"]
    slot = next(s for s in body["slots"] if s["kind"] == "passphrase")
    kdf = slot["kdf"]
    salt = base64.b64decode(kdf["salt"])
    wrapping = Argon2id(
        salt=salt,
        length=32,
        iterations=kdf["iterations"],
        lanes=kdf["lanes"],
        memory_cost=kdf["memory_kib"],
    ).derive(unicodedata.normalize("NFC", passphrase).encode())
    aad = json.dumps(
        {
            "format_version": body["version"],
            "vault_id": body["vault_id"],
            "slot_id": slot["id"],
            "kind": slot["kind"],
            "kdf": "argon2id",
            "memory_kib": kdf["memory_kib"],
            "iterations": kdf["iterations"],
            "lanes": kdf["lanes"],
            "salt": salt.hex(),
        },
        sort_keys=True,
        separators=(",", ":"),
    ).encode()
    master = AESGCM(wrapping).decrypt(
        base64.b64decode(slot["nonce"]), base64.b64decode(slot["wrapped"]), aad
    )
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"satchel/v1/database-key"
    ).derive(master)


def test_the_documented_recipe_reads_a_note_with_sqlcipher3(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    # the format-1 recipe, for vaults not yet upgraded; format 2: format2/test_open_without_…
    vs, _phrase = make_vault(folder, format_version=1)
    with vs:
        create_note(vs, title="Ferry", body=SENTINEL_BODY)
    copy = tmp_path / "copy"  # the document says: work on a copy of the folder
    shutil.copytree(folder, copy)
    key = _database_key(copy, PASSPHRASE)
    connection = sqlcipher.connect(str(copy / "vault.db"))
    try:
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        assert connection.execute("PRAGMA cipher_integrity_check").fetchall() == []
        rows = connection.execute("SELECT title, body FROM notes").fetchall()
    finally:
        connection.close()
    assert rows == [("Ferry", SENTINEL_BODY)]


def test_passphrase_bundles_say_their_scrypt_work_factor_in_the_stanza() -> None:
    """FORMATS.md says rage picks the factor by timing; the stanza records it."""
    import pyrage

    bundle = pyrage.passphrase.encrypt(b"tar bytes", "a passphrase for the test")
    stanza = bundle.split(b"\n")[1].split()
    assert stanza[:2] == [b"->", b"scrypt"]
    log_n = int(stanza[3])
    assert 10 <= log_n <= 22  # age readers refuse more than 2^22 (documented)
