"""Backups: taking a consistent copy, the backup file, listing, verifying, retention and restore."""
