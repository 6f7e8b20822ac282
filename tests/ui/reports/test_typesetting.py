"""The PDF report's typesetting: headings in notes stay below the note's title, no heading
is left alone at a page's foot, and a demo report says so on every page."""

from __future__ import annotations

import math

from PySide6.QtGui import QTextBlock, QTextDocument
from tests.factories import pdf_pages

from satchel.services.core.demo_mark import mark_as_demo
from satchel.services.core.session import VaultSession
from satchel.services.notebook import cases, notes
from satchel.services.reports.case_report import CaseReport, build_case_report
from satchel.ui.reports.document import build_document
from satchel.ui.reports.pdf import render_case_report
from satchel.ui.reports.typesetting import keep_headings_with_next
from satchel.ui.shell.vault_controller import VaultController


def _report(vs: VaultSession, body: str, title: str = "Visit to the consulate") -> CaseReport:
    case = cases.create_case(vs, title="Heron — visa")
    notes.create_note(vs, title=title, body=body, case_id=case)
    return build_case_report(vs, case)


def _blocks(document: QTextDocument) -> list[QTextBlock]:
    found, block = [], document.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def _size(block: QTextBlock) -> float:
    it = block.begin()
    sizes = []
    while not it.atEnd():
        sizes.append(it.fragment().charFormat().font().pointSizeF())
        it += 1
    return max(sizes or [block.charFormat().font().pointSizeF()])


def test_a_heading_inside_a_note_is_never_larger_than_the_notes_title(
    controller: VaultController,
) -> None:
    report = _report(controller.session, "# Big heading\n\nText.\n\n## Smaller\n\nMore text.")
    document = build_document(report)  # held: the blocks live in it
    blocks = _blocks(document)
    title = next(b for b in blocks if b.text() == "Visit to the consulate")
    inside = [b for b in blocks if b.text() in {"Big heading", "Smaller"}]

    assert len(inside) == 2
    assert all(_size(b) <= _size(title) for b in inside), [(_size(b), _size(title)) for b in inside]


def test_no_heading_is_left_alone_at_the_foot_of_a_page(controller: VaultController) -> None:
    filler = "\n\n".join(
        f"Paragraph {n} of the story, long enough to fill a line." for n in range(60)
    )
    sections = "\n\n".join(f"## Section {n}\n\n{filler[: 400 + 37 * n]}" for n in range(12))
    document = build_document(_report(controller.session, sections))
    page_height = 700.0
    document.setPageSize(document.pageSize().__class__(500.0, page_height))

    keep_headings_with_next(document, page_height)

    layout = document.documentLayout()
    blocks = _blocks(document)
    for index, block in enumerate(blocks[:-1]):
        if block.blockFormat().headingLevel() == 0 or not block.text().startswith("Section"):
            continue
        following = blocks[index + 1]
        top = layout.blockBoundingRect(block).top()
        line = following.layout().lineAt(0)
        bottom = layout.blockBoundingRect(following).top() + line.height() - 0.5
        assert math.floor(top / page_height) == math.floor(bottom / page_height), block.text()


def test_a_demo_report_says_demo_on_every_page(controller: VaultController) -> None:
    vs = controller.session
    with vs.transaction() as session:
        mark_as_demo(session)
    body = "\n\n".join(f"Paragraph {n}." for n in range(150))
    pages = pdf_pages(render_case_report(_report(vs, body)))

    assert len(pages) >= 2
    assert all("DEMODATA—NOTREAL" in "".join(page.split()) for page in pages)


def test_a_real_report_does_not(controller: VaultController) -> None:
    pages = pdf_pages(render_case_report(_report(controller.session, "Short.")))
    assert pages and not any("DEMO" in page for page in pages)
