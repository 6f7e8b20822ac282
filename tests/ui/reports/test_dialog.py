"""The case report dialog and its PDF: redacted, confidential on every page, no leftovers."""
# ruff: noqa: RUF001  (Cyrillic text is the point here, not a confusable)

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.factories import CancelAfter, pdf_pages
from tests.ui.driving import Host

from satchel.errors import CancelledError
from satchel.services.checklists import case_checklists
from satchel.services.core import activity
from satchel.services.notebook import cases, notes, people
from satchel.services.reports.case_report import build_case_report
from satchel.ui.base.widgets import file_dialogs
from satchel.ui.cases.editor import CaseEditor
from satchel.ui.reports.dialog import CaseReportDialog, show_case_report_dialog
from satchel.ui.reports.pdf import write_case_report
from satchel.ui.shell.vault_controller import VaultController

LEGAL_NAME = "Zebulon Quartermaine-Okafor"
PHONE = "+49 151 5550 1234"


@pytest.fixture
def case_id(controller: VaultController) -> uuid.UUID:
    vs = controller.session
    case = cases.create_case(vs, title="Олег В. — путь", status="waiting", tags=["visa"])
    people.create_person(
        vs,
        pseudonym="Олег В.",
        identity={"legal_name": LEGAL_NAME, "phone": PHONE},
        case_id=case,
    )
    checklist = case_checklists.add_checklist(vs, case, "personal-documents")
    first = case_checklists.get_checklist(vs, checklist).items[0]
    case_checklists.set_item(vs, first.id, state="done")
    body = "\n\n".join(f"Абзац {n}: дорога через Казахстан." for n in range(120))
    notes.create_note(vs, title="Долгая история", body=body, case_id=case)
    notes.create_note(
        vs, title="Aside", body="![x](file:///etc/hostname) <b>raw</b> [[Wiki]]", case_id=case
    )
    return case


def open_dialog(qtbot: QtBot, controller: VaultController, case_id: uuid.UUID) -> CaseReportDialog:
    dialog = CaseReportDialog(controller, case_id)
    qtbot.addWidget(dialog)
    return dialog


def save(qtbot: QtBot, dialog: CaseReportDialog, path: Path) -> None:
    task = dialog.save_to(path)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass


def test_notes_are_all_ticked_and_identities_off(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID
) -> None:
    dialog = open_dialog(qtbot, controller, case_id)
    assert dialog.notes.count() == 2
    assert len(dialog.chosen_note_ids()) == 2
    assert not dialog.identities.isChecked()
    assert dialog.identity_warning.isHidden()
    dialog.identities.setChecked(True)
    assert not dialog.identity_warning.isHidden()
    assert "legal name" in dialog.identity_warning.text()
    assert "phone" in dialog.identity_warning.text()
    dialog.none_button.click()
    assert dialog.chosen_note_ids() == []


def test_redacted_report_has_no_identity_and_confidential_on_every_page(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, controller, case_id)
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    save(qtbot, dialog, target)
    assert dialog.written == target
    pages = pdf_pages(target)
    assert len(pages) >= 2
    assert all("Confidential" in page for page in pages)
    text = "\n".join(pages)
    for expected in ("Олег В.", "Waiting", "1 of ", "Долгая история", "Казахстан", "[[Wiki]]"):
        assert expected in text
    for secret in (LEGAL_NAME, "Quartermaine", PHONE, "5550"):
        assert secret not in text
    assert [p.name for p in target.parent.iterdir()] == ["report.pdf"]
    exported = [e for e in activity.list_activity(controller.session) if e.action == "exported"]
    assert [(e.ref_id, e.detail) for e in exported] == [(case_id, "report")]


def test_identities_and_chosen_notes_when_asked(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, controller, case_id)
    dialog.identities.setChecked(True)
    for row in range(dialog.notes.count()):
        item = dialog.notes.item(row)
        if item.text().startswith("Aside"):
            item.setCheckState(Qt.CheckState.Unchecked)
    target = tmp_path / "with.pdf"
    save(qtbot, dialog, target)
    text = "\n".join(pdf_pages(target))
    assert LEGAL_NAME in text
    assert PHONE in text
    assert "Долгая история" in text
    assert "Aside" not in text


