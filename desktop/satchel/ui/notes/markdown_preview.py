"""A Markdown preview that never reaches outside the process.

Qt renders the Markdown itself (QTextDocument.setMarkdown, md4c inside Qt). A note may hold
`![x](https://…/pixel.png)`, which would tell a server that this note was opened, or a link
to a local file, which QTextBrowser would happily load in place. So: raw HTML is off, every
resource that is not an inline `data:` image is refused, and clicking a link does nothing
but show where it points.
"""

from __future__ import annotations

import base64
import binascii

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

MAX_INLINE_IMAGE = 5 * 1024 * 1024
MARKDOWN_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


def decode_data_url(url: QUrl) -> bytes | None:
    """The bytes of a base64 `data:` URL (the only kind of resource a note may embed)."""
    if url.scheme() != "data":
        return None
    text = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    header, comma, payload = text.partition(",")
    if not comma or not header.endswith(";base64") or len(payload) > MAX_INLINE_IMAGE * 2:
        return None
    try:
        return base64.b64decode(QUrl.fromPercentEncoding(payload.encode()), validate=True)
    except (binascii.Error, ValueError):
        return None


class MarkdownPreview(QTextBrowser):
    """Read-only rendered Markdown; remote and local resources are never loaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markdownPreview")
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)  # otherwise a click on file:///… loads that file here
        self.setSearchPaths([])
        self.refused: list[str] = []  # resources asked for and refused (for tests)
        self.anchorClicked.connect(self._show_target)

    def show_markdown(self, text: str) -> None:
        self.document().setMarkdown(text, MARKDOWN_FEATURES)

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt's name
        url = QUrl(name)
        data = decode_data_url(url)
        if data is not None and kind == QTextDocument.ResourceType.ImageResource.value:
            image = QImage()
            if image.loadFromData(data):
                return image
        self.refused.append(url.toString())
        return None

    def _show_target(self, url: QUrl) -> None:
        QToolTip.showText(
            self.cursor().pos(),
            self.tr("Links are not opened from notes: {0}").format(url.toString()),
            self,
        )
