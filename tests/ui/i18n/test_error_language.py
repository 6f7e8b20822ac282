"""Errors raised by the services reach the window in the user's language: each carries a
code and its params (the field, what is wrong, the limits), and the window words it."""

from __future__ import annotations

import errno
import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from tests.ui.driving import Host, type_text
from tests.ui.i18n.screen_walk import CHECKLIST

from satchel.errors import InvalidInputError
from satchel.services.backups.operations import back_up
from satchel.services.checklists.case_checklists import add_checklist, get_checklist, set_item
from satchel.services.coercion.duress import set_duress
from satchel.services.coercion.travel import prepare_for_travel, write_travel_backup
from satchel.services.coercion.travel_return import stage_return
from satchel.services.core.settings import BackupSettings, save_backup_settings
from satchel.services.core.user_files import read_user_file
from satchel.services.notebook import cases, people
from satchel.services.notebook.notes import create_note
from satchel.services.sharing.importing import open_bundle
from satchel.ui.attachments.panel import AttachmentsPanel
from satchel.ui.backups.dialog import BackupsDialog
from satchel.ui.base.text.messages import os_error_text, user_message
from satchel.ui.checklists.template_editor import TemplateEditor
from satchel.ui.i18n.loader import install_language
from satchel.ui.imports.dialog import ContactImportDialog, MarkdownImportDialog
from satchel.ui.people.editor import PersonEditor
from satchel.ui.shell.vault_controller import VaultController

# Words of the English sentences these errors had; none may be left in a translated one.
ENGLISH = re.compile(
    r"\b(the|is|was|not|cannot|nothing|changed|with|and|too|can|be|empty|must|this|"
    r"another|already|file|folder|bundle|backup|damaged|passphrase|long|date|whole|line|"
    r"field|missing|one|of)\b",
    re.IGNORECASE,
)


