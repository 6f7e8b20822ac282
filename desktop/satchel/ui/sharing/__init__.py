"""Sharing with colleagues: export and import of bundles, and the vault's sharing key."""
