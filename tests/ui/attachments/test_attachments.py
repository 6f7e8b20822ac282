"""Attachments: images lose EXIF and GPS when added, PDFs and images show from memory."""

from __future__ import annotations

import struct
import tempfile
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QImageWriter, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from satchel.services.notebook import attachments, cases
from satchel.ui.attachments.image_sanitizer import (
    UncleanableImageError,
    looks_like_image,
    sanitize_image,
)
from satchel.ui.attachments.panel import AttachmentsPanel
from satchel.ui.attachments.viewer import AttachmentViewer, is_pdf, render_pdf_page
from satchel.ui.base.widgets import delete_question, file_dialogs
from satchel.ui.base.widgets.delete_question import DeleteChoice
from satchel.ui.shell.vault_controller import VaultController

GPS_SENTINEL = b"GPS-SENTINEL-51.5N"


# test files, made here ----------------------------------------------------------------------
def encoded(image: QImage, fmt: bytes) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert QImageWriter(buffer, fmt).write(image)
    return bytes(data.data())


def exif_segment(orientation: int) -> bytes:
    """An APP1 Exif segment: IFD0 with Orientation and a GPS IFD (latitude, a map datum)."""
    gps_ifd = 8 + 2 + 2 * 12 + 4
    data_at = gps_ifd + 2 + 3 * 12 + 4
    datum = GPS_SENTINEL + b"\x00"
    tiff = b"II" + struct.pack("<HI", 42, 8)
    tiff += struct.pack("<H", 2)
    tiff += struct.pack("<HHIHH", 0x0112, 3, 1, orientation, 0)  # Orientation
    tiff += struct.pack("<HHII", 0x8825, 4, 1, gps_ifd)  # GPS IFD pointer
    tiff += struct.pack("<I", 0)
    tiff += struct.pack("<H", 3)
    tiff += struct.pack("<HHI4s", 0x0001, 2, 2, b"N\x00\x00\x00")  # GPSLatitudeRef
    tiff += struct.pack("<HHII", 0x0002, 5, 3, data_at)  # GPSLatitude
    tiff += struct.pack("<HHII", 0x0012, 2, len(datum), data_at + 24)  # GPSMapDatum
    tiff += struct.pack("<I", 0)
    tiff += struct.pack("<6I", 51, 1, 30, 1, 0, 1) + datum
    body = b"Exif\x00\x00" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body


