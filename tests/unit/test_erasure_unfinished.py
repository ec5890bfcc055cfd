"""cogs.mydata.unfinished: an erasure the database cut short names its cause as a page save
does (busy, unreachable, or a fault of ours), and always says nothing was erased."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from cogs.mydata import unfinished


def _wrapped(error: BaseException) -> OperationalError:
    return OperationalError("DELETE FROM entries", {}, error)


@pytest.mark.parametrize(
    ("error", "cause"),
    [
        (
            _wrapped(sqlite3.OperationalError("unable to open database file")),
            "could not be reached",
        ),
        (_wrapped(ConnectionRefusedError(111, "Connect call failed")), "could not be reached"),
        (_wrapped(sqlite3.OperationalError("database is locked")), "was busy with other work"),
        (ValueError("a bug of ours"), "something went wrong on our side"),
    ],
)
def test_an_unfinished_erasure_names_its_cause(error: BaseException, cause: str) -> None:
    said = unfinished(error).format(ref="ABC123")
    assert said.startswith("Your erasure did not happen: ")
    assert cause in said and "(reference `ABC123`)" in said
    assert "Nothing was erased" in said and "Run `/forget` again" in said
    assert ("something went wrong" in said) is (cause == "something went wrong on our side")
