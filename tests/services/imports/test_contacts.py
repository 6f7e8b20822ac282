"""Contacts from CSV and vCard: pseudonyms, sealed identities, skips with reasons, all or none."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import count_rows, make_person

from satchel.errors import InvalidInputError
from satchel.services.core import activity, search
from satchel.services.core.session import VaultSession
from satchel.services.imports.contact_files import read_contacts
from satchel.services.imports.contacts import import_contacts, mask, preview_contacts
from satchel.services.notebook import identity, people
from satchel.store.models import Person

GOOGLE_CSV = """\
Name,Given Name,Additional Name,Family Name,Notes,Phone 1 - Type,Phone 1 - Value,\
E-mail 1 - Type,E-mail 1 - Value,Organization 1 - Name
Amaranth Okonkwo,Amaranth,,Okonkwo,Met in Astana,Mobile,+7 700 111 2233,Home,\
amar@example.org,Pro Asyl
,,,,,,,,,
,,,,Only a note,,,,,
"Смирнов, Олег",Олег,,Смирнов,"line one
line two",Mobile,+7 700 999 0000,,,
"""

OUTLOOK_CSV = """\
First Name;Middle Name;Last Name;Company;Mobile Phone;Business Fax;E-mail Address;\
E-mail Display Name
Jana;;Novak;Caritas;+420 601 123 456;+420 999;jana@example.org;Jana (jana@example.org)
Petr;;Dvorak;;;;;
"""

VCARD_3 = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Sidorov;Oleg;Vladimirovich;;\r\n"
    "FN:Oleg Vladimirovich Si\r\n"
    " dorov\r\n"
    "ORG:Helping Hands\\, e.V.;Berlin office\r\n"
    "TEL;TYPE=CELL:+49 151 5550 1234\r\n"
    "EMAIL;TYPE=INTERNET:oleg@example.org\r\n"
    "NOTE:Prefers Signal\\nNo calls after 20:00\r\n"
    "item1.ADR;TYPE=HOME:;;Hauptstr. 5;Berlin;;10115;Germany\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=A1=D0=BC=D0=B8=D1=80=D0=BD=D0=BE=D0=B2;=\r\n"
    "=D0=9E=D0=BB=D0=B5=D0=B3;;;\r\n"
    "TEL;CELL:+7 701 000 1111\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen;;;\r\n"
    "END:VCARD\r\n"
)

VCARD_4 = (
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "FN:Marta Kowalska\n"
    'TEL;VALUE=uri;TYPE="voice,cell":tel:+48-600-700-800\n'
    "EMAIL;PREF=1:marta@example.org\n"
    "BDAY:1990-04-01\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "EMAIL:nobody@example.org\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "FN:Never Closed\n"
)


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def reasons(plan_skipped: tuple[object, ...]) -> dict[str, str]:
    return {s.where: s.reason for s in plan_skipped}  # type: ignore[attr-defined]


def revealed(vs: VaultSession, person_id: object) -> dict[str, str]:
    return identity.reveal_identity(vs, person_id)  # type: ignore[arg-type]


def test_google_csv_preview_then_import(vs: VaultSession, tmp_path: Path) -> None:
    path = write(tmp_path, "google.csv", GOOGLE_CSV)
    plan = preview_contacts(vs, path)
    assert plan.kind == "csv"
    assert count_rows(vs, Person) == 0  # a preview changes nothing
    assert len(plan.people) == 2
    first = plan.people[0]
    assert first.organisation == "Pro Asyl"
    assert first.masked() == {
        "legal_name": "A••• O•••",
        "phone": "•••• 33",
        "email": "a•••@example.org",
        "notes": "M••• i••• A•••",
    }
    assert reasons(plan.skipped) == {"row 3": "empty row", "row 4": "no name"}

    report = import_contacts(vs, plan)
    assert [where for where, _p, _id in report.imported] == ["row 2", "row 5"]
    amaranth_id = report.imported[0][2]
    detail = people.get_person(vs, amaranth_id)
    assert detail.pseudonym == first.pseudonym
    assert detail.organisation == "Pro Asyl"
    assert revealed(vs, amaranth_id) == {
        "legal_name": "Amaranth Okonkwo",
        "phone": "+7 700 111 2233",
        "email": "amar@example.org",
        "notes": "Met in Astana",
    }
    oleg = revealed(vs, report.imported[1][2])
    assert oleg["legal_name"] == "Смирнов, Олег"
    assert oleg["notes"] == "line one\nline two"
    assert search.search(vs, "Okonkwo") == []  # identity never indexed
    assert any(e.action == "imported" for e in activity.list_activity(vs))


def test_outlook_csv_with_semicolons(vs: VaultSession, tmp_path: Path) -> None:
    plan = preview_contacts(vs, write(tmp_path, "outlook.csv", OUTLOOK_CSV))
    assert [dict(p.identity)["legal_name"] for p in plan.people] == ["Jana Novak", "Petr Dvorak"]
    jana = dict(plan.people[0].identity)
    assert jana["phone"] == "+420 601 123 456"  # the fax column is not a phone
    assert jana["email"] == "jana@example.org"  # nor is the display name an email
    assert plan.people[0].organisation == "Caritas"


def test_vcard_3_and_2_1_folding_quoted_printable_and_charsets(
    vs: VaultSession, tmp_path: Path
) -> None:
    plan = preview_contacts(vs, write(tmp_path, "contacts.vcf", VCARD_3))
    assert plan.kind == "vcard"
    oleg, smirnov, muller = (dict(p.identity) for p in plan.people)
    assert oleg["legal_name"] == "Oleg Vladimirovich Sidorov"
    assert oleg["phone"] == "+49 151 5550 1234"
    assert oleg["notes"] == "Prefers Signal\nNo calls after 20:00"
    assert oleg["address"] == "Hauptstr. 5, Berlin, 10115, Germany"
    assert plan.people[0].organisation == "Helping Hands, e.V., Berlin office"
    assert smirnov["legal_name"] == "Олег Смирнов"
    assert muller["legal_name"] == "Jürgen Müller"


def test_vcard_4_uri_values_nameless_and_unclosed_cards(vs: VaultSession, tmp_path: Path) -> None:
    plan = preview_contacts(vs, write(tmp_path, "v4.vcf", VCARD_4))
    (marta,) = (dict(p.identity) for p in plan.people)
    assert marta == {
        "legal_name": "Marta Kowalska",
        "phone": "+48-600-700-800",
        "email": "marta@example.org",
        "birth_date": "1990-04-01",
    }
    assert reasons(plan.skipped) == {
        "card 2 (line 8)": "no name",
        "card 3 (line 12)": "the card is not closed (no END:VCARD)",
    }


def test_duplicates_in_the_vault_and_in_the_file(vs: VaultSession, tmp_path: Path) -> None:
    make_person(vs, identity={"legal_name": "amaranth  OKONKWO", "phone": "+77001112233"})
    doubled = GOOGLE_CSV + GOOGLE_CSV.splitlines(keepends=True)[1]
    plan = preview_contacts(vs, write(tmp_path, "dup.csv", doubled))
    got = reasons(plan.skipped)
    assert got["row 2"] == "a person with the same legal name and phone is already in the vault"
    assert got["row 7"] == "a person with the same legal name and phone is already in the vault"
    assert len(plan.people) == 1

    once = "Name,Phone\nEve Adams,123\nEve Adams,123\n"
    plan = preview_contacts(vs, write(tmp_path, "twice.csv", once))
    assert reasons(plan.skipped) == {"row 3": "the same legal name and phone as row 2"}


def test_a_duplicate_added_after_the_preview_is_skipped(vs: VaultSession, tmp_path: Path) -> None:
    plan = preview_contacts(vs, write(tmp_path, "outlook.csv", OUTLOOK_CSV))
    make_person(vs, identity={"legal_name": "Petr Dvorak"})
    report = import_contacts(vs, plan)
    assert [where for where, _p, _id in report.imported] == ["row 2"]
    assert "already in the vault" in reasons(report.skipped)["row 3"]


def test_hostile_rows_are_skipped_with_reasons(vs: VaultSession, tmp_path: Path) -> None:
    data = (
        b"Name,Phone,Notes\n"
        b"Bad \xff\xfe Bytes,1,\n"
        + b"Long Notes,"
        + b"2,"
        + b"x" * 5000
        + b"\n"
        + b"Long Name"
        + b"y" * 400
        + b",3,\n"
        + b"Fine Person,4,ok\n"
    )
    plan = preview_contacts(vs, write(tmp_path, "hostile.csv", data))
    got = reasons(plan.skipped)
    assert got["row 2"] == "not valid UTF-8 text (bad encoding)"
    assert got["row 3"].startswith("the notes is too long")
    assert got["row 4"].startswith("the legal name is too long")
    assert [dict(p.identity)["legal_name"] for p in plan.people] == ["Fine Person"]
    bad_charset = "BEGIN:VCARD\nFN;CHARSET=x-nonsense:Who\nEND:VCARD\n"
    plan = preview_contacts(vs, write(tmp_path, "bad.vcf", bad_charset))
    assert reasons(plan.skipped) == {"card 1 (line 1)": 'FN holds an unknown charset "x-nonsense"'}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"Colour,Size\nred,9\n", "no column Satchel recognises as a name"),
        (b"\x00\x01\x02binary", "not a text file"),
        (b"\xff\xfe\x00\xd8", "UTF-16"),
    ],
)
def test_bad_files_change_nothing(
    vs: VaultSession, tmp_path: Path, content: bytes, message: str
) -> None:
    with pytest.raises(InvalidInputError, match=message):
        preview_contacts(vs, write(tmp_path, "bad.csv", content))
    assert count_rows(vs, Person) == 0


def test_symlinks_folders_and_missing_files_are_refused(vs: VaultSession, tmp_path: Path) -> None:
    real = write(tmp_path, "real.csv", OUTLOOK_CSV)
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    with pytest.raises(InvalidInputError, match="symbolic link"):
        preview_contacts(vs, link)
    with pytest.raises(InvalidInputError, match="not a file"):
        preview_contacts(vs, tmp_path)
    with pytest.raises(InvalidInputError, match="not a file"):
        preview_contacts(vs, tmp_path / "missing.csv")


def test_import_is_all_or_nothing(vs: VaultSession, tmp_path: Path) -> None:
    plan = preview_contacts(vs, write(tmp_path, "outlook.csv", OUTLOOK_CSV))
    with pytest.raises(InvalidInputError):
        import_contacts(vs, plan, role="astronaut")
    broken = plan.__class__(
        plan.source,
        plan.kind,
        plan.locale,
        (plan.people[0], plan.people[1].__class__("row 9", "x", "", (("shoe_size", "44"),))),
        (),
    )
    with pytest.raises(InvalidInputError, match="Unknown identity field"):
        import_contacts(vs, broken)
    assert count_rows(vs, Person) == 0


def test_pseudonyms_are_fresh_and_unique(vs: VaultSession, tmp_path: Path) -> None:
    rows = "Name\n" + "".join(f"Person {n}\n" for n in range(60))
    plan = preview_contacts(vs, write(tmp_path, "many.csv", rows), locale="ru")
    names = [p.pseudonym.casefold() for p in plan.people]
    assert len(names) == len(set(names)) == 60
    import_contacts(vs, plan)
    assert people.count_people(vs, role="other") == 60


def test_reader_and_mask_edges() -> None:
    records = list(read_contacts(b"BEGIN:VCARD\nFN:A\\, B\\; C\nEND:VCARD\n"))
    assert [getattr(r, "name", None) for r in records] == ["A, B; C"]
    assert mask("phone", "12") == "••••"
    assert mask("email", "nobody") == "•••"
    assert mask("legal_name", "") == ""


def test_a_pseudonym_taken_since_the_preview_is_replaced(vs: VaultSession, tmp_path: Path) -> None:
    plan = preview_contacts(vs, write(tmp_path, "outlook.csv", OUTLOOK_CSV))
    make_person(vs, plan.people[0].pseudonym)
    report = import_contacts(vs, plan)
    pseudonyms = [pseudonym for _where, pseudonym, _id in report.imported]
    assert len(pseudonyms) == 2
    assert pseudonyms[0] != plan.people[0].pseudonym
    assert pseudonyms[1] == plan.people[1].pseudonym


def test_hostile_vcards(vs: VaultSession, tmp_path: Path) -> None:
    nested = (
        "BEGIN:VCARD\nFN:Outer Person\nAGENT:\nBEGIN:VCARD\nFN:Inner Agent\nEND:VCARD\n"
        "TEL:555 0100\nEND:VCARD\n"
    )
    plan = preview_contacts(vs, write(tmp_path, "nested.vcf", nested))
    assert [dict(p.identity) for p in plan.people] == [
        {"legal_name": "Outer Person", "phone": "555 0100"}
    ]
    folded = "BEGIN:VCARD\nFN:x\n" + " y\n" * 1_000_001 + "END:VCARD\n"
    with pytest.raises(InvalidInputError, match="too long"):
        preview_contacts(vs, write(tmp_path, "folded.vcf", folded))
    garbage = 'BEGIN:VCARD\nno colon here\n:\nFN;TYPE="a:b":Quoted Colon\nEND:VCARD\n'
    plan = preview_contacts(vs, write(tmp_path, "garbage.vcf", garbage))
    assert [dict(p.identity)["legal_name"] for p in plan.people] == ["Quoted Colon"]


def test_google_phonetic_name_columns_are_not_phone_numbers(
    vs: VaultSession, tmp_path: Path
) -> None:
    """Google's current export has "Phonetic First Name": a spelling, not a phone number."""
    data = (
        "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Last Name,"
        "Phone 1 - Label,Phone 1 - Value\n"
        "Oleg,,Smirnov,Olyeg,Smeernov,Mobile,+7 700 999 0000\n"
    )
    plan = preview_contacts(vs, write(tmp_path, "google-new.csv", data))
    assert dict(plan.people[0].identity) == {
        "legal_name": "Oleg Smirnov",
        "phone": "+7 700 999 0000",
    }


