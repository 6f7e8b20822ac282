"""Reading the Qt Linguist catalogues and the glossary, for the translation tests."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from satchel.resources import resource_dir

TRANSLATED = ("ru", "uk", "de")
FOLDER = resource_dir() / "translations"
PLACEHOLDER = re.compile(r"%n|%L?\d+|\{\w*\}")
# Plural forms Qt expects (Qt Linguist's numerus rules): Russian and Ukrainian three, German two.
PLURAL_FORMS = {"ru": 3, "uk": 3, "de": 2, "en": 2}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # "" when finished, else unfinished, obsolete, vanished
    forms: tuple[str, ...]
    translator_comment: str

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)


def catalogue_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"satchel_{language}.ts"


def read_catalogue(path: Path) -> list[Message]:
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=message.get("numerus") == "yes",
                    kind=translation.get("type", ""),
                    forms=tuple(forms),
                    translator_comment=message.findtext("translatorcomment") or "",
                )
            )
    return messages


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)(?=\w)", text.replace("&&", "")))


@dataclass(frozen=True)
class GlossaryRule:
    english: re.Pattern[str]
    expected: dict[str, re.Pattern[str]]


def _cells(row: str) -> list[str]:
    cells = re.split(r"(?<!\\)\|", row.strip().strip("|"))
    return [cell.strip().strip("`").replace("\\|", "|") for cell in cells]


def glossary_rules(path: Path = FOLDER / "GLOSSARY.md") -> list[GlossaryRule]:
    """The table under "What the tests check": English pattern, then one per language."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| English pattern"))
    header = _cells(lines[start])[1:]
    rules: list[GlossaryRule] = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        english, *patterns = _cells(line)
        rules.append(
            GlossaryRule(
                re.compile(english, re.IGNORECASE),
                {
                    language: re.compile(pattern, re.IGNORECASE)
                    for language, pattern in zip(header, patterns, strict=True)
                },
            )
        )
    return rules


def identical_by_choice(language: str) -> set[str]:
    """Sources the translator kept as they are on purpose ("Status" in German)."""
    return {
        message.source.replace("&", "")
        for message in read_catalogue(catalogue_path(language))
        if not message.kind and message.forms and message.forms[0] == message.source
    }
