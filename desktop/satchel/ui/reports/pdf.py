"""Draw a CaseReport as a PDF, in memory, and write it only where the user chose.

Qt's own PDF writer renders into a QBuffer: no plaintext temp file ever exists. The finished
bytes go to a hidden temp name in the chosen folder, are fsynced and renamed into place, so
a failed or cancelled report leaves no file behind. Every page carries "Confidential" in its
header and footer: QTextDocument.print_ draws no page furniture, so pages are laid out here
one by one with drawContents. What goes on the pages is document.py's.
"""

from __future__ import annotations

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
    QTextDocument,
)

from satchel.services.reports.case_report import (
    CaseReport,
    save_report,
)
from satchel.ui.camouflage.app_brand import app_name
from satchel.ui.reports.document import FONT_FAMILIES, build_document
from satchel.ui.reports.typesetting import keep_headings_with_next
from satchel.work import CancelToken, Progress, check_cancelled

RESOLUTION = 300  # dots per inch of the PDF's coordinate system
MARGIN_MM = 18.0
BAND_MM = 9.0  # header and footer bands inside the margins


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
    writer.setCreator(app_name())
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
