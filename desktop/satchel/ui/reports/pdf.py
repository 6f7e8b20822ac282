"""Draw a CaseReport as a PDF, in memory, and write it only where the user chose.

Qt's own PDF writer renders into a QBuffer: no plaintext temp file ever exists. The finished
bytes go to a hidden temp name in the chosen folder, are fsynced and renamed into place, so
a failed or cancelled report leaves no file behind. Every page carries "Confidential" in its
header and footer: QTextDocument.print_ draws no page furniture, so pages are laid out here
one by one with drawContents.

Values are escaped before they enter HTML, and note bodies go in as Markdown with raw HTML
off. The document refuses every resource (remote or local file) so a note cannot make the
renderer read anything.
"""

from __future__ import annotations

import html
import math
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
)

from satchel.services.reports.case_report import (
    CaseReport,
    ReportChecklist,
    ReportNote,
    ReportPerson,
    save_report,
)
from satchel.ui.base.text.formats import format_date, format_moment
from satchel.ui.base.text.labels import (
    field_label,
    priority_label,
    role_label,
    state_labels,
    status_label,
)
from satchel.ui.reports.typesetting import keep_headings_with_next, tame_note_headings
from satchel.work import CancelToken, Progress, check_cancelled

RESOLUTION = 300  # dots per inch of the PDF's coordinate system
MARGIN_MM = 18.0
BAND_MM = 9.0  # header and footer bands inside the margins
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


# --- content as HTML ---------------------------------------------------------------------


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


# --- pages -------------------------------------------------------------------------------


def render_case_report(
    report: CaseReport,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> bytes:
    """The PDF's bytes, drawn in memory; raises CancelledError when asked to stop."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setCreator("Satchel")
    writer.setTitle(QCoreApplication.translate("CaseReport", "Confidential case report"))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = build_document(report)
    document.documentLayout().setPaintDevice(writer)
    paint = QRectF(writer.pageLayout().paintRectPixels(RESOLUTION))
    band = BAND_MM / 25.4 * RESOLUTION
    body = QRectF(0, 0, paint.width(), paint.height() - 2 * band)
    document.setPageSize(QSizeF(body.width(), body.height()))
    keep_headings_with_next(document, body.height())
    pages = max(1, math.ceil(document.size().height() / body.height()))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF writer could not start")
    try:
        for page in range(pages):
            check_cancelled(cancel)
            if page:
                writer.newPage()
            _draw_page(painter, document, report, page=page, pages=pages, body=body, band=band)
            if progress is not None:
                progress((page + 1) / pages)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data())


def _page_mark(report: CaseReport) -> str:
    if report.demo:
        return QCoreApplication.translate("CaseReport", "DEMO DATA — NOT REAL")
    return QCoreApplication.translate("CaseReport", "Confidential")


def _draw_page(
    painter: QPainter,
    document: QTextDocument,
    report: CaseReport,
    *,
    page: int,
    pages: int,
    body: QRectF,
    band: float,
) -> None:
    width = body.width()
    small = QFont()
    small.setFamilies(FONT_FAMILIES)
    small.setPointSizeF(8)
    painter.setFont(small)
    painter.setPen(QColor("#9b1c1c"))
    header = QRectF(0, 0, width, band * 0.8)
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(header, left, _page_mark(report))
    painter.setPen(QColor("#57606a"))
    painter.drawText(
        header,
        right,
        QCoreApplication.translate("CaseReport", "Case report: {0}").format(report.title),
    )
    painter.drawLine(QPointF(0, band * 0.85), QPointF(width, band * 0.85))

    painter.save()
    painter.translate(0, band - page * body.height())
    clip = QRectF(0, page * body.height(), width, body.height())
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    document.documentLayout().draw(painter, context)
    painter.restore()

    top = band + body.height()
    footer = QRectF(0, top + band * 0.2, width, band * 0.8)
    painter.setPen(QColor("#57606a"))
    painter.drawLine(QPointF(0, top + band * 0.15), QPointF(width, top + band * 0.15))
    painter.setPen(QColor("#9b1c1c"))
    painter.drawText(
        footer,
        left,
        QCoreApplication.translate("CaseReport", "Demo data — made up, not real people")
        if report.demo
        else QCoreApplication.translate(
            "CaseReport", "Confidential — do not share beyond those who need it"
        ),
    )
    painter.setPen(QColor("#57606a"))
    painter.drawText(
        footer,
        right,
        QCoreApplication.translate("CaseReport", "Page {0} of {1}").format(page + 1, pages),
    )


def write_case_report(
    report: CaseReport,
    path: Path,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    seal: Callable[[bytes], bytes] | None = None,
) -> int:
    """Render, then write (encrypted by `seal` if given, see services.reports.sealing);
    returns the size in bytes. Nothing is written on failure."""
    data = render_case_report(report, progress=progress, cancel=cancel)
    check_cancelled(cancel)
    if seal is not None:
        data = seal(data)
    save_report(path, data)
    return len(data)


def write_case_report_headless(
    report: CaseReport, path: Path, seal: Callable[[bytes], bytes] | None = None
) -> int:
    """For the command line: the PDF writer needs a QGuiApplication, made here without a
    display (offscreen) for this one report, so no other command ever loads Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "satchel"])
    try:
        return write_case_report(report, path, seal=seal)
    finally:
        del app
