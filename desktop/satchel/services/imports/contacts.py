"""Import contacts from an address book export (CSV or vCard) as people with pseudonyms.

Each contact becomes a person under a fresh pseudonym; the real name, phones, emails,
address, birthday and the contact's own notes go into the sealed identity compartment (an
address book's notes hold birthdays, addresses and family names, so they are treated as
identity and kept out of the search index). The organisation goes into the plain field.

`preview_contacts` reads the file and plans, changing nothing; `import_contacts` writes the
plan in one transaction, so the vault gains all of it or none of it.
"""

from __future__ import annotations

import re
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

from faker import Faker
from sqlalchemy import select
from sqlalchemy.orm import Session

from satchel.errors import InvalidInputError
from satchel.services.core import activity
from satchel.services.core.indexing import index_person
from satchel.services.core.records import choice, utc_now
from satchel.services.core.session import VaultSession
from satchel.services.core.user_files import read_user_file
from satchel.services.imports.contact_files import (
    MAX_FILE_BYTES,
    ContactRecord,
    ContactSkip,
    read_contacts,
)
from satchel.services.imports.skip_reasons import Place, Reason
from satchel.services.notebook.identity import MAX_FIELD, seal_identity
from satchel.services.notebook.people import MAX_PSEUDONYM, ROLES
from satchel.services.notebook.pseudonyms import faker_locale, pick_pseudonym
from satchel.store.enums import IdentityField
from satchel.store.models import Person, PersonIdentityField
from satchel.store.types import fold_key
from satchel.vault.keys.sealing import FieldSealer
from satchel.work import CancelToken, Progress, check_cancelled

MAX_ORGANISATION = MAX_PSEUDONYM * 2
MAX_NAME = 300


@dataclass(frozen=True)
class PlannedPerson:
    where: Place
    pseudonym: str
    organisation: str
    identity: tuple[tuple[str, str], ...]  # (identity field, value) to seal

    def masked(self) -> dict[str, str]:
        """What a preview may show: each identity value masked."""
        return {name: mask(name, value) for name, value in self.identity}


@dataclass(frozen=True)
class Skipped:
    where: Place
    reason: Reason


@dataclass(frozen=True)
class ContactPlan:
    source: str  # the file's name, for the report
    kind: str  # "csv" or "vcard"
    locale: str  # the language pseudonyms were suggested in
    people: tuple[PlannedPerson, ...]
    skipped: tuple[Skipped, ...]


@dataclass(frozen=True)
class ContactImportReport:
    imported: tuple[tuple[Place, str, uuid.UUID], ...]  # (where, pseudonym, person id)
    skipped: tuple[Skipped, ...]


def mask(field: str, value: str) -> str:
    """Enough to recognise a contact over a shoulder-safe preview, not to read it."""
    if field == IdentityField.PHONE.value:
        digits = re.sub(r"\D", "", value)
        return "•••• " + digits[-2:] if len(digits) > 4 else "••••"
    if field == IdentityField.EMAIL.value:
        local, at, domain = value.partition("@")
        return f"{local[:1]}•••{at}{domain}" if at else "•••"
    words = value.split()
    return " ".join(word[:1] + "•••" for word in words[:4]) if words else ""


