"""Satchel's version, read from the installed package's metadata.

pyproject.toml stays the one place the version is written; a frozen bundle carries the same
metadata (the PyInstaller spec copies it), so `satchel --version` agrees everywhere.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

UNKNOWN = "0+unknown"  # a source tree run without being installed


def installed_version() -> str:
    try:
        return version("satchel")
    except PackageNotFoundError:
        return UNKNOWN


__version__ = installed_version()
