"""Format 1 on disk: the readable header with its keyslots, and the commit record."""
