"""Notes from Obsidian- and Joplin-shaped folders: titles, tags, dates, images, all or none."""

from __future__ import annotations

import base64
import datetime as dt
import os
import time
from pathlib import Path

import pytest
from tests.factories import count_rows, make_case

from satchel.errors import InvalidInputError, NotFoundError
from satchel.services.core.session import VaultSession
from satchel.services.imports.front_matter import split_front_matter
from satchel.services.imports.markdown_notes import (
    MarkdownPlan,
    PlannedNote,
    import_markdown,
    inline_tags,
    preview_markdown,
)
from satchel.services.notebook import attachments, notes
from satchel.store.models import Attachment, Note

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def put(root: Path, relative: str, content: str | bytes) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def snapshot(root: Path) -> dict[str, tuple[bytes, float]]:
    return {
        str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime)
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


@pytest.fixture
def obsidian(tmp_path: Path) -> Path:
    root = tmp_path / "ObsidianVault"
    put(root, ".obsidian/app.json", "{}")
    put(root, ".trash/old.md", "deleted long ago")
    put(
        root,
        "Cases/Oleg.md",
        "---\ntags: [visa, kazakhstan]\ncreated: 2024-03-05T10:20:00\naliases:\n  - O.\n---\n"
        "# Oleg\n\nMet at the [[Embassy]] with #lawyer and #family/brother.\n"
        "Issue #12 is not a tag; neither is `#code`.\n\n![[scan.png]]\n",
    )
    put(root, "Cases/Empty.md", "---\ntitle: nothing here\n---\n   \n")
    put(root, "Daily/2024-03-06.md", "Quick note about #visa")
    put(root, "attachments/scan.png", PNG)
    put(root, "attachments/unused.pdf", b"%PDF-1.4 not linked")
    put(root, "Broken.md", b"caf\xe9 in Latin-1")
    put(root, "Huge.md", "x" * (notes.MAX_BODY + 1))
    return root


@pytest.fixture
def joplin(tmp_path: Path) -> Path:
    root = tmp_path / "JoplinExport"
    put(
        root,
        "Casework/Embassy call.md",
        "---\ntitle: Embassy call\nupdated: 2023-01-02 12:00:00Z\ncreated: 2023-01-01 09:30:00Z\n"
        "tags:\n  - embassy\n  - urgent\n---\n\nThey asked for ![photo](../_resources/abc123.png)"
        " and a [link](https://example.org).\n",
    )
    put(root, "Casework/Sub/Plain.md", "No front matter at all.\n")
    put(root, "_resources/abc123.png", PNG)
    return root


def by_path(plan: MarkdownPlan) -> dict[str, PlannedNote]:
    return {note.path: note for note in plan.notes}


def skips(plan_or_report: object) -> dict[str, str]:
    return {s.path: s.reason for s in plan_or_report.skipped}  # type: ignore[attr-defined]


def test_obsidian_folder_preview(obsidian: Path) -> None:
    before = snapshot(obsidian)
    plan = preview_markdown(obsidian)
    planned = by_path(plan)
    assert sorted(planned) == ["Cases/Oleg.md", "Daily/2024-03-06.md"]
    oleg = planned["Cases/Oleg.md"]
    assert oleg.title == "Oleg"
    assert oleg.tags == ("visa", "kazakhstan", "lawyer", "family/brother")
    assert oleg.created_at == dt.datetime(2024, 3, 5, 10, 20, tzinfo=dt.UTC)
    assert "[[Embassy]]" in oleg.body
    assert not oleg.body.startswith("---")
    assert [image.path for image in oleg.images] == ["attachments/scan.png"]
    assert planned["Daily/2024-03-06.md"].title == "2024-03-06"
    assert skips(plan) == {
        ".obsidian": "hidden folder",
        ".trash": "hidden folder",
        "Broken.md": "not UTF-8 text",
        "Cases/Empty.md": "empty",
        "Huge.md": f"too large for a note (more than {notes.MAX_BODY} characters)",
        "attachments/unused.pdf": "not a Markdown file, and no note shows it",
    }
    assert snapshot(obsidian) == before  # read, never written


