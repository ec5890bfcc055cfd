"""Which database failures pass by themselves (a start-up status the service retries)."""

from __future__ import annotations

import errno
import socket

import pytest

from storage.health import unreachable


class CannotConnectNowError(Exception):
    """asyncpg's error, by name, for a server starting up or in recovery."""


class InvalidPasswordError(Exception):
    """asyncpg's error, by name, for a login the server rejected."""


def _wrapped(cause: BaseException) -> Exception:
    """As SQLAlchemy raises it: its own error with the driver's as the cause."""
    try:
        raise RuntimeError("(sqlalchemy.exc.OperationalError) could not connect") from cause
    except RuntimeError as exc:
        return exc


@pytest.mark.parametrize(
    "cause",
    [
        ConnectionRefusedError(errno.ECONNREFUSED, "Connect call failed ('127.0.0.1', 5432)"),
        socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution"),
        TimeoutError(),
        OSError(errno.ENETUNREACH, "Network is unreachable"),
        CannotConnectNowError("the database system is starting up"),
    ],
)
def test_a_server_not_reachable_yet(cause: BaseException) -> None:
    assert unreachable(_wrapped(cause))


@pytest.mark.parametrize(
    "cause",
    [
        InvalidPasswordError('password authentication failed for user "sparkle"'),
        ModuleNotFoundError("No module named 'asyncpg'", name="asyncpg"),
        OSError(errno.EACCES, "Permission denied"),
        ValueError("database disk image is malformed"),
    ],
)
def test_a_database_that_needs_a_person(cause: BaseException) -> None:
    assert not unreachable(_wrapped(cause))
