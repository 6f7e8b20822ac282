"""The case report's content as one text document: facts, people, checklists and notes.

Values are escaped before they enter HTML, and note bodies go in as Markdown with raw HTML
off. The document refuses every resource (remote or local file) so a note cannot make the
renderer read anything. Laying it out into pages is pdf.py's job.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QCoreApplication,
    QUrl,
)
from PySide6.QtGui import (
    QFont,
    QTextCursor,
    QTextDocument,
)

from satchel.services.reports.case_report import (
    CaseReport,
    ReportChecklist,
    ReportNote,
    ReportPerson,
)
from satchel.ui.base.text.formats import format_date, format_moment
from satchel.ui.base.text.labels import (
    field_label,
    priority_label,
    role_label,
    state_labels,
    status_label,
)
from satchel.ui.reports.typesetting import tame_note_headings

FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "sans-serif"]
NOTE_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)

GAP = '<p class="gap">&#160;</p>'  # Qt ignores a heading's top margin right after a table


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


class _SealedDocument(QTextDocument):
    """A text document that loads nothing: no images from disk, no URLs."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt's name
        return None


def _head_html(report: CaseReport) -> str:
    done, needed = report.progress
    rows = [
        (QCoreApplication.translate("CaseReport", "Status"), status_label(report.status)),
        (QCoreApplication.translate("CaseReport", "Priority"), priority_label(report.priority)),
        (QCoreApplication.translate("CaseReport", "Opened"), format_date(report.opened_at)),
        (QCoreApplication.translate("CaseReport", "Last changed"), format_date(report.updated_at)),
    ]
    if report.next_action or report.due_date:
        due = (
            QCoreApplication.translate("CaseReport", " (due {0})").format(
                format_date(report.due_date)
            )
            if report.due_date
            else ""
        )
        rows.append(
            (
                QCoreApplication.translate("CaseReport", "Next action"),
                (report.next_action or "—") + due,
            )
        )
    if report.tags:
        rows.append((QCoreApplication.translate("CaseReport", "Tags"), ", ".join(report.tags)))
    if needed:
        rows.append(
            (
                QCoreApplication.translate("CaseReport", "Checklist progress"),
                QCoreApplication.translate("CaseReport", "{0} of {1} done").format(done, needed),
            )
        )
    table = "".join(f'<tr><td class="k">{_e(k)}</td><td>{_e(v)}</td></tr>' for k, v in rows)
    redaction = (
        QCoreApplication.translate(
            "CaseReport", "This report contains identity details. Keep it as safe as the vault."
        )
        if report.with_identities
        else QCoreApplication.translate(
            "CaseReport",
            "Redacted: people appear by pseudonym only; identity details are left out.",
        )
    )
    mark = QCoreApplication.translate("CaseReport", "CONFIDENTIAL")
    if report.demo:
        mark = QCoreApplication.translate("CaseReport", "DEMO DATA — NOT REAL")
    kind = QCoreApplication.translate("CaseReport", "Case report")
    generated = QCoreApplication.translate("CaseReport", "generated {0}").format(
        format_moment(report.generated_at)
    )
    parts = [
        f'<p class="mark">{_e(mark)}</p>',
        f"<h1>{_e(report.title)}</h1>",
        f'<p class="small">{_e(kind)} · {_e(generated)}</p>',
        f'<p class="note">{_e(redaction)}</p>',
        f'<table class="facts" cellspacing="0" cellpadding="3">{table}</table>{GAP}',
    ]
    if report.summary:
        summary = QCoreApplication.translate("CaseReport", "Summary")
        parts.append(f"<h2>{_e(summary)}</h2>")
        parts.append(f'<p class="pre">{_e(report.summary)}</p>')
    parts.append(_people_html(report.people, report.with_identities))
    parts.extend(_checklist_html(checklist) for checklist in report.checklists)
    return "".join(parts)


