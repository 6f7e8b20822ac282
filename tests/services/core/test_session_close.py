"""Closing waits for work in flight on other threads, and refuses new work."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from satchel.errors import LockedError
from satchel.services.core.session import VaultSession
from satchel.services.notebook import cases


def test_close_waits_for_a_transaction_on_another_thread(vs: VaultSession) -> None:
    inside = threading.Event()
    release = threading.Event()
    outcome: list[object] = []

    def import_worker() -> None:
        try:
            with vs.transaction() as session:
                inside.set()
                release.wait(timeout=30)
                session.execute(text("INSERT INTO vault_settings (key, value) VALUES ('k', '1')"))
        except Exception as error:  # pragma: no cover - reported below
            outcome.append(error)
        else:
            outcome.append("committed")

    worker = threading.Thread(target=import_worker)
    worker.start()
    assert inside.wait(timeout=30)
    assert vs.busy
    closer = threading.Thread(target=vs.close)
    closer.start()
    closer.join(timeout=0.2)
    assert closer.is_alive(), "close() must wait while a transaction runs"
    with pytest.raises(LockedError):
        cases.list_cases(vs)  # new work is refused once closing has begun
    release.set()
    worker.join(timeout=30)
    closer.join(timeout=30)
    assert outcome == ["committed"]
    assert not vs.is_open and vs.vault.keys_wiped
