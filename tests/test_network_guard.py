"""The suite's own guard must itself work, or the no-network promise is untested."""

from __future__ import annotations

import socket

import pytest

from tests.conftest import NetworkUsedError


@pytest.mark.parametrize("family", [socket.AF_INET, socket.AF_INET6])
def test_internet_sockets_fail_the_test(family: int) -> None:
    with pytest.raises(NetworkUsedError):
        socket.socket(family, socket.SOCK_STREAM)


def test_create_connection_is_caught_too() -> None:
    with pytest.raises(NetworkUsedError):
        socket.create_connection(("127.0.0.1", 9))


def test_local_unix_sockets_are_allowed() -> None:
    left, right = socket.socketpair(socket.AF_UNIX)
    with left, right:
        left.sendall(b"ok")
        assert right.recv(2) == b"ok"
