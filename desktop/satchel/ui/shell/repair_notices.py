"""The sentence the window shows for each thing an unlock repaired or changed.

The services hand over fixed kinds (see satchel.vault.notices); the words are the window's
own, so they are translated like every other string.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from satchel.services.core.session import VaultSession


def notice_sentences(session: VaultSession) -> list[str]:
    sentences = []
    for notice in session.vault.notices:
        text = {
            "header_copy_damaged": QCoreApplication.translate(
                "RepairNotices",
                "The vault file %1 was damaged and was rewritten from the intact copy. "
                "Damage can mean a failing disk or someone at work on the files.",
            ),
            "header_copy_missing": QCoreApplication.translate(
                "RepairNotices",
                "The vault file %1 was missing and was written again from the intact copy.",
            ),
            "header_copy_stale": QCoreApplication.translate(
                "RepairNotices",
                "The vault file %1 was left behind by a change cut short and was brought up "
                "to date.",
            ),
            "commit_slot_damaged": QCoreApplication.translate(
                "RepairNotices",
                "Part of the vault's commit record (%1) failed its authenticity check and was "
                "rewritten. The vault holds every change on record.",
            ),
            "record_started_after_restore": QCoreApplication.translate(
                "RepairNotices",
                "This vault was restored from a backup: its commit record starts again from "
                "the restored state. If you did not restore it, someone replaced its files.",
            ),
            "record_started": QCoreApplication.translate(
                "RepairNotices",
                "This vault now keeps a commit record, so a lost change will be detected.",
            ),
        }[notice.kind]
        sentences.append(text.replace("%1", notice.name))
    return sentences
