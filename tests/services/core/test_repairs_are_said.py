"""A repair is never silent, and a vault made before the header recorded vault.commit opens.

Measured before: 177 of 177 bit flips in a header copy and 107 of 107 in vault.commit were
repaired in silence, `check` saying "ok" and the evidence gone.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tests.cli.conftest import PASSPHRASE_LINE, run_process
from tests.conftest import PASSPHRASE

from satchel.errors import DamagedError
from satchel.services.core import session as vault_session
from satchel.services.core.activity import list_activity
from satchel.services.notebook import notes
from satchel.vault import FAST_TEST_KDF

# Made by Satchel as of 2026-12-06, before the header said whether vault.commit exists.
MADE_BEFORE = Path(__file__).parents[2] / "vault" / "fixtures" / "vault-made-2026-12-06"


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x04
    path.write_bytes(bytes(data))


def test_a_vault_made_by_the_earlier_code_opens_and_starts_its_record(
    format1: None, tmp_path: Path
) -> None:
    """Read as format 1 (the upgrade held back): tests/services/core/test_format_upgrade."""
    folder = shutil.copytree(MADE_BEFORE, tmp_path / "vault")
    assert "commit_record" not in json.loads((folder / "header-1.json").read_bytes())["body"]
    with vault_session.unlock(folder, PASSPHRASE) as vs:
        assert [n.kind for n in vs.vault.notices] == ["record_started"]
        assert notes.get_note(vs, notes.list_notes(vs)[0].id).body == "Shearwaterkeptbody"
    assert json.loads((folder / "header-1.json").read_bytes())["body"]["commit_record"] is True
    with vault_session.unlock(folder, PASSPHRASE) as vs:
        assert vs.vault.notices == []
    (folder / "vault.commit").unlink()  # from now on, its loss is noticed
    with pytest.raises(DamagedError, match="missing"):
        vault_session.unlock(folder, PASSPHRASE)


def test_a_damaged_header_copy_is_repaired_and_said_everywhere(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    made, _phrase = vault_session.create(folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF)
    with made:
        position = made.vault._position  # the passphrase slot: only it can be judged
    _flip(folder / "1", 16 + position * 112 + 50)
    done = run_process("--log-events", "check", folder, stdin=PASSPHRASE_LINE)
    assert done.code == 0, done.err
    assert "satchel: repaired: 1 was damaged" in done.err
    assert "repaired: 1\n" in done.out
    assert "vault.repaired" in done.err and "header_copies=1" in done.err
    with vault_session.unlock(folder, PASSPHRASE) as vs:
        assert vs.vault.notices == []
        assert "1" in [e.detail for e in list_activity(vs) if e.action == "repaired"]
