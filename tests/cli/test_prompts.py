"""Passphrase prompts follow the system's language; the rest of the command line stays English."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from satchel.cli import prompts

CLI = Path(prompts.__file__).parent


def _asked_for() -> set[str]:
    """Every literal prompt the commands pass to SecretReader.read or _new_passphrase."""
    found: set[str] = set()
    for path in CLI.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in {"read", "_new_passphrase"}:
                found.update(
                    arg.value
                    for arg in node.args
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                )
    return found


def test_every_prompt_is_in_the_catalogues() -> None:
    asked = _asked_for()
    assert "Passphrase" in asked
    assert asked <= set(prompts.PROMPTS)


def test_a_finished_translation_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "satchel_ru.ts").write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="ru_RU">
<context><name>PassphrasePrompt</name>
<message><source>Passphrase</source><translation>Парольная фраза</translation></message>
<message><source>Recovery phrase</source><translation type="unfinished">x</translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    monkeypatch.setattr(prompts, "resource_dir", lambda: tmp_path)
    prompts._catalogue.cache_clear()
    try:
        russian = {"LANG": "ru_RU.UTF-8"}
        assert prompts.localized("Passphrase", russian) == "Парольная фраза"
        assert prompts.localized("Recovery phrase", russian) == "Recovery phrase"  # unfinished
        assert prompts.localized("Passphrase", {"LANG": "en_GB.UTF-8"}) == "Passphrase"
        assert prompts.localized("Passphrase", {"LANG": "de_DE.UTF-8"}) == "Passphrase"  # no file
    finally:
        prompts._catalogue.cache_clear()
