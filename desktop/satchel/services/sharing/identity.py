"""The vault's own age identity, and age encryption of bundles in memory.

Each vault gets an X25519 identity the first time it is needed. Its secret half is sealed
with the vault's FieldSealer into the vault_settings table (no schema change), so it is as
safe as an identity field and goes wherever the vault goes. Its public half ("age1…") is
what a colleague types as a recipient; it is not a secret.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Iterable

import pyrage  # type: ignore[import-untyped]  # ships no type information
from sqlalchemy.orm import Session

from satchel.errors import InvalidInputError, TamperedError, WrongPassphraseError
from satchel.services.core import activity
from satchel.services.core.session import VaultSession
from satchel.services.sharing.bundle_format import BundleError, DamagedBundleError, NotABundleError
from satchel.store.models import VaultSetting

SETTING_KEY = "sharing.age_identity"
# The sealer binds a value to an id and a field name; this fixed id is no person's.
_SEAL_ID = uuid.UUID("5a7c4e11-0000-4000-8000-000000000a9e")
_SEAL_FIELD = "age_identity"
AGE_MAGIC = b"age-encryption.org/v1\n"
AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
MAX_RECIPIENTS = 50


def _load(session: Session, vs: VaultSession) -> pyrage.x25519.Identity | None:
    row = session.get(VaultSetting, SETTING_KEY)
    if row is None:
        return None
    try:
        sealed = base64.b64decode(json.loads(row.value)["sealed"], validate=True)
        secret = vs.sealer.open(_SEAL_ID, _SEAL_FIELD, sealed)
        return pyrage.x25519.Identity.from_str(secret)
    except TamperedError:
        raise
    except (ValueError, KeyError, TypeError, pyrage.IdentityError):
        raise TamperedError("sharing key") from None


def vault_identity(vs: VaultSession) -> pyrage.x25519.Identity:
    """The vault's age identity, made and sealed into the vault on first use."""
    with vs.reading() as session:
        identity = _load(session, vs)
    if identity is not None:
        return identity
    with vs.transaction() as session:
        identity = _load(session, vs)  # made meanwhile by another window of this process
        if identity is None:
            identity = pyrage.x25519.Identity.generate()
            sealed = vs.sealer.seal(_SEAL_ID, _SEAL_FIELD, str(identity))
            value = json.dumps({"sealed": base64.b64encode(sealed).decode("ascii")})
            session.add(VaultSetting(key=SETTING_KEY, value=value))
            activity.record(session, "created", "sharing key", None)
    return identity


def public_key(vs: VaultSession) -> str:
    """The "age1…" text colleagues encrypt to; safe to show and copy."""
    return str(vault_identity(vs).to_public())


def parse_recipient(text: str) -> pyrage.x25519.Recipient:
    """One age X25519 public key, or an InvalidInputError naming the text."""
    key = text.strip()
    shown = key if len(key) <= 70 else key[:67] + "..."
    if not key.startswith("age1"):
        raise InvalidInputError(f'"{shown}" is not an age public key (those start with "age1").')
    try:
        return pyrage.x25519.Recipient.from_str(key)
    except pyrage.RecipientError:
        raise InvalidInputError(f'"{shown}" is not an age public key (it is mistyped).') from None


def parse_recipients(texts: Iterable[str]) -> list[pyrage.x25519.Recipient]:
    keys = [text.strip() for text in texts if text.strip()]
    if not keys:
        raise InvalidInputError("Give at least one recipient (an age1… public key).")
    if len(keys) > MAX_RECIPIENTS:
        raise InvalidInputError(f"At most {MAX_RECIPIENTS} recipients.")
    return [parse_recipient(key) for key in dict.fromkeys(keys)]


def encrypt_to_recipients(plain: bytes, recipients: list[pyrage.x25519.Recipient]) -> bytes:
    return bytes(pyrage.encrypt(plain, list(recipients)))


def encrypt_with_passphrase(plain: bytes, passphrase: str) -> bytes:
    """age's scrypt mode (work factor 2^20: a few seconds, on purpose)."""
    if not passphrase:
        raise InvalidInputError("The bundle passphrase cannot be empty.")
    return bytes(pyrage.passphrase.encrypt(plain, passphrase))


def needs_passphrase(cipher: bytes) -> bool:
    """True when the file was encrypted to a passphrase (its age header has an scrypt stanza)."""
    check_age_head(cipher)
    return passphrase_protected(cipher[:65536])


def passphrase_protected(head: bytes) -> bool:
    """Whether the age header at the start of `head` has an scrypt stanza."""
    end = head.find(b"\n---")
    stanzas = head[: end if end >= 0 else len(head)].split(b"\n")
    return any(line.startswith(b"-> scrypt ") for line in stanzas)


def check_age_head(head: bytes) -> None:
    """Refuse what is not a binary age file: armored, or not age at all."""
    if head.startswith(AGE_ARMOR):
        raise BundleError(
            "it is ASCII-armored; Satchel reads binary age files (age -d turns it back)",
            "armored",
        )
    if not head.startswith(AGE_MAGIC):
        raise NotABundleError("it is not an age-encrypted file")


def decrypt_bundle(vs: VaultSession, cipher: bytes, passphrase: str | None = None) -> bytes:
    """The plaintext tar, in memory only: with the passphrase if given, else the vault's key."""
    check_age_head(cipher)
    try:
        if needs_passphrase(cipher):
            if passphrase is None:
                raise BundleError(
                    "it is protected by a passphrase and none was given", "needs_passphrase"
                )
            return bytes(pyrage.passphrase.decrypt(cipher, passphrase))
        return bytes(pyrage.decrypt(cipher, [vault_identity(vs)]))
    except pyrage.DecryptError as error:
        raise _decrypt_problem(str(error), passphrase is not None) from None


def _decrypt_problem(message: str, with_passphrase: bool) -> Exception:
    if with_passphrase and message.strip() in {"Decryption failed", "No matching keys found"}:
        return WrongPassphraseError("bundle passphrase")  # the header's MAC did not open
    if "No matching keys" in message:
        return BundleError(
            "it was not encrypted to this vault's sharing key (ask the sender to use the key "
            "shown under Sharing key)",
            "other_key",
        )
    return DamagedBundleError(f"it is cut short or was altered ({message})")
