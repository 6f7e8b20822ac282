"""The installed brand, and what a neutral build's menu entry and manual page say."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from satchel.brand import (
    INSTALLED_FILE,
    NEUTRAL,
    SATCHEL,
    brand_folder,
    data_folder_name,
    environment,
    installed_brand,
    read_brand,
    settings_names,
    shown_brand,
)

REPO = Path(__file__).resolve().parents[1]
TEMPLATES = ("app.desktop.in", "command.1.in", "app.metainfo.xml.in", "copyright", "INSTALL.in")


def test_the_brands_are_the_packaging_ones() -> None:
    assert read_brand(brand_folder() / "satchel.env") == SATCHEL
    assert read_brand(brand_folder() / "notes.env") == NEUTRAL
    assert (brand_folder() / NEUTRAL.icon).is_file()
    assert (brand_folder() / SATCHEL.icon).is_file()


def test_a_source_checkout_is_satchel_and_a_neutral_bundle_is_not(tmp_path: Path) -> None:
    assert installed_brand(tmp_path / "none") == SATCHEL
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / INSTALLED_FILE).write_text(
        (brand_folder() / "notes.env").read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert installed_brand(bundle) == NEUTRAL
    assert shown_brand(NEUTRAL, camouflage=False) == NEUTRAL
    assert shown_brand(SATCHEL, camouflage=True) == NEUTRAL


def test_folders_are_fixed_by_the_installed_brand() -> None:
    assert settings_names(SATCHEL) == ("Satchel", "Satchel")  # where it always was
    assert "satchel" not in " ".join(settings_names(NEUTRAL)).lower()
    assert "satchel" not in data_folder_name(NEUTRAL).lower()


def test_satchel_variables_are_read_in_every_build(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SATCHEL_DEBUG", raising=False)
    assert environment("DEBUG") == ""
    monkeypatch.setenv("SATCHEL_DEBUG", "1")
    assert environment("DEBUG") == "1"


def _render(template: str, brand_file: Path) -> str:
    """As packaging/linux/build.sh fills in its @KEY@ names."""
    values = dict(
        line.split("=", 1)
        for line in brand_file.read_text(encoding="utf-8").splitlines()
        if line.startswith("BRAND_")
    )
    values["BRAND_COMMAND_UPPER"] = values["BRAND_COMMAND"].upper()
    text = (REPO / "packaging" / "linux" / template).read_text(encoding="utf-8")
    return re.sub(r"@([A-Z_]+)@", lambda m: values.get(m.group(1), "x"), text)


@pytest.mark.parametrize("template", TEMPLATES)
def test_the_neutral_package_files_never_say_satchel(template: str) -> None:
    text = _render(template, brand_folder() / "notes.env")
    assert not re.search("satchel", text, re.IGNORECASE), template
