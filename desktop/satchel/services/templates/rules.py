"""The rules a checklist template must follow (docs/TEMPLATES.md), and how a problem is told."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from satchel.errors import InvalidInputError
from satchel.services.templates.lines import FieldPath

LANGUAGES = ("en", "ru", "uk", "de")
CATEGORIES = ("identity", "travel", "legal", "work", "housing", "money", "evidence", "safety")
MAX_TEMPLATE_BYTES = 1024 * 1024
MAX_ITEMS = 300
MAX_SOURCES = 50
SHOWN_PROBLEMS = 50  # in the message; `InvalidTemplateError.problems` keeps every one

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_SLUG = 64
COUNTRY = re.compile(r"^[A-Z]{2}$")
# ISO 8601 durations in whole years, months, weeks and days: P6M, P1Y, P10Y, P2Y6M, P90D.
DURATION = re.compile(r"^P(?=\d)(?:(\d{1,3})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,5})D)?$")
URL = re.compile(r"^https?://[^\s/?#]+\.[^\s]*$")
TEXT_LIMITS = {"title": 200, "description": 2_000, "disclaimer": 2_000, "help": 2_000, "tip": 1_000}
SOURCE_TITLE_LIMIT = 300
URL_LIMIT = 2_000

TOP_LEVEL = ("id", "version", "title", "description", "jurisdiction", "sources", "disclaimer")
OPTIONAL_TOP_LEVEL = ("last_reviewed",)  # the day the whole template was last checked
ITEM_FIELDS = (
    "id",
    "title",
    "help",
    "category",
    "required",
    "typical_validity",
    "tip",
    "last_reviewed",
)
SOURCE_FIELDS = ("title", "url", "last_reviewed")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a template file, where it is, in words a person can act on.

    `kind` names the problem ("missing", "wrong_type", "too_long" ...) and `params` its
    values, so the window can say it in the user's language; `message` is the English.
    """

    file: str
    line: int
    field: str
    message: str
    kind: str = ""
    params: Mapping[str, object] = dataclasses.field(
        default_factory=dict, compare=False, hash=False
    )

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


class InvalidTemplateError(InvalidInputError):
    """A template file that cannot be used; `problems` lists every problem found."""

    code = "invalid_template"

    def __init__(self, filename: str, problems: Sequence[Problem]) -> None:
        self.filename = filename
        self.problems = tuple(problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        shown = [f"  {p}" for p in self.problems[:SHOWN_PROBLEMS]]
        if count > SHOWN_PROBLEMS:
            shown.append(f"  ... and {count - SHOWN_PROBLEMS} more")
        super().__init__(
            f"The checklist template {filename} cannot be used ({count} {noun}); "
            "nothing was changed:\n" + "\n".join(shown),
            filename=filename,
            count=count,
        )


def short_text(text: str, limit: int = 40) -> str:
    clean = "".join(c if c.isprintable() else "?" for c in text)
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


def field_name(path: FieldPath) -> str:
    """`("items", 2, "title", "uk")` -> `items[3].title.uk` (item numbers count from 1)."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            shown = short_text(part, 60)
            text += f".{shown}" if text else shown
    return text or "(file)"
