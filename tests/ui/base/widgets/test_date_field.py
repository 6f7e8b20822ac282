"""Dates are typed as people write them, picked from a calendar, shown one way, and never
erased when they cannot be read."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale
from pytestqt.qtbot import QtBot

from satchel.ui.base.text.date_parsing import parse_typed_date, typing_example
from satchel.ui.base.text.formats import format_date
from satchel.ui.base.widgets.date_field import DateField

TODAY = dt.date(2026, 12, 6)
DEC_20 = dt.date(2026, 12, 20)


@pytest.mark.parametrize("name", ["ru_RU", "uk_UA", "de_DE", "en_GB", "en_US"])
@pytest.mark.parametrize("typed", ["20.12.2026", "2026-12-20", " 20.12.26 ", "20 Dec 2026"])
def test_every_language_reads_dotted_iso_and_worded_dates(name: str, typed: str) -> None:
    assert parse_typed_date(typed, QLocale(name), TODAY) == DEC_20


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("ru_RU", "20 декабря 2026"),
        ("uk_UA", "20 грудня 2026"),
        ("de_DE", "20. Dezember 2026"),
        ("en_US", "12/20/2026"),
        ("en_GB", "20/12/2026"),
        ("de_DE", "20/12/2026"),
    ],
)
def test_the_users_own_way_of_writing(name: str, typed: str) -> None:
    assert parse_typed_date(typed, QLocale(name), TODAY) == DEC_20


@pytest.mark.parametrize("typed", ["", "31.02.2026", "20.13.2026", "soon", "2026-12", "1.2.3"])
def test_what_is_not_a_date_is_not_guessed(typed: str) -> None:
    assert parse_typed_date(typed, QLocale("de_DE"), TODAY) is None


def test_two_digit_years_stay_within_twenty_years_ahead() -> None:
    ru = QLocale("ru_RU")
    assert parse_typed_date("01.02.75", ru, TODAY) == dt.date(1975, 2, 1)
    assert parse_typed_date("01.02.40", ru, TODAY) == dt.date(2040, 2, 1)


def test_the_example_uses_the_locale_with_a_four_digit_year() -> None:
    assert typing_example(QLocale("de_DE")) == "20.12.2026"
    assert typing_example(QLocale("en_US")) == "12/20/2026"


def test_lists_show_the_month_as_a_word() -> None:
    assert format_date(dt.date(2026, 12, 6)) == "6 Dec 2026"


def test_a_typed_date_is_committed_and_shown_as_iso(qtbot: QtBot) -> None:
    field = DateField("Due")
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.date_changed) as changed:
        field.line.setText("20.12.2026")
        field.line.editingFinished.emit()
    assert changed.args == [DEC_20]
    assert field.value() == DEC_20 and field.text() == "2026-12-20"


def test_text_that_is_not_a_date_stays_and_keeps_the_old_value(qtbot: QtBot) -> None:
    field = DateField("Due")
    qtbot.addWidget(field)
    field.set_value(DEC_20)
    changes: list[object] = []
    field.date_changed.connect(changes.append)
    with qtbot.waitSignal(field.refused) as refused:
        field.line.setText("32.12.2026")
        field.line.editingFinished.emit()
    assert "32.12.2026" in str(refused.args[0])
    assert field.text() == "32.12.2026"
    assert field.value() == DEC_20 and field.current() == DEC_20
    assert field.line.property("invalid") and not changes
    field.line.textEdited.emit("3")  # typing again clears the mark
    assert not field.line.property("invalid")


def test_emptying_the_field_means_no_date(qtbot: QtBot) -> None:
    field = DateField("Due")
    qtbot.addWidget(field)
    field.set_value(DEC_20)
    with qtbot.waitSignal(field.date_changed) as changed:
        field.line.clear()
        field.line.editingFinished.emit()
    assert changed.args == [None] and field.value() is None


def test_the_calendar_opens_on_the_date_and_a_click_commits(qtbot: QtBot) -> None:
    field = DateField("Due")
    qtbot.addWidget(field)
    field.set_value(DEC_20)
    menu = field.calendar_button.menu()
    assert menu is not None
    menu.aboutToShow.emit()
    assert field.calendar.selectedDate() == QDate(2026, 12, 20)
    with qtbot.waitSignal(field.date_changed) as changed:
        field.calendar.clicked.emit(QDate(2027, 1, 3))
    assert changed.args == [dt.date(2027, 1, 3)] and field.text() == "2027-01-03"
