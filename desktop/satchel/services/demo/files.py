"""Small files for the demo vault, written in pure Python: a PNG gradient and a one-page PDF."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunk(tag: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(tag + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)


def gradient_png(width: int = 64, height: int = 48, blue: int = 160) -> bytes:
    """An 8-bit RGB PNG: red grows left to right, green top to bottom."""
    if width < 2 or height < 2:
        raise ValueError("a gradient needs at least 2x2 pixels")
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter type: none
        green = y * 255 // (height - 1)
        for x in range(width):
            rows += bytes((x * 255 // (width - 1), green, blue))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        PNG_SIGNATURE
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + _chunk(b"IEND", b"")
    )


def _pdf_text(text: str) -> str:
    ascii_text = text.encode("ascii", "replace").decode("ascii")
    return ascii_text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def one_page_pdf(lines: Sequence[str]) -> bytes:
    """A minimal valid PDF 1.4: one A4 page with the lines in Helvetica (ASCII only)."""
    text = "\n".join(
        f"({_pdf_text(line)}) Tj 0 -26 Td" if index else f"({_pdf_text(line)}) Tj 0 -34 Td"
        for index, line in enumerate(lines)
    )
    stream = f"BT\n/F1 16 Tf\n72 760 Td\n{text}\nET\n".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n" % (len(objects) + 1)
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref_at,
    )
    return bytes(out)
