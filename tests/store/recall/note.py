"""One case note of the recall set and the queries, by phenomenon, that must find it."""

from __future__ import annotations

from dataclasses import dataclass, field

PHENOMENA = ("exact", "inflection", "transliteration", "compound")


@dataclass(frozen=True)
class RecallNote:
    """``exact``: a word as the note writes it; ``inflection``: another form of a word in
    it; ``transliteration``: a word or name of it in the other alphabet; ``compound``: a
    part of a compound word in it, or the compound for its parts."""

    key: str
    title: str
    body: str
    exact: list[str] = field(default_factory=list)
    inflection: list[str] = field(default_factory=list)
    transliteration: list[str] = field(default_factory=list)
    compound: list[str] = field(default_factory=list)

    def queries(self) -> list[tuple[str, str]]:
        return [(kind, query) for kind in PHENOMENA for query in getattr(self, kind)]