def test_outlook_assistant_and_callback_numbers_are_not_the_contacts_own(
    vs: VaultSession, tmp_path: Path
) -> None:
    data = (
        "First Name,Last Name,Mobile Phone,Assistant's Phone,Callback\n"
        "Lena,Koval,+380 67 000 0001,+380 44 000 0002,+380 44 000 0003\n"
    )
    plan = preview_contacts(vs, write(tmp_path, "outlook.csv", data))
    assert dict(plan.people[0].identity) == {
        "legal_name": "Lena Koval",
        "phone": "+380 67 000 0001",
    }


def test_a_line_separator_inside_a_vcard_note_is_not_a_new_property(
    vs: VaultSession, tmp_path: Path
) -> None:
    """Only CR and LF end a vCard line: U+2028 or NEL in a note must not start a "FN:" or
    "TEL:" that overwrites the name or adds someone else's number."""
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berg\r\n"
        "NOTE:her sister\u2028FN:Maria Berg\x85TEL:+49 555 0101\r\nEND:VCARD\r\n"
    )
    plan = preview_contacts(vs, write(tmp_path, "card.vcf", card))
    assert dict(plan.people[0].identity) == {
        "legal_name": "Anna Berg",
        "notes": "her sister\u2028FN:Maria Berg\x85TEL:+49 555 0101",
    }
