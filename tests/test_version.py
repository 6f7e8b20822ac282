"""`satchel --version` tells the version written in pyproject.toml, not a second copy."""

from __future__ import annotations

import tomllib
from pathlib import Path

from satchel import __version__
from satchel.version import UNKNOWN

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_version_comes_from_the_package_metadata() -> None:
    written = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["version"]
    assert __version__ == written
    assert __version__ != UNKNOWN
