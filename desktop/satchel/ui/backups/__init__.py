"""The Backups dialog: where backups go, the list, and take, verify and restore."""
