"""A vault written before word forms were indexed is re-indexed once, on its first unlock.

vaults/made-by-0002 was made by Satchel at schema 0002 (search by written words only) with
the fast test KDF: a case, three notes in Russian, German and Ukrainian, and a person whose
legal name and document number are sealed identity fields.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from satchel.services.core import search
from satchel.services.core import session as vault_session
from satchel.store.migrate import HEAD_REVISION, current_revision
from satchel.vault.lifecycle import BACKUPS_FOLDER

MADE_BY_0002 = Path(__file__).with_name("vaults") / "made-by-0002"
PASSPHRASE = "old vault passphrase"


def test_an_old_vault_is_reindexed_once_with_progress(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(MADE_BY_0002, folder)
    shares: list[float] = []
    with vault_session.unlock(folder, PASSPHRASE, progress=shares.append) as vs:
        assert vs.engine is not None
        assert current_revision(vs.engine) == HEAD_REVISION
        assert shares and shares[-1] == 1.0 and shares == sorted(shares)

        def titles(text: str) -> list[str]:
            return [result.title for result in search.search(vs, text, kinds=["note"])]

        assert sorted(titles("паспорт")) == ["Звонок", "Сім'я"]  # «паспорта» in both
        assert titles("Vasily Chernov") == ["Звонок"]
        assert titles("Aufenthaltstitel") == ["Anhörung"]
        assert titles("заявник") == ["Сім'я"]
        assert search.search(vs, "Secretov") == []  # identity fields stay out of the index
        assert search.search(vs, "AB123456") == []
    # Upgraded to format 2 at this unlock: the vault as it was, backed up first, now sits in
    # format 2's backups folder.
    assert not (folder / BACKUPS_FOLDER).exists()
    assert any((folder / "7").iterdir())

    shares.clear()
    with vault_session.unlock(folder, PASSPHRASE, progress=shares.append):
        assert shares == []  # once: the next unlock has nothing to do
