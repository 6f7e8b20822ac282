"""`python -m satchel`."""

from satchel.cli import entry_point

entry_point()
