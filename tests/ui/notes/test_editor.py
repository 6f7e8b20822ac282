"""The note editor: autosave as you type, on leaving and on lock; preview; history; delete."""

from __future__ import annotations

import base64
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageWriter
from pytestqt.qtbot import QtBot
from tests.conftest import PASSPHRASE
from tests.ui.driving import RecordingHost, type_text

from satchel.services.core import session as vault_session
from satchel.services.notebook import cases, notes
from satchel.ui.base.widgets import delete_question
from satchel.ui.base.widgets.delete_question import DeleteChoice
from satchel.ui.notes.editor import AUTOSAVE_MS, NoteEditor
from satchel.ui.notes.markdown_preview import MarkdownPreview, decode_data_url
from satchel.ui.notes.revision_dialog import RevisionDialog
from satchel.ui.shell.vault_controller import VaultController


def pixel_data_url() -> str:
    image = QImage(2, 2, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, b"PNG").write(image)
    return "data:image/png;base64," + base64.b64encode(bytes(data.data())).decode()


@pytest.fixture
def note_id(controller: VaultController) -> uuid.UUID:
    case_id = controller.run(cases.create_case, title="Case of Marta K.")
    assert case_id is not None
    made = controller.run(
        notes.create_note, title="Call with the lawyer", body="First line.", case_id=case_id
    )
    assert made is not None
    return made


@pytest.fixture
def host() -> RecordingHost:
    return RecordingHost()


