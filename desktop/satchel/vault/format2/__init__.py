"""Format 2 on disk: a vault that says nothing about itself, with an optional duress side;
and the upgrade from format 1."""
