"""The sharing tests' filled vault: a case with people, notes, a checklist and a file."""

from __future__ import annotations

import pytest
from tests.services.bundle_helpers import FilledCase, fill_case

from satchel.services.core.session import VaultSession


@pytest.fixture
def filled(vs: VaultSession) -> FilledCase:
    return fill_case(vs)
