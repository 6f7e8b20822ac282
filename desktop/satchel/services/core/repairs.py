"""What an unlock repaired or changed, for the command line and the window (which may not
import the vault layer themselves), and who is told of it."""

from __future__ import annotations

from collections.abc import Callable

from satchel.vault.notices import VaultNotice

__all__ = ["NoticeListener", "VaultNotice", "listeners", "tell_notices_to"]

NoticeListener = Callable[[list[VaultNotice]], None]
_notice_listeners: list[NoticeListener] = []


def tell_notices_to(listener: NoticeListener) -> None:
    """Have `listener` told what each unlock of this process repaired or changed (the command
    line prints it; the window reads `vault.notices` itself). Registering twice is harmless."""
    if listener not in _notice_listeners:
        _notice_listeners.append(listener)


def listeners() -> list[NoticeListener]:
    return list(_notice_listeners)
