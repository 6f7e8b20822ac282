"""Small valid checklist templates for tests, as TOML text with known line numbers."""

from __future__ import annotations

from pathlib import Path

from satchel.services.templates.shipped import template_folder


def localized(prefix: str, text: str) -> str:
    """`title.en = "Text (en)"` ... for the four languages, one line each."""
    return "\n".join(f'{prefix}.{lang} = "{text} ({lang})"' for lang in ("en", "ru", "uk", "de"))


def table(name: str, text: str) -> str:
    return f"[{name}]\n" + "\n".join(
        f'{lang} = "{text} ({lang})"' for lang in ("en", "ru", "uk", "de")
    )


def item(key: str, *, category: str = "identity", required: bool = True, extra: str = "") -> str:
    lines = [
        "[[items]]",
        f'id = "{key}"',
        f'category = "{category}"',
        f"required = {'true' if required else 'false'}",
        localized("title", f"Title of {key}"),
        localized("help", f"Help for {key}"),
    ]
    if extra:
        lines.append(extra)
    return "\n".join(lines)


def template_text(
    key: str = "sample-template",
    version: int = 1,
    items: tuple[str, ...] = ("passport", "visa", "contract"),
    *,
    title: str = "Sample",
) -> str:
    """A complete, valid template. Line 1 is `id`; each item takes 13 lines."""
    parts = [
        f'id = "{key}"',
        f"version = {version}",
        'jurisdiction = "DE"',
        "",
        table("title", title),
        "",
        table("description", "What it covers"),
        "",
        table("disclaimer", "Check with a lawyer"),
        "",
        "[[sources]]",
        'title = "An official page"',
        'url = "https://example.org/page"',
        "last_reviewed = 2026-11-25",
    ]
    for key_ in items:
        parts += ["", item(key_)]
    return "\n".join(parts) + "\n"


def shipped_files() -> list[Path]:
    return sorted(template_folder().glob("*.toml"))