def test_save_as_asks_for_the_path_and_adds_pdf(
    qtbot: QtBot,
    controller: VaultController,
    case_id: uuid.UUID,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[object] = []

    def fake_dialog(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(args[1])
        return str(tmp_path / "chosen"), ""

    monkeypatch.setattr(file_dialogs, "get_save_file_name", fake_dialog)
    dialog = open_dialog(qtbot, controller, case_id)
    dialog.save_button.click()
    assert asked == ["Save the case report"]
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.finished, timeout=30_000):
        pass
    assert (tmp_path / "chosen.pdf").is_file()


def test_a_failed_write_leaves_nothing(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, controller, case_id)
    task = dialog.save_to(tmp_path / "missing-folder" / "report.pdf")
    assert task is not None
    with qtbot.waitSignal(task.failed, timeout=30_000):
        pass
    assert "Could not write the report" in dialog.status.text()
    assert not (tmp_path / "missing-folder").exists()
    assert dialog.save_button.isEnabled()


def test_a_cancelled_report_writes_nothing(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID, tmp_path: Path
) -> None:
    report = build_case_report(controller.session, case_id)
    with pytest.raises(CancelledError):  # after the first page
        write_case_report(report, tmp_path / "r.pdf", cancel=CancelAfter(1))
    assert list(tmp_path.iterdir()) == [tmp_path / "vault"]


def test_case_editor_opens_the_dialog(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID
) -> None:
    host = Host(controller)
    qtbot.addWidget(host)
    host.open_item("case", case_id)
    editor = host.editor
    assert isinstance(editor, CaseEditor)
    editor.report_button.click()
    dialogs = editor.findChildren(CaseReportDialog)
    assert len(dialogs) == 1
    assert dialogs[0].case_id == case_id
    dialogs[0].reject()
    shown = show_case_report_dialog(host, controller, case_id)
    assert shown.isVisible()
    controller.lock()  # locking closes it
    assert not shown.isVisible()


def test_with_identities_the_report_can_be_encrypted_for_a_colleague(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID, tmp_path: Path
) -> None:
    import pyrage

    dialog = open_dialog(qtbot, controller, case_id)
    dialog.show()
    assert not dialog.seal_options.isVisible()  # offered only with identities
    dialog.identities.setChecked(True)
    assert dialog.seal_options.isVisible() and dialog.seal_options.plain.isChecked()
    colleague = pyrage.x25519.Identity.generate()
    dialog.seal_options.to_key.setChecked(True)
    dialog.seal_options.key.setText("age1notakey")
    out = tmp_path / "out"
    out.mkdir()
    assert dialog.save_to(out / "bad.pdf") is None  # named, nothing written
    assert dialog.status.text()
    assert list(out.iterdir()) == []

    dialog.seal_options.key.setText(str(colleague.to_public()))
    save(qtbot, dialog, out / "for-anna.pdf")

    sealed = out / "for-anna.pdf.age"
    assert [p.name for p in out.iterdir()] == ["for-anna.pdf.age"]
    assert LEGAL_NAME.encode() not in sealed.read_bytes()
    opened = tmp_path / "opened.pdf"
    opened.write_bytes(pyrage.decrypt(sealed.read_bytes(), [colleague]))
    assert LEGAL_NAME in "\n".join(pdf_pages(opened))
    assert dialog.written == sealed


def test_with_identities_the_report_can_be_encrypted_to_a_passphrase(
    qtbot: QtBot, controller: VaultController, case_id: uuid.UUID, tmp_path: Path
) -> None:
    """The passphrase path for real: age's scrypt (about 3 s), decrypted with pyrage."""
    import pyrage

    dialog = open_dialog(qtbot, controller, case_id)
    dialog.show()
    dialog.identities.setChecked(True)
    dialog.seal_options.to_passphrase.setChecked(True)
    out = tmp_path / "out"
    out.mkdir()
    dialog.seal_options.passphrase.setText("quiet harbour lantern")
    dialog.seal_options.again.setText("quiet harbour lanterns")
    assert dialog.save_to(out / "report.pdf") is None  # the two differ: said, nothing written
    assert dialog.status.text() == "The two passphrases differ."
    assert list(out.iterdir()) == []

    dialog.seal_options.again.setText("quiet harbour lantern")
    save(qtbot, dialog, out / "report.pdf")

    sealed = out / "report.pdf.age"
    assert [p.name for p in out.iterdir()] == ["report.pdf.age"]  # no plain PDF beside it
    data = sealed.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert b"%PDF-" not in data and LEGAL_NAME.encode() not in data
    with pytest.raises(pyrage.DecryptError):
        pyrage.passphrase.decrypt(data, "another passphrase")
    plain = pyrage.passphrase.decrypt(data, "quiet harbour lantern")
    assert plain.startswith(b"%PDF-")
    opened = tmp_path / "opened.pdf"
    opened.write_bytes(plain)
    text = "\n".join(pdf_pages(opened))
    assert LEGAL_NAME in text and PHONE in text
    assert dialog.written == sealed
    leftovers = [p for p in tmp_path.rglob("*") if p.is_file() and p != opened]
    assert all(not p.read_bytes().startswith(b"%PDF-") for p in leftovers)