def _phone_key(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def _duplicate_key(name: str, phone: str) -> tuple[str, str]:
    """Same legal name (ignoring case and spacing) and the same first phone number's digits."""
    first_phone = phone.partition(",")[0]
    return fold_key(" ".join(name.split())), _phone_key(first_phone)


def _existing_keys(session: Session, sealer: FieldSealer) -> set[tuple[str, str]]:
    """Legal name and phone of everyone in the vault, opened here only to compare.

    The values never leave this function and nothing is shown, so this is not logged as a
    reveal; only the pairs' folded keys are kept, in memory, for the length of the preview.
    """
    rows = session.execute(
        select(
            PersonIdentityField.person_id, PersonIdentityField.field, PersonIdentityField.sealed
        ).where(PersonIdentityField.field.in_(("legal_name", "phone")))
    ).all()
    found: dict[uuid.UUID, dict[str, str]] = {}
    for person_id, name, sealed in rows:
        found.setdefault(person_id, {})[name] = sealer.open(person_id, name, sealed)
    return {
        _duplicate_key(values["legal_name"], values.get("phone", ""))
        for values in found.values()
        if "legal_name" in values
    }


def _identity(record: ContactRecord) -> tuple[tuple[str, str], ...] | Reason:
    """The identity fields of a record, or why it cannot be kept."""
    values = {
        "legal_name": record.name,
        "phone": ", ".join(record.phones),
        "email": ", ".join(record.emails),
        "address": record.address,
        "birth_date": record.birthday,
        "notes": record.notes,
    }
    for name, value in values.items():
        limit = MAX_NAME if name == "legal_name" else MAX_FIELD
        if len(value) > limit:
            label = name.replace("_", " ")
            return Reason("field_too_long", field=name, label=label, length=len(value), limit=limit)
    return tuple((name, value) for name, value in values.items() if value)


def _faker(locale: str) -> Faker:
    fake = Faker(faker_locale(locale))
    fake.seed_instance(secrets.randbits(64))
    return fake


def preview_contacts(
    vs: VaultSession,
    path: Path,
    *,
    locale: str = "en",
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> ContactPlan:
    """Read the file and plan the import; the vault is read, never changed."""
    data = _read_file(path)
    parsed = list(read_contacts(data))
    kind = "vcard" if any(r.where.code == "card" for r in parsed) else "csv"
    fake = _faker(locale)
    planned: list[PlannedPerson] = []
    skipped: list[Skipped] = []
    with vs.reading() as session:
        taken = set(session.scalars(select(Person.pseudonym_key)))
        seen = _existing_keys(session, vs.sealer)
    in_file: dict[tuple[str, str], Place] = {}
    for index, record in enumerate(parsed):
        check_cancelled(cancel)
        if progress is not None and index % 50 == 0:
            progress(index / max(1, len(parsed)))
        if isinstance(record, ContactSkip):
            skipped.append(Skipped(record.where, record.reason))
            continue
        identity = _identity(record)
        reason = _refusal(record, seen, in_file) or (
            identity if isinstance(identity, Reason) else None
        )
        if reason is not None or isinstance(identity, Reason):
            skipped.append(Skipped(record.where, reason or Reason("cannot_be_kept")))
            continue
        in_file[_duplicate_key(record.name, ", ".join(record.phones))] = record.where
        pseudonym = pick_pseudonym(fake, lambda key: key in taken)
        taken.add(fold_key(pseudonym))
        planned.append(PlannedPerson(record.where, pseudonym, record.organisation, identity))
    if progress is not None:
        progress(1.0)
    return ContactPlan(path.name, kind, locale, tuple(planned), tuple(skipped))


def _refusal(
    record: ContactRecord, seen: set[tuple[str, str]], in_file: dict[tuple[str, str], Place]
) -> Reason | None:
    if not record.name:
        return Reason("no_name")
    if len(record.organisation) > MAX_ORGANISATION:
        return Reason("organisation_too_long", limit=MAX_ORGANISATION)
    key = _duplicate_key(record.name, ", ".join(record.phones))
    if key in seen:
        return Reason("already_in_vault")
    if key in in_file:
        return Reason("same_as", other=in_file[key])
    return None


def _read_file(path: Path) -> bytes:
    """The file's bytes; a symlink, a folder or an oversized file is refused."""
    try:
        if path.is_symlink():
            raise InvalidInputError(problem="symlink", name=path.name)
        if path.is_dir():
            raise InvalidInputError(problem="is_folder", path=str(path))
        if not path.is_file():
            raise InvalidInputError(problem="not_a_file", path=str(path))
        return read_user_file(path, MAX_FILE_BYTES)
    except OSError as error:
        raise InvalidInputError(
            problem="cannot_read", path=path.name, reason=error.strerror, errno=error.errno
        ) from None


def import_contacts(
    vs: VaultSession,
    plan: ContactPlan,
    *,
    role: str = "other",
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> ContactImportReport:
    """Write the planned people in one transaction: all of them, or none on any error
    (a Cancel too).

    Checks run again against the vault as it is now: a person added since the preview
    with the same name and phone is skipped, a pseudonym taken since gets a fresh one.
    """
    role = choice(role, "role", ROLES)
    imported: list[tuple[Place, str, uuid.UUID]] = []
    skipped = list(plan.skipped)
    fake = _faker(plan.locale)
    now = utc_now()
    with vs.transaction() as session:
        taken = set(session.scalars(select(Person.pseudonym_key)))
        seen = _existing_keys(session, vs.sealer)
        for index, planned in enumerate(plan.people):
            check_cancelled(cancel)
            if progress is not None and index % 50 == 0:
                progress(index / max(1, len(plan.people)))
            values = dict(planned.identity)
            key = _duplicate_key(values.get("legal_name", ""), values.get("phone", ""))
            if key in seen:
                reason = Reason("already_in_vault")
                skipped.append(Skipped(planned.where, reason))
                continue
            seen.add(key)
            pseudonym = planned.pseudonym
            if fold_key(pseudonym) in taken:
                pseudonym = pick_pseudonym(fake, lambda k: k in taken)
            taken.add(fold_key(pseudonym))
            person = Person(
                id=uuid.uuid4(),
                pseudonym=pseudonym,
                role=role,
                organisation=planned.organisation,
                contact_method="",
                notes="",
                created_at=now,
                updated_at=now,
            )
            person.tags = []
            session.add(person)
            seal_identity(session, vs.sealer, person, values)
            session.flush()
            index_person(session, person)
            activity.record(session, "created", "person", person.id)
            imported.append((planned.where, pseudonym, person.id))
        activity.record(session, "imported", "person", None, f"{len(imported)} from {plan.kind}")
    if progress is not None:
        progress(1.0)
    return ContactImportReport(tuple(imported), tuple(skipped))
