"""Recall@10 of search over the recall set, per phenomenon.

The notes are indexed among distractors: every item of every shipped checklist template,
in all four languages (their titles and help texts share the notes' vocabulary). Uses only
store.engine, store.migrate and store.search_index, so the same file measures an older
Satchel too: ``PYTHONPATH=OLD/desktop:. python -m tests.store.recall.measure``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import tomllib
import uuid
from collections import defaultdict
from pathlib import Path

from sqlalchemy.orm import Session
from tests.store.recall import notes_de, notes_en, notes_ru, notes_uk
from tests.store.recall.note import PHENOMENA, RecallNote

from satchel.store.engine import close_database, open_database
from satchel.store.migrate import upgrade_to_head
from satchel.store.search_index import index_document, search

RESOURCES = Path(__file__).resolve().parents[3] / "resources" / "checklists"
TOP = 10
NOTES: list[RecallNote] = notes_ru.NOTES + notes_uk.NOTES + notes_de.NOTES + notes_en.NOTES


def distractors() -> list[tuple[str, str]]:
    """(title, body) of every checklist template item in every language."""
    found = []
    for path in sorted(RESOURCES.glob("*.toml")):
        template = tomllib.loads(path.read_text(encoding="utf-8"))
        for item in template.get("items", []):
            for lang, title in item["title"].items():
                found.append((title, item.get("help", {}).get(lang, "")))
    return found


def index_all(session: Session) -> dict[str, uuid.UUID]:
    for title, body in distractors():
        index_document(
            session, kind="checklist_item", ref_id=uuid.uuid4(), case_id=None, title=title,
            body=body, tags="",
        )  # fmt: skip
    ids = {}
    for note in NOTES:
        ids[note.key] = uuid.uuid4()
        index_document(
            session, kind="note", ref_id=ids[note.key], case_id=None, title=note.title,
            body=note.body, tags="",
        )  # fmt: skip
    session.commit()
    return ids


def misses_and_recall(session: Session) -> tuple[list[tuple[str, str, str]], dict[str, float]]:
    """The queries whose note is not in the first TOP results, and recall per phenomenon."""
    ids = index_all(session)
    found: dict[str, list[bool]] = defaultdict(list)
    missed = []
    for note in NOTES:
        for kind, query in note.queries():
            hits = [hit.ref_id for hit in search(session, query, limit=TOP)]
            found[kind].append(ids[note.key] in hits)
            if not found[kind][-1]:
                missed.append((kind, query, note.key))
    recall = {kind: sum(found[kind]) / len(found[kind]) for kind in PHENOMENA if found[kind]}
    return missed, recall


def measure(folder: Path) -> tuple[list[tuple[str, str, str]], dict[str, float]]:
    engine = open_database(folder / "recall.db", bytearray(os.urandom(32)), create=True)
    try:
        upgrade_to_head(engine)
        with Session(engine) as session:
            return misses_and_recall(session)
    finally:
        close_database(engine)


def counts() -> dict[str, int]:
    return {kind: sum(len(getattr(n, kind)) for n in NOTES) for kind in PHENOMENA}


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        missed, recall = measure(Path(folder))
    total = counts()
    print(f"{len(NOTES)} notes, {len(distractors())} distractors, {sum(total.values())} queries")
    for kind in PHENOMENA:
        print(f"{kind:16} {total[kind]:4} queries  recall@{TOP} {recall.get(kind, 0):.3f}")
    if "-v" in sys.argv:
        for miss in missed:
            print("missed", *miss)


if __name__ == "__main__":
    main()
