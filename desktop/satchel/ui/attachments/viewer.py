"""Show an attachment inside the app, from memory: images with Qt, PDFs with pypdfium2.

Nothing is ever written to a temporary file or handed to another program: the decrypted
bytes stay in this process. PDFs are drawn by pypdfium2 (PDFium, the engine of Chromium's
viewer) page by page into QImages. Why not QtPdf: it only ships in the full PySide6 with its
Addons, ~673 MB installed, against a few MB for pypdfium2 on top of PySide6-Essentials;
PDFium is the same engine QtPdf wraps. Forms and JavaScript stay off (no init_forms).
"""

from __future__ import annotations

import weakref
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from satchel.ui.base.widgets import file_dialogs
from satchel.ui.camouflage.app_brand import app_name

PDF_MAGIC = b"%PDF-"
PDF_DPI = 110
ZOOM_STEPS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


class PdfDocumentImages:
    """A PDF opened from bytes; renders one page at a time into a QImage."""

    def __init__(self, data: bytes) -> None:
        self._document = pdfium.PdfDocument(data)  # raises pdfium.PdfiumError when unreadable
        self.page_count: int = len(self._document)
        self.closed = False

    def render(self, index: int, scale: float = 1.0) -> QImage:
        page = self._document[index]
        try:
            bitmap = page.render(
                scale=scale * PDF_DPI / 72, rev_byteorder=True, prefer_bgrx=True
            )  # RGBX bytes: the same layout on every CPU
            try:
                raw = bytes(bitmap.buffer)
                image = QImage(
                    raw, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
                )
                return image.copy()  # own the pixels before the buffer goes
            finally:
                bitmap.close()
        finally:
            page.close()

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._document.close()


def is_pdf(data: bytes) -> bool:
    return data[:1024].lstrip().startswith(PDF_MAGIC)


def image_from_bytes(data: bytes) -> QImage:
    """Decoded in memory; a null image when Qt cannot read it."""
    image = QImage()
    image.loadFromData(data)
    return image


def render_pdf_page(data: bytes, index: int = 0, scale: float = 1.0) -> QImage:
    document = PdfDocumentImages(data)
    try:
        return document.render(index, scale)
    finally:
        document.close()


class AttachmentViewer(QDialog):
    """A modal viewer for one attachment; Save a copy… is the only way bytes leave it."""

    def __init__(
        self, data: bytes, filename: str, media_type: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self.setWindowTitle(self.tr("Attachment"))
        self.setAccessibleName(self.tr("Attachment viewer"))
        self.resize(900, 700)
        self._data = data
        self._filename = filename
        self._pdf: PdfDocumentImages | None = None
        self._image = QImage()
        self._page = 0
        self._zoom = 1.0

        self.name_label = QLabel(filename)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.page_label = QLabel()
        self.previous_button = QPushButton(self.tr("Previous page"))
        self.next_button = QPushButton(self.tr("Next page"))
        self.zoom_out_button = QPushButton(self.tr("Zoom out"))
        self.zoom_in_button = QPushButton(self.tr("Zoom in"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (
            self.previous_button,
            self.next_button,
            self.zoom_out_button,
            self.zoom_in_button,
            self.save_button,
            self.close_button,
        ):
            button.setAccessibleName(button.text().rstrip("…"))
        self.canvas = QLabel()
        self.canvas.setObjectName("attachmentCanvas")
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.canvas.setAccessibleName(self.tr("Attachment: {0}").format(filename))
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)

        bar = QHBoxLayout()
        bar.addWidget(self.name_label, 1)
        for widget in (
            self.previous_button,
            self.page_label,
            self.next_button,
            self.zoom_out_button,
            self.zoom_in_button,
            self.save_button,
            self.close_button,
        ):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)

        # Bound methods, not lambdas: a lambda holding self would keep the dialog alive.
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.save_button.clicked.connect(self.save_copy)
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, self.zoom_in)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, self.zoom_out)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, self.next_page)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, self.previous_page)
        self._load(media_type)

    @property
    def kind(self) -> str:
        """ "pdf", "image" or "other" (shown as a message)."""
        if self._pdf is not None:
            return "pdf"
        return "image" if not self._image.isNull() else "other"

    @property
    def current_image(self) -> QImage:
        return self._image

    def _load(self, media_type: str) -> None:
        if media_type == "application/pdf" or is_pdf(self._data):
            try:
                self._pdf = pdf = PdfDocumentImages(self._data)
            except pdfium.PdfiumError:
                self._show_message(
                    self.tr("This PDF cannot be shown: it is damaged or needs a password.")
                )
                return
            weakref.finalize(self, pdf.close)  # also when the viewer was never shown
            self.show_page(0)
            return
        self._image = image_from_bytes(self._data)
        if self._image.isNull():
            self._show_message(
                self.tr(
                    "{app} cannot show this kind of file. Use “Save a copy…” to open it."
                ).format(app=app_name())
            )
            return
        self._zoom = self._fit_zoom(self._image)
        self._redraw()

    def _show_message(self, text: str) -> None:
        self.canvas.setText(text)
        self.canvas.setWordWrap(True)
        for button in (
            self.previous_button,
            self.next_button,
            self.zoom_in_button,
            self.zoom_out_button,
        ):
            button.setEnabled(False)
        self.page_label.clear()

    def _fit_zoom(self, image: QImage) -> float:
        width = max(self.scroll_area.viewport().width(), 860)
        return float(min(1.0, width / max(image.width(), 1)))

    def show_page(self, index: int) -> None:
        if self._pdf is None or not 0 <= index < self._pdf.page_count:
            return
        self._page = index
        self._image = self._pdf.render(index, self._zoom)
        self.page_label.setText(self.tr("Page {0} of {1}").format(index + 1, self._pdf.page_count))
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < self._pdf.page_count)
        self.canvas.setPixmap(QPixmap.fromImage(self._image))

    def next_page(self) -> None:
        self.show_page(self._page + 1)

    def previous_page(self) -> None:
        self.show_page(self._page - 1)

    def zoom_in(self) -> None:
        self.zoom_by(1)

    def zoom_out(self) -> None:
        self.zoom_by(-1)

    def zoom_by(self, steps: int) -> None:
        if self.kind == "other":
            return
        bigger = [z for z in ZOOM_STEPS if z > self._zoom + 1e-6]
        smaller = [z for z in ZOOM_STEPS if z < self._zoom - 1e-6]
        if steps > 0 and bigger:
            self._zoom = bigger[0]
        elif steps < 0 and smaller:
            self._zoom = smaller[-1]
        if self._pdf is not None:
            self.show_page(self._page)
        else:
            self._redraw()

    def _redraw(self) -> None:
        if self._image.isNull():
            return
        self.page_label.clear()
        self.previous_button.hide()
        self.next_button.hide()
        size = self._image.size() * self._zoom
        pixmap = QPixmap.fromImage(self._image).scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.canvas.setPixmap(pixmap)

    def save_copy(self) -> None:
        """Write the bytes where the user says: a deliberate export, never a temp file."""
        path, _filter = file_dialogs.get_save_file_name(
            self,
            self.tr("Save an unencrypted copy"),
            self._filename,
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if not path:
            return
        try:
            Path(path).write_bytes(self._data)
        except OSError as error:
            QMessageBox.warning(
                self, app_name(), self.tr("Could not save the copy: {0}").format(error)
            )

    def done(self, result: int) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None
        super().done(result)
