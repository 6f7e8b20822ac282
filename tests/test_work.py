"""The contract of long work: progress in stages, and a Cancel the work obeys."""

from __future__ import annotations

import pytest

from satchel.errors import CancelledError, VaultError
from satchel.work import CancelToken, check_cancelled, stage


def test_a_stage_maps_its_own_progress_onto_its_share_of_the_job() -> None:
    seen: list[float] = []
    middle = stage(seen.append, 0.4, 0.7)
    for fraction in (-1.0, 0.0, 0.5, 1.0, 2.0):
        middle(fraction)
    assert seen == pytest.approx([0.4, 0.4, 0.55, 0.7, 0.7])
    stage(None, 0.0, 1.0)(0.5)  # no one listening is fine


def test_the_work_stops_only_once_cancel_was_pressed() -> None:
    token = CancelToken()
    check_cancelled(token)
    check_cancelled(None)
    token.cancel()
    assert token.is_cancelled()
    with pytest.raises(CancelledError) as caught:
        check_cancelled(token)
    assert isinstance(caught.value, VaultError) and caught.value.code == "cancelled"
    assert str(caught.value) == "Cancelled. Nothing was written and the vault is unchanged."
