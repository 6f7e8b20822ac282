"""Satchel: an offline, encrypted notebook for people who help others reach safety."""

from satchel.version import __version__

__all__ = ["__version__"]
