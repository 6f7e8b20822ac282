"""The `satchel` command line: a stable contract for people and scripts."""

from __future__ import annotations

import argparse
from typing import Any, NoReturn

from satchel.cli.coercion_parser import (
    add_coercion_commands,
    add_failed_unlocks_command,
    add_return_command,
    add_travel_command,
)
from satchel.cli.parser_transfer import add_backup_commands, add_report_parser, add_share_parsers
from satchel.cli.trash_parser import add_trash_parser
from satchel.errors import InvalidInputError

EPILOG = """\
The passphrase is read from the terminal without echo. When standard input is not a
terminal, its first line is the passphrase and further secrets are the following lines.

Exit codes: 0 done, 1 bad usage or input, 2 wrong passphrase, 3 damaged or tampered vault,
4 vault open elsewhere.
"""


DEMO_LOCALES = ("en", "ru", "uk", "de")
WINDOW_LANGUAGES = ("en", "ru", "uk", "de", "xx-pseudo")  # ui.i18n.languages.CHOICES
SCREENSHOT_VIEWS = ("cases", "case", "person", "search")


class UsageError(InvalidInputError):
    """Bad usage: argparse's messages, reported like any other bad input (exit code 1)."""

    code = "usage"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # main() adds the "satchel: " prefix; the --help hint names the subcommand.
        raise UsageError(f"{message}. Try '{self.prog} --help'.")


