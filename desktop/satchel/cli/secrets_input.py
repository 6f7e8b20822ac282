"""Reading secrets: from the terminal without echo, or line by line from standard input.

As with keepassxc-cli, when standard input is not a terminal its first line is the
passphrase and further secrets are the following lines, so scripts can pipe them in.
"""

from __future__ import annotations

import getpass
import sys
from typing import BinaryIO, TextIO

from satchel.cli.prompts import localized
from satchel.errors import InvalidInputError
from satchel.services.core.user_files import read_stream


class SecretReader:
    def __init__(
        self,
        stdin: BinaryIO | None = None,
        stderr: TextIO | None = None,
        interactive: bool | None = None,
    ) -> None:
        # sys.stdin is None when the program was started with standard input closed.
        if stdin is None and sys.stdin is not None:
            stdin = sys.stdin.buffer
        self._stdin = stdin
        self._stderr = stderr or sys.stderr
        if interactive is None:
            interactive = sys.stdin is not None and sys.stdin.isatty()
        self.interactive = interactive

    def read(self, prompt: str, *, confirm: bool = False) -> str:
        if self.interactive:
            # Only what a person reads at the terminal is in their language (see prompts).
            asked = localized(prompt)
            again = localized("{0} (again)").format(asked)
            first = getpass.getpass(f"{asked}: ", stream=self._stderr)
            if confirm and getpass.getpass(f"{again}: ", stream=self._stderr) != first:
                raise InvalidInputError("The two entries do not match. Nothing was changed.")
            return first
        return self.read_line(prompt.lower())

    def read_line(self, what: str) -> str:
        if self._stdin is None:
            raise InvalidInputError(f"Expected the {what} on standard input, but it is closed.")
        raw = self._stdin.readline()
        if not raw:
            raise InvalidInputError(f"Expected the {what} on the next line of standard input.")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidInputError(f"The {what} is not valid UTF-8 text.") from None
        return text.rstrip("\r\n")

    def read_rest(self, limit: int) -> str:
        """Everything left on standard input (for `--body-file -`), at most `limit` bytes."""
        if self._stdin is None:
            raise InvalidInputError("Standard input is closed; there is nothing to read.")
        try:
            return read_stream(self._stdin, limit, "Standard input").decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidInputError("Standard input is not valid UTF-8 text.") from None
