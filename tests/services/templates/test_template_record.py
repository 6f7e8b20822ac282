"""Shipped templates change only with a higher version, and keep their item ids in order.

`template_record.json` records, for each shipped template, its version, its item ids and a
digest of its content (review dates left out: a re-review that changes no advice needs no new
version). After editing a shipped template, raise its `version`, then rewrite the record:

    .venv/bin/python -c "from tests.services.templates.test_template_record import \
write_record; write_record()"
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from tests.services.template_samples import shipped_files

from satchel.services.templates.schema import validate_template_bytes

RECORD = Path(__file__).with_name("template_record.json")


def _without_dates(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_dates(v) for k, v in value.items() if k not in ("last_reviewed",)}
    if isinstance(value, list):
        return [_without_dates(v) for v in value]
    return value


def entry(path: Path) -> dict[str, Any]:
    document = validate_template_bytes(path.read_bytes(), path.name)
    content = _without_dates({k: v for k, v in document.items() if k != "version"})
    digest = hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()
    return {
        "version": document["version"],
        "items": [item["id"] for item in document["items"]],
        "digest": digest,
    }


def write_record() -> None:
    record = {path.stem: entry(path) for path in shipped_files()}
    RECORD.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", "utf-8")


def recorded() -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = json.loads(RECORD.read_text("utf-8"))
    return data


@pytest.mark.parametrize("path", shipped_files(), ids=lambda p: p.name)
def test_a_changed_template_has_a_higher_version_and_keeps_its_item_ids(path: Path) -> None:
    now = entry(path)
    before = recorded().get(path.stem)
    assert before is not None, f"{path.name} is new: add it to {RECORD.name} (see the docstring)"
    kept = [key for key in before["items"] if key in now["items"]]
    assert now["items"][: len(kept)] == kept, "item ids must keep their order; add new ones last"
    if now["digest"] != before["digest"]:
        assert now["version"] > before["version"], (
            f"{path.name} changed: raise its version above {before['version']}"
        )
        pytest.fail(f"{path.name} changed with a new version: rewrite {RECORD.name}")
    assert now["version"] == before["version"], f"{RECORD.name} is out of date for {path.name}"


def test_the_record_lists_only_shipped_templates() -> None:
    assert set(recorded()) == {path.stem for path in shipped_files()}
