"""The words for stored values (case status and priority, person roles, identity fields,
checklist item states) in the user's language, in one place.

QtCore only: the PDF report, which the command line draws offscreen, takes its labels from
here without loading any widget or dialog module. The translation contexts stay those the
catalogues already use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def status_label(status: str) -> str:
    return {
        "open": _tr("Cases", "Open"),
        "waiting": _tr("Cases", "Waiting"),
        "closed": _tr("Cases", "Closed"),
    }.get(status, status)


def priority_label(priority: str) -> str:
    return {
        "low": _tr("Cases", "Low"),
        "normal": _tr("Cases", "Normal"),
        "high": _tr("Cases", "High"),
        "urgent": _tr("Cases", "Urgent"),
    }.get(priority, priority)


def role_label(role: str) -> str:
    return {
        "client": _tr("People", "Client"),
        "lawyer": _tr("People", "Lawyer"),
        "ngo": _tr("People", "NGO"),
        "embassy": _tr("People", "Embassy"),
        "family": _tr("People", "Family"),
        "other": _tr("People", "Other"),
    }.get(role, role)


def field_label(name: str) -> str:
    """An identity field's name, e.g. "legal_name" -> "Legal name"."""
    return {
        "legal_name": _tr("Identity", "Legal name"),
        "other_names": _tr("Identity", "Other names"),
        "birth_date": _tr("Identity", "Date of birth"),
        "nationality": _tr("Identity", "Nationality"),
        "document_numbers": _tr("Identity", "Document numbers"),
        "phone": _tr("Identity", "Phone"),
        "email": _tr("Identity", "Email"),
        "address": _tr("Identity", "Address"),
        "notes": _tr("Identity", "Identity notes"),
    }.get(name, name.replace("_", " "))


def state_labels() -> dict[str, str]:
    """Checklist item states, in the order a combo box shows them."""
    return {
        "todo": _tr("Checklists", "To do"),
        "in_progress": _tr("Checklists", "In progress"),
        "done": _tr("Checklists", "Done"),
        "not_needed": _tr("Checklists", "Not needed"),
    }
