"""Notes: saving keeps revisions, restoring brings old text back, deleting takes them all."""

from __future__ import annotations

import pytest
from tests.factories import count_rows, make_case, make_note, make_person

from satchel.errors import InvalidInputError, NotFoundError
from satchel.services.core.session import VaultSession
from satchel.services.notebook import notes
from satchel.services.notebook.notes import MAX_BODY
from satchel.store.models import NoteRevision


def test_a_new_note_shows_what_was_typed(vs: VaultSession) -> None:
    case_id = make_case(vs)
    body = "# Call with Falcon\n\n- *passport* expires in May\n- Кузнецов: call back\n"
    note_id = notes.create_note(
        vs, title=" First call ", body=body, case_id=case_id, tags=["call"], pinned=True
    )

    note = notes.get_note(vs, note_id)
    assert (note.title, note.body, note.case_id, note.person_id) == (
        "First call",
        body,  # Markdown is kept exactly, whitespace and all
        case_id,
        None,
    )
    assert note.pinned
    assert note.tags == ("call",)
    assert note.created_at == note.updated_at


def test_notes_are_listed_pinned_first_then_newest_first(vs: VaultSession) -> None:
    case_id = make_case(vs)
    oldest = make_note(vs, "oldest", case_id=case_id)
    pinned = make_note(vs, "pinned", case_id=case_id, pinned=True)
    middle = make_note(vs, "middle", case_id=case_id)
    newest = make_note(vs, "newest", case_id=case_id)
    elsewhere = make_note(vs, "on another case", case_id=make_case(vs))

    def listed() -> list[object]:
        return [n.id for n in notes.list_notes(vs, case_id=case_id)]

    assert listed() == [pinned, newest, middle, oldest]
    notes.save_note(vs, oldest, body="edited, so now the newest")
    assert listed() == [pinned, oldest, newest, middle]
    notes.save_note(vs, pinned, pinned=False)
    notes.save_note(vs, middle, pinned=True)
    assert listed() == [middle, pinned, oldest, newest]
    assert [n.id for n in notes.list_notes(vs, case_id=case_id, offset=1, limit=2)] == [
        pinned,
        oldest,
    ]
    assert len(notes.list_notes(vs)) == 5
    assert elsewhere in [n.id for n in notes.list_notes(vs)]


def test_a_person_has_notes_of_their_own(vs: VaultSession) -> None:
    person_id = make_person(vs)
    note_id = make_note(vs, "Background", person_id=person_id)
    make_note(vs, "Not theirs", case_id=make_case(vs))
    assert [n.id for n in notes.list_notes(vs, person_id=person_id)] == [note_id]
    assert notes.get_note(vs, note_id).person_id == person_id


def test_every_text_change_keeps_a_revision(vs: VaultSession) -> None:
    note_id = make_note(vs, "Plan", "v1")
    assert [r.body for r in notes.list_revisions(vs, note_id)] == ["v1"]

    assert notes.save_note(vs, note_id, body="v2")
    assert notes.save_note(vs, note_id, title="Plan B")
    assert notes.save_note(vs, note_id, title="Plan C", body="v3")

    revisions = notes.list_revisions(vs, note_id)
    assert [(r.title, r.body) for r in revisions] == [
        ("Plan C", "v3"),
        ("Plan B", "v2"),
        ("Plan", "v2"),
        ("Plan", "v1"),
    ]
    assert all(r.note_id == note_id for r in revisions)
    assert revisions[0].saved_at == notes.get_note(vs, note_id).updated_at


def test_a_save_that_changes_nothing_returns_false_and_keeps_no_revision(
    vs: VaultSession,
) -> None:
    note_id = make_note(vs, "Plan", "same body", tags=["Visa"])
    before = notes.get_note(vs, note_id)

    assert not notes.save_note(vs, note_id)
    assert not notes.save_note(vs, note_id, title=" Plan ", body="same body")
    assert not notes.save_note(vs, note_id, tags=["visa"], pinned=False)

    assert notes.get_note(vs, note_id) == before
    assert len(notes.list_revisions(vs, note_id)) == 1


def test_pinning_or_tagging_saves_without_a_new_revision(vs: VaultSession) -> None:
    note_id = make_note(vs, "Plan", "body")
    assert notes.save_note(vs, note_id, pinned=True)
    assert notes.save_note(vs, note_id, tags=["urgent"])
    note = notes.get_note(vs, note_id)
    assert note.pinned
    assert note.tags == ("urgent",)
    assert len(notes.list_revisions(vs, note_id)) == 1  # the text never changed


