"""`satchel report`: a PDF with pseudonyms, status, progress and "Confidential" on every page.

The command runs in a child process: it starts a QGuiApplication of its own, which must
not be left behind in the test process (the widget tests need a QApplication there).
"""
# ruff: noqa: RUF001  (Cyrillic text is the point here, not a confusable)

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from tests.cli.conftest import RunCli, run_process
from tests.conftest import PASSPHRASE
from tests.factories import pdf_pages

from satchel.services.checklists import case_checklists
from satchel.services.core import activity
from satchel.services.core import session as vault_session
from satchel.services.notebook import cases as case_service
from satchel.services.notebook import notes, people

LEGAL_NAME = "Zebulon Quartermaine-Okafor"
PHONE = "+49 151 5550 1234"
SENTINELS = (LEGAL_NAME, "Quartermaine", PHONE, "5550")


@pytest.fixture
def filled(vault: Path) -> tuple[Path, uuid.UUID, uuid.UUID]:
    """The vault with a case, a person with identity, a checklist and two notes."""
    with vault_session.unlock(vault, PASSPHRASE) as vs:
        case_id = case_service.create_case(vs, title="Олег В. — путь", status="waiting")
        people.create_person(
            vs,
            pseudonym="Олег В.",
            identity={"legal_name": LEGAL_NAME, "phone": PHONE},
            case_id=case_id,
        )
        checklist = case_checklists.add_checklist(vs, case_id, "personal-documents")
        first = case_checklists.get_checklist(vs, checklist).items[0]
        case_checklists.set_item(vs, first.id, state="done")
        long_body = "\n\n".join(f"Paragraph {n}: the road through Kazakhstan." for n in range(150))
        notes.create_note(vs, title="Long history", body=long_body, case_id=case_id)
        skipped = notes.create_note(vs, title="Private aside", body="leave me out", case_id=case_id)
    return vault, case_id, skipped


def test_report_without_identities(
    filled: tuple[Path, uuid.UUID, uuid.UUID], tmp_path: Path
) -> None:
    vault, case_id, _skipped = filled
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    result = run_process("report", vault, "--case", case_id, "--to", target)
    assert result.code == 0, result.err
    assert result.out.strip() == str(target)
    pages = pdf_pages(target)
    assert len(pages) >= 2  # the long note spills over
    assert all("Confidential" in page for page in pages)
    text = "\n".join(pages)
    assert "Олег В." in text
    assert "Waiting" in text
    assert "1 of " in text  # checklist progress
    assert "Long history" in text
    assert "Private aside" in text  # every note by default
    for sentinel in SENTINELS:
        assert sentinel not in text
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.pdf"]  # no temp left
    assert target.stat().st_mode & 0o077 == 0
    with vault_session.unlock(vault, PASSPHRASE) as vs:
        logged = [e for e in activity.list_activity(vs) if e.action == "exported"]
        assert [(e.ref_id, e.detail) for e in logged] == [(case_id, "report")]


def test_report_with_identities_and_chosen_notes(
    filled: tuple[Path, uuid.UUID, uuid.UUID], tmp_path: Path
) -> None:
    vault, case_id, skipped = filled
    with vault_session.unlock(vault, PASSPHRASE) as vs:
        keep = next(n.id for n in notes.list_notes(vs, case_id=case_id) if n.id != skipped)
    target = tmp_path / "with.pdf"
    result = run_process(
        "report", vault, "--case", case_id, "--to", target, "--with-identities", "--note", keep
    )
    assert result.code == 0, result.err
    assert "identity details" in result.err
    text = "\n".join(pdf_pages(target))
    assert LEGAL_NAME in text
    assert PHONE in text
    assert "Long history" in text
    assert "Private aside" not in text


def test_bad_target_and_bad_note_write_nothing(
    filled: tuple[Path, uuid.UUID, uuid.UUID], tmp_path: Path
) -> None:
    vault, case_id, _skipped = filled
    missing = tmp_path / "nowhere" / "report.pdf"
    result = run_process("report", vault, "--case", case_id, "--to", missing)
    assert result.code == 1
    assert "does not exist" in result.err
    target = tmp_path / "report.pdf"
    result = run_process(
        "report", vault, "--case", case_id, "--to", target, "--note", str(uuid.uuid4())
    )
    assert result.code == 1
    assert "not one of this case's notes" in result.err
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name != "vault"] == []


def test_usage_errors(run_cli: RunCli, vault: Path, tmp_path: Path) -> None:
    missing = run_cli("report", vault, "--to", tmp_path / "r.pdf")
    assert missing.code == 1
    assert "--case" in missing.err
    both = run_cli(
        "report", vault, "--case", "abcdef", "--to", tmp_path / "r.pdf", "--no-notes", "--note", "x"
    )
    assert both.code == 1
    assert "either --note or --no-notes" in both.err
    not_pdf = run_cli("report", vault, "--case", "abcdef", "--to", tmp_path / "r.txt")
    assert not_pdf.code == 1
    assert "does not end in .pdf" in not_pdf.err


def test_the_report_command_loads_no_widget_or_dialog_module() -> None:
    """The PDF is drawn with QtGui alone; its labels come from a QtCore-only module."""
    probe = (
        "import sys, satchel.ui.reports.pdf\n"
        "print('\\n'.join(m for m in sorted(sys.modules) "
        "if m.endswith('QtWidgets') or 'dialog' in m or 'editor' in m))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert loaded.stdout.split() == []


def test_a_report_with_identities_can_be_encrypted_to_a_colleagues_key(
    filled: tuple[Path, uuid.UUID, uuid.UUID], tmp_path: Path
) -> None:
    import pyrage

    vault, case_id, _skipped = filled
    colleague = pyrage.x25519.Identity.generate()
    target = tmp_path / "report.pdf.age"
    result = run_process(
        "report", vault, "--case", case_id, "--to", target, "--with-identities",
        "--recipient", str(colleague.to_public()),
    )  # fmt: skip
    assert result.code == 0, result.err
    sealed = target.read_bytes()
    assert sealed.startswith(b"age-encryption.org/v1")
    assert LEGAL_NAME.encode() not in sealed and b"%PDF" not in sealed
    plain = tmp_path / "opened.pdf"
    plain.write_bytes(pyrage.decrypt(sealed, [colleague]))
    assert LEGAL_NAME in "\n".join(pdf_pages(plain))

    wrong_name = run_process(
        "report", vault, "--case", case_id, "--to", tmp_path / "r.pdf",
        "--recipient", str(colleague.to_public()),
    )  # fmt: skip
    assert wrong_name.code == 1 and ".age" in wrong_name.err
    bad_key = run_process(
        "report", vault, "--case", case_id, "--to", tmp_path / "r.pdf.age", "--recipient", "age1x"
    )
    assert bad_key.code == 1 and not (tmp_path / "r.pdf.age").exists()
