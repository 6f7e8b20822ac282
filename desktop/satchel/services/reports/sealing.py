"""A report with identities, encrypted with age before it touches the disk.

A PDF holding legal names and phone numbers is as sensitive as the vault; written plain it
can be read from the disk, a USB stick or a mail attachment. Sealed to a colleague's sharing
key (age1…) or to a passphrase, it opens with `age -d` (or `age -d -i key.txt`) and any
PDF reader; nothing else about it changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from satchel.errors import InvalidInputError
from satchel.services.sharing.identity import (
    encrypt_to_recipients,
    encrypt_with_passphrase,
    parse_recipients,
)

SEALED_SUFFIX = ".age"


def report_sealer(
    recipients: Sequence[str] = (), passphrase: str | None = None
) -> Callable[[bytes], bytes] | None:
    """What turns the PDF's bytes into an age file; None for a plain PDF.

    Checks the keys now, before any drawing, so a mistyped key fails at once.
    """
    if recipients and passphrase is not None:
        raise InvalidInputError("Encrypt the report to sharing keys or to a passphrase, not both.")
    if recipients:
        keys = parse_recipients(recipients)
        return lambda data: encrypt_to_recipients(data, keys)
    if passphrase is not None:
        if not passphrase:
            raise InvalidInputError(problem="passphrase_empty", field="report passphrase")
        return lambda data: encrypt_with_passphrase(data, passphrase)
    return None
