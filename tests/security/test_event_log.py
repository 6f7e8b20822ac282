"""Logging carries events, never content, goes to stderr, and is off by default.

- `event` refuses a name outside the fixed EVENTS set and any field that is not an int or a
  bool, whether logging is on or off: content cannot get into a log line by mistake.
- A whole command-line session (add a case, a person with an identity, a note; search;
  reveal; change the passphrase; a wrong passphrase) runs twice in child processes with a
  private HOME, TMPDIR and XDG folders: once plain, once with --log-events. With logging
  on, stderr holds exactly what it holds with logging off plus event lines of the strict
  form, and no sentinel; with logging off, commands that have nothing to tell the user
  print nothing at all on stderr. SATCHEL_LOG_EVENTS=1 turns logging on as the flag does.
- The window (the demo, rendered to a PNG) prints nothing on stderr by default, Qt's own
  warnings included, and only event lines with --log-events.
- No file at all appears in HOME, TMPDIR or the XDG folders: no log file anywhere.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE

from satchel import event_log
from satchel.services.core import session as vault_session
from satchel.vault import FAST_TEST_KDF

EVENT_LINE = re.compile(r"satchel event: [a-z][a-z0-9_.]*( [a-z][a-z0-9_]*=-?\d+)*")
PRIVATE_FOLDERS = {
    "HOME": "home",
    "TMPDIR": "tmp",
    "XDG_CONFIG_HOME": "xdg-config",
    "XDG_DATA_HOME": "xdg-data",
    "XDG_CACHE_HOME": "xdg-cache",
    "XDG_STATE_HOME": "xdg-state",
    "XDG_RUNTIME_DIR": "xdg-runtime",
}


@pytest.fixture
def logging_off() -> Iterator[None]:
    event_log.disable()
    yield
    event_log.disable()


# The rules, in-process --------------------------------------------------------------------


@pytest.mark.parametrize("on", [False, True])
@pytest.mark.parametrize(
    "value", ["Kestrel", b"Kestrel", 1.5, None, Path("/home/ada/vault"), ["a"], 2j]
)
def test_a_field_that_is_not_an_int_or_a_bool_is_refused(
    logging_off: None, capfd: pytest.CaptureFixture[str], on: bool, value: object
) -> None:
    if on:
        event_log.enable()
    with pytest.raises(TypeError):
        event_log.event("vault.unlocked", count=value)  # type: ignore[arg-type]
    assert capfd.readouterr().err == ""


@pytest.mark.parametrize("name", ["Kestrel", "vault.unlocked Kestrel", "", "vault.opened"])
def test_a_name_outside_the_fixed_set_is_refused(logging_off: None, name: str) -> None:
    event_log.enable()
    with pytest.raises(ValueError, match="event name"):
        event_log.event(name)


def test_a_field_name_cannot_carry_text(logging_off: None) -> None:
    event_log.enable()
    with pytest.raises(ValueError, match="field name"):
        event_log.event("backup.written", **{"Kestrel Ada Example": 1})


def test_off_by_default_then_one_line_per_event_on_stderr(
    logging_off: None, capfd: pytest.CaptureFixture[str]
) -> None:
    assert not event_log.enabled()
    event_log.event("vault.unlocked")
    logging.getLogger().warning("a root warning")  # the root logger is not ours to wire
    assert capfd.readouterr() == ("", "")  # Python's last-resort handler stays quiet too

    event_log.enable()
    event_log.event("backup.written", count=3, weekly=True)
    event_log.event("vault.locked")
    out, err = capfd.readouterr()
    assert out == ""
    assert err.splitlines() == [
        "satchel event: backup.written count=3 weekly=1",
        "satchel event: vault.locked",
    ]


@pytest.mark.parametrize(
    ("flag", "environment", "expected"),
    [(False, None, False), (True, None, True), (False, "1", True), (False, "0", False)],
)
def test_asked_for_by_the_flag_or_the_environment(
    monkeypatch: pytest.MonkeyPatch, flag: bool, environment: str | None, expected: bool
) -> None:
    monkeypatch.delenv(event_log.ENVIRONMENT_FLAG, raising=False)
    if environment is not None:
        monkeypatch.setenv(event_log.ENVIRONMENT_FLAG, environment)
    assert event_log.asked_for(flag) is expected


# Whole sessions in child processes ----------------------------------------------------------


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


class PrivateHome:
    """Fresh HOME, TMPDIR and XDG folders for child processes; nothing may land in them."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "SATCHEL"))}
        for key, name in PRIVATE_FOLDERS.items():
            folder = root / name
            folder.mkdir(parents=True, mode=0o700)
            self.env[key] = str(folder)
        self.env["QT_QPA_PLATFORM"] = "offscreen"

    def run(self, *args: str, stdin: str = "", extra_env: dict[str, str] | None = None) -> Run:
        done = subprocess.run(
            [sys.executable, "-m", "satchel", *args],
            input=stdin,
            env={**self.env, **(extra_env or {})},
            cwd=self.root / "home",
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        return Run(done.returncode, done.stdout, done.stderr)

    def files(self) -> list[str]:
        return sorted(
            str(path.relative_to(self.root))
            for name in PRIVATE_FOLDERS.values()
            for path in (self.root / name).rglob("*")
            if path.is_file()
        )


def _sentinels() -> dict[str, str]:
    def token(word: str) -> str:
        return f"{word}Q{secrets.token_hex(6)}"

    return {
        "title": token("Casetitle"),
        "pseudonym": token("Pseudonym"),
        "legal name": token("Legalname"),
        "note title": token("Notetitle"),
        "note body": token("Notebody"),
        "search": token("Searchtext"),
        "new passphrase": f"{token('Violin')} harbour {token('Ember')} quartz",
        "wrong passphrase": token("Wrongpassphrase"),
    }


def _session(home: PrivateHome, vault: Path, s: dict[str, str], *flags: str) -> list[Run]:
    """The same commands every time; each run's stderr is compared with its twin's."""
    first = f"{PASSPHRASE}\n"
    runs = [home.run(*flags, "case", "add", str(vault), "--title", s["title"], stdin=first)]
    case_id = runs[-1].out.strip()
    runs.append(
        home.run(
            *flags,
            "person",
            "add",
            str(vault),
            "--pseudonym",
            s["pseudonym"],
            "--legal-name",
            s["legal name"],
            "--case",
            case_id,
            stdin=first,
        )
    )
    person_id = runs[-1].out.strip()
    runs += [
        home.run(
            *flags,
            "note",
            "add",
            str(vault),
            "--case",
            case_id,
            "--title",
            s["note title"],
            "--body-file",
            "-",
            stdin=first + s["note body"] + "\n",
        ),
        home.run(*flags, "search", str(vault), s["note body"], stdin=first),
        home.run(*flags, "search", str(vault), s["search"], stdin=first),
        home.run(*flags, "person", "reveal", str(vault), person_id, stdin=first),
        home.run(*flags, "case", "show", str(vault), case_id, stdin=first),
        home.run(*flags, "case", "list", str(vault), stdin=f"{s['wrong passphrase']}\n"),
        home.run(
            *flags,
            "passwd",
            str(vault),
            stdin=first + f"{s['new passphrase']}\n" * 2,
        ),
        home.run(*flags, "note", "list", str(vault), stdin=f"{s['new passphrase']}\n"),
    ]
    return runs


def _split(err: str) -> tuple[list[str], list[str]]:
    """(event lines, other lines) of a stderr."""
    lines = err.splitlines()
    events = [line for line in lines if line.startswith("satchel event:")]
    return events, [line for line in lines if not line.startswith("satchel event:")]


def _new_vault(folder: Path) -> Path:
    vs, _phrase = vault_session.create(
        folder, PASSPHRASE, kdf_for_tests=FAST_TEST_KDF, format_version=2
    )
    vs.close()
    return folder


@pytest.mark.slow
def test_a_command_line_session_logs_events_only_and_only_when_asked(tmp_path: Path) -> None:
    home = PrivateHome(tmp_path / "private")
    s = _sentinels()
    plain = _session(home, _new_vault(tmp_path / "plain"), s)
    flagged = _session(home, _new_vault(tmp_path / "flagged"), s, "--log-events")

    # The session really did its work: the content went through.
    assert [run.code for run in plain] == [0, 0, 0, 0, 0, 0, 0, 2, 0, 0], plain
    assert [run.code for run in flagged] == [run.code for run in plain]
    assert s["note body"] in plain[3].out and s["legal name"] in plain[5].out

    for quiet, logged in zip(plain, flagged, strict=True):
        events, others = _split(logged.err)
        assert others == quiet.err.splitlines()  # logging adds lines, changes none
        assert events, f"no event for a command: {logged}"
        assert all(EVENT_LINE.fullmatch(line) for line in events), events
        assert not any(value in logged.err for value in s.values())
    # Commands with nothing to tell the user are silent on stderr when logging is off.
    for run in (*plain[:7], plain[9]):
        assert run.err == ""
    assert _split(flagged[7].err)[0] == ["satchel event: command.failed exit_code=2"]
    assert _split(flagged[0].err)[0] == ["satchel event: command.finished exit_code=0"]
    assert home.files() == []  # no log file, nothing else either


@pytest.mark.slow
def test_the_environment_variable_turns_events_on(tmp_path: Path) -> None:
    home = PrivateHome(tmp_path / "private")
    vault = _new_vault(tmp_path / "vault")
    on = home.run(
        "case", "list", str(vault), stdin=f"{PASSPHRASE}\n", extra_env={"SATCHEL_LOG_EVENTS": "1"}
    )
    off = home.run(
        "case", "list", str(vault), stdin=f"{PASSPHRASE}\n", extra_env={"SATCHEL_LOG_EVENTS": "0"}
    )
    assert on.err.splitlines() == ["satchel event: command.finished exit_code=0"]
    assert off.err == ""
    assert home.files() == []


@pytest.mark.slow
def test_the_window_prints_nothing_unless_asked_and_then_events_only(tmp_path: Path) -> None:
    home = PrivateHome(tmp_path / "private")
    shots = tmp_path / "shots"
    shots.mkdir()
    quiet = home.run("--demo", "--screenshot", str(shots / "quiet.png"), "--view", "search")
    logged = home.run(
        "--log-events", "--demo", "--screenshot", str(shots / "logged.png"), "--view", "search"
    )
    assert quiet.code == 0 and logged.code == 0, (quiet.err, logged.err)
    assert (shots / "quiet.png").is_file() and (shots / "logged.png").is_file()
    assert quiet.err == ""  # Qt's own warnings are dropped as well
    events = logged.err.splitlines()
    assert all(EVENT_LINE.fullmatch(line) for line in events), events
    assert events[0] == "satchel event: app.started demo=1"
    assert "satchel event: vault.unlocked" in events
    assert events[-2:] == ["satchel event: vault.locked", "satchel event: app.finished exit_code=0"]
    assert home.files() == []  # no log file, no cache, nothing
