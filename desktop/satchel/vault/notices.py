"""What an unlock found and repaired, or changed, told to the user instead of done in silence.

A damaged header copy or commit-record slot is repaired from the intact one, but the damage
is evidence (a bad disk, or someone at work on the files): the command line prints each
notice, the window shows them after unlock, and the event log and the vault's activity log
record them. Kinds are fixed words, so the window can translate its own sentence for each.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

NoticeKind = Literal[
    "header_copy_damaged",
    "header_copy_missing",
    "header_copy_stale",
    "commit_slot_damaged",
    "record_started_after_restore",
    "record_started",
]

REPAIRS: frozenset[NoticeKind] = frozenset(
    {"header_copy_damaged", "header_copy_missing", "header_copy_stale", "commit_slot_damaged"}
)


@dataclass(frozen=True)
class VaultNotice:
    kind: NoticeKind
    name: str  # the file (and slot) concerned, e.g. "header-2.json" or "vault.commit slot 1"

    @property
    def is_repair(self) -> bool:
        return self.kind in REPAIRS

    def sentence(self) -> str:
        """The English sentence the command line prints."""
        return {
            "header_copy_damaged": f"{self.name} was damaged; it was rewritten from the intact "
            "header copy. Damage can mean a failing disk or someone at work on the files.",
            "header_copy_missing": f"{self.name} was missing; it was written again from the "
            "intact header copy.",
            "header_copy_stale": f"{self.name} was left behind by a change cut short (a crash "
            "or power cut); it was brought up to date.",
            "commit_slot_damaged": f"{self.name} failed its authenticity check; it was "
            "rewritten. The database holds every change on record.",
            "record_started_after_restore": "This vault was restored from a backup: its commit "
            "record (vault.commit) starts again from the restored state. If you did not "
            "restore it, someone replaced its files.",
            "record_started": "This vault now keeps a commit record (vault.commit), so a lost "
            "or rolled-back change will be detected from now on.",
        }[self.kind]
