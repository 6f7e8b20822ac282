"""Satchel: an offline, encrypted notebook for people who help others reach safety."""

from __future__ import annotations

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    # Read from the package's metadata when first asked: importing importlib.metadata
    # would cost every command line start ~0.04 s.
    if name == "__version__":
        from satchel.version import installed_version  # noqa: PLC0415

        return installed_version()
    raise AttributeError(f"module 'satchel' has no attribute {name!r}")