class _Version(argparse.Action):
    """`--version`, reading the installed package's metadata only when asked: importing
    importlib.metadata costs every other command ~0.04 s."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest=argparse.SUPPRESS, nargs=0, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from satchel.version import installed_version  # noqa: PLC0415

        print(f"satchel {installed_version()}")
        parser.exit()


def _screen_size(text: str) -> tuple[int, int]:
    """ "1366x768" -> (1366, 768)."""
    width, _, height = text.lower().partition("x")
    try:
        size = (int(width), int(height))
    except ValueError:
        size = (0, 0)
    if not (320 <= size[0] <= 8000 and 240 <= size[1] <= 8000):
        raise argparse.ArgumentTypeError(f"{text!r} is not a screen size like 1366x768")
    return size


def _vault(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("vault", metavar="VAULT", help="the vault folder")


def _json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="satchel",
        description="Satchel: an offline, encrypted notebook.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_Version, help="show the version and exit")
    parser.add_argument(
        "--log-events",
        action="store_true",
        help="print events (never content) to stderr; also SATCHEL_LOG_EVENTS=1",
    )
    window = parser.add_argument_group("the desktop window (when no COMMAND is given)")
    window.add_argument(
        "--demo",
        action="store_true",
        help="open a throwaway vault full of fake data, deleted on exit",
    )
    window.add_argument(
        "--demo-locale",
        default=None,
        choices=DEMO_LOCALES,
        help="language of the demo data (default: the window's language, else en)",
    )
    window.add_argument(
        "--language",
        default=None,
        choices=WINDOW_LANGUAGES,
        help="the window's language for this run (default: Settings, else the system's); "
        "xx-pseudo lengthens every text to check layouts",
    )
    window.add_argument(
        "--screenshot",
        metavar="FILE.png",
        default=None,
        help="render the demo window at 1280x800 (or --screen), save it, and exit",
    )
    window.add_argument(
        "--screen",
        metavar="WIDTHxHEIGHT",
        default=None,
        type=_screen_size,
        help="with --screenshot: a window that fills a screen of this many pixels "
        "(QT_SCALE_FACTOR=1.25 makes them 125 %% sized), e.g. 1366x768",
    )
    window.add_argument(
        "--view", default="cases", choices=SCREENSHOT_VIEWS, help="what the screenshot shows"
    )
    window.add_argument(
        "--vault",
        metavar="FOLDER",
        default=None,
        help="open this vault folder instead of the default one",
    )
    window.add_argument(
        "--allow-screen-capture",
        action="store_true",
        help="let screenshots and screen sharing show Satchel for this run (to present it)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    init = commands.add_parser("init", help="create a vault; prints the recovery phrase once")
    _vault(init)
    info = commands.add_parser("info", help="describe a vault's header (no passphrase)")
    _vault(info)
    _json(info)
    check = commands.add_parser("check", help="verify the vault's integrity")
    _vault(check)
    _json(check)
    passwd = commands.add_parser("passwd", help="change the passphrase (old, then new)")
    _vault(passwd)
    recover = commands.add_parser("recover", help="set a new passphrase with the recovery phrase")
    _vault(recover)
    wipe = commands.add_parser(
        "wipe", help="destroy the vault and the backups beside it: keyslots first, then files"
    )
    _vault(wipe)
    wipe.add_argument(
        "--yes-destroy-everything",
        action="store_true",
        required=True,
        help="confirm that the vault is to be destroyed for good",
    )

    _case_commands(commands)
    _person_commands(commands)
    _note_commands(commands)
    _checklist_commands(commands)
    add_share_parsers(commands)
    add_backup_commands(commands)
    add_coercion_commands(commands)
    add_travel_command(commands)
    add_return_command(commands)
    add_failed_unlocks_command(commands)
    add_report_parser(commands)
    add_trash_parser(commands)

    search = commands.add_parser("search", help="full-text search (never identity fields)")
    _vault(search)
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", type=int, default=50)
    _json(search)
    return parser


def _case_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    case = commands.add_parser("case", help="cases").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    add = case.add_parser("add", help="add a case; prints its id")
    _vault(add)
    add.add_argument("--title", required=True)
    add.add_argument("--status", default="open", help="open, waiting or closed")
    add.add_argument("--priority", default="normal", help="low, normal, high or urgent")
    add.add_argument("--tag", action="append", default=[], help="a tag (repeatable)")
    add.add_argument("--summary", default="")
    add.add_argument("--next-action", default="")
    add.add_argument("--due", default=None, help="due date of the next action, YYYY-MM-DD")
    listing = case.add_parser("list", help="list cases")
    _vault(listing)
    listing.add_argument("--status", default=None)
    listing.add_argument("--tag", default=None)
    _json(listing)
    show = case.add_parser("show", help="show one case")
    _vault(show)
    show.add_argument("id", metavar="ID")
    _json(show)


def _person_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    person = commands.add_parser("person", help="people (pseudonyms)").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    add = person.add_parser("add", help="add a person; prints their id")
    _vault(add)
    add.add_argument("--pseudonym", required=True)
    add.add_argument(
        "--role", default="client", help="client, lawyer, ngo, embassy, family or other"
    )
    add.add_argument("--organisation", default="")
    add.add_argument("--legal-name", default=None, help="sealed in the identity compartment")
    add.add_argument("--phone", default=None, help="sealed in the identity compartment")
    add.add_argument(
        "--document-number",
        action="append",
        default=[],
        help="sealed in the identity compartment (repeatable)",
    )
    add.add_argument("--case", default=None, help="link the person to this case")
    add.add_argument("--role-in-case", default="")
    listing = person.add_parser("list", help="list people (pseudonyms only)")
    _vault(listing)
    _json(listing)
    reveal = person.add_parser("reveal", help="show a person's identity fields (logged)")
    _vault(reveal)
    reveal.add_argument("id", metavar="ID")
    _json(reveal)


def _note_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    note = commands.add_parser("note", help="notes").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    add = note.add_parser("add", help="add a note to a case; prints its id")
    _vault(add)
    add.add_argument("--case", required=True)
    add.add_argument("--title", required=True)
    add.add_argument(
        "--body-file",
        required=True,
        metavar="F",
        help="a UTF-8 text file with the body, or - for the rest of stdin",
    )
    add.add_argument("--tag", action="append", default=[])
    listing = note.add_parser("list", help="list notes")
    _vault(listing)
    listing.add_argument("--case", default=None)
    _json(listing)
    delete = note.add_parser(
        "delete", help="move a note and its revisions to Recently deleted (see 'trash')"
    )
    _vault(delete)
    delete.add_argument("id", metavar="ID")
    delete.add_argument(
        "--now", action="store_true", help="delete it for good at once, not into the bin"
    )


def _checklist_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    checklist = commands.add_parser("checklist", help="document checklists").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    templates = checklist.add_parser(
        "templates", help="list the shipped checklist templates (no vault needed)"
    )
    templates.add_argument("--lang", default="en", help="en, ru, uk or de")
    _json(templates)
    add = checklist.add_parser("add", help="add a checklist to a case; prints its id")
    _vault(add)
    add.add_argument("--case", required=True, help="the case id (or a unique prefix)")
    add.add_argument("--template", required=True, help="a template id from 'checklist templates'")
    add.add_argument("--lang", default="en", help="language of the items: en, ru, uk or de")
    show = checklist.add_parser("show", help="show a checklist and its items")
    _vault(show)
    show.add_argument("id", metavar="ID")
    _json(show)
    item = checklist.add_parser("set", help="change one item of a checklist")
    _vault(item)
    item.add_argument("item_id", metavar="ITEM_ID")
    item.add_argument(
        "--state", required=True, metavar="STATE", help="todo, in-progress, done or not-needed"
    )
    item.add_argument(
        "--due", default=None, metavar="DATE", help="due or expiry date, YYYY-MM-DD ('' clears it)"
    )
    item.add_argument("--original", default=None, help="where the original document is")
    item.add_argument("--note", default=None, help="a note on the item")
