"""`satchel` and `python -m satchel`: the window when no command is given, else the command.

The one module that knows both faces: the command line never imports the desktop app, and
Qt is loaded only when the window is asked for, so commands start fast and headless.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from satchel import cli


def open_window(args: argparse.Namespace) -> int:
    from satchel.ui.app import AppOptions, run_app  # noqa: PLC0415 - Qt only for the window

    return run_app(
        AppOptions(
            demo=args.demo,
            demo_locale=args.demo_locale,
            screenshot=Path(args.screenshot) if args.screenshot else None,
            view=args.view,
            screen=args.screen,
            vault=Path(args.vault) if args.vault else None,
            allow_screen_capture=args.allow_screen_capture,
            language=args.language,
        )
    )


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, window=open_window)


def entry_point() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry_point()
