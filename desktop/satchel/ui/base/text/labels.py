"""The words for stored values (case status and priority, person roles, identity fields,
checklist item states) in the user's language, in one place.

QtCore only: the PDF report, which the command line draws offscreen, takes its labels from
here without loading any widget or dialog module. The translation contexts stay those the
catalogues already use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_label(status: str) -> str:
    return {
        "open": QCoreApplication.translate("Cases", "Open"),
        "waiting": QCoreApplication.translate("Cases", "Waiting"),
        "closed": QCoreApplication.translate("Cases", "Closed"),
    }.get(status, status)


def priority_label(priority: str) -> str:
    return {
        "low": QCoreApplication.translate("Cases", "Low"),
        "normal": QCoreApplication.translate("Cases", "Normal"),
        "high": QCoreApplication.translate("Cases", "High"),
        "urgent": QCoreApplication.translate("Cases", "Urgent"),
    }.get(priority, priority)


def role_label(role: str) -> str:
    return {
        "client": QCoreApplication.translate("People", "Client"),
        "lawyer": QCoreApplication.translate("People", "Lawyer"),
        "ngo": QCoreApplication.translate("People", "NGO"),
        "embassy": QCoreApplication.translate("People", "Embassy"),
        "family": QCoreApplication.translate("People", "Family"),
        "other": QCoreApplication.translate("People", "Other"),
    }.get(role, role)


def field_label(name: str) -> str:
    """An identity field's name, e.g. "legal_name" -> "Legal name"."""
    return {
        "legal_name": QCoreApplication.translate("Identity", "Legal name"),
        "other_names": QCoreApplication.translate("Identity", "Other names"),
        "birth_date": QCoreApplication.translate("Identity", "Date of birth"),
        "nationality": QCoreApplication.translate("Identity", "Nationality"),
        "document_numbers": QCoreApplication.translate("Identity", "Document numbers"),
        "phone": QCoreApplication.translate("Identity", "Phone"),
        "email": QCoreApplication.translate("Identity", "Email"),
        "address": QCoreApplication.translate("Identity", "Address"),
        "notes": QCoreApplication.translate("Identity", "Identity notes"),
    }.get(name, name.replace("_", " "))


def state_labels() -> dict[str, str]:
    """Checklist item states, in the order a combo box shows them."""
    return {
        "todo": QCoreApplication.translate("Checklists", "To do"),
        "in_progress": QCoreApplication.translate("Checklists", "In progress"),
        "done": QCoreApplication.translate("Checklists", "Done"),
        "not_needed": QCoreApplication.translate("Checklists", "Not needed"),
    }
