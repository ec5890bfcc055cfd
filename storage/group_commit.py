"""Group commit for SQLite's writer thread: writes queued behind a commit share the next one.

With ``synchronous=FULL`` every COMMIT waits for the disk (an fsync of the WAL, milliseconds),
and SQLite writes one transaction at a time, so under a crowd the fsyncs, not the SQL, set the
pace. Writes that arrive while one is committing wait in a queue; the next turn of the writer
thread runs all of them in one transaction, each inside a SAVEPOINT of its own, and commits
once. Each write is still all-or-nothing: one that fails is rolled back to its savepoint and
only its caller sees the error; the others commit. A failed BEGIN or COMMIT fails every write
of the group, and no caller hears of success before the COMMIT that holds its write returned,
so durability is exactly that of one transaction per write.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, Engine

T = TypeVar("T")
# Bounds how long one transaction holds SQLite's write lock (other processes wait on it).
MAX_GROUP = 64


@dataclass(eq=False)
class QueuedWrite(Generic[T]):
    work: Callable[[Connection], T]
    done: bool = False
    result: Any = None
    error: BaseException | None = None

    def outcome(self) -> T:
        if self.error is not None:
            raise self.error
        return self.result


class GroupCommit:
    """Queues writes; `run` (on the single writer thread) commits every queued write at once."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._queue: list[QueuedWrite[Any]] = []

    def add(self, work: Callable[[Connection], T]) -> QueuedWrite[T]:
        write = QueuedWrite(work)
        with self._lock:
            self._queue.append(write)
        return write

    def run(self, write: QueuedWrite[T]) -> T:
        """`write`'s outcome; commits it along with every write queued with it, unless an
        earlier turn of the writer thread already did."""
        while not write.done:
            with self._lock:
                group, self._queue = self._queue[:MAX_GROUP], self._queue[MAX_GROUP:]
            self._commit(group)
        return write.outcome()

    def _commit(self, group: list[QueuedWrite[Any]]) -> None:
        try:
            with self._engine.begin() as conn:
                if len(group) == 1:
                    group[0].result = group[0].work(conn)
                else:
                    for write in group:
                        _in_savepoint(conn, write)
        except BaseException as error:
            for write in group:
                if write.error is None:
                    write.result, write.error = None, error
            if not isinstance(error, Exception):
                raise
        finally:
            for write in group:
                write.done = True


def _in_savepoint(conn: Connection, write: QueuedWrite[Any]) -> None:
    savepoint = conn.begin_nested()
    try:
        write.result = write.work(conn)
    except Exception as error:
        savepoint.rollback()
        write.error = error
    else:
        savepoint.commit()