@pytest.fixture
def editor(
    qtbot: QtBot, controller: VaultController, host: RecordingHost, note_id: uuid.UUID
) -> NoteEditor:
    widget = NoteEditor(controller, host, note_id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def stored_body(controller: VaultController, note_id: uuid.UUID) -> str:
    note = controller.run(notes.get_note, note_id)
    assert note is not None
    return note.body


def test_shows_the_stored_note(editor: NoteEditor) -> None:
    assert editor.title.text() == "Call with the lawyer"
    assert editor.body.toPlainText() == "First line."
    assert editor.status.text() == "Saved"
    assert editor.back_button.isVisible()


def test_cyrillic_typing_is_saved_without_an_explicit_save(
    qtbot: QtBot, editor: NoteEditor, controller: VaultController, note_id: uuid.UUID
) -> None:
    """The autosave timer saves by itself (no wall-clock check here: speed is measured in
    benchmarks/, never asserted in a test on a shared machine)."""
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    type_text(editor.body, " Позвонить юристу: текст")
    assert editor.status.text() == "Saving…"
    qtbot.waitUntil(
        lambda: stored_body(controller, note_id).endswith("Позвонить юристу: текст"),
        timeout=10_000,
    )
    assert AUTOSAVE_MS < 1000  # the promise is the timer's setting
    assert editor.status.text() == "Saved"


def test_each_keystroke_restarts_the_timer(
    qtbot: QtBot, editor: NoteEditor, controller: VaultController, note_id: uuid.UUID
) -> None:
    type_text(editor.body, "a")
    assert editor.timer.isActive()
    type_text(editor.body, "b")
    assert editor.timer.isActive()
    assert stored_body(controller, note_id) == "First line."  # nothing saved mid-typing
    qtbot.waitUntil(lambda: not editor.dirty, timeout=1500)


def test_saves_on_close_before_the_timer(
    editor: NoteEditor, controller: VaultController, note_id: uuid.UUID
) -> None:
    type_text(editor.body, "Ещё")
    assert editor.timer.isActive()
    editor.close()
    assert "Ещё" in stored_body(controller, note_id)


def test_saves_on_hide(editor: NoteEditor, controller: VaultController, note_id: uuid.UUID) -> None:
    assert editor.title.cursorPosition() == 0  # a long title shows its start
    editor.title.end(False)
    type_text(editor.title, " (2)")
    editor.hide()
    note = controller.run(notes.get_note, note_id)
    assert note is not None and note.title == "Call with the lawyer (2)"


def test_saves_on_lock(
    tmp_path: Path, editor: NoteEditor, controller: VaultController, note_id: uuid.UUID
) -> None:
    type_text(editor.body, " before lock")
    controller.lock()
    assert not controller.is_unlocked
    session = vault_session.unlock(tmp_path / "vault", PASSPHRASE)
    try:
        assert " before lock" in notes.get_note(session, note_id).body
    finally:
        session.close()
    editor.close()  # after lock: nothing to save, no error


def test_tags_and_pin_are_saved(
    qtbot: QtBot, editor: NoteEditor, controller: VaultController, note_id: uuid.UUID
) -> None:
    type_text(editor.tags, "visa, urgent, visa")
    editor.pin_button.click()  # saves at once
    note = controller.run(notes.get_note, note_id)
    assert note is not None
    assert note.pinned
    assert set(note.tags) == {"visa", "urgent"}
    assert editor.pin_button.text() == "Pinned"


def test_an_emptied_title_keeps_the_stored_one(
    editor: NoteEditor, controller: VaultController, note_id: uuid.UUID
) -> None:
    editor.title.clear()
    editor.title.textEdited.emit("")
    type_text(editor.body, "!")
    assert editor.save()
    note = controller.run(notes.get_note, note_id)
    assert note is not None and note.title == "Call with the lawyer"
    assert "title" in editor.status.text()


def test_preview_renders_markdown_headings(qtbot: QtBot, editor: NoteEditor) -> None:
    editor.body.setPlainText("# Appointment\n\nBring **both** passports.\n\n- photo\n- form")
    editor.toggle_preview()
    assert editor.pages.currentWidget() is editor.preview
    block = editor.preview.document().firstBlock()
    assert block.text() == "Appointment"
    assert block.blockFormat().headingLevel() == 1
    assert "Bring both passports." in editor.preview.toPlainText()
    editor.toggle_preview()
    assert editor.pages.currentWidget() is editor.body


def test_preview_never_loads_remote_or_local_resources(qtbot: QtBot, tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not really an image")
    preview = MarkdownPreview()
    qtbot.addWidget(preview)
    preview.show_markdown(
        f"![remote](https://example.com/pixel.png)\n\n![local](file://{secret})\n\n"
        f"![inline]({pixel_data_url()})\n\n<img src='https://example.com/raw.png'>\n\n"
        "[a link](https://example.com/page)"
    )
    preview.resize(400, 300)
    preview.show()
    qtbot.waitExposed(preview)
    assert any("example.com/pixel.png" in url for url in preview.refused)
    assert any("secret.png" in url for url in preview.refused)
    assert not any(url.startswith("data:") for url in preview.refused)
    assert not any("raw.png" in url for url in preview.refused)  # raw HTML is not rendered
    assert not preview.openExternalLinks()
    assert not preview.openLinks()
    assert decode_data_url(preview.document().baseUrl()) is None


def test_history_restores_an_older_version(
    qtbot: QtBot, editor: NoteEditor, controller: VaultController, note_id: uuid.UUID
) -> None:
    editor.body.setPlainText("Second version.")
    assert editor.save()
    editor.body.setPlainText("Third version.")
    dialog = editor.show_history()  # saves first
    assert isinstance(dialog, RevisionDialog)
    bodies = [revision.body for revision in dialog.revisions()]
    assert bodies == ["Third version.", "Second version.", "First line."]
    assert not dialog.restore_button.isEnabled()  # the current one
    dialog.list.setCurrentRow(2)
    assert dialog.preview.toPlainText() == "First line."
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        dialog.restore_button.click()
    assert stored_body(controller, note_id) == "First line."
    assert editor.body.toPlainText() == "First line."
    assert len(controller.run(notes.list_revisions, note_id) or []) == 4  # history kept


def test_delete_asks_first(
    monkeypatch: pytest.MonkeyPatch,
    editor: NoteEditor,
    controller: VaultController,
    host: RecordingHost,
    note_id: uuid.UUID,
) -> None:
    answers = iter([DeleteChoice.CANCEL, DeleteChoice.TO_BIN])
    monkeypatch.setattr(delete_question, "ask_to_delete", lambda *_args: next(answers))
    editor.delete()
    assert controller.run(notes.get_note, note_id) is not None
    editor.delete()
    failures: list[str] = []
    controller.failed.connect(failures.append)
    assert controller.run(notes.get_note, note_id) is None
    assert failures  # "no note with id …"
    assert host.closed == 1
    editor.close()  # a deleted note is not saved again


def test_back_opens_the_case(editor: NoteEditor, host: RecordingHost) -> None:
    editor.back_button.click()
    assert host.opened and host.opened[0][0] == "case"


def test_a_missing_note_says_so(
    qtbot: QtBot, controller: VaultController, host: RecordingHost
) -> None:
    widget = NoteEditor(controller, host, uuid.uuid4())
    qtbot.addWidget(widget)
    assert not widget.isEnabled()
    assert "no longer" in widget.status.text()
    assert not widget.save()
