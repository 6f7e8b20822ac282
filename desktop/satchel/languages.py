"""Which language the window speaks: `--language` for one run, else Settings, else the system.

The system's choice is read as gettext reads it (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG),
so a volunteer's laptop set to Russian opens Satchel in Russian without asking.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

SOURCE = "en"
PSEUDO = "xx-pseudo"  # every string 40 % longer: finds labels that will not fit
# Codes and each language's name in that language (shown untranslated in Settings).
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("ru", "Русский"),
    ("uk", "Українська"),
    ("de", "Deutsch"),
)
CODES: frozenset[str] = frozenset(code for code, _name in LANGUAGES)
CHOICES: tuple[str, ...] = (*(code for code, _name in LANGUAGES), PSEUDO)


def language_code(locale_name: str) -> str:
    """'ru_RU.UTF-8@euro' -> 'ru'; 'de-AT' -> 'de'; 'C' -> 'c'."""
    base = locale_name.split(".", 1)[0].split("@", 1)[0]
    return base.replace("-", "_").split("_", 1)[0].lower()


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The first language of the system's list that Satchel has; else English."""
    env = os.environ if environ is None else environ
    locale = next((env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)), "")
    candidates: list[str] = []
    # gettext ignores LANGUAGE while the locale is the plain C locale; so does Satchel.
    if language_code(locale) not in {"", "c", "posix"}:
        candidates.extend(part for part in env.get("LANGUAGE", "").split(":") if part)
    candidates.append(locale)
    for candidate in candidates:
        code = language_code(candidate)
        if code in CODES:
            return code
    return SOURCE


def choose_language(
    override: str | None, setting: str, environ: Mapping[str, str] | None = None
) -> str:
    """--language wins for this run; then the language chosen in Settings; then the system."""
    if override and (override in CODES or override == PSEUDO):
        return override
    if setting in CODES:
        return setting
    return system_language(environ)
