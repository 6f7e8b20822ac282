"""Reading contacts exported by address books: CSV (Google, Outlook, Thunderbird) and vCard.

Only reading and parsing happens here; contact_import decides what becomes a person. Both
readers return one ContactRecord per row or card, or a ContactSkip saying why not. Bytes
that are not valid text in their declared charset never reach the vault: the record is
skipped. No third-party parser: vCard's folding, quoted-printable and escapes fit in a page,
and a small reader is easier to hold to the caps below than a general library.
"""

from __future__ import annotations

import csv
import io
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from satchel.errors import InvalidInputError
from satchel.services.imports.skip_reasons import Place, Reason

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_RECORDS = 20_000
MAX_LINE = 1_000_000  # one unfolded vCard line (a photo is skipped, but must fit)


@dataclass(frozen=True)
class ContactRecord:
    where: Place  # "row 4", "card 2 (line 17)"
    name: str
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    organisation: str = ""
    notes: str = ""
    address: str = ""
    birthday: str = ""


@dataclass(frozen=True)
class ContactSkip:
    where: Place
    reason: Reason


class _CharsetError(ValueError):
    """A property's charset is unknown, or its bytes are not in it."""

    def __init__(self, code: str, charset: str) -> None:
        super().__init__(code, charset)
        self.code, self.charset = code, charset


@dataclass
class _Fields:
    name: str = ""
    given: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    organisation: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    address: list[str] = field(default_factory=list)
    birthday: str = ""

    def record(self, where: Place) -> ContactRecord:
        name = self.name.strip() or " ".join(p.strip() for p in self.given if p.strip())
        return ContactRecord(
            where=where,
            name=" ".join(name.split()),
            phones=_unique(self.phones),
            emails=_unique(self.emails),
            organisation=", ".join(_unique(self.organisation)),
            notes="\n".join(_unique(self.notes)),
            address="\n".join(_unique(self.address)),
            birthday=self.birthday.strip(),
        )

    def empty(self) -> bool:
        return not any(
            (
                self.name.strip(),
                *self.given,
                *self.phones,
                *self.emails,
                *self.organisation,
                *self.notes,
                *self.address,
                self.birthday.strip(),
            )
        )


