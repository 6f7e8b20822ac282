"""Demo data stays apart: bundles and backups of a demo vault carry a sealed mark, and a real
vault refuses them (and a demo vault refuses real ones), changing nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete
from tests.factories import make_case, make_note, make_person
from tests.services.bundle_helpers import other_vault

from satchel.services.backups.operations import back_up, list_backups
from satchel.services.backups.restore import restore_in_place
from satchel.services.core.demo_mark import (
    DEMO_SETTING,
    DemoIntoRealError,
    RealIntoDemoError,
    is_demo_vault,
    mark_as_demo,
)
from satchel.services.core.session import VaultSession
from satchel.services.notebook import cases, people
from satchel.services.sharing.export import ExportRequest, export_bundle
from satchel.services.sharing.identity import public_key
from satchel.services.sharing.importing import import_file, open_bundle, read_bundle_file
from satchel.store.models import VaultSetting


@pytest.fixture
def demo_vault(tmp_path: Path) -> Iterator[VaultSession]:
    session = other_vault(tmp_path / "demo")
    with session.transaction() as orm:
        mark_as_demo(orm)
    try:
        yield session
    finally:
        session.close()


def _send(source: VaultSession, target: VaultSession, path: Path) -> Path:
    export_bundle(source, ExportRequest(path, recipients=[public_key(target)]))
    return path


def test_a_demo_bundle_is_refused_by_a_real_vault(
    vs: VaultSession, demo_vault: VaultSession, tmp_path: Path
) -> None:
    case_id = make_case(demo_vault, "Falcon — visa")
    make_note(demo_vault, "Call", "fake", case_id=case_id)
    bundle = _send(demo_vault, vs, tmp_path / "demo.age")
    assert b"demo" not in bundle.read_bytes()  # the mark is inside the encryption only

    with pytest.raises(DemoIntoRealError, match="demo vault"):
        import_file(vs, bundle)
    with pytest.raises(DemoIntoRealError):
        open_bundle(vs, read_bundle_file(bundle))  # refused before any preview

    assert cases.count_cases(vs) == 0
    assert not is_demo_vault(vs)


def test_a_real_bundle_is_refused_by_a_demo_vault(
    vs: VaultSession, demo_vault: VaultSession, tmp_path: Path
) -> None:
    make_person(vs, "Heron")
    bundle = _send(vs, demo_vault, tmp_path / "real.age")

    with pytest.raises(RealIntoDemoError, match="real vault"):
        import_file(demo_vault, bundle)
    assert people.count_people(demo_vault) == 0


def test_demo_to_demo_and_real_to_real_still_work(
    vs: VaultSession, demo_vault: VaultSession, tmp_path: Path
) -> None:
    make_case(vs, "Real one")
    other = other_vault(tmp_path / "colleague")
    try:
        import_file(other, _send(vs, other, tmp_path / "real.age"))
        assert cases.count_cases(other) == 1
        demo_too = other_vault(tmp_path / "demo2")
        with demo_too.transaction() as orm:
            mark_as_demo(orm)
        make_case(demo_vault, "Fake one")
        import_file(demo_too, _send(demo_vault, demo_too, tmp_path / "demo.age"))
        assert cases.count_cases(demo_too) == 1
        demo_too.close()
    finally:
        other.close()


def test_a_backup_of_demo_data_does_not_replace_a_real_vault(
    vs: VaultSession, tmp_path: Path
) -> None:
    with vs.transaction() as orm:
        mark_as_demo(orm)
    make_case(vs, "Fake case")
    backup = back_up(vs)
    assert b"demo" not in backup.read_bytes()[:4096]  # never in clear in the manifest
    listed = list_backups(
        backup.parent, vault_id=vs.vault.vault_id, database_key=vs.vault.database_key
    )
    (entry,) = [e for e in listed if e.path == backup]
    assert entry.counts is not None and entry.counts.demo
    with vs.transaction() as orm:  # the vault is real again
        orm.execute(delete(VaultSetting).where(VaultSetting.key == DEMO_SETTING))

    with pytest.raises(DemoIntoRealError, match="backup"):
        restore_in_place(vs, backup)
    assert vs.is_open and cases.count_cases(vs) == 1
