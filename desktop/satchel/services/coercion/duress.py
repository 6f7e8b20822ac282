"""Setting and removing the duress passphrase of an open vault (format 2).

The cover is a vault of its own in the folder's second pair of files. Its database is made
and filled before the header points to it, so a crash at any moment leaves either no duress
passphrase or a complete one.
"""

from __future__ import annotations

from dataclasses import dataclass

from satchel.errors import InvalidInputError
from satchel.services.coercion.cover_content import fill_cover
from satchel.services.coercion.modes import MODES
from satchel.services.core.session import VaultSession
from satchel.vault.format2.unlocked import DURESS_MODES, HiddenVault


@dataclass(frozen=True)
class DuressState:
    available: bool  # False for a vault still in format 1, or one opened by recovery phrase
    is_set: bool


def _hidden(vs: VaultSession) -> HiddenVault:
    vault = vs.vault
    if not isinstance(vault, HiddenVault):
        raise InvalidInputError(problem="old_format")
    return vault


def duress_state(vs: VaultSession) -> DuressState:
    vault = vs.vault
    if not isinstance(vault, HiddenVault):
        return DuressState(False, False)
    return DuressState(True, vault.duress_position is not None)


def set_duress(
    vs: VaultSession,
    duress_passphrase: str,
    *,
    mode: str,
    sample_content: bool = True,
    language: str = "en",
) -> None:
    """Make (or replace) the cover and its passphrase. `mode`: "erase" or "hide". The
    offered content is written in `language` (a code such as "ru"; others give English)."""
    if mode not in DURESS_MODES:
        raise InvalidInputError(f"The mode must be one of {', '.join(MODES)}.")
    vault = _hidden(vs)
    vs.require_open()
    if vault.opened_as_cover:
        # Asked inside the cover: accepted as any vault would (a refusal would tell), with a
        # second passphrase of this same cover; the real vault is neither shown nor touched.
        vault.add_own_duress(duress_passphrase)
        return
    cover = vault.prepare_cover(duress_passphrase)
    try:
        cover_session = VaultSession.open(cover, create=True)
    except BaseException:
        cover.close()
        raise
    try:
        if sample_content:
            fill_cover(cover_session, language)
        vault.commit_cover(cover, mode)
    finally:
        cover_session.close()


def remove_duress(vs: VaultSession) -> bool:
    return _hidden(vs).remove_duress()
