"""`satchel checklist ...`: shipped templates, checklists on a case, and their items."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from satchel.cli.exit_codes import EXIT_OK
from satchel.cli.output import print_fields, print_json, print_table
from satchel.cli.secrets_input import SecretReader
from satchel.errors import InvalidInputError
from satchel.services.checklists import case_checklists
from satchel.services.core.records import KEEP, Keep, choice, parse_date
from satchel.services.core.session import unlock
from satchel.services.notebook.views import ChecklistView
from satchel.services.templates.shipped import LANGUAGES, Template, shipped_templates

STATES = ("todo", "in-progress", "done", "not-needed")


def _template_json(template: Template) -> dict[str, Any]:
    return {
        "id": template.key,
        "version": template.version,
        "language": template.lang,
        "title": template.title,
        "description": template.description,
        "jurisdiction": template.jurisdiction,
        "disclaimer": template.disclaimer,
        "sources": template.sources,
        "items": [
            {
                "id": item.key,
                "title": item.title,
                "help": item.help,
                "category": item.category,
                "required": item.required,
                "typical_validity": item.typical_validity,
                "tip": item.tip,
            }
            for item in template.items
        ],
    }


def checklist_templates(args: argparse.Namespace, secrets: SecretReader) -> int:
    """The shipped templates; needs no vault and no passphrase."""
    templates = shipped_templates(choice(args.lang, "language", LANGUAGES))
    if args.json:
        print_json([_template_json(t) for t in templates])
    else:
        print_table(
            ("ID", "VERSION", "JURISDICTION", "ITEMS", "TITLE"),
            ((t.key, t.version, t.jurisdiction, len(t.items), t.title) for t in templates),
        )
    return EXIT_OK


def checklist_add(args: argparse.Namespace, secrets: SecretReader) -> int:
    lang = choice(args.lang, "language", LANGUAGES)  # checked before the (slow) unlock
    with unlock(Path(args.vault), secrets.read("Passphrase")) as vs:
        checklist_id = case_checklists.add_checklist(vs, args.case, args.template, lang=lang)
    print(checklist_id)
    return EXIT_OK


def _show_text(view: ChecklistView, new_items: int) -> None:
    done, counted = view.progress
    print_fields(
        [
            ("id", view.id),
            ("title", view.title),
            ("case", view.case_id),
            ("template", f"{view.template_key} (version {view.template_version})"),
            ("progress", f"{done}/{counted} done"),
        ]
    )
    if new_items:
        print(f"\nA newer template version offers {new_items} more item(s).")
    print()
    print_table(
        ("ITEM ID", "STATE", "DUE", "REQUIRED", "TITLE"),
        (
            (
                item.id,
                item.state.replace("_", "-"),
                item.due_date or "",
                "yes" if item.required else "no",
                item.title,
            )
            for item in view.items
        ),
    )
    for item in view.items:
        details = [
            f"original: {item.original_location}" if item.original_location else "",
            f"note: {item.note}" if item.note else "",
        ]
        if any(details):
            print(f"\n{item.title}:")
            for line in filter(None, details):
                print(f"  {line}")


def checklist_show(args: argparse.Namespace, secrets: SecretReader) -> int:
    with unlock(Path(args.vault), secrets.read("Passphrase")) as vs:
        view = case_checklists.get_checklist(vs, args.id)
        try:
            new_items = case_checklists.template_update(vs, view.id)
        except InvalidInputError:  # the template is gone or broken: show the checklist anyway
            new_items = []
    if args.json:
        done, counted = view.progress
        print_json(
            {
                **{k: v for k, v in vars(view).items() if k != "items"},
                "progress": {"done": done, "counted": counted},
                "items": view.items,
                "new_template_items": [item.key for item in new_items],
            }
        )
    else:
        _show_text(view, len(new_items))
    return EXIT_OK


def checklist_set(args: argparse.Namespace, secrets: SecretReader) -> int:
    # Checked before the (slow) unlock, so a typo fails at once.
    state = choice(args.state, "state", case_checklists.ITEM_STATES)
    due: dt.date | Keep | None = KEEP
    if args.due is not None:
        due = parse_date(args.due, "due date")
    with unlock(Path(args.vault), secrets.read("Passphrase")) as vs:
        case_checklists.set_item(
            vs,
            args.item_id,
            state=state,
            due_date=due,
            original_location=args.original,
            note=args.note,
        )
    return EXIT_OK
