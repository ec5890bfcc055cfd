"""storage.health.failure_of: which database failures are 'busy', which 'down', which neither."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from storage.health import Failure, failure_of


def _wrapped(error: BaseException) -> OperationalError:
    return OperationalError("INSERT INTO entries", {}, error)


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (_wrapped(sqlite3.OperationalError("database is locked")), Failure.BUSY),
        (_wrapped(sqlite3.OperationalError("database table is locked")), Failure.BUSY),
        (PoolTimeout("QueuePool limit of size 5 overflow 10 reached"), Failure.BUSY),
        (TimeoutError(), Failure.BUSY),
        (_wrapped(sqlite3.OperationalError("unable to open database file")), Failure.DOWN),
        (_wrapped(sqlite3.OperationalError("disk I/O error")), Failure.DOWN),
        (_wrapped(sqlite3.OperationalError("attempt to write a readonly database")), Failure.DOWN),
        (_wrapped(sqlite3.OperationalError("database or disk is full")), Failure.DOWN),
        (_wrapped(ConnectionRefusedError(111, "Connect call failed")), Failure.DOWN),
        (IntegrityError("INSERT", {}, Exception("UNIQUE constraint failed")), Failure.OTHER),
        (ValueError("a bug of ours"), Failure.OTHER),
    ],
)
def test_failure_of(error: BaseException, kind: Failure) -> None:
    assert failure_of(error) is kind


def test_a_cause_is_read_through_the_chain() -> None:
    try:
        try:
            raise sqlite3.OperationalError("database is locked")
        except sqlite3.OperationalError as inner:
            raise RuntimeError("save failed") from inner
    except RuntimeError as outer:
        assert failure_of(outer) is Failure.BUSY
