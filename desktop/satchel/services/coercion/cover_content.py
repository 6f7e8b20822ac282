"""Harmless content for a cover vault: a volunteer's everyday notebook, no case of anyone.

A cover full of refugee cases would defeat its purpose; one left empty looks unused. This
is what a community volunteer might keep: a language course, a food bank rota, a move.
"""

from __future__ import annotations

import datetime as dt

from satchel.services.core.session import VaultSession
from satchel.services.notebook.cases import create_case
from satchel.services.notebook.notes import create_note

_COVER = (
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


def fill_cover(vs: VaultSession) -> None:
    """A handful of ordinary cases and notes, due dates around today."""
    today = dt.date.today()
    for index, (title, status, summary, notes) in enumerate(_COVER):
        case_id = create_case(
            vs,
            title=title,
            status=status,
            summary=summary,
            due_date=today + dt.timedelta(days=3 + 5 * index),
        )
        for note_title, body in notes:
            create_note(vs, title=note_title, body=body, case_id=case_id)
