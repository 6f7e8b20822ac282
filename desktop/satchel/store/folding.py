"""The caseless key rule of unique names (tags, pseudonyms), apart from the column types so
that the listings read without SQLAlchemy (satchel.services.notebook.listings) fold a
typed tag as the models do."""

from __future__ import annotations

import unicodedata


def fold_key(text: str) -> str:
    """A caseless key for uniqueness: "Müller", "MÜLLER " and "müller" give the same key.

    SQLite's own lower() folds ASCII only, so the key is computed here and stored.
    """
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return " ".join(folded.split())
