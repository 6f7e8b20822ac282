"""The names of the values the vault stores as plain strings: statuses, roles, fields, states.

The tables keep them as text under CHECK constraints (store.models), so a migration never
rebuilds a native enum; callers compare and pass these StrEnums instead of bare strings.
"""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    OPEN = "open"
    WAITING = "waiting"
    CLOSED = "closed"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class PersonRole(StrEnum):
    CLIENT = "client"
    LAWYER = "lawyer"
    NGO = "ngo"
    EMBASSY = "embassy"
    FAMILY = "family"
    OTHER = "other"


class IdentityField(StrEnum):
    LEGAL_NAME = "legal_name"
    OTHER_NAMES = "other_names"
    BIRTH_DATE = "birth_date"
    NATIONALITY = "nationality"
    DOCUMENT_NUMBERS = "document_numbers"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    NOTES = "notes"


class TemplateOrigin(StrEnum):
    SHIPPED = "shipped"
    USER = "user"


class ItemState(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_NEEDED = "not_needed"
