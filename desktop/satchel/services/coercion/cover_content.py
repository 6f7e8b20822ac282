"""Harmless content for a cover vault: a volunteer's everyday notebook, no case of anyone.

A cover full of refugee cases would defeat its purpose; one left empty looks unused. This
is what a community volunteer might keep: a language course, a food bank rota, a move, a
choir. It is written in the user's language (a Russian-speaking user's notebook in English
would itself be odd) and is never marked as demo data: it is the user's own from then on.
"""
# ruff: noqa: RUF001  (Cyrillic text and typographic dashes are the point here)

from __future__ import annotations

import datetime as dt

from satchel.services.core.session import VaultSession
from satchel.services.notebook.cases import create_case
from satchel.services.notebook.notes import create_note

# (title, status, summary, ((note title, note body), ...)) per case, per language.
CoverCase = tuple[str, str, str, tuple[tuple[str, str], ...]]

_EN: tuple[CoverCase, ...] = (
    (
        "German course B1 (evening group)",
        "open",
        "Homework for Thursday: chapter 7, the letter to the landlord.",
        (
            ("Vocabulary, week 12", "der Mietvertrag, die Kaution, kündigen, die Nebenkosten."),
            ("Exam dates", "Written part in March, speaking part a week later. Fee paid."),
        ),
    ),
    (
        "Food bank rota",
        "open",
        "Saturday shifts 9:00-13:00. Ask Marta about the new fridge.",
        (
            ("Shift swaps", "Swapped 14th with Jonas; I take the 28th instead."),
            ("Stock list", "Rice and lentils low; enough pasta; tins of tomatoes for 3 weeks."),
        ),
    ),
    (
        "Moving flat",
        "waiting",
        "Waiting for the deposit back from the old landlord.",
        (
            ("To do", "- Register the new address\n- Internet contract\n- Return the keys"),
            ("Movers", "Two people and a van, Saturday morning, paid half in advance."),
        ),
    ),
    (
        "Choir",
        "open",
        "Rehearsals on Tuesdays. Concert before the holidays.",
        (("Songs", "Three pieces for the concert; learn the alto line of the second one."),),
    ),
)

_RU: tuple[CoverCase, ...] = (
    (
        "Курс немецкого B1 (вечерняя группа)",
        "open",
        "Домашнее задание к четвергу: глава 7, письмо арендодателю.",
        (
            ("Слова, 12-я неделя", "der Mietvertrag, die Kaution, kündigen, die Nebenkosten."),
            ("Даты экзамена", "Письменная часть в марте, устная через неделю. Взнос оплачен."),
        ),
    ),
    (
        "График продуктового банка",
        "open",
        "Смены по субботам 9:00–13:00. Спросить Марту про новый холодильник.",
        (
            ("Замены смен", "Поменялась с Йонасом на 14-е, беру 28-е."),
            ("Склад", "Мало риса и чечевицы; макарон хватает; томатов в банках на 3 недели."),
        ),
    ),
    (
        "Переезд",
        "waiting",
        "Жду возврата залога от старого хозяина квартиры.",
        (
            ("Сделать", "- Прописаться по новому адресу\n- Договор на интернет\n- Сдать ключи"),
            ("Грузчики", "Двое и фургон, в субботу утром, половина оплачена вперёд."),
        ),
    ),
    (
        "Хор",
        "open",
        "Репетиции по вторникам. Концерт перед праздниками.",
        (("Песни", "Три произведения к концерту; выучить партию альтов во втором."),),
    ),
)

_UK: tuple[CoverCase, ...] = (
    (
        "Курс німецької B1 (вечірня група)",
        "open",
        "Домашнє завдання на четвер: розділ 7, лист орендодавцю.",
        (
            ("Слова, 12-й тиждень", "der Mietvertrag, die Kaution, kündigen, die Nebenkosten."),
            ("Дати іспиту", "Письмова частина в березні, усна за тиждень. Внесок сплачено."),
        ),
    ),
    (
        "Графік продуктового банку",
        "open",
        "Зміни по суботах 9:00–13:00. Запитати Марту про новий холодильник.",
        (
            ("Заміни змін", "Помінялася з Йонасом на 14-те, беру 28-ме."),
            ("Склад", "Мало рису й сочевиці; макаронів досить; томатів у банках на 3 тижні."),
        ),
    ),
    (
        "Переїзд",
        "waiting",
        "Чекаю на повернення застави від старого власника квартири.",
        (
            (
                "Зробити",
                "- Зареєструватися за новою адресою\n- Договір на інтернет\n- Віддати ключі",
            ),
            ("Вантажники", "Двоє і фургон, у суботу зранку, половину сплачено наперед."),
        ),
    ),
    (
        "Хор",
        "open",
        "Репетиції щовівторка. Концерт перед святами.",
        (("Пісні", "Три твори до концерту; вивчити партію альтів у другому."),),
    ),
)

_DE: tuple[CoverCase, ...] = (
    (
        "Spanischkurs A2 (Abendgruppe)",
        "open",
        "Hausaufgabe bis Donnerstag: Kapitel 7, die Wegbeschreibung.",
        (
            ("Vokabeln, Woche 12", "el alquiler, la fianza, la factura, el vecino."),
            ("Prüfungstermine", "Schriftlich im März, mündlich eine Woche später. Gebühr bezahlt."),
        ),
    ),
    (
        "Dienstplan Tafel",
        "open",
        "Samstagsschichten 9:00–13:00. Marta wegen des neuen Kühlschranks fragen.",
        (
            ("Schichttausch", "Den 14. mit Jonas getauscht; ich nehme dafür den 28."),
            ("Lager", "Reis und Linsen knapp; Nudeln reichen; Dosentomaten für 3 Wochen."),
        ),
    ),
    (
        "Umzug",
        "waiting",
        "Warte auf die Kaution vom alten Vermieter.",
        (
            ("Zu erledigen", "- Neue Adresse anmelden\n- Internetvertrag\n- Schlüssel abgeben"),
            ("Umzugshelfer", "Zwei Leute und ein Transporter, Samstagmorgen, Hälfte angezahlt."),
        ),
    ),
    (
        "Chor",
        "open",
        "Proben dienstags. Konzert vor den Feiertagen.",
        (("Stücke", "Drei Stücke fürs Konzert; die Altstimme im zweiten lernen."),),
    ),
)

COVERS: dict[str, tuple[CoverCase, ...]] = {"en": _EN, "ru": _RU, "uk": _UK, "de": _DE}


def cover_language(language: str) -> str:
    """'ru_RU' -> 'ru'; a language Satchel has no cover content in -> 'en'."""
    code = language.replace("-", "_").split("_")[0].strip().lower()
    return code if code in COVERS else "en"


def fill_cover(vs: VaultSession, language: str = "en") -> None:
    """A handful of ordinary cases and notes in `language`, due dates around today."""
    today = dt.date.today()
    for index, (title, status, summary, notes) in enumerate(COVERS[cover_language(language)]):
        case_id = create_case(
            vs,
            title=title,
            status=status,
            summary=summary,
            due_date=today + dt.timedelta(days=3 + 5 * index),
        )
        for note_title, body in notes:
            create_note(vs, title=note_title, body=body, case_id=case_id)
