"""The PDF report speaks the window's language: its mark, headings, labels and page footer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from tests.factories import pdf_pages
from tests.ui.i18n.screen_walk import populated_vault

from satchel.services.core.session import VaultSession
from satchel.services.notebook.cases import list_cases
from satchel.services.reports.case_report import build_case_report
from satchel.ui.i18n.loader import install_language
from satchel.ui.reports.pdf import write_case_report

LABELS = ("CONFIDENTIAL", "Confidential", "Case report", "Status", "Priority", "Page 1 of")


@pytest.fixture
def session(tmp_path: Path) -> Iterator[VaultSession]:
    vs = populated_vault(tmp_path / "vault", "en")
    yield vs
    vs.close()


def _report(session: VaultSession, language: str, path: Path, qapp: QApplication) -> str:
    installed = install_language(language, qapp)
    try:
        case = list_cases(session, limit=1)[0]
        write_case_report(build_case_report(session, case.id), path)
    finally:
        installed.remove()
    return "\n".join(pdf_pages(path))


def test_every_label_of_the_report_is_translated(
    session: VaultSession, tmp_path: Path, qapp: QApplication
) -> None:
    english = _report(session, "en", tmp_path / "en.pdf", qapp)
    assert all(label in english for label in LABELS)
    pseudo = _report(session, "xx-pseudo", tmp_path / "pseudo.pdf", qapp)
    left = [label for label in LABELS if label in pseudo]
    assert not left, f"English in the pseudo-locale report: {left}"
    assert "[" in pseudo