def test_obsidian_import_into_a_case_with_images(vs: VaultSession, obsidian: Path) -> None:
    case_id = make_case(vs, "Oleg")
    plan = preview_markdown(obsidian)
    cleaned: list[str] = []

    def clean(data: bytes, name: str) -> tuple[bytes, str]:
        cleaned.append(name)
        return data, "clean-" + name

    report = import_markdown(vs, plan, case_id=case_id, clean_image=clean)
    assert sorted(title for _p, title, _id in report.imported) == ["2024-03-06", "Oleg"]
    assert report.attachments == 1
    assert cleaned == ["scan.png"]
    listed = notes.list_notes(vs, case_id=case_id)
    assert {n.title for n in listed} == {"Oleg", "2024-03-06"}
    oleg = next(n for n in listed if n.title == "Oleg")
    assert set(oleg.tags) == {"visa", "kazakhstan", "lawyer", "family/brother"}
    (image,) = attachments.list_attachments(vs, note_id=oleg.id)
    assert image.filename == "clean-scan.png"
    assert image.case_id == case_id
    assert attachments.read_attachment(vs, image.id) == PNG


def test_joplin_folder_without_a_case_and_without_a_cleaner(vs: VaultSession, joplin: Path) -> None:
    plan = preview_markdown(joplin)
    planned = by_path(plan)
    call = planned["Casework/Embassy call.md"]
    assert call.title == "Embassy call"
    assert call.tags == ("embassy", "urgent")
    assert call.created_at == dt.datetime(2023, 1, 1, 9, 30, tzinfo=dt.UTC)
    assert call.updated_at == dt.datetime(2023, 1, 2, 12, 0, tzinfo=dt.UTC)
    assert [i.path for i in call.images] == ["_resources/abc123.png"]
    assert planned["Casework/Sub/Plain.md"].title == "Plain"
    assert skips(plan) == {}

    report = import_markdown(vs, plan)
    assert len(report.imported) == 2
    assert report.attachments == 0
    assert skips(report) == {"_resources/abc123.png": "images are attached only from the app"}
    stored = notes.get_note(vs, report.imported[0][2])
    assert stored.case_id is None
    assert stored.created_at == dt.datetime(2023, 1, 1, 9, 30, tzinfo=dt.UTC)
    assert count_rows(vs, Attachment) == 0


def test_escaped_link_targets_find_their_files(tmp_path: Path) -> None:
    """Markdown editors write `my%20scan.png` for a file named `my scan.png`."""
    root = tmp_path / "notes"
    put(root, "files/my scan.png", PNG)
    put(root, "files/пас порт.png", PNG)
    escaped = "%D0%BF%D0%B0%D1%81%20%D0%BF%D0%BE%D1%80%D1%82.png"  # "пас порт.png"
    put(root, "a.md", f"![s](files/my%20scan.png) ![p](files/{escaped})")
    plan = preview_markdown(root)
    assert sorted(i.path for i in plan.notes[0].images) == [
        "files/my scan.png",
        "files/пас порт.png",
    ]


def test_symlinks_are_never_followed(tmp_path: Path) -> None:
    outside = put(tmp_path / "outside", "secret.md", "outside the folder")
    put(tmp_path / "outside", "secret.png", PNG)
    root = tmp_path / "notes"
    put(root, "a.md", "![x](../outside/secret.png) and ![[secret.png]]")
    os.symlink(outside, root / "link.md")
    os.symlink(outside.parent, root / "linked-folder")
    plan = preview_markdown(root)
    assert [n.path for n in plan.notes] == ["a.md"]
    assert plan.notes[0].images == ()  # nothing from outside the folder
    assert skips(plan) == {
        "link.md": "a symbolic link (never followed)",
        "linked-folder": "a symbolic link (never followed)",
    }
    with pytest.raises(InvalidInputError, match="not a folder"):
        preview_markdown(root / "linked-folder")


def test_a_failing_cleaner_skips_the_image_not_the_note(vs: VaultSession, joplin: Path) -> None:
    def refuse(data: bytes, name: str) -> tuple[bytes, str]:
        raise ValueError("cannot decode")

    report = import_markdown(vs, preview_markdown(joplin), clean_image=refuse)
    assert len(report.imported) == 2
    assert skips(report) == {"_resources/abc123.png": "hidden metadata could not be removed"}