def _unique(values: list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:
        text = value.strip()
        if text:
            seen.setdefault(text.casefold(), text)
    return tuple(seen.values())


def _bad_text(text: str) -> Reason | None:
    """Why text cannot be kept: undecodable bytes (kept as surrogates) or a NUL."""
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        return Reason("bad_encoding")
    if "\x00" in text:
        return Reason("nul")
    return None


def decode(data: bytes) -> str:
    """UTF-8 (a BOM allowed) or UTF-16 with a BOM; bad bytes kept as surrogates to skip later."""
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInputError(
            problem="contacts_too_large",
            size_mb=len(data) // 1024 // 1024,
            limit_mb=MAX_FILE_BYTES // 1024 // 1024,
            size=len(data),
            limit=MAX_FILE_BYTES,
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InvalidInputError(problem="not_utf16") from None
    return data.decode("utf-8-sig", errors="surrogateescape")


def is_vcard(text: str) -> bool:
    return text.lstrip()[:11].upper() == "BEGIN:VCARD"


# --- CSV ---------------------------------------------------------------------------------

# Header words of the common exports, folded (lower case, no spaces or punctuation).
_NAME = {"name", "fullname", "displayname", "formattedname", "fn", "contactname"}
_GIVEN = {"givenname", "firstname", "first", "given", "additionalname", "middlename"}
_FAMILY = {"familyname", "lastname", "surname", "last", "family"}
_ORG = {"organization1name", "organisation1name", "company", "organization", "organisation",
        "organizationname", "organisationname", "companyname", "org"}  # fmt: skip
_NOTES = {"notes", "note", "comments", "comment"}
_BIRTHDAY = {"birthday", "birthdate", "dateofbirth", "bday"}


def _fold(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", header.casefold())


_EXACT = (
    (_NAME, "name"),
    (_GIVEN, "given"),
    (_FAMILY, "family"),
    (_ORG, "organisation"),
    (_NOTES, "notes"),
    (_BIRTHDAY, "birthday"),
)


def _column_kind(header: str) -> str | None:
    """What a column holds, by its header; None for columns Satchel does not take."""
    key = _fold(header)
    kind = next((kind for names, kind in _EXACT if key in names), None)
    # Another person's number ("Assistant's Phone" in Outlook's export) is not the contact's.
    others = ("fax", "pager", "assistant", "callback")
    if kind is None and not (key.endswith(("type", "label")) or any(o in key for o in others)):
        # "Phonetic First Name" (Google's export) is a spelling of the name, not a number
        if ("phone" in key and "phonetic" not in key) or "mobile" in key or key == "tel":
            kind = "phone"
        elif "email" in key and "displayname" not in key:
            kind = "email"
        elif "address" in key and ("formatted" in key or key in {"address", "homeaddress"}):
            kind = "address"
    return kind


def read_csv(text: str) -> Iterator[ContactRecord | ContactSkip]:
    sample = text[:16_384]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader, None)
        if header is None:
            raise InvalidInputError(problem="csv_empty")
        kinds = [_column_kind(h) for h in header]
        if not {"name", "given", "family"} & set(kinds):
            raise InvalidInputError(problem="csv_no_name_column")
        start = reader.line_num + 1  # a quoted field may span lines: name the first one
        for count, row in enumerate(reader, start=1):
            if count > MAX_RECORDS:
                raise InvalidInputError(problem="too_many_contacts", limit=MAX_RECORDS)
            yield _csv_record(row, kinds, Place("row", number=start))
            start = reader.line_num + 1
    except csv.Error as error:
        raise InvalidInputError(
            problem="csv_unreadable", line=reader.line_num, reason=str(error)
        ) from None


def _csv_record(
    row: list[str], kinds: list[str | None], where: Place
) -> ContactRecord | ContactSkip:
    fields = _Fields()
    family: list[str] = []
    for kind, value in zip(kinds, row, strict=False):
        if kind is None or not value.strip():
            continue
        reason = _bad_text(value)
        if reason:
            return ContactSkip(where, reason)
        if kind == "name":
            fields.name = value
        elif kind == "given":
            fields.given.append(value)
        elif kind == "family":
            family.append(value)
        elif kind == "birthday":
            fields.birthday = value
        else:
            getattr(fields, {"phone": "phones", "email": "emails"}.get(kind, kind)).append(value)
    fields.given.extend(family)
    if fields.empty():
        reason = next((r for r in map(_bad_text, row) if r), None)
        return ContactSkip(where, reason or Reason("empty_row"))
    return fields.record(where)


# --- vCard -------------------------------------------------------------------------------

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_PARAM_SPLIT = re.compile(r';(?=(?:[^"]*"[^"]*")*[^"]*$)')


def _unfold(text: str) -> Iterator[tuple[int, str]]:
    """Logical lines with their first line number: folded continuations joined, and
    quoted-printable soft breaks ("=" at the end) joined as vCard 2.1 writes them."""
    current: str | None = None
    start = 0
    # CR and LF only: str.splitlines also breaks at U+2028, NEL and form feeds, which a NOTE
    # may hold, and the rest of such a note would be read as a property of its own.
    for number, raw in enumerate(_LINE_BREAK.split(text), start=1):
        if current is not None and raw[:1] in {" ", "\t"}:
            current += raw[1:]
        elif current is not None and current.endswith("=") and _is_qp(current):
            current = current[:-1] + raw
        else:
            if current is not None:
                yield start, current
            current, start = raw, number
        if current is not None and len(current) > MAX_LINE:
            raise InvalidInputError(problem="vcard_line_too_long", line=start)
    if current is not None:
        yield start, current


def _is_qp(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def _split_line(line: str) -> tuple[str, dict[str, str], str] | None:
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            head, value = line[:index], line[index + 1 :]
            break
    else:
        return None
    parts = _PARAM_SPLIT.split(head)
    name = parts[0].rsplit(".", 1)[-1].strip().upper()  # drop a group prefix ("item1.")
    params: dict[str, str] = {}
    for part in parts[1:]:
        key, eq, val = part.partition("=")
        if eq:
            params[key.strip().upper()] = val.strip().strip('"')
        else:  # vCard 2.1 bare parameters: "QUOTED-PRINTABLE", "CELL"
            bare = key.strip().upper()
            params["ENCODING" if bare in {"QUOTED-PRINTABLE", "BASE64", "8BIT"} else bare] = bare
    return name, params, value


def _value(params: dict[str, str], value: str) -> str:
    """The text of a property: quoted-printable and charsets undone; may raise ValueError."""
    raw = value.encode("utf-8", "surrogateescape")
    charset = params.get("CHARSET", "utf-8")
    if params.get("ENCODING", "").upper() in {"QUOTED-PRINTABLE", "QP"}:
        raw = quopri.decodestring(raw)
    try:
        return raw.decode(charset)
    except LookupError:
        raise _CharsetError("unknown_charset", charset) from None
    except UnicodeDecodeError:
        raise _CharsetError("bad_charset", charset) from None


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _components(text: str) -> list[str]:
    """A structured value (N, ADR, ORG) split at unescaped semicolons, then unescaped."""
    parts = re.split(r"(?<!\\);", text)
    return [_unescape(p).strip() for p in parts]


def read_vcard(text: str) -> Iterator[ContactRecord | ContactSkip]:
    fields: _Fields | None = None
    where = Place("card", number=0, line=0)
    problem: Reason | None = None
    depth = 0
    count = 0
    for number, line in _unfold(text):
        if not line.strip():
            continue
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            depth += 1
            if depth == 1:
                count += 1
                if count > MAX_RECORDS:
                    raise InvalidInputError(problem="too_many_contacts", limit=MAX_RECORDS)
                fields, problem, where = _Fields(), None, Place("card", number=count, line=number)
            continue
        if upper == "END:VCARD":
            depth = max(0, depth - 1)
            if depth == 0 and fields is not None:
                if problem:
                    yield ContactSkip(where, problem)
                elif fields.empty():
                    yield ContactSkip(where, Reason("empty_card"))
                else:
                    yield fields.record(where)
                fields = None
            continue
        if fields is None or depth != 1 or problem:
            continue  # outside a card, inside an embedded card, or already refused
        problem = _vcard_property(fields, line)
    if fields is not None:
        yield ContactSkip(where, Reason("card_not_closed"))


def _vcard_property(fields: _Fields, line: str) -> Reason | None:
    """Apply one property line to the card; a reason when the card must be skipped."""
    split = _split_line(line)
    if split is None:
        return None
    name, params, value = split
    if name not in {"FN", "N", "TEL", "EMAIL", "ORG", "NOTE", "ADR", "BDAY"}:
        return None
    try:
        text = _value(params, value)
    except _CharsetError as error:
        return Reason(error.code, property=name, charset=error.charset)
    reason = _bad_text(text)
    if reason:
        return reason
    if name == "FN":
        fields.name = _unescape(text)
    elif name == "N":
        family, given, additional, prefix, suffix = (_components(text) + [""] * 5)[:5]
        fields.given = [p for p in (prefix, given, additional, family, suffix) if p]
    elif name == "TEL":
        fields.phones.append(_unescape(text).removeprefix("tel:"))
    elif name == "EMAIL":
        fields.emails.append(_unescape(text).removeprefix("mailto:"))
    elif name == "ORG":
        fields.organisation.append(", ".join(p for p in _components(text) if p))
    elif name == "NOTE":
        fields.notes.append(_unescape(text))
    elif name == "ADR":
        fields.address.append(", ".join(p for p in _components(text) if p))
    else:
        fields.birthday = _unescape(text)
    return None


def read_contacts(data: bytes) -> Iterator[ContactRecord | ContactSkip]:
    """Records from a vCard or CSV file, told apart by content, not by the file's name."""
    text = decode(data)
    if not text.strip():
        raise InvalidInputError(problem="import_file_empty")
    if "\x00" in text[:4096]:
        raise InvalidInputError(problem="not_text")
    return read_vcard(text) if is_vcard(text) else read_csv(text)
