"""A locked format-2 vault says nothing about itself, with or without a duress passphrase.

Vaults with no duress passphrase, with one in each mode, and after 1,000 changes: the same
file names, the same header sizes; header bytes that pass a chi-square test and hold no
repeated 8-byte block; and no telling word in any file of the folder or of a backup.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from tests.cli.conftest import run_process
from tests.factories import make_vault

from satchel.services.backups.operations import back_up
from satchel.services.coercion.duress import set_duress
from satchel.services.core import session
from satchel.services.core.settings import BackupSettings, save_backup_settings
from satchel.services.notebook.cases import create_case, update_case

REAL = "real passphrase, long enough"
WORDS = (b"satchel", b"vault", b"argon", b"slot", b"passphrase", b"recovery", b"kdf", b"format")
# Chi-square, 255 degrees of freedom: random bytes average 255 (sd 22.6); 400 is exceeded by
# chance far less than once in a billion tries, while a readable header (JSON, a magic
# string, slot kinds) over these ~10 KB scores in the thousands.
CHI_SQUARE_LIMIT = 400.0


def _fresh(folder: Path) -> Path:
    vs, _ = make_vault(folder, REAL, format_version=2)
    with vs:
        create_case(vs, title="Case one")
        back_up(vs)
    return folder


def _with_duress(folder: Path, mode: str) -> Path:
    _fresh(folder)
    with session.unlock(folder, REAL) as vs:
        set_duress(vs, f"duress {mode} passphrase", mode=mode)
    return folder


def _busy(folder: Path) -> Path:
    vs, _ = make_vault(folder, REAL, format_version=2)
    with vs:
        case = create_case(vs, title="Case one")
        for number in range(1000):
            update_case(vs, case, summary=f"change {number}")
        back_up(vs)
    return folder


@pytest.fixture(scope="module")
def vaults(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("locked")
    return {
        "fresh": _fresh(base / "fresh"),
        "duress-hide": _with_duress(base / "hide", "hide"),
        "duress-erase": _with_duress(base / "erase", "erase"),
        "after-1000-changes": _busy(base / "busy"),
    }


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_same_names_and_header_sizes_with_or_without_duress(vaults: dict[str, Path]) -> None:
    shapes = set()
    for folder in vaults.values():
        top = sorted(p.name for p in folder.iterdir())
        sizes = tuple((folder / name).stat().st_size for name in ("0", "1", "4", "5", "6"))
        shapes.add((tuple(top), sizes))
    assert len(shapes) == 1, shapes
    (names, sizes) = shapes.pop()
    assert names == ("0", "1", "2", "3", "4", "5", "6", "7")
    assert sizes == (912, 912, 88, 88, 0)


def test_no_telling_word_in_any_file(vaults: dict[str, Path]) -> None:
    """Every word in the small files. In the databases and backups (hundreds of KB of
    ciphertext) a 3- or 4-letter word turns up by chance in about one file in 7 ("kdf") or
    100 ("slot"), so there only the words of five letters or more are looked for: a chance
    match of those is about one in 100,000."""
    for folder in vaults.values():
        for path in _files(folder):
            data = path.read_bytes().lower()
            words = WORDS if len(data) <= 1024 else [w for w in WORDS if len(w) >= 5]
            found = [word for word in words if word in data]
            assert not found, (path, found)


def _chi_square(data: bytes) -> float:
    counts = Counter(data)
    expected = len(data) / 256
    return sum((counts.get(b, 0) - expected) ** 2 / expected for b in range(256))


def test_header_bytes_look_random(vaults: dict[str, Path]) -> None:
    headers = b"".join((folder / "0").read_bytes() for folder in vaults.values())
    headers += b"".join(
        path.read_bytes()[:2024] for folder in vaults.values() for path in _files(folder / "7")
    )
    assert _chi_square(headers) < CHI_SQUARE_LIMIT
    for folder in vaults.values():
        for name in ("0", "4", "5"):
            data = (folder / name).read_bytes()
            blocks = [data[i : i + 8] for i in range(0, len(data) - 7, 8)]
            assert len(set(blocks)) == len(blocks), (folder, name)


def test_copies_of_the_folder_open_alike(vaults: dict[str, Path], tmp_path: Path) -> None:
    """The duress vault is an ordinary one to anyone with either passphrase."""
    target = tmp_path / "copy"
    shutil.copytree(vaults["duress-hide"], target)
    with session.unlock(target, "duress hide passphrase") as vs:
        assert vs.vault.vault_id


@pytest.fixture(scope="module")
def elsewhere(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Backups written outside the vault folder: to a folder passed in (`satchel backup
    --to`), to the folder chosen in the settings, and by the command line itself."""
    base = tmp_path_factory.mktemp("elsewhere")
    stick, chosen, by_cli = base / "stick", base / "chosen", base / "cli"
    chosen.mkdir()
    vs, _ = make_vault(base / "v", REAL)
    with vs:
        create_case(vs, title="Case one")
        made = [back_up(vs, stick)]
        save_backup_settings(vs, BackupSettings(folder=str(chosen), automatic=True))
        made.append(back_up(vs))
    done = run_process("backup", base / "v", "--to", by_cli, stdin=REAL.encode() + b"\n")
    assert done.code == 0, done.err
    made += [p for p in by_cli.iterdir() if p.is_file()]
    assert [p.parent for p in made] == [stick, chosen, by_cli]
    return made


def test_backups_elsewhere_say_nothing_either(elsewhere: list[Path]) -> None:
    """Format 2 wherever a backup goes: a neutral name, no magic, a sealed manifest, no
    counter or date in clear; and its first bytes (header, record, manifest) look random."""
    for path in elsewhere:
        assert len(path.name) == 16 and all(c in "0123456789abcdef" for c in path.name), path
        data = path.read_bytes()
        assert not data.startswith(b"%SATCHEL"), path
        found = [word for word in WORDS if len(word) >= 5 and word in data.lower()]
        assert not found, (path, found)
        for clear in (b"created", b"reason", b"commit_seq", b"schema", b'"lock"', b"manual"):
            assert clear not in data, (path, clear)
    heads = b"".join(path.read_bytes()[:2024] for path in elsewhere)
    assert _chi_square(heads) < CHI_SQUARE_LIMIT
