"""The demo vault for trainers: believable, entirely fake cases in the trainer's language.

Everything is written through the ordinary services, so the search index, the activity log
and the sealed identity compartments look exactly as in a real vault. The same seed gives
the same content (dates are relative to today).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from faker import Faker
from sqlalchemy import select
from sqlalchemy.orm import Session

from satchel.services.checklists import case_checklists
from satchel.services.core.demo_mark import mark_as_demo
from satchel.services.core.session import VaultSession
from satchel.services.demo.content import DE, EN, PDF_LINES, Bank
from satchel.services.demo.content_cyrillic import RU, UK
from satchel.services.demo.files import gradient_png, one_page_pdf
from satchel.services.notebook import attachments, cases, notes, people
from satchel.services.notebook.given_names import given_name, patronymic
from satchel.services.notebook.pseudonyms import faker_locale, pick_pseudonym
from satchel.services.templates.shipped import shipped_templates
from satchel.store.models import Person
from satchel.store.types import fold_key
from satchel.vault import create_throwaway_vault
from satchel.work import Progress

BANKS: dict[str, Bank] = {"en": EN, "ru": RU, "uk": UK, "de": DE}
DEMO_SEED = 20_240_601  # the default: every trainer sees the same people
CASES = 30
PEOPLE = 80
NOTES = 200
PERSON_NOTES = 30  # of the NOTES, kept on people rather than cases
# Roles of the people who are not clients (one client per case).
OTHER_ROLES = (("lawyer", 12), ("ngo", 14), ("embassy", 8), ("family", 10), ("other", 6))
EXTRA_LINKS = 20  # helpers who work on a second case too
_STEPS = CASES + PEOPLE + EXTRA_LINKS + NOTES + CASES * 7 + 4


def demo_language(locale: str) -> str:
    language = locale.replace("-", "_").split("_")[0].strip().lower()
    return language if language in BANKS else "en"


class _OneTransaction(VaultSession):
    """Hands every service call the same open ORM session: the demo commits once.

    Each service commits its own transaction durably (synchronous=FULL), and ~530 fsyncs
    cost seconds on a slow disk. Sharing one session keeps the services' own logic (index,
    activity log, sealing) while the demo becomes all-or-nothing. For the demo only: a
    service's error here rolls back everything written so far.
    """

    def __init__(self, vs: VaultSession, session: Session) -> None:  # no new engine
        self.vault = vs.vault
        self.engine = vs.engine
        self._shared = session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        self.require_open()
        yield self._shared

    @contextmanager
    def reading(self) -> Iterator[Session]:
        self.require_open()
        yield self._shared

    def close(self) -> None:
        raise RuntimeError("the demo's shared transaction does not own the vault")


@dataclass
class _Reporter:
    callback: Progress | None
    total: int
    done: int = 0
    _last: float = field(default=-1.0)

    def step(self, count: int = 1) -> None:
        """Count work done; 1.0 is kept for finish(), after the commit."""
        self.done += count
        fraction = min(self.done / self.total, 0.99)
        if self.callback is not None and fraction - self._last >= 0.01:
            self._last = fraction
            self.callback(fraction)

    def finish(self) -> None:
        if self.callback is not None:
            self.callback(1.0)


@dataclass
class _Demo:
    vs: VaultSession
    lang: str
    bank: Bank
    rng: random.Random
    fake: Faker
    today: dt.date
    report: _Reporter
    taken: set[str]
    case_ids: list[uuid.UUID] = field(default_factory=list)
    case_clients: list[str] = field(default_factory=list)
    helpers: dict[int, list[str]] = field(default_factory=dict)  # case index -> pseudonyms
    person_ids: list[uuid.UUID] = field(default_factory=list)
    person_cases: list[int] = field(default_factory=list)  # each person's first case
    helper_names: list[str] = field(default_factory=list)
    item_ids: list[uuid.UUID] = field(default_factory=list)
    note_ids: list[uuid.UUID] = field(default_factory=list)

    def pseudonym(self) -> str:
        name = pick_pseudonym(self.fake, lambda key: key in self.taken)
        self.taken.add(fold_key(name))
        return name

    def day(self, low: int, high: int) -> dt.date:
        return self.today + dt.timedelta(days=self.rng.randint(low, high))

    def fill(self, template: str, case_index: int) -> str:
        bank, rng = self.bank, self.rng
        contacts = self.helpers.get(case_index) or self.helper_names or ["—"]
        return template.format(
            client=self.case_clients[case_index],
            city=rng.choice(bank.cities),
            action=rng.choice(bank.next_actions),
            date=self.day(-20, 30).isoformat(),
            contact=rng.choice(contacts),
            doc=rng.choice(bank.documents),
            place=rng.choice(bank.places),
        )

    def identity(self, role: str) -> dict[str, str]:
        fake, rng, bank = self.fake, self.rng, self.bank
        female = rng.random() < 0.5
        first = given_name(rng, self.lang, female=female)
        last = fake.last_name_female() if female else fake.last_name_male()
        if self.lang in {"ru", "uk"}:
            legal = f"{last} {first} {patronymic(rng, self.lang, female=female)}"
        else:
            legal = f"{first} {last}"
        values = {"legal_name": legal, "phone": str(fake.phone_number())}
        if role == "client":
            values |= {
                "birth_date": fake.date_of_birth(minimum_age=19, maximum_age=58).isoformat(),
                "nationality": rng.choice(bank.nationalities),
                "document_numbers": str(fake.passport_number()),
                "address": ", ".join(str(fake.address()).splitlines()),
            }
        elif role in {"lawyer", "ngo", "embassy"}:
            values["email"] = f"{fake.user_name()}@example.org"
        return values


def populate_demo(
    vs: VaultSession,
    *,
    locale: str = "en",
    progress: Progress | None = None,
    seed: int | None = None,
) -> None:
    """Fill a vault with 30 cases, 80 people, 200 notes, 30 checklists and 4 attachments.

    `progress(fraction)` is called as the work goes, ending with 1.0 once committed. All of
    it is written in one transaction: an error (or a progress callback that raises, to
    cancel) leaves the vault as it was.
    """
    report = _Reporter(progress, _STEPS)
    with vs.transaction() as session:
        mark_as_demo(session)  # its bundles and backups say so, and real data stays out
        _populate(_OneTransaction(vs, session), locale, report, seed)
    report.finish()


def _populate(vs: VaultSession, locale: str, report: _Reporter, seed: int | None) -> None:
    lang = demo_language(locale)
    rng = random.Random(DEMO_SEED if seed is None else seed)  # noqa: S311  (fake data)
    fake = Faker(faker_locale(lang))
    fake.seed_instance(rng.getrandbits(64))
    with vs.reading() as session:
        taken = set(session.scalars(select(Person.pseudonym_key)))
    demo = _Demo(vs, lang, BANKS[lang], rng, fake, dt.date.today(), report, taken)
    _make_cases(demo)
    _make_people(demo)
    _make_notes(demo)
    _make_checklists(demo)
    _make_attachments(demo)


def _make_cases(demo: _Demo) -> None:
    bank, rng = demo.bank, demo.rng
    situations = list(bank.situations)
    rng.shuffle(situations)
    for index in range(CASES):
        client = demo.pseudonym()
        demo.case_clients.append(client)
        status = "closed" if index % 10 == 9 else "waiting" if index % 3 == 1 else "open"
        action = rng.choice(bank.next_actions) if rng.random() < 0.8 else ""
        case_id = cases.create_case(
            demo.vs,
            title=f"{client} — {situations[index % len(situations)]}",
            status=status,
            priority=rng.choices(("low", "normal", "high", "urgent"), (2, 6, 3, 1))[0],
            tags=rng.sample(bank.tags, rng.randint(0, 2)),
            summary=demo.fill(rng.choice(bank.summaries), index),
            next_action=action,
            due_date=demo.day(-7, 40) if rng.random() < 0.7 else None,
        )
        demo.case_ids.append(case_id)
        demo.report.step()


def _make_people(demo: _Demo) -> None:
    bank, rng = demo.bank, demo.rng
    for index, client in enumerate(demo.case_clients):
        demo.person_ids.append(
            people.create_person(
                demo.vs,
                pseudonym=client,
                role="client",
                contact_method=rng.choice(bank.contact_methods),
                notes=rng.choice(bank.person_notes),
                identity=demo.identity("client"),
                case_id=demo.case_ids[index],
                role_in_case=bank.roles_in_case["client"],
            )
        )
        demo.person_cases.append(index)
        demo.report.step()
    roles = [role for role, count in OTHER_ROLES for _ in range(count)]
    rng.shuffle(roles)
    second_cases: list[tuple[uuid.UUID, str]] = []
    for number, role in enumerate(roles):
        name = demo.pseudonym()
        case_index = rng.randrange(CASES)
        demo.helpers.setdefault(case_index, []).append(name)
        demo.helper_names.append(name)
        person_id = people.create_person(
            demo.vs,
            pseudonym=name,
            role=role,
            organisation=rng.choice(bank.organisations[role]),
            contact_method=rng.choice(bank.contact_methods),
            notes=rng.choice(bank.person_notes),
            tags=rng.sample(bank.tags, rng.randint(0, 1)),
            identity=demo.identity(role),
            case_id=demo.case_ids[case_index],
            role_in_case=bank.roles_in_case[role],
        )
        demo.person_ids.append(person_id)
        demo.person_cases.append(case_index)
        if number < EXTRA_LINKS:
            second_cases.append((person_id, role))
        demo.report.step()
    for person_id, role in second_cases:
        case_id = rng.choice(demo.case_ids)
        people.link_person(demo.vs, case_id, person_id, bank.roles_in_case[role])
        demo.report.step()


def _make_notes(demo: _Demo) -> None:
    bank, rng = demo.bank, demo.rng
    case_notes = NOTES - PERSON_NOTES
    # Three notes on every case, the rest spread at random.
    owners = [index % CASES for index in range(CASES * 3)]
    owners += [rng.randrange(CASES) for _ in range(case_notes - len(owners))]
    for case_index in owners:
        demo.note_ids.append(
            notes.create_note(
                demo.vs,
                title=rng.choice(bank.note_titles),
                body=demo.fill(rng.choice(bank.note_bodies), case_index),
                case_id=demo.case_ids[case_index],
                tags=rng.sample(bank.tags, 1) if rng.random() < 0.3 else (),
                pinned=rng.random() < 0.06,
            )
        )
        demo.report.step()
    for _ in range(PERSON_NOTES):
        person_index = rng.randrange(len(demo.person_ids))
        notes.create_note(
            demo.vs,
            title=rng.choice(bank.note_titles),
            body=demo.fill(rng.choice(bank.note_bodies), demo.person_cases[person_index]),
            person_id=demo.person_ids[person_index],
        )
        demo.report.step()


def _make_checklists(demo: _Demo) -> None:
    bank, rng = demo.bank, demo.rng
    templates = shipped_templates(demo.lang)
    states = ("todo", "in_progress", "done", "not_needed")
    for index, case_id in enumerate(demo.case_ids):
        template = templates[index % len(templates)]
        checklist_id = case_checklists.add_checklist(demo.vs, case_id, template.key, lang=demo.lang)
        items = case_checklists.get_checklist(demo.vs, checklist_id).items
        closed = index % 10 == 9
        for position, item in enumerate(items):
            if index < 2:  # the first cases show every state, in order
                state = states[position % len(states)]
            elif closed:
                state = rng.choice(("done", "done", "not_needed"))
            else:
                state = rng.choices(states, (4, 2, 3, 1))[0]
            open_item = state in {"todo", "in_progress"}
            due = demo.day(-10, 30) if open_item and rng.random() < 0.45 else None
            location = rng.choice(bank.places) if state in {"in_progress", "done"} else ""
            note = rng.choice(bank.item_notes) if rng.random() < 0.35 else ""
            if state != "todo" or due or note:
                case_checklists.set_item(
                    demo.vs,
                    item.id,
                    state=state,
                    due_date=due,
                    original_location=location,
                    note=note,
                )
            demo.item_ids.append(item.id)
        demo.report.step(7)


def _make_attachments(demo: _Demo) -> None:
    bank = demo.bank
    scan, letter, photo, text_name = bank.files
    vs = demo.vs
    attachments.add_attachment(
        vs, filename=scan, data=gradient_png(64, 48), checklist_item_id=demo.item_ids[1]
    )
    demo.report.step()
    attachments.add_attachment(
        vs, filename=letter, data=one_page_pdf(PDF_LINES), case_id=demo.case_ids[1]
    )
    demo.report.step()
    attachments.add_attachment(
        vs, filename=photo, data=gradient_png(48, 64, blue=90), note_id=demo.note_ids[2]
    )
    demo.report.step()
    text = demo.fill(bank.text_file, 3).encode("utf-8")
    attachments.add_attachment(vs, filename=text_name, data=text, case_id=demo.case_ids[3])
    demo.report.step()


def open_demo_vault(
    folder: Path, *, locale: str = "en", progress: Progress | None = None
) -> VaultSession:
    """A throwaway vault (random key, no keyslot) in `folder`, filled with demo data.

    Nothing can open it again once closed; the caller deletes the folder when done.
    """
    vs = VaultSession.open(create_throwaway_vault(folder), create=True)
    try:
        populate_demo(vs, locale=locale, progress=progress)
    except BaseException:
        vs.close()
        raise
    return vs
