"""The identity compartment of a person: sealed field by field, revealed only on request.

Values never enter the search index, a list or a log; revealing them is itself logged.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from satchel.errors import InvalidInputError
from satchel.services.core import activity
from satchel.services.core.records import clean_text, require
from satchel.services.core.session import VaultSession
from satchel.services.notebook.birth_dates import FIELD as BIRTH_DATE
from satchel.services.notebook.birth_dates import as_iso
from satchel.store.enums import IdentityField
from satchel.store.models import Person, PersonIdentityField
from satchel.vault.keys.sealing import FieldSealer

IDENTITY_FIELDS = tuple(f.value for f in IdentityField)
MAX_FIELD = 4_000


def seal_identity(
    session: Session, sealer: FieldSealer, person: Person, fields: Mapping[str, str | None]
) -> list[str]:
    """Seal the given fields into the person's compartment; empty values clear a field.

    Returns the names of the fields that were written or cleared.
    """
    unknown = sorted(set(fields) - set(IDENTITY_FIELDS))
    if unknown:
        raise InvalidInputError(f"Unknown identity field: {', '.join(unknown)}.")
    existing = {row.field: row for row in person.identity_fields}
    touched = []
    for name, value in fields.items():
        text = clean_text(value or "", name.replace("_", " "), max_length=MAX_FIELD)
        if name == BIRTH_DATE:
            text = as_iso(text)  # a date that reads as one is kept as ISO
        row = existing.get(name)
        if not text:
            if row is not None:
                person.identity_fields.remove(row)
                touched.append(name)
            continue
        sealed = sealer.seal(person.id, name, text)
        if row is None:
            person.identity_fields.append(PersonIdentityField(field=name, sealed=sealed))
        else:
            row.sealed = sealed
        touched.append(name)
    return touched


def set_identity(
    vs: VaultSession, person_id: uuid.UUID | str, fields: Mapping[str, str | None]
) -> None:
    with vs.transaction() as session:
        person = require(session, Person, person_id, "person")
        touched = seal_identity(session, vs.sealer, person, fields)
        if touched:
            activity.record(session, "changed", "identity", person.id, ", ".join(touched))


def fields_set(person: Person) -> tuple[str, ...]:
    present = {row.field for row in person.identity_fields}
    return tuple(name for name in IDENTITY_FIELDS if name in present)


def reveal_identity(vs: VaultSession, person_id: uuid.UUID | str) -> dict[str, str]:
    """Open the compartment; the reveal is written to the activity log."""
    with vs.transaction() as session:
        person = require(session, Person, person_id, "person")
        rows = session.scalars(
            select(PersonIdentityField).where(PersonIdentityField.person_id == person.id)
        ).all()
        values = {row.field: vs.sealer.open(person.id, row.field, row.sealed) for row in rows}
        activity.record(session, "revealed", "identity", person.id, ", ".join(sorted(values)))
    return {name: values[name] for name in IDENTITY_FIELDS if name in values}
