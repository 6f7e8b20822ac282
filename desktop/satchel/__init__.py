"""Satchel: an offline, encrypted notebook for people who help others reach safety."""

__version__ = "0.1.0"