def jpeg_with_gps(width: int = 40, height: int = 20, orientation: int = 1) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.fillRect(0, 0, width // 2, height, QColor("red"))  # left half red
    painter.end()
    plain = encoded(image, b"JPG")
    assert plain.startswith(b"\xff\xd8")
    return plain[:2] + exif_segment(orientation) + plain[2:]


def tiny_pdf() -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
    painter = QPainter(writer)
    painter.fillRect(0, 0, 600, 600, QColor("black"))
    painter.drawText(100, 900, "Page one")
    writer.newPage()
    painter.drawText(100, 100, "Page two")
    painter.end()
    buffer.close()
    return bytes(data.data())


def app1_segments(jpeg: bytes) -> list[bytes]:
    """The payloads of the APP1 segments before the image data."""
    found, at = [], 2
    while at + 4 <= len(jpeg) and jpeg[at] == 0xFF:
        marker = jpeg[at + 1]
        if marker == 0xDA:  # start of scan: metadata is over
            break
        length = struct.unpack(">H", jpeg[at + 2 : at + 4])[0]
        if marker == 0xE1:
            found.append(jpeg[at + 4 : at + 2 + length])
        at += 2 + length
    return found


def files_under(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


# fixtures -----------------------------------------------------------------------------------
@pytest.fixture
def case_id(controller: VaultController) -> uuid.UUID:
    made = controller.run(cases.create_case, title="Case of Anna S.")
    assert made is not None
    return made


@pytest.fixture
def panel(qtbot: QtBot, controller: VaultController, case_id: uuid.UUID) -> AttachmentsPanel:
    widget = AttachmentsPanel(controller, case_id=case_id)
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    widget.show()
    return widget


def stored_bytes(controller: VaultController, attachment_id: uuid.UUID) -> bytes:
    data = controller.run(attachments.read_attachment, attachment_id)
    assert data is not None
    return data


# the sanitizer ------------------------------------------------------------------------------
def test_the_test_jpeg_really_carries_exif_and_gps() -> None:
    original = jpeg_with_gps()
    assert any(segment.startswith(b"Exif") for segment in app1_segments(original))
    assert GPS_SENTINEL in original
    assert not QImage.fromData(original).isNull()


def test_sanitizer_strips_exif_and_gps() -> None:
    clean = sanitize_image(jpeg_with_gps(), "IMG_0001.JPEG")
    assert clean.format == "jpg"
    assert clean.filename == "IMG_0001.JPEG"
    assert app1_segments(clean.data) == []
    assert b"Exif" not in clean.data
    assert GPS_SENTINEL not in clean.data
    assert QImage.fromData(clean.data).size().toTuple() == (40, 20)


def test_sanitizer_applies_the_orientation_before_dropping_it() -> None:
    clean = sanitize_image(jpeg_with_gps(40, 20, orientation=6), "turned.jpg")
    image = QImage.fromData(clean.data)
    assert image.size().toTuple() == (20, 40)  # turned 90° clockwise, as the camera meant
    top = image.pixelColor(10, 3)
    assert top.red() > 200 and top.green() < 80  # the red half is now on top


def test_sanitizer_drops_png_text_and_keeps_transparency() -> None:
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    image.setText("Location", "GPS-SENTINEL-PNG")
    original = encoded(image, b"PNG")
    assert b"GPS-SENTINEL-PNG" in original
    clean = sanitize_image(original, "scan.png")
    assert b"GPS-SENTINEL-PNG" not in clean.data
    assert QImage.fromData(clean.data).hasAlphaChannel()


def test_other_readable_images_become_png() -> None:
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    clean = sanitize_image(encoded(image, b"BMP"), "scan.bmp")
    assert clean.format == "png" and clean.filename == "scan.png"
    assert clean.data.startswith(b"\x89PNG")


def test_unreadable_images_are_reported() -> None:
    heic = b"\x00\x00\x00\x18ftypheic" + b"\x00" * 40
    assert looks_like_image(heic)
    with pytest.raises(UncleanableImageError):
        sanitize_image(heic, "photo.heic")
    assert not looks_like_image(b"%PDF-1.4")
    assert not looks_like_image(b"plain text")


# the panel ----------------------------------------------------------------------------------
def test_added_photo_is_stored_without_exif(
    tmp_path: Path, panel: AttachmentsPanel, controller: VaultController
) -> None:
    photo = tmp_path / "passport.jpg"
    photo.write_bytes(jpeg_with_gps())
    new_id = panel.add_file(photo)
    assert new_id is not None
    data = stored_bytes(controller, new_id)
    assert not any(segment.startswith(b"Exif") for segment in app1_segments(data))
    assert b"Exif" not in data and GPS_SENTINEL not in data
    (view,) = panel.attachments()
    assert view.filename == "passport.jpg" and view.media_type == "image/jpeg"
    item = panel.list.topLevelItem(0)
    assert item is not None
    assert [item.text(0), item.text(1)] == ["passport.jpg", "JPEG image"]
    assert item.text(2)  # a size, in the user's locale
    assert panel.selected_id() == new_id


def test_unreadable_image_asks_before_storing_it_as_it_is(
    monkeypatch: pytest.MonkeyPatch, panel: AttachmentsPanel
) -> None:
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: next(answers))
    heic = b"\x00\x00\x00\x18ftypheic" + b"\x01" * 40
    assert panel.add_data(heic, "photo.heic") is None
    assert panel.attachments() == []
    assert panel.add_data(heic, "photo.heic") is not None
    assert [a.filename for a in panel.attachments()] == ["photo.heic"]


def test_the_file_dialog_is_qts_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, panel: AttachmentsPanel
) -> None:
    chosen = tmp_path / "letter.txt"
    chosen.write_text("Dear embassy", encoding="utf-8")
    seen: dict[str, Any] = {}

    def fake_exec(dialog: QFileDialog) -> tuple[list[str], str]:
        seen["options"] = dialog.options()
        return [str(chosen)], ""

    monkeypatch.setattr(file_dialogs, "_run", fake_exec)
    panel.add_button.click()
    assert seen["options"] & QFileDialog.Option.DontUseNativeDialog
    assert [a.filename for a in panel.attachments()] == ["letter.txt"]


