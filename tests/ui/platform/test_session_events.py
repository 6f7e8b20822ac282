"""Locking when the OS says the user is leaving: logind and screensavers over real D-Bus.

Two private dbus-daemons stand in for the system and the session bus. A fake logind (a
QDBusVirtualObject owning org.freedesktop.login1) answers GetSession, Inhibit and
Properties.Get, and the tests emit the very signals logind and the screensavers send.
Windows and macOS cannot run here: their message and notification tables are checked.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
from collections.abc import Iterator
from ctypes import wintypes
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection, QDBusVariant
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from tests.factories import make_vault
from tests.ui.platform.dbus_helpers import (
    OTHER_SESSION,
    OUR_SESSION,
    Buses,
    FakeLogind,
    bus_name,
    connect,
    emit,
    held,
    settle,
    start_daemon,
)

from satchel.ui.access.unlock import UnlockPage
from satchel.ui.platform.session_events import (
    SCREEN_LOCK,
    SESSION_SWITCH,
    SUSPEND,
    SessionEvents,
    backend_name,
    watch_session_events,
)
from satchel.ui.platform.session_events_linux import (
    INHIBIT,
    LOGIN1,
    LOGIN1_PATH,
    MANAGER,
    PROPERTIES,
    SESSION,
    DBusSessionEvents,
)
from satchel.ui.platform.session_events_macos import SCREEN_LOCKED, reasons_by_name
from satchel.ui.platform.session_events_windows import (
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_CONSOLE_DISCONNECT,
    WTS_REMOTE_DISCONNECT,
    WTS_SESSION_LOCK,
    SessionMessageFilter,
    reason_for_message,
)
from satchel.ui.settings.app_settings import AppSettings
from satchel.ui.shell.vault_controller import VaultController
from satchel.ui.shell.window import ShellWindow


@pytest.fixture
def buses(qtbot: QtBot) -> Iterator[Buses]:
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed (Debian: dbus-daemon); system-deps.sh test")
    daemons: list[tuple[subprocess.Popen[str], str]] = []
    names: list[str] = []
    fake = FakeLogind()
    try:
        daemons.append(start_daemon())
        daemons.append(start_daemon())
        (_sys, system_address), (_ses, session_address) = daemons
        logind = connect(system_address, names)
        assert logind.registerService(LOGIN1)
        assert logind.registerVirtualObject(
            LOGIN1_PATH, fake, QDBusConnection.VirtualObjectRegisterOption.SubPath
        )
        yield Buses(
            system=connect(system_address, names),
            session=connect(session_address, names),
            logind=logind,
            desktop=connect(session_address, names),
            fake=fake,
        )
    finally:
        for name in names:
            QDBusConnection.disconnectFromBus(name)
        for read_end in fake.inhibitor_reads:
            os.close(read_end)
        for daemon, _address in daemons:
            daemon.terminate()
            daemon.wait(timeout=10)
            if daemon.stdout is not None:
                daemon.stdout.close()


def watcher(buses: Buses, session_id: str = "7") -> tuple[DBusSessionEvents, list[str]]:
    events = DBusSessionEvents(
        system_bus=buses.system, session_bus=buses.session, session_id=session_id
    )
    reasons: list[str] = []
    events.lock_requested.connect(reasons.append)
    settle(buses)
    return events, reasons


def ready(qtbot: QtBot, events: DBusSessionEvents) -> None:
    qtbot.waitUntil(lambda: events.session_path == OUR_SESSION, timeout=3000)


# logind ---------------------------------------------------------------------------------
def test_sleep_requests_a_lock_and_waking_does_not(qtbot: QtBot, buses: Buses) -> None:
    _events, reasons = watcher(buses)
    emit(buses.logind, LOGIN1_PATH, MANAGER, "PrepareForSleep", False)  # waking up
    emit(buses.logind, LOGIN1_PATH, MANAGER, "PrepareForSleep", True)
    qtbot.waitUntil(lambda: bool(reasons), timeout=3000)
    assert reasons == [SUSPEND]  # one bus connection delivers in order: false came first


def test_sleep_waits_until_the_vault_is_locked(qtbot: QtBot, buses: Buses) -> None:
    events, reasons = watcher(buses)
    qtbot.waitUntil(lambda: events.delays_sleep, timeout=3000)
    assert ("Inhibit", [INHIBIT[0], "Satchel", *INHIBIT[2:]]) in buses.fake.calls
    assert INHIBIT[0] == "sleep"
    assert INHIBIT[3] == "delay"
    first = buses.fake.inhibitor_reads[0]
    assert held(first)

    emit(buses.logind, LOGIN1_PATH, MANAGER, "PrepareForSleep", True)
    qtbot.waitUntil(lambda: reasons == [SUSPEND], timeout=3000)
    assert not events.delays_sleep
    qtbot.waitUntil(lambda: not held(first), timeout=3000)  # every copy closed: logind sleeps

    emit(buses.logind, LOGIN1_PATH, MANAGER, "PrepareForSleep", False)  # awake again
    qtbot.waitUntil(lambda: events.delays_sleep, timeout=3000)
    assert buses.fake.count("Inhibit") == 2
    assert held(buses.fake.inhibitor_reads[1])


def test_our_sessions_lock_signal_requests_a_lock(qtbot: QtBot, buses: Buses) -> None:
    events, reasons = watcher(buses)
    ready(qtbot, events)
    assert ("GetSession", ["7"]) in buses.fake.calls
    emit(buses.logind, OTHER_SESSION, SESSION, "Lock")  # someone else's session
    emit(buses.logind, OUR_SESSION, SESSION, "Lock")
    qtbot.waitUntil(lambda: bool(reasons), timeout=3000)
    assert reasons == [SCREEN_LOCK]


def test_without_a_session_id_logind_is_asked_for_ours(
    qtbot: QtBot, buses: Buses, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_SESSION_ID", raising=False)
    events = DBusSessionEvents(system_bus=buses.system, session_bus=buses.session)
    ready(qtbot, events)
    assert ("GetSession", ["auto"]) in buses.fake.calls


def test_switching_away_from_our_session_requests_a_lock(qtbot: QtBot, buses: Buses) -> None:
    events, reasons = watcher(buses)
    ready(qtbot, events)
    changed = {"Active": QDBusVariant(True)}
    emit(buses.logind, OUR_SESSION, PROPERTIES, "PropertiesChanged", "org.other", changed, [])
    emit(buses.logind, OUR_SESSION, PROPERTIES, "PropertiesChanged", SESSION, changed, [])
    qtbot.waitUntil(lambda: buses.fake.count("Get") == 1, timeout=3000)  # answered: active
    buses.fake.active = False
    changed = {"Active": QDBusVariant(False)}
    emit(buses.logind, OUR_SESSION, PROPERTIES, "PropertiesChanged", SESSION, changed, [])
    qtbot.waitUntil(lambda: bool(reasons), timeout=3000)
    assert reasons == [SESSION_SWITCH]
    assert buses.fake.count("Get") == 2  # the other interface's change asked nothing


# screensavers ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "interface"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE's older path
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ],
)
def test_the_screensaver_starting_requests_a_lock(
    qtbot: QtBot, buses: Buses, path: str, interface: str
) -> None:
    _events, reasons = watcher(buses)
    emit(buses.desktop, path, interface, "ActiveChanged", False)
    emit(buses.desktop, path, interface, "ActiveChanged", True)
    qtbot.waitUntil(lambda: bool(reasons), timeout=3000)
    assert reasons == [SCREEN_LOCK]


def test_missing_buses_are_silent(
    qtbot: QtBot, tmp_path: Path, capfd: pytest.CaptureFixture[str], qtlog: Any
) -> None:
    nowhere = f"unix:path={tmp_path / 'no-bus'}"
    name = bus_name()
    system = QDBusConnection.connectToBus(nowhere, name)
    try:
        assert not system.isConnected()
        capfd.readouterr()
        events = DBusSessionEvents(system_bus=system, session_bus=system, session_id="7")
        assert events.session_path is None
        assert capfd.readouterr() == ("", "")
        assert [record.message for record in qtlog.records] == []
    finally:
        QDBusConnection.disconnectFromBus(name)


# the window -----------------------------------------------------------------------------
@pytest.fixture
def unlocked_window(
    qtbot: QtBot, app_settings: AppSettings, buses: Buses, tmp_path: Path
) -> Iterator[ShellWindow]:
    events = DBusSessionEvents(system_bus=buses.system, session_bus=buses.session, session_id="7")
    controller = VaultController()
    shell = ShellWindow(controller, app_settings, session_events=events)
    qtbot.addWidget(shell)
    shell.show()
    folder = tmp_path / "vault"
    session, _phrase = make_vault(folder)
    controller.adopt(session, folder)
    assert controller.is_unlocked
    settle(buses)
    yield shell
    controller.lock()


def test_the_window_locks_when_the_screen_locks(
    qtbot: QtBot, unlocked_window: ShellWindow, buses: Buses
) -> None:
    assert unlocked_window.session_events.parent() is unlocked_window
    with qtbot.waitSignal(unlocked_window.controller.locked, timeout=3000):
        emit(
            buses.desktop, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True
        )
    assert not unlocked_window.controller.is_unlocked
    assert isinstance(unlocked_window.pages.currentWidget(), UnlockPage)


def test_the_window_locks_before_sleep(
    qtbot: QtBot, unlocked_window: ShellWindow, buses: Buses
) -> None:
    with qtbot.waitSignal(unlocked_window.controller.locked, timeout=3000):
        emit(buses.logind, LOGIN1_PATH, MANAGER, "PrepareForSleep", True)
    assert not unlocked_window.controller.is_unlocked


def test_minimizing_locks_only_when_asked(
    unlocked_window: ShellWindow, app_settings: AppSettings
) -> None:
    assert app_settings.lock_on_minimize is False  # the default
    reasons: list[str] = []
    unlocked_window.session_events.lock_requested.connect(reasons.append)
    controller = unlocked_window.controller
    unlocked_window.setWindowState(Qt.WindowState.WindowMinimized)
    unlocked_after_first = controller.is_unlocked

    unlocked_window.setWindowState(Qt.WindowState.WindowNoState)
    app_settings.lock_on_minimize = True
    unlocked_window.setWindowState(Qt.WindowState.WindowMinimized)
    assert (unlocked_after_first, controller.is_unlocked) == (True, False)
    assert reasons == []  # minimizing is the window's own reason, not the OS's


# the other platforms: their tables ------------------------------------------------------
def test_each_platform_gets_its_backend(qtbot: QtBot) -> None:
    assert backend_name("linux") == "dbus"
    assert backend_name("freebsd14") == "dbus"
    assert backend_name("win32") == "windows"
    assert backend_name("darwin") == "macos"
    assert backend_name("emscripten") == "none"
    window = QWidget()
    qtbot.addWidget(window)
    quiet = watch_session_events(window, platform="emscripten")
    assert type(quiet) is SessionEvents
    assert quiet.parent() is window


def test_windows_messages_that_lock() -> None:
    assert reason_for_message(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) == SCREEN_LOCK
    assert reason_for_message(WM_WTSSESSION_CHANGE, WTS_CONSOLE_DISCONNECT) == SESSION_SWITCH
    assert reason_for_message(WM_WTSSESSION_CHANGE, WTS_REMOTE_DISCONNECT) == SESSION_SWITCH
    assert reason_for_message(WM_POWERBROADCAST, PBT_APMSUSPEND) == SUSPEND
    assert reason_for_message(WM_WTSSESSION_CHANGE, 0x8) is None  # WTS_SESSION_UNLOCK
    assert reason_for_message(WM_POWERBROADCAST, 0x12) is None  # PBT_APMRESUMEAUTOMATIC
    assert reason_for_message(0x0112, WTS_SESSION_LOCK) is None  # WM_SYSCOMMAND
    assert (WM_WTSSESSION_CHANGE, WM_POWERBROADCAST, PBT_APMSUSPEND) == (0x2B1, 0x218, 0x4)
    assert (WTS_SESSION_LOCK, WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT) == (0x7, 0x2, 0x4)


def test_macos_notifications_that_lock() -> None:
    table = reasons_by_name(
        {"NSWorkspaceWillSleepNotification": "NSWorkspaceWillSleepNotification"}
    )
    assert table["NSWorkspaceWillSleepNotification"] == SUSPEND
    assert table["NSWorkspaceScreensDidSleepNotification"] == SCREEN_LOCK
    assert table["NSWorkspaceSessionDidResignActiveNotification"] == SESSION_SWITCH
    assert table[SCREEN_LOCKED] == SCREEN_LOCK == table["com.apple.screenIsLocked"]
    assert "NSWorkspaceDidWakeNotification" not in table
    renamed = reasons_by_name({"NSWorkspaceWillSleepNotification": "posted name"})
    assert renamed["posted name"] == SUSPEND


def test_the_windows_filter_reads_real_msg_structures() -> None:
    reasons: list[str] = []
    native = SessionMessageFilter(reasons.append)
    lock = wintypes.MSG(message=WM_WTSSESSION_CHANGE, wParam=WTS_SESSION_LOCK)
    unlock = wintypes.MSG(message=WM_WTSSESSION_CHANGE, wParam=0x8)
    sleep = wintypes.MSG(message=WM_POWERBROADCAST, wParam=PBT_APMSUSPEND)
    for msg in (lock, unlock, sleep):
        assert native.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg)) == (
            False,
            0,
        )
    assert native.nativeEventFilter(b"xcb_generic_event_t", ctypes.addressof(lock)) == (False, 0)
    assert reasons == [SCREEN_LOCK, SUSPEND]