def test_restoring_a_revision_brings_old_text_back_as_a_new_revision(vs: VaultSession) -> None:
    note_id = make_note(vs, "Plan", "first text")
    notes.save_note(vs, note_id, body="second text")
    notes.save_note(vs, note_id, title="Plan 3", body="third text")
    first = notes.list_revisions(vs, note_id)[-1]

    assert notes.restore_revision(vs, first.id.hex[:8]) == note_id

    note = notes.get_note(vs, note_id)
    assert (note.title, note.body) == ("Plan", "first text")
    history = notes.list_revisions(vs, note_id)
    assert [r.body for r in history] == ["first text", "third text", "second text", "first text"]
    assert history[-1].id == first.id  # history is never rewritten


def test_only_the_newest_revisions_are_kept(
    vs: VaultSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(notes, "KEEP_REVISIONS", 3)  # instead of saving 200 times
    note_id = make_note(vs, "Plan", "v0")
    for n in range(1, 6):
        notes.save_note(vs, note_id, body=f"v{n}")
    assert [r.body for r in notes.list_revisions(vs, note_id)] == ["v5", "v4", "v3"]
    assert count_rows(vs, NoteRevision, note_id=note_id) == 3


def test_restoring_the_current_text_adds_nothing(vs: VaultSession) -> None:
    note_id = make_note(vs, "Plan", "only text")
    (only,) = notes.list_revisions(vs, note_id)
    notes.restore_revision(vs, only.id)
    assert len(notes.list_revisions(vs, note_id)) == 1


def test_deleting_a_note_deletes_its_revisions(vs: VaultSession) -> None:
    note_id = make_note(vs, "Plan", "v1")
    for n in range(2, 6):
        notes.save_note(vs, note_id, body=f"v{n}")
    revision_ids = [r.id for r in notes.list_revisions(vs, note_id)]
    kept = make_note(vs, "Other", "keep me")
    assert count_rows(vs, NoteRevision, note_id=note_id) == 5

    notes.delete_note(vs, note_id)

    with pytest.raises(NotFoundError, match="No note"):
        notes.get_note(vs, note_id)
    with pytest.raises(NotFoundError, match="No note"):
        notes.list_revisions(vs, note_id)
    with pytest.raises(NotFoundError, match="No revision"):
        notes.restore_revision(vs, revision_ids[-1])
    assert count_rows(vs, NoteRevision, note_id=note_id) == 0
    assert [r.body for r in notes.list_revisions(vs, kept)] == ["keep me"]


def test_a_body_over_the_limit_is_refused(vs: VaultSession) -> None:
    with pytest.raises(InvalidInputError, match="too long") as refused:
        make_note(vs, "Huge", "x" * (MAX_BODY + 1))
    assert f"{MAX_BODY + 1}" in str(refused.value)
    assert notes.list_notes(vs) == []

    note_id = make_note(vs, "Plan", "kept")
    with pytest.raises(InvalidInputError, match="note is too long"):
        notes.save_note(vs, note_id, body="y" * (MAX_BODY + 1))
    assert notes.get_note(vs, note_id).body == "kept"
    assert len(notes.list_revisions(vs, note_id)) == 1


@pytest.mark.parametrize(
    ("title", "body", "words"),
    [
        ("", "body", "note title cannot be empty"),
        ("t" * 201, "", "note title is too long"),
        ("ok", "a\x00b", "NUL"),
    ],
)
def test_bad_note_input_names_what_is_wrong(
    vs: VaultSession, title: str, body: str, words: str
) -> None:
    with pytest.raises(InvalidInputError, match=words):
        notes.create_note(vs, title=title, body=body)
    assert notes.list_notes(vs) == []


def test_a_note_on_an_unknown_case_is_refused(vs: VaultSession) -> None:
    with pytest.raises(NotFoundError, match="No case"):
        make_note(vs, "Lost", case_id="abcdef0123")
    assert notes.list_notes(vs) == []


def test_autosaves_in_one_typing_session_fold_into_one_revision(vs: VaultSession) -> None:
    note_id = notes.create_note(vs, title="Call", body="")
    for text in ("He", "Hello", "Hello, the lawyer called"):
        assert notes.save_note(vs, note_id, body=text, autosave=True)
    revisions = notes.list_revisions(vs, note_id)
    assert [r.body for r in revisions] == ["Hello, the lawyer called"]


def test_an_explicit_save_after_autosaves_keeps_its_own_revision(vs: VaultSession) -> None:
    note_id = notes.create_note(vs, title="Call", body="first")
    notes.save_note(vs, note_id, body="typed", autosave=True)
    notes.save_note(vs, note_id, body="saved on purpose")
    assert [r.body for r in notes.list_revisions(vs, note_id)] == ["saved on purpose", "typed"]