def test_viewing_never_writes_a_file(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    panel: AttachmentsPanel,
    controller: VaultController,
) -> None:
    temp = tmp_path / "tmpdir"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    panel.add_data(jpeg_with_gps(), "photo.jpg")
    panel.add_data(tiny_pdf(), "letter.pdf")
    before = files_under(tmp_path)
    for row in range(2):
        item = panel.list.topLevelItem(row)
        assert item is not None
        panel.list.setCurrentItem(item)
        viewer = panel.view_selected()
        assert viewer is not None
        qtbot.waitExposed(viewer)
        assert viewer.kind == ("image" if row == 0 else "pdf")
        assert not viewer.current_image.isNull()
        viewer.zoom_by(1)
        viewer.close_button.click()
    assert files_under(tmp_path) == before
    assert files_under(temp) == set()


def test_pdf_pages_render_in_memory(qtbot: QtBot) -> None:
    pdf = tiny_pdf()
    assert is_pdf(pdf)
    page = render_pdf_page(pdf, 0)
    assert not page.isNull() and page.width() > 100
    dark = [
        (x, y)
        for x in range(0, page.width() // 2, 4)
        for y in range(0, page.height() // 2, 4)
        if page.pixelColor(x, y).lightness() < 60
    ]
    assert dark  # the black square is drawn
    assert page.pixelColor(page.width() - 3, page.height() - 3).lightness() > 200
    viewer = AttachmentViewer(pdf, "letter.pdf", "application/pdf")
    qtbot.addWidget(viewer)
    assert viewer.kind == "pdf"
    assert viewer.page_label.text() == "Page 1 of 2"
    assert not viewer.previous_button.isEnabled()
    viewer.next_button.click()
    assert viewer.page_label.text() == "Page 2 of 2"
    assert not viewer.next_button.isEnabled()


def test_damaged_and_unknown_files_get_a_message(qtbot: QtBot) -> None:
    broken = AttachmentViewer(b"%PDF-1.7 not really", "broken.pdf", "application/pdf")
    qtbot.addWidget(broken)
    assert broken.kind == "other" and "cannot be shown" in broken.canvas.text()
    other = AttachmentViewer(b"\x00\x01binary", "data.bin", "application/octet-stream")
    qtbot.addWidget(other)
    assert other.kind == "other" and "Save a copy" in other.canvas.text()


def test_the_viewer_closes_when_the_vault_locks(
    qtbot: QtBot, panel: AttachmentsPanel, controller: VaultController
) -> None:
    panel.add_data(jpeg_with_gps(), "photo.jpg")
    viewer = panel.view_selected()
    assert viewer is not None
    with qtbot.waitSignal(viewer.rejected):
        controller.lock()


def test_delete_asks_first(
    monkeypatch: pytest.MonkeyPatch, panel: AttachmentsPanel, controller: VaultController
) -> None:
    panel.add_data(b"some notes", "notes.txt")
    answers = iter([DeleteChoice.CANCEL, DeleteChoice.TO_BIN])
    monkeypatch.setattr(delete_question, "ask_to_delete", lambda *_args: next(answers))
    panel.delete_button.click()
    assert len(panel.attachments()) == 1
    panel.delete_button.click()
    assert panel.attachments() == []
    assert panel.empty_label.isVisible() and not panel.list.isVisible()
    assert not panel.delete_button.isEnabled()
