"""Every control, on every screen and in every language, has a name, a role and a place in
the Tab order, as a screen reader and a keyboard user meet it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.ui.i18n.catalogues import TRANSLATED
from tests.ui.i18n.conftest import Walk

from satchel.languages import PSEUDO

LANGUAGES = ("en", *TRANSLATED, PSEUDO)


def _lines(found: list[tuple[str, str, str]]) -> str:
    return "\n".join(f"{screen}: {path} ({kind})" for screen, path, kind in found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_control_has_a_name_and_a_role(walked: Callable[[str], Walk], language: str) -> None:
    walk = walked(language)
    assert not walk.unnamed, "Without an accessible name:\n" + _lines(walk.unnamed)
    assert not walk.roleless, "Without an accessible role:\n" + _lines(walk.roleless)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_control_is_in_the_tab_order(walked: Callable[[str], Walk], language: str) -> None:
    walk = walked(language)
    assert not walk.untabbable, "Not reachable with Tab:\n" + _lines(walk.untabbable)
