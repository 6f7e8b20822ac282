"""A private D-Bus for the session-event tests: daemons, a fake logind, signal helpers."""

from __future__ import annotations

import itertools
import os
import subprocess
from dataclasses import dataclass
from typing import Any

from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusUnixFileDescriptor,
    QDBusVariant,
    QDBusVirtualObject,
)

OUR_SESSION = "/org/freedesktop/login1/session/_7"
OTHER_SESSION = "/org/freedesktop/login1/session/_9"
_names = itertools.count()


def bus_name() -> str:
    """A fresh name for QDBusConnection.connectToBus (names are process-wide)."""
    return f"satchel-test-{next(_names)}"


class FakeLogind(QDBusVirtualObject):
    """Just enough of systemd-logind: GetSession, Inhibit (a pipe's write end stands in for
    the inhibitor) and the Session's Active property."""

    def __init__(self) -> None:
        super().__init__()
        self.active = True
        self.calls: list[tuple[str, list[Any]]] = []
        self.inhibitor_reads: list[int] = []  # read ends of the pipes handed out by Inhibit

    def introspect(self, _path: str) -> str:
        return ""

    def handleMessage(  # noqa: N802 - Qt's name
        self, message: QDBusMessage, connection: QDBusConnection
    ) -> bool:
        self.calls.append((message.member(), list(message.arguments())))
        reply = message.createReply()
        if message.member() == "GetSession":
            reply.setArguments([QDBusObjectPath(OUR_SESSION)])
        elif message.member() == "Get" and message.path() == OUR_SESSION:
            reply.setArguments([QDBusVariant(self.active)])
        elif message.member() == "Inhibit":
            read, write = os.pipe()
            os.set_blocking(read, False)
            self.inhibitor_reads.append(read)
            reply.setArguments([QDBusUnixFileDescriptor(write)])  # holds its own duplicate
            os.close(write)
        else:
            return False
        connection.send(reply)
        return True

    def count(self, member: str) -> int:
        return sum(1 for name, _args in self.calls if name == member)


def held(read_end: int) -> bool:
    """Whether any process still holds the pipe's write end (logind's "still inhibited")."""
    try:
        return os.read(read_end, 1) != b""  # nothing is ever written: b"" is end of file
    except BlockingIOError:
        return True


@dataclass
class Buses:
    system: QDBusConnection  # what Satchel listens on
    session: QDBusConnection
    logind: QDBusConnection  # what the tests speak from
    desktop: QDBusConnection
    fake: FakeLogind


def start_daemon() -> tuple[subprocess.Popen[str], str]:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--print-address", "--nofork"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # it warns that it cannot raise its file limit
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    assert address.startswith("unix:"), address
    return daemon, address


def connect(address: str, names: list[str]) -> QDBusConnection:
    name = bus_name()
    names.append(name)
    connection = QDBusConnection.connectToBus(address, name)
    assert connection.isConnected()
    return connection


def emit(
    connection: QDBusConnection, path: str, interface: str, name: str, *arguments: object
) -> None:
    signal = QDBusMessage.createSignal(path, interface, name)
    signal.setArguments(list(arguments))
    assert connection.send(signal)


def settle(buses: Buses) -> None:
    """Round trips to both daemons: the watcher's match rules, sent on the same connections
    just before, are in place once the replies are back (signals sent earlier are lost)."""
    for bus in (buses.system, buses.session):
        ping = QDBusMessage.createMethodCall(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.Peer", "Ping"
        )
        assert bus.call(ping).type() == QDBusMessage.MessageType.ReplyMessage
