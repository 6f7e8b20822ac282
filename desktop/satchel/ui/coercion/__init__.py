"""Screens for coercion: the duress passphrase."""
