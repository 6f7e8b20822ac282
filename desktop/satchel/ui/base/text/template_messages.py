"""The window's words for what is wrong in a checklist template file, in the user's language.

Part of the table in `satchel.ui.base.text.messages`: each `Problem` of a template carries a `kind`
and its params (`satchel.services.templates.field_checks`); field paths such as
`items[3].title.uk` are the file's own keys and stay as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from satchel.services.templates.rules import Problem
from satchel.ui.camouflage.app_brand import app_name


def _sentence(kind: str) -> str | None:
    return {
        "missing": QCoreApplication.translate("TemplateProblems", "this field is missing"),
        "unknown_field": QCoreApplication.translate(
            "TemplateProblems", "{app} does not know this field; use one of: {allowed}"
        ),
        "not_one_of": QCoreApplication.translate(
            "TemplateProblems", "{value} is not one of: {allowed}"
        ),
        "wrong_type": QCoreApplication.translate(
            "TemplateProblems", "this value is of the wrong kind (text, number, table or list)"
        ),
        "not_slug": QCoreApplication.translate(
            "TemplateProblems",
            "“{value}” cannot be an id: use only the letters a-z, the digits 0-9 and single "
            "hyphens, at most {limit} characters",
        ),
        "empty": QCoreApplication.translate("TemplateProblems", "this text is empty"),
        "too_long": QCoreApplication.translate(
            "TemplateProblems", "this text is too long: characters {length}, at most {limit}"
        ),
        "nul": QCoreApplication.translate(
            "TemplateProblems", "this text holds a character that cannot be stored (a NUL byte)"
        ),
        "unknown_language": QCoreApplication.translate(
            "TemplateProblems", "“{value}” is not a language {app} has; use {allowed}"
        ),
        "bad_version": QCoreApplication.translate(
            "TemplateProblems", "the version must be a whole number from 1 to 1000000"
        ),
        "bad_jurisdiction": QCoreApplication.translate(
            "TemplateProblems",
            "“{value}” is not “any” or a list of two-letter country codes such as “DE,FR”",
        ),
        "not_a_date": QCoreApplication.translate(
            "TemplateProblems", "“{value}” is not a date written like 2026-11-25"
        ),
        "not_https": QCoreApplication.translate(
            "TemplateProblems", "{value} is not a web address starting with https://"
        ),
        "too_many": QCoreApplication.translate(
            "TemplateProblems", "too many entries: {count}, at most {limit}"
        ),
        "no_items": QCoreApplication.translate(
            "TemplateProblems", "a template needs at least one item"
        ),
        "duplicate_id": QCoreApplication.translate(
            "TemplateProblems", "the id “{value}” is already used by items[{first}]"
        ),
        "bad_duration": QCoreApplication.translate(
            "TemplateProblems",
            "{value} is not a period written like “P6M”, “P1Y” or “P10Y” (ISO 8601)",
        ),
        "file_too_large": QCoreApplication.translate(
            "TemplateProblems",
            "the file is {size}; a checklist template may be at most {limit}, so it was not "
            "read. Is this the right file?",
        ),
        "binary": QCoreApplication.translate(
            "TemplateProblems", "the file holds binary data; a template is a TOML text file"
        ),
        "not_utf8": QCoreApplication.translate(
            "TemplateProblems", "the file is not UTF-8 text; save it as UTF-8"
        ),
        "too_deep": QCoreApplication.translate(
            "TemplateProblems", "the file's keys are nested too deeply for a template"
        ),
        "not_toml": QCoreApplication.translate(
            "TemplateProblems", "this line is not valid TOML; check its quotes and brackets"
        ),
        "shipped_id": QCoreApplication.translate(
            "TemplateProblems",
            "“{value}” is the id of a template that comes with {app}; give yours a new id "
            "(for example “{suggestion}”) and import it again",
        ),
        "old_version": QCoreApplication.translate(
            "TemplateProblems",
            "the vault already holds “{value}” version {version}; raise the version above "
            "{version} to update it, or change the id",
        ),
    }.get(kind)


def _shown(params: dict[str, object]) -> dict[str, object]:
    """Counts in the locale's digits; a file's size and its limit as data sizes."""
    locale = QLocale()
    shown = dict(params)
    sizes = ("size", "limit") if "size" in shown else ()
    for name, value in params.items():
        if not isinstance(value, int) or isinstance(value, bool):
            continue
        if name in sizes:
            shown[name] = locale.formattedDataSize(
                value, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            )
        else:
            shown[name] = locale.toString(value)
    return shown


def template_problem(problem: Problem) -> str:
    """One line of the problems list: where in the file, and what is wrong there."""
    sentence = _sentence(problem.kind)
    if sentence is None:
        what = problem.message
    else:
        try:
            what = sentence.format(**_shown(dict(problem.params)), app=app_name())
        except (KeyError, IndexError):
            what = problem.message
    return QCoreApplication.translate("TemplateProblems", "{0}, line {1}, {2}: {3}").format(
        problem.file, QLocale().toString(problem.line), problem.field, what
    )
