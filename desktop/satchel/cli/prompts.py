"""Passphrase prompts in the user's language: the one part of the command line that is not
English. Someone typing a secret at a border checkpoint should understand what is asked;
everything else the command line prints stays English, a contract for scripts.

The words come from the window's catalogues (context "PassphrasePrompt"), read as plain
XML so that a command never loads Qt. `make translations` collects the marked texts below.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from functools import cache

from satchel.languages import SOURCE, system_language
from satchel.resources import resource_dir


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Marks `text` for the catalogues; the translation is looked up when it is shown."""
    del context
    return text


CONTEXT = "PassphrasePrompt"
PROMPTS = (
    QT_TRANSLATE_NOOP("PassphrasePrompt", "Passphrase"),
    QT_TRANSLATE_NOOP("PassphrasePrompt", "Current passphrase"),
    QT_TRANSLATE_NOOP("PassphrasePrompt", "New passphrase"),
    QT_TRANSLATE_NOOP("PassphrasePrompt", "Recovery phrase"),
    QT_TRANSLATE_NOOP("PassphrasePrompt", "Bundle passphrase"),
    QT_TRANSLATE_NOOP("PassphrasePrompt", "Report passphrase"),
    QT_TRANSLATE_NOOP("PassphrasePrompt", "Cover passphrase"),
    QT_TRANSLATE_NOOP("PassphrasePrompt", "Duress passphrase"),
    QT_TRANSLATE_NOOP("PassphrasePrompt", "Backup passphrase"),
    QT_TRANSLATE_NOOP("PassphrasePrompt", "{0} (again)"),
)


@cache
def _catalogue(language: str) -> dict[str, str]:
    """The finished translations of the prompts; empty when there is no catalogue."""
    path = resource_dir() / "translations" / f"satchel_{language}.ts"
    try:
        root = ET.parse(path).getroot()  # noqa: S314 - Satchel's own file, not input
    except (OSError, ET.ParseError):
        return {}
    found: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and not translation.get("type") and translation.text:
                found[message.findtext("source") or ""] = translation.text
    return found


def localized(prompt: str, environ: Mapping[str, str] | None = None) -> str:
    """`prompt` in the system's language when its catalogue has it, else as it is."""
    language = system_language(environ)
    if language == SOURCE:
        return prompt
    return _catalogue(language).get(prompt, prompt)