def test_import_is_all_or_nothing(vs: VaultSession, joplin: Path) -> None:
    plan = preview_markdown(joplin)
    with pytest.raises(NotFoundError):
        import_markdown(vs, plan, case_id="0123456789abcdef0123456789abcdef")
    bad = MarkdownPlan(
        plan.folder,
        (*plan.notes, PlannedNote("bad.md", "Bad", "x", ("t" * 41,), None, None, ())),
        (),
    )
    with pytest.raises(InvalidInputError, match="tag is too long"):
        import_markdown(vs, bad)
    assert count_rows(vs, Note) == 0


def test_bad_folders(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="not a folder"):
        preview_markdown(tmp_path / "missing")
    file = put(tmp_path, "note.md", "text")
    with pytest.raises(InvalidInputError, match="not a folder"):
        preview_markdown(file)


def test_front_matter_and_inline_tags() -> None:
    front, body = split_front_matter(
        "---\ntitle: 'Quoted: title'\ntags: one, two\nnested:\n  key: value\n# comment\n---\nBody"
    )
    assert front == {"title": "Quoted: title", "tags": "one, two", "nested": []}
    assert body == "Body"
    assert split_front_matter("---\nno end\n") == ({}, "---\nno end\n")
    assert split_front_matter("Plain") == ({}, "Plain")
    assert inline_tags("# Heading\n#tag, x#no, #1 `#code`\n```\n#fenced\n```\n#2024report") == [
        "tag",
        "2024report",
    ]


@pytest.mark.timeout(30)
def test_hostile_bodies_and_front_matter_are_read_in_linear_time(tmp_path: Path) -> None:
    """Each of these took minutes to hours with backtracking patterns (1 MB of text)."""
    limit = 1_000_000
    put(tmp_path, "embeds.md", "![[" * (limit // 3))
    put(tmp_path, "images.md", "![" * (limit // 2))
    put(tmp_path, "spaces.md", "---\ntitle" + " " * (limit - 20) + "\n---\nBody")
    started = time.perf_counter()
    plan = preview_markdown(tmp_path)
    assert time.perf_counter() - started < 10
    assert sorted(by_path(plan)) == ["embeds.md", "images.md", "spaces.md"]
    assert by_path(plan)["spaces.md"].title == "spaces"
    # the tighter patterns still find what exporters write
    front, _body = split_front_matter("---\ntitle : Hello: x\ncreated\t: 2020-01-01\n---\nB")
    assert front == {"title": "Hello: x", "created": "2020-01-01"}


def test_dates_beyond_the_calendar_are_ignored_not_raised(tmp_path: Path) -> None:
    put(tmp_path, "early.md", "---\ncreated: 0001-01-01T00:00:00+01:00\n---\nBody")
    put(tmp_path, "late.md", "---\nupdated: 9999-12-31T23:59:59-01:00\n---\nBody")
    notes_by_path = by_path(preview_markdown(tmp_path))
    assert notes_by_path["early.md"].created_at is None
    assert notes_by_path["late.md"].updated_at is None


def test_an_entry_that_cannot_be_looked_at_is_skipped_not_raised(tmp_path: Path) -> None:
    """Listed by its folder but not stat-able (here: a path longer than the system allows;
    for a user, a folder without search permission). Built with folder descriptors."""
    put(tmp_path, "ok.md", "Body")
    fd = os.open(tmp_path, os.O_RDONLY)
    for depth in range(16):
        name = f"{depth:02d}" + "d" * 240
        os.mkdir(name, dir_fd=fd)
        inner = os.open(name, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = inner
    os.close(os.open("n" * 200 + ".md", os.O_WRONLY | os.O_CREAT, 0o600, dir_fd=fd))
    os.close(fd)
    plan = preview_markdown(tmp_path)
    assert list(by_path(plan)) == ["ok.md"]
    assert any("cannot be read" in reason for reason in skips(plan).values())