def _people_html(people: tuple[ReportPerson, ...], with_identities: bool) -> str:
    people_heading = QCoreApplication.translate("CaseReport", "People")
    heading = f"<h2>{_e(people_heading)}</h2>"
    if not people:
        nobody = QCoreApplication.translate("CaseReport", "No people are linked to this case.")
        return heading + f'<p class="small">{_e(nobody)}</p>'
    cells = [
        QCoreApplication.translate("CaseReport", "Pseudonym"),
        QCoreApplication.translate("CaseReport", "Role"),
        QCoreApplication.translate("CaseReport", "Role in the case"),
        QCoreApplication.translate("CaseReport", "Organisation"),
    ]
    head = "".join(f"<th>{_e(c)}</th>" for c in cells)
    body = []
    for person in people:
        row = (person.pseudonym, role_label(person.role), person.role_in_case, person.organisation)
        body.append("<tr>" + "".join(f"<td>{_e(v)}</td>" for v in row) + "</tr>")
        if with_identities and person.identity:
            details = "<br/>".join(
                f"<b>{_e(field_label(name))}:</b> {_e(value)}" for name, value in person.identity
            )
            body.append(f'<tr><td></td><td colspan="3" class="identity">{details}</td></tr>')
    return (
        heading
        + '<table class="grid" width="100%" cellspacing="0" cellpadding="4">'
        + f"<tr>{head}</tr>{''.join(body)}</table>{GAP}"
    )


def _checklist_html(checklist: ReportChecklist) -> str:
    done, needed = checklist.progress
    labels = state_labels()
    cells = [
        QCoreApplication.translate("CaseReport", "Document"),
        QCoreApplication.translate("CaseReport", "State"),
        QCoreApplication.translate("CaseReport", "Due"),
        QCoreApplication.translate("CaseReport", "Original is at"),
        QCoreApplication.translate("CaseReport", "Note"),
    ]
    head = "".join(f"<th>{_e(c)}</th>" for c in cells)
    rows = []
    for item in checklist.items:
        title = (
            item.title
            if item.required
            else QCoreApplication.translate("CaseReport", "{0} (optional)").format(item.title)
        )
        values = (
            title,
            labels.get(item.state, item.state),
            format_date(item.due_date),
            item.original_location,
            item.note,
        )
        css = ' class="settled"' if item.state in {"done", "not_needed"} else ""
        rows.append(f"<tr{css}>" + "".join(f"<td>{_e(v)}</td>" for v in values) + "</tr>")
    progress = QCoreApplication.translate("CaseReport", "{0} of {1} done").format(done, needed)
    return (
        f"<h2>{_e(checklist.title)}</h2>"
        f'<p class="small">{_e(progress)}</p>'
        '<table class="grid" width="100%" cellspacing="0" cellpadding="4">'
        f"<tr>{head}</tr>{''.join(rows)}</table>{GAP}"
    )


def _note_heading_html(note: ReportNote) -> str:
    meta = QCoreApplication.translate("CaseReport", "written {0}, last changed {1}").format(
        format_date(note.created_at), format_date(note.updated_at)
    )
    if note.tags:
        meta += " · " + ", ".join(f"#{tag}" for tag in note.tags)
    return f'<h3>{_e(note.title)}</h3><p class="small">{_e(meta)}</p>'


STYLE = """
body { font-size: 10pt; color: #1f2328; }
h1 { font-size: 18pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 14pt; color: #24415f; }
h3 { font-size: 11pt; margin-top: 10pt; }
p.mark { font-size: 9pt; font-weight: bold; color: #9b1c1c; letter-spacing: 1pt; }
p.small { font-size: 8.5pt; color: #57606a; }
p.note { font-size: 9pt; color: #57606a; font-style: italic; }
p.pre { white-space: pre-wrap; }
table.facts td.k { color: #57606a; padding-right: 12pt; }
table.grid { border-collapse: collapse; border-color: #d0d7de; }
p.gap { font-size: 6pt; }
table.grid th { background-color: #eef2f6; text-align: left; font-size: 9pt; }
table.grid td { font-size: 9pt; border-color: #d0d7de; }
tr.settled td { color: #57606a; }
td.identity { font-size: 9pt; color: #9b1c1c; }
"""


def build_document(report: CaseReport) -> QTextDocument:
    """The whole report as one text document (not yet laid out into pages)."""
    document = _SealedDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(f"<html><body>{_head_html(report)}</body></html>")
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    heading = QCoreApplication.translate("CaseReport", "Notes")
    if report.notes:
        cursor.insertBlock()  # its own block: never run on after the last paragraph
        cursor.insertHtml(f"<h2>{_e(heading)}</h2>")
    for note in report.notes:
        cursor.insertBlock()
        cursor.insertHtml(_note_heading_html(note))
        cursor.insertBlock()
        if note.body.strip():
            start = cursor.position()
            cursor.insertMarkdown(note.body, NOTE_FEATURES)
            tame_note_headings(document, start)
        cursor.movePosition(QTextCursor.MoveOperation.End)
    return document
