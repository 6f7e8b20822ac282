"""The catalogues are complete, current and consistent; these pass once translators finish.

A missing, unfinished or obsolete message, a lost placeholder or accelerator, or a glossary
term translated another way fails here, naming the message.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.ui.i18n.catalogues import (
    FOLDER,
    PLURAL_FORMS,
    TRANSLATED,
    accelerators,
    catalogue_path,
    glossary_rules,
    placeholders,
    read_catalogue,
)

ROOT = Path(__file__).resolve().parents[3]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def _makefile_flags() -> list[str]:
    for line in (ROOT / "Makefile").read_text().splitlines():
        if line.startswith("LUPDATE_FLAGS :="):
            return line.split(":=", 1)[1].split()
    raise AssertionError("LUPDATE_FLAGS is not in the Makefile")


def _refreshed(tmp_path: Path, language: str, *extra: str) -> Path:
    """What `make translations` would make of this catalogue now."""
    package = ROOT / "desktop" / "satchel"
    sources = [
        *sorted(str(p) for p in (package / "ui").rglob("*.py")),
        str(package / "cli" / "prompts.py"),
    ]
    copy = tmp_path / catalogue_path(language).name
    shutil.copy(catalogue_path(language), copy)
    subprocess.run(
        [str(LUPDATE), *_makefile_flags(), *extra, *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    return copy


@pytest.mark.parametrize("language", (*TRANSLATED, "en"))
def test_catalogues_hold_exactly_the_strings_of_the_code(tmp_path: Path, language: str) -> None:
    """`make translations` would change nothing: no string is missing or left over."""
    extra = ("-pluralonly",) if language == "en" else ()
    current = {m.key for m in read_catalogue(_refreshed(tmp_path, language, *extra))}
    committed = {m.key for m in read_catalogue(catalogue_path(language))}
    missing = sorted(current - committed)
    obsolete = sorted(committed - current)
    assert not missing, f"{language}: run `make translations`; new in the code: {missing}"
    assert not obsolete, f"{language}: run `make translations`; gone from the code: {obsolete}"


def test_every_message_has_its_screen_as_context() -> None:
    """lupdate reads only full QCoreApplication.translate(...) and self.tr(...) calls: a
    local alias (tr = QCoreApplication.translate) files the text under an empty context,
    where Satchel never looks it up, so that text would stay English."""
    lost = [m.comment or m.source for m in read_catalogue(catalogue_path("ru")) if not m.context]
    assert not lost, f"call QCoreApplication.translate(...) by its full name for: {lost}"


@pytest.mark.parametrize("language", (*TRANSLATED, "en"))
def test_every_message_is_translated(language: str) -> None:
    messages = read_catalogue(catalogue_path(language))
    assert messages
    left = [
        (m.context, m.source)
        for m in messages
        if m.kind or not all(form.strip() for form in m.forms)
    ]
    assert not left, f"{len(left)} of {len(messages)} unfinished in {language}: {left[:20]}"
    wrong_plurals = [
        (m.context, m.source, len(m.forms))
        for m in messages
        if m.numerus and len(m.forms) != PLURAL_FORMS[language]
    ]
    assert not wrong_plurals


@pytest.mark.parametrize("language", (*TRANSLATED, "en"))
def test_placeholders_and_accelerators_are_kept(language: str) -> None:
    lost = []
    for message in read_catalogue(catalogue_path(language)):
        if message.kind:
            continue  # unfinished: the test above names it
        for form in message.forms:
            if placeholders(form) != placeholders(message.source) or (
                accelerators(message.source) and accelerators(form) != 1
            ):
                lost.append((message.context, message.source, form))
    assert not lost, f"{language}: placeholders or & accelerators lost: {lost}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_glossary_terms_are_translated_the_same_way(language: str) -> None:
    rules = glossary_rules()
    assert rules and all(language in rule.expected for rule in rules)
    inconsistent = []
    for message in read_catalogue(catalogue_path(language)):
        if message.kind or message.translator_comment.startswith("glossary-ok:"):
            continue
        source = message.source.replace("&", "")
        for rule in rules:
            if not rule.english.search(source):
                continue
            expected = rule.expected[language]
            for form in message.forms:
                if not expected.search(form.replace("&", "")):
                    inconsistent.append((message.source, form, expected.pattern))
    assert not inconsistent, f"{language}: terms not as in GLOSSARY.md: {inconsistent}"


def test_catalogues_compile(tmp_path: Path) -> None:
    lrelease = LUPDATE.with_name("pyside6-lrelease")
    for language in TRANSLATED:
        target = tmp_path / f"satchel_{language}.qm"
        subprocess.run(
            [str(lrelease), "-silent", str(catalogue_path(language)), "-qm", str(target)],
            check=True,
            capture_output=True,
        )
        assert target.stat().st_size > 0


def test_the_guide_and_glossary_sit_beside_the_catalogues() -> None:
    assert (FOLDER / "TRANSLATING.md").is_file()
    glossary = (FOLDER / "GLOSSARY.md").read_text(encoding="utf-8")
    for term in ("vault", "case", "pseudonym", "checklist", "passphrase", "recovery phrase"):
        assert f"| {term} |" in glossary
