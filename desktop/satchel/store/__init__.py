"""The vault's database: SQLAlchemy models on SQLCipher, their migrations and full-text search.

This layer knows tables and files, not use cases; it takes a raw key from the vault layer
and never sees a passphrase.
"""
