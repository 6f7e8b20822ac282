"""Every screen and dialog in every language: nothing left in English, nothing cut off.

The walks in Russian, Ukrainian and German pass once their catalogues are finished; the
pseudo-locale (every string 40 % longer) checks the layouts before any translation exists.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.ui.i18n.catalogues import TRANSLATED, identical_by_choice
from tests.ui.i18n.conftest import Walk
from tests.ui.i18n.screen_walk import checklist_texts, is_untranslatable

from satchel.languages import PSEUDO

SCREENS = {
    "welcome", "create vault", "unlock", "recover", "settings before unlock", "cases",
    "people", "checklists", "due soon", "activity", "case editor", "case report",
    "export case", "link person", "person editor", "person identity", "identity", "search",
    "settings", "keyboard shortcuts", "vault menu: backupsAction", "vault menu: exportAction",
    "vault menu: importBundleAction", "vault menu: sharingKeyAction",
    "vault menu: recentlyDeletedAction",
    "vault menu: importContactsAction", "vault menu: importNotesAction", "item scans",
    "new case", "note editor", "note history", "templates",
    "vault menu: changePassphraseAction", "vault menu: newRecoveryPhraseAction",
    "vault menu: prepareTravelAction", "vault menu: returnFromTravelAction",
    "vault menu: panicWipeAction",
}  # fmt: skip


def english_left(walk: Walk, english: Walk, kept: set[str]) -> list[str]:
    """Texts shown exactly as in the English window, where a translation was due."""
    source = {(s.screen, s.path, s.kind): s.text for s in english.texts}
    content = checklist_texts()
    left = []
    for shown in walk.texts:
        if source.get((shown.screen, shown.path, shown.kind)) != shown.text:
            continue
        if is_untranslatable(shown.text) or shown.text in content:
            continue
        if shown.text.replace("&", "") in kept:
            continue
        left.append(f"{shown.screen}: {shown.path} [{shown.kind}] {shown.text!r}")
    return sorted(set(left))


def test_the_walk_reaches_every_screen(walked: Callable[[str], Walk]) -> None:
    assert set(walked("en").screens) == SCREENS


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_english_left_on_any_screen(walked: Callable[[str], Walk], language: str) -> None:
    left = english_left(walked(language), walked("en"), identical_by_choice(language))
    assert not left, f"{len(left)} texts still in English:\n" + "\n".join(left)


def test_pseudo_locale_reaches_every_text(walked: Callable[[str], Walk]) -> None:
    """A text that stays plain English under the pseudo-locale bypasses translation."""
    left = english_left(walked(PSEUDO), walked("en"), set())
    assert not left, "Not translatable:\n" + "\n".join(left)


@pytest.mark.parametrize("language", ("en", *TRANSLATED, PSEUDO))
def test_no_text_is_cut_off(walked: Callable[[str], Walk], language: str) -> None:
    clipped = [
        f"{c.screen}: {c.path} {c.text!r} needs {c.needed} px, has {c.has}"
        for c in walked(language).clipped
    ]
    assert not clipped, "\n".join(clipped)
