"""Search finds case notes by another form of a word and across alphabets, in four languages.

The recall set (tests/store/recall) holds 32 case notes in Russian, Ukrainian, German and
English among 428 checklist-template items in all four, and 400 queries split by what they
test. Measured before word forms were indexed: exact 1.00, inflection 0.21,
transliteration 0.00, compound 0.23.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.store.recall.measure import TOP, counts, measure
from tests.store.recall.note import PHENOMENA

# Compound parts (Titel for Aufenthaltstitel) need a decompounder, which Satchel does not
# have: their recall is reported, not held to a goal.
GOALS = {"exact": 1.0, "inflection": 0.95, "transliteration": 0.95}


@pytest.fixture(scope="module")
def outcome(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[list[tuple[str, str, str]], dict[str, float]]:
    return measure(Path(tmp_path_factory.mktemp("recall")))


def test_the_set_has_at_least_300_queries_over_every_phenomenon() -> None:
    total = counts()
    assert sum(total.values()) >= 300
    assert all(total[kind] >= 40 for kind in PHENOMENA)


@pytest.mark.parametrize("kind", sorted(GOALS))
def test_recall_at_10_meets_its_goal(
    outcome: tuple[list[tuple[str, str, str]], dict[str, float]], kind: str
) -> None:
    missed, recall = outcome
    assert TOP == 10
    assert recall[kind] >= GOALS[kind], [miss for miss in missed if miss[0] == kind]