@pytest.fixture(params=["ru", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    installed = install_language(request.param, qapp)
    yield request.param
    installed.remove()


def english_in(text: str, *names: str) -> list[str]:
    """English words left in `text`, once the names it quotes (files, pseudonyms) are out."""
    for name in names:
        text = text.replace(name, "")
    return ENGLISH.findall(text)


def failures_of(controller: VaultController) -> list[str]:
    said: list[str] = []
    controller.failed.connect(said.append)
    return said


def test_field_and_setting_errors_from_the_services(
    language: str, controller: VaultController, tmp_path: Path
) -> None:
    said = failures_of(controller)
    case_id = controller.run(cases.create_case, title="Harbour")
    assert case_id is not None
    attempts: list[Callable[[], object]] = [
        lambda: controller.run(cases.create_case, title="   "),
        lambda: controller.run(cases.create_case, title="x" * 5000),
        lambda: controller.run(cases.create_case, title="Ok", status="lost"),
        lambda: controller.run(create_note, title="N", body="a\x00b", case_id=case_id),
        lambda: controller.run(
            save_backup_settings, BackupSettings(folder="relative/folder", automatic=True)
        ),
    ]
    checklist = controller.run(add_checklist, case_id, CHECKLIST)
    assert checklist is not None
    view = controller.run(get_checklist, checklist)
    assert view is not None  # a due date that is no date, typed into a checklist item
    attempts.append(lambda: controller.run(set_item, view.items[0].id, due_date="31.02."))
    for attempt in attempts:
        assert attempt() is None
    assert len(said) == len(attempts)
    for sentence in said:
        assert not english_in(sentence, "31.02.", "lost"), sentence


def test_a_taken_pseudonym_in_the_person_editor(
    language: str, qtbot: QtBot, controller: VaultController
) -> None:
    controller.run(people.create_person, pseudonym="Taken")
    made = controller.run(people.create_person, pseudonym="Marta K.")
    assert isinstance(made, uuid.UUID)
    host = Host(controller)
    qtbot.addWidget(host)
    host.open_item("person", made)
    with qtbot.waitExposed(host):
        host.show()
    editor = host.editor
    assert isinstance(editor, PersonEditor)
    editor.pseudonym.edit.selectAll()
    type_text(editor.pseudonym.edit, "taken")
    assert not editor.save()
    text = editor.error_label.text()
    assert "taken" in text
    assert not english_in(text, "taken"), text


def test_a_damaged_backup_in_the_backups_dialog(
    language: str, qtbot: QtBot, controller: VaultController
) -> None:
    made = back_up(controller.session)
    data = bytearray(made.read_bytes())
    data[len(data) // 2] ^= 0x20
    made.write_bytes(bytes(data))
    dialog = BackupsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.refresh()
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    text = dialog.status.text()
    assert made.name in text
    assert not english_in(text, made.name), text


def test_file_and_bundle_errors(
    language: str,
    qtbot: QtBot,
    controller: VaultController,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said = failures_of(controller)
    armored = b"-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n"
    for cipher in (armored, b"age-encryption.org/v1\n-> X25519 abc\n--- x\n" + b"\0" * 64):
        assert controller.run(open_bundle, cipher) is None
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(InvalidInputError) as raised:
        read_user_file(folder, 100)
    said.append(user_message(raised.value))
    for sentence in said:
        assert not english_in(sentence, str(folder)), sentence

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    case_id = controller.run(cases.create_case, title="Harbour")
    assert case_id is not None
    panel = AttachmentsPanel(controller, case_id=case_id)
    qtbot.addWidget(panel)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    before = len(said)
    panel.add_file(empty)  # the service refuses it: nothing to attach
    panel.add_file(tmp_path / "gone.pdf")  # the window finds it missing
    shown = warned + said[before:]
    assert len(shown) == 2
    for sentence in shown:
        assert not english_in(sentence, "gone.pdf"), sentence


BAD_TEMPLATE = """id = "my-bad"
version = 0
jurisdiction = "Germany"

[title]
en = "Bad"
xx = "?"

[[items]]
id = "Passport!"
category = "nonsense"
required = "yes"
typical_validity = "six months"
"""


def test_template_problems_in_the_template_editor(
    language: str, qtbot: QtBot, controller: VaultController, tmp_path: Path
) -> None:
    editor = TemplateEditor(controller)
    qtbot.addWidget(editor)
    editor.show()
    path = tmp_path / "bad.toml"
    path.write_text(BAD_TEMPLATE, encoding="utf-8")
    assert editor.import_file(path) is None
    assert editor.problems_dialog is not None
    lines = editor.problems_dialog.text.toPlainText().splitlines()
    assert len(lines) >= 8, lines
    for line in lines:
        where, _colon, what = line.partition(": ")
        assert "bad.toml" in where
        assert not english_in(where, "bad.toml", where.rpartition(", ")[2]), line
        # the file's own keys and values stay; the words around them are translated
        assert not english_in(what, "Passport!", "nonsense", "six months", "Germany"), line


def test_a_refused_write_is_told_in_the_users_words(language: str) -> None:
    refusals = (
        OSError(errno.ENOSPC, "No space left on device"),
        FileNotFoundError(errno.ENOENT, "No such file or directory"),
        OSError(errno.EBUSY, "Device or resource busy"),
    )
    for error in refusals:
        text = os_error_text(error)
        assert error.strerror not in text
        assert not english_in(text), text


def preview_texts(
    qtbot: QtBot, dialog: ContactImportDialog | MarkdownImportDialog, source: Path
) -> list[list[str]]:
    """The preview's rows, then its summary, as the user reads them."""
    assert dialog.preview(source) is not None
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    table = dialog.table
    rows = [
        [item.text() if item is not None else "" for item in map(table.item, [r] * 3, range(3))]
        for r in range(table.rowCount())
    ]
    return [*rows, [dialog.summary.text()]]


BAD_CSV = (
    b"Name,Phone,Notes\n"
    b"Bad \xff Bytes,1,\n"
    b",,\n"
    b",123,\n"
    b"Eve Adams,555,\n"
    b"Eve Adams,555,\n" + b"Long" + b"y" * 400 + b",3,\n"
)
BAD_VCARD = (
    "BEGIN:VCARD\nFN;CHARSET=x-nonsense:Who\nEND:VCARD\n"
    "BEGIN:VCARD\nEND:VCARD\n"
    "BEGIN:VCARD\nFN:Marta Kowalska\nEND:VCARD\n"
    "BEGIN:VCARD\nFN:Open Ended\n"
)


def test_a_bad_contacts_file_in_the_import_dialog(
    language: str, qtbot: QtBot, controller: VaultController, tmp_path: Path
) -> None:
    dialog = ContactImportDialog(controller)
    qtbot.addWidget(dialog)
    for name, data, skips in (("k.csv", BAD_CSV, 5), ("k.vcf", BAD_VCARD.encode(), 3)):
        (tmp_path / name).write_bytes(data)
        *rows, (summary,) = preview_texts(qtbot, dialog, tmp_path / name)
        assert len(rows) == skips + 1, rows
        assert not english_in(summary), summary
        for where, _pseudonym, what in rows:  # the pseudonym is made up, in any language
            # the file's own words (a property, a charset) stay as they are
            assert not english_in(f"{where} {what}", "x-nonsense", "FN", "END:VCARD"), rows
    refused = {
        "nameless.csv": b"Phone,Email\n1,a@b.c\n",
        "nul.csv": b"Name\n\x00\x00\n",
        "empty.csv": b"   \n",
        "utf16.csv": b"\xff\xfe\x00\xd8",
    }
    for name, data in refused.items():
        (tmp_path / name).write_bytes(data)
        (summary,) = preview_texts(qtbot, dialog, tmp_path / name)[-1]
        assert summary and not english_in(summary, "Name", "Given", "First", "Last"), summary
    (summary,) = preview_texts(qtbot, dialog, tmp_path)[-1]
    assert str(tmp_path) in summary
    assert not english_in(summary, str(tmp_path)), summary


def test_a_bad_markdown_folder_in_the_import_dialog(
    language: str, qtbot: QtBot, controller: VaultController, tmp_path: Path
) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "gut.md").write_text("Hallo ![x](anhang.bin)\n", encoding="utf-8")
    (folder / "anhang.bin").write_bytes(b"plain words")
    (folder / "latin.md").write_bytes(b"caf\xe9")
    (folder / "leer.md").write_bytes(b"---\ntitle: x\n---\n")
    (folder / "bild.png").write_bytes(b"\x89PNG")
    (folder / "nul.md").write_bytes(b"a\x00b")
    (folder / ".versteckt").write_bytes(b"x")
    (folder / "verweis.md").symlink_to(folder / "gut.md")
    dialog = MarkdownImportDialog(controller)
    qtbot.addWidget(dialog)
    *rows, (summary,) = preview_texts(qtbot, dialog, folder)
    assert len(rows) == 8, rows
    assert not english_in(summary), summary
    for _path, *shown in rows:  # the first column is the file's own path
        assert not english_in(" ".join(shown)), rows
    (summary,) = preview_texts(qtbot, dialog, folder / "gut.md")[-1]
    assert str(folder) in summary
    assert not english_in(summary, str(folder / "gut.md")), summary


def test_travel_and_duress_problems(
    format1: None, language: str, controller: VaultController, tmp_path: Path
) -> None:
    """A vault not yet upgraded to format 2, and a travel return that cannot start."""
    said = failures_of(controller)
    folder = controller.session.vault.folder
    assert controller.run(write_travel_backup, "pass", tmp_path) is None
    assert controller.run(set_duress, "cover words", mode="hide") is None
    some_file = tmp_path / "x.bin"
    some_file.write_bytes(b"x")
    attempts = [
        lambda: stage_return(folder, tmp_path / "weg.bin", "pass"),
        lambda: stage_return(tmp_path / "deep" / "er" / "vault", some_file, "pass"),
    ]
    for attempt in attempts:
        with pytest.raises(InvalidInputError) as raised:
            attempt()
        said.append(user_message(raised.value))
    assert len(said) == 4, said
    for sentence in said:  # German's word for passphrase is the English one
        assert not english_in(sentence, str(tmp_path), "Passphrase"), sentence


def test_travel_problems_of_an_upgraded_vault(
    language: str, controller: VaultController, tmp_path: Path
) -> None:
    said = failures_of(controller)
    inside = controller.session.vault.folder / "inside"
    assert controller.run(write_travel_backup, "pass", inside) is None
    assert controller.run(prepare_for_travel, "pass", tmp_path, None) is None
    assert len(said) == 2, said
    for sentence in said:
        assert not english_in(sentence, "Passphrase"), sentence
