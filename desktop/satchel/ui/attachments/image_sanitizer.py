"""Strip hidden metadata (EXIF, GPS position, camera serials, comments) from images.

A photo of a passport taken on a phone carries where and when it was taken. Before an
image goes into the vault it is decoded and encoded again with Qt: only the pixels (and the
colour profile) survive. The EXIF orientation is applied first, so the picture still stands
the right way up once the tag that said how to turn it is gone.

Everything happens in memory; nothing is written to disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader, QImageWriter, QPainter

# Formats Qt reads and writes again losslessly enough to keep: the rest become PNG.
_KEEP_FORMAT = {b"jpeg": "jpg", b"jpg": "jpg", b"png": "png", b"webp": "webp"}
_EXTENSIONS = {"jpg": ".jpg", "png": ".png", "webp": ".webp"}
JPEG_QUALITY = 92

# Magic numbers of image files, including kinds Qt cannot decode here (HEIC from phones):
# those cannot be cleaned, and the caller must ask before storing them as they are.
_IMAGE_MAGIC = (
    b"\xff\xd8\xff",  # JPEG
    b"\x89PNG\r\n\x1a\n",
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",  # TIFF (and most camera raw files)
    b"MM\x00*",
    b"BM",
)


@dataclass(frozen=True)
class CleanImage:
    data: bytes
    filename: str
    format: str  # "jpg", "png" or "webp"


class UncleanableImageError(Exception):
    """An image whose metadata Qt cannot remove (an unknown or damaged format)."""


def looks_like_image(data: bytes) -> bool:
    """True for anything that is an image file by its first bytes, decodable or not."""
    head = data[:16]
    if any(head.startswith(magic) for magic in _IMAGE_MAGIC):
        return True
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return True
    return head[4:8] == b"ftyp" and head[8:12] in {b"heic", b"heix", b"mif1", b"avif", b"heim"}


def sanitize_image(data: bytes, filename: str) -> CleanImage:
    """The image re-encoded without metadata; raises UncleanableImageError if Qt can't."""
    source = QBuffer()
    source.setData(QByteArray(data))
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(source)
    reader.setAutoTransform(True)  # apply the EXIF orientation before the tag is dropped
    kind = bytes(reader.format().data()).lower()
    image = reader.read()
    source.close()
    if image.isNull():
        raise UncleanableImageError(reader.errorString())
    target_format = _KEEP_FORMAT.get(kind, "png")
    if target_format not in _writable():
        target_format = "png"
    pixels = _pixels_only(image)
    if target_format == "jpg" and pixels.hasAlphaChannel():
        pixels = pixels.convertToFormat(QImage.Format.Format_RGB32)
    out = QByteArray()
    target = QBuffer(out)
    target.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(target, target_format.encode())
    if target_format in {"jpg", "webp"}:
        writer.setQuality(JPEG_QUALITY)
    if not writer.write(pixels):
        raise UncleanableImageError(writer.errorString())
    target.close()
    return CleanImage(bytes(out.data()), _renamed(filename, target_format), target_format)


def _pixels_only(image: QImage) -> QImage:
    """A copy with no text keys: Qt writes those back as JPEG comments or PNG text chunks."""
    clean = image.copy()
    for key in clean.textKeys():
        clean.setText(key, "")
    if clean.textKeys():  # setText("") may keep the key on some versions: rebuild instead
        bare = QImage(clean.size(), clean.format())
        bare.setColorSpace(clean.colorSpace())
        bare.setDevicePixelRatio(clean.devicePixelRatio())
        bare.fill(0)
        painter = QPainter(bare)
        painter.drawImage(0, 0, clean)
        painter.end()
        clean = bare
    return clean


def _writable() -> set[str]:
    formats = {bytes(f.data()).lower().decode() for f in QImageWriter.supportedImageFormats()}
    if "jpeg" in formats:
        formats.add("jpg")
    return formats


def _renamed(filename: str, target_format: str) -> str:
    path = PurePath(filename or "image")
    wanted = _EXTENSIONS[target_format]
    current = path.suffix.lower()
    if current == wanted or (wanted == ".jpg" and current in {".jpeg", ".jpe"}):
        return path.name
    return path.stem + wanted
