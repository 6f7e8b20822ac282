"""Attachments: files inside the vault, typed by their bytes, checked on every read."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import text
from tests.factories import count_rows, item_id, make_case, make_checklist, make_note

from satchel.errors import InvalidInputError, NotFoundError, TamperedError
from satchel.services.checklists import case_checklists
from satchel.services.core import activity, search
from satchel.services.core.session import VaultSession
from satchel.services.demo.files import gradient_png, one_page_pdf
from satchel.services.notebook import cases, notes
from satchel.services.notebook.attachments import (
    MAX_BYTES,
    add_attachment,
    delete_attachment,
    get_attachment,
    list_attachments,
    read_attachment,
    safe_filename,
    sniff_media_type,
)
from satchel.store.models import Attachment, AttachmentBlob

PNG = gradient_png(16, 8)
PDF = one_page_pdf(["Appointment confirmation"])


def test_a_file_round_trips_with_its_metadata(vs: VaultSession) -> None:
    case_id = make_case(vs)

    attachment_id = add_attachment(vs, filename="passport-scan.png", data=PNG, case_id=case_id)

    [view] = list_attachments(vs, case_id=case_id)
    assert view.id == attachment_id
    assert (view.case_id, view.note_id, view.checklist_item_id) == (case_id, None, None)
    assert (view.filename, view.media_type, view.size) == (
        "passport-scan.png",
        "image/png",
        len(PNG),
    )
    assert view.sha256 == hashlib.sha256(PNG).hexdigest()
    assert get_attachment(vs, attachment_id) == view
    assert read_attachment(vs, attachment_id) == PNG
    assert read_attachment(vs, str(attachment_id)[:8]) == PNG  # a typed id prefix works too


@pytest.mark.parametrize(
    ("data", "media_type"),
    [
        (PNG, "image/png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(32), "image/jpeg"),
        (b"GIF87a" + bytes(16), "image/gif"),
        (b"GIF89a" + bytes(16), "image/gif"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 " + bytes(16), "image/webp"),
        (PDF, "application/pdf"),
        ("Встреча в 10:30\r\n\tпаспорт, 2 фото\n".encode(), "text/plain"),  # noqa: RUF001
        (b"plain ascii notes", "text/plain"),
        (b"\x7fELF\x02\x01\x01" + bytes(40), "application/octet-stream"),
        (b"text with a NUL\x00 inside", "application/octet-stream"),
        (b"\xc3\x28 not utf-8", "application/octet-stream"),
        (b"RIFF\x24\x00\x00\x00WAVEfmt ", "application/octet-stream"),
    ],
)
def test_the_media_type_comes_from_the_bytes(data: bytes, media_type: str) -> None:
    assert sniff_media_type(data) == media_type


def test_a_misleading_name_does_not_change_the_type(vs: VaultSession) -> None:
    attachment_id = add_attachment(
        vs, filename="photo.png", data=b"#!/bin/sh\necho hi\n", case_id=make_case(vs)
    )
    assert get_attachment(vs, attachment_id).media_type == "text/plain"


def test_long_text_cut_mid_character_is_still_text() -> None:
    data = ("ж" * 40_000).encode()  # 80,000 bytes: the sniffed window ends inside a letter
    assert sniff_media_type(data) == "text/plain"


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("C:\\Users\\anna\\Desktop\\passport.jpg", "passport.jpg"),
        ("../../etc/passwd", "passwd"),
        ("/home/anna/scans/", "attachment"),
        ("  report\x00\x07\n.pdf  ", "report.pdf"),
        ("invoice\u202egnp.exe", "invoicegnp.exe"),  # no right-to-left override trick
        ("..", "attachment"),
        ("", "attachment"),
        ("Заявление на визу.pdf", "Заявление на визу.pdf"),
    ],
)
def test_file_names_are_reduced_to_a_safe_base_name(given: str, kept: str) -> None:
    assert safe_filename(given) == kept


def test_long_names_are_cut_to_200_characters_keeping_the_extension() -> None:
    assert safe_filename("a" * 300 + ".pdf") == "a" * 196 + ".pdf"
    assert safe_filename("b" * 300) == "b" * 200


def test_files_over_100_mb_are_refused(vs: VaultSession) -> None:
    case_id = make_case(vs)

    with pytest.raises(InvalidInputError, match="at most 100 MB"):
        add_attachment(vs, filename="huge.bin", data=bytes(MAX_BYTES + 1), case_id=case_id)

    assert count_rows(vs, Attachment) == 0


def test_empty_files_and_files_without_a_place_are_refused(vs: VaultSession) -> None:
    with pytest.raises(InvalidInputError, match="empty"):
        add_attachment(vs, filename="empty.txt", data=b"", case_id=make_case(vs))
    with pytest.raises(InvalidInputError, match="needs a case"):
        add_attachment(vs, filename="loose.png", data=PNG)
    with pytest.raises(NotFoundError):
        add_attachment(vs, filename="x.png", data=PNG, note_id=make_case(vs))  # not a note


def test_files_on_items_and_notes_belong_to_their_case(vs: VaultSession) -> None:
    case_id = make_case(vs)
    passport = item_id(vs, make_checklist(vs, case_id), "travel-passport")
    note_id = make_note(vs, case_id=case_id)
    on_item = add_attachment(vs, filename="scan.png", data=PNG, checklist_item_id=passport)
    on_note = add_attachment(vs, filename="letter.pdf", data=PDF, note_id=note_id)
    on_case = add_attachment(vs, filename="notes.txt", data=b"call back", case_id=case_id)

    assert get_attachment(vs, on_item).case_id == case_id
    assert get_attachment(vs, on_note).case_id == case_id
    assert [a.id for a in list_attachments(vs, case_id=case_id)] == [on_item, on_note, on_case]
    assert [a.id for a in list_attachments(vs, checklist_item_id=passport)] == [on_item]
    assert [a.id for a in list_attachments(vs, note_id=note_id)] == [on_note]
    assert list_attachments(vs, case_id=make_case(vs)) == []


def test_an_item_of_another_case_is_refused(vs: VaultSession) -> None:
    passport = item_id(vs, make_checklist(vs, make_case(vs)), "travel-passport")

    with pytest.raises(InvalidInputError, match="another case"):
        add_attachment(
            vs, filename="scan.png", data=PNG, case_id=make_case(vs), checklist_item_id=passport
        )


def test_a_file_altered_in_the_database_is_refused_on_read(vs: VaultSession) -> None:
    attachment_id = add_attachment(vs, filename="scan.png", data=PNG, case_id=make_case(vs))
    flipped = bytearray(PNG)
    flipped[40] ^= 0x01
    with vs.transaction() as session:
        result = session.execute(
            text("UPDATE attachment_blobs SET data = :data WHERE attachment_id = :id"),
            {"data": bytes(flipped), "id": attachment_id.hex},
        )
        assert result.rowcount == 1  # type: ignore[attr-defined]

    with pytest.raises(TamperedError, match="attachment"):
        read_attachment(vs, attachment_id)


def test_a_truncated_file_is_refused_on_read(vs: VaultSession) -> None:
    attachment_id = add_attachment(vs, filename="letter.pdf", data=PDF, case_id=make_case(vs))
    with vs.transaction() as session:
        session.get_one(AttachmentBlob, attachment_id).data = PDF[:-1]

    with pytest.raises(TamperedError):
        read_attachment(vs, attachment_id)


def test_deleting_a_file_removes_its_bytes(vs: VaultSession) -> None:
    case_id = make_case(vs)
    keep = add_attachment(vs, filename="keep.png", data=PNG, case_id=case_id)
    gone = add_attachment(vs, filename="gone.pdf", data=PDF, case_id=case_id)

    delete_attachment(vs, gone)

    assert [a.id for a in list_attachments(vs, case_id=case_id)] == [keep]
    assert count_rows(vs, AttachmentBlob) == 1
    with pytest.raises(NotFoundError):
        read_attachment(vs, gone)
    with pytest.raises(NotFoundError):
        delete_attachment(vs, gone)


def test_the_activity_log_has_the_media_type_never_the_name(vs: VaultSession) -> None:
    attachment_id = add_attachment(
        vs, filename="Anna-passport.pdf", data=PDF, case_id=make_case(vs)
    )
    delete_attachment(vs, attachment_id)

    events = [e for e in activity.list_activity(vs) if e.kind == "attachment"]
    assert sorted((e.action, e.ref_id, e.detail) for e in events) == [
        ("created", attachment_id, "application/pdf"),
        ("deleted", attachment_id, "application/pdf"),
    ]
    assert not any("Anna" in e.detail for e in activity.list_activity(vs))


def test_file_names_are_not_searchable(vs: VaultSession) -> None:
    add_attachment(vs, filename="Zhaksylykov-passport.png", data=PNG, case_id=make_case(vs))

    assert search.search(vs, "Zhaksylykov") == []


def test_deleting_a_case_takes_all_its_files(vs: VaultSession) -> None:
    case_id, other = make_case(vs), make_case(vs)
    checklist_id = make_checklist(vs, case_id)
    add_attachment(vs, filename="a.png", data=PNG, case_id=case_id)
    add_attachment(
        vs,
        filename="b.png",
        data=PNG,
        checklist_item_id=item_id(vs, checklist_id, "travel-passport"),
    )
    add_attachment(vs, filename="c.pdf", data=PDF, note_id=make_note(vs, case_id=case_id))
    survivor = add_attachment(vs, filename="d.pdf", data=PDF, case_id=other)

    cases.delete_case(vs, case_id)

    assert [a.id for a in list_attachments(vs)] == [survivor]
    assert count_rows(vs, AttachmentBlob) == 1


def test_deleting_an_item_or_note_keeps_or_takes_files_as_the_model_says(
    vs: VaultSession,
) -> None:
    case_id = make_case(vs)
    checklist_id = make_checklist(vs, case_id)
    note_id = make_note(vs, case_id=case_id)
    scan = add_attachment(
        vs,
        filename="scan.png",
        data=PNG,
        checklist_item_id=item_id(vs, checklist_id, "travel-passport"),
    )
    add_attachment(vs, filename="letter.pdf", data=PDF, note_id=note_id)

    case_checklists.delete_checklist(vs, checklist_id)  # the scan stays with its case
    notes.delete_note(vs, note_id)  # a note's files go with it

    [left] = list_attachments(vs, case_id=case_id)
    assert (left.id, left.checklist_item_id) == (scan, None)
    assert read_attachment(vs, scan) == PNG
