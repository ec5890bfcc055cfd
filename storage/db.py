"""Engines, connections and sessions, tuned per backend.

SQLite allows one writer at a time. Rather than let many pooled connections queue on the file
lock (and time out with "database is locked"), every write takes one asyncio lock and starts
with ``BEGIN IMMEDIATE``, so writes run one after another; reads use their own small pool,
which WAL lets run beside the writer. PostgreSQL needs none of this and shares one pool.

`write()` hands out the writer connection (aiosqlite). `run_write()`, for the hot path, runs a
whole transaction as one call on a thread of its own with a stdlib-driver connection to the
same file: aiosqlite goes to its thread and back three or four times per statement, which costs
more than the SQLite work itself. Writes that queue up behind a commit share the next one
(`GroupCommit`): one fsync for the lot, each still all-or-nothing on its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.sql.dml import UpdateBase

from storage.group_commit import GroupCommit
from storage.keys import held, hold_user, hold_users_in

Clock = Callable[[], datetime]
T = TypeVar("T")
READ_THREADS = 4
# A checkpoint a busy reader blocked is owed: tried again in the background, this often at most.
CHECKPOINT_RETRY_MAX_SECONDS = 30.0
log = logging.getLogger(__name__)
# How long an SQLite connection waits for another process's lock before giving up (the
# `SQLITE_BUSY_TIMEOUT_MS` setting; tests of a locked database set it shorter).
DEFAULT_BUSY_TIMEOUT_MS = 10_000

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={DEFAULT_BUSY_TIMEOUT_MS}",
    # Deleted content is overwritten with zeros, whatever the platform's build default.
    "PRAGMA secure_delete=ON",
)


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def sqlite_file(url: str) -> Path | None:
    path = url.split(":///", 1)[1].split("?", 1)[0] if ":///" in url else ""
    return Path(path) if path and path != ":memory:" else None


def _create_private(file: Path) -> None:
    """Answers are sensitive: a new database is readable by its owner only (folder 0700)."""
    file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _tune_sqlite(engine: Engine, begin: str, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control from the driver so that BEGIN is ours to choose.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
        if busy_timeout_ms != DEFAULT_BUSY_TIMEOUT_MS:
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)


class Database:
    """Owns the engines; hands out a write transaction or a read session."""

    def __init__(
        self, url: str, *, clock: Clock, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
    ) -> None:
        self.url = url
        self.clock = clock
        # Names this process's notifications (`listen`), so that it does not hear its own.
        self.token = secrets.token_hex(8)
        self._listeners: set[Callable[[], Awaitable[None]]] = set()
        self.sqlite = is_sqlite(url)
        self._write_lock: asyncio.Lock | None = None
        self._inflight = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self._sync_writer: Engine | None = None
        self._group: GroupCommit | None = None
        self._sync_reader: Engine | None = None
        self._read_threads: ThreadPoolExecutor | None = None
        self._write_thread: ThreadPoolExecutor | None = None
        self._owed_checkpoint: asyncio.Task[None] | None = None
        if self.sqlite:
            # Every engine here and below is made with hide_parameters: a failed statement's
            # error would otherwise carry its parameters (ciphertexts, wrapped keys, text an
            # admin typed) into the log, where no erasure reaches them
            # (tests/e2e/test_logs_keep_nothing_typed.py).
            file = sqlite_file(url)
            if file is not None:
                _create_private(file)
            self.writer = create_async_engine(
                url, pool_size=1, max_overflow=0, pool_timeout=120, hide_parameters=True
            )
            self.reader = create_async_engine(
                url, pool_size=4, max_overflow=4, hide_parameters=True
            )
            _tune_sqlite(self.writer.sync_engine, "BEGIN IMMEDIATE", busy_timeout_ms)
            _tune_sqlite(self.reader.sync_engine, "BEGIN", busy_timeout_ms)
            self._write_lock = asyncio.Lock()
            self._sync_writer = create_engine(
                make_url(url).set(drivername="sqlite+pysqlite"),
                pool_size=1,
                max_overflow=0,
                hide_parameters=True,
            )
            _tune_sqlite(self._sync_writer, "BEGIN IMMEDIATE", busy_timeout_ms)
            self._group = GroupCommit(self._sync_writer)
            self._sync_reader = create_engine(
                make_url(url).set(drivername="sqlite+pysqlite"),
                pool_size=READ_THREADS,
                max_overflow=0,
                hide_parameters=True,
            )
            _tune_sqlite(self._sync_reader, "BEGIN", busy_timeout_ms)
        else:
            self.writer = self.reader = create_async_engine(
                url, pool_size=10, max_overflow=20, pool_pre_ping=True, hide_parameters=True
            )
        self.sessions = async_sessionmaker(self.reader, expire_on_commit=False)

    @asynccontextmanager
    async def write(self, *, holding: Iterable[int | None] = ()) -> AsyncIterator[AsyncConnection]:
        """One transaction that commits on success and rolls back on error.

        `holding`: the users whose data (or id) it stores. It takes their per-user locks
        first (`storage.keys.hold_user`), so that an erasure of any of them comes wholly
        before it or wholly after it, never in the middle (PostgreSQL; SQLite's writes run
        one at a time)."""
        with self._tracked():
            if self._write_lock is None:
                async with self.writer.begin() as conn:
                    for user in held(holding):
                        await hold_user(conn, user)
                    yield conn
                return
            async with self._write_lock, self.writer.begin() as conn:
                yield conn

    async def apply(self, statement: UpdateBase, *, holding: Iterable[int | None] = ()) -> int:
        """Run one INSERT, UPDATE or DELETE in a transaction of its own (as `write()` gives,
        `holding` as there): the number of rows it matched, which tells a caller whether a
        conditional change won."""
        async with self.write(holding=holding) as conn:
            return (await conn.execute(statement)).rowcount

    @contextmanager
    def _tracked(self) -> Iterator[None]:
        """Count writes in flight, so that shutting down can wait for them to end."""
        self._inflight += 1
        self._idle.clear()
        try:
            yield
        finally:
            self._inflight -= 1
            if not self._inflight:
                self._idle.set()

    async def run_write(
        self, work: Callable[[Connection], T], *, holding: Iterable[int | None] = ()
    ) -> T:
        """Run `work` in one transaction that commits on success and rolls back on error.

        The same transaction as `write()` gives (`holding` as there), for a synchronous
        function of a Core connection. On SQLite it runs whole on a writer thread, under the
        same lock as `write()`, so writes still happen one at a time.
        """
        with self._tracked():
            return await self._run_write(work, held(holding))

    async def _run_write(self, work: Callable[[Connection], T], users: list[int]) -> T:
        if self._group is None:

            def holding_first(conn: Connection) -> T:
                hold_users_in(conn, users)
                return work(conn)

            async with self.writer.begin() as conn:
                return await conn.run_sync(holding_first)
        # The writer thread runs one transaction at a time, so hot-path writes need no
        # asyncio lock: they queue in the thread, not on the event loop. Writes through
        # `write()` use another connection; SQLite's lock and busy timeout order the two.
        if self._write_thread is None:
            self._write_thread = ThreadPoolExecutor(1, thread_name_prefix="sqlite-writer")
        done = asyncio.get_running_loop().run_in_executor(
            self._write_thread, self._group.run, self._group.add(work)
        )
        try:
            return await asyncio.shield(done)
        except asyncio.CancelledError:
            # The transaction ends on its own, whichever way; shutdown waits for it.
            await asyncio.wait([done])
            raise

    async def run_read(self, work: Callable[[Connection], T]) -> T:
        """Run a synchronous read in one call: on SQLite in a reader thread, in one hop.

        The hot reads use this rather than `read()`: a pooled aiosqlite session goes to its
        thread and back several times per statement, which under load costs more than the
        query itself.
        """
        if self._sync_reader is None:
            async with self.reader.connect() as conn:
                return await conn.run_sync(work)
        engine = self._sync_reader

        def transaction() -> T:
            with engine.connect() as conn:
                return work(conn)

        if self._read_threads is None:
            self._read_threads = ThreadPoolExecutor(READ_THREADS, thread_name_prefix="sqlite-read")
        return await asyncio.get_running_loop().run_in_executor(self._read_threads, transaction)

    async def checkpoint(self) -> None:
        """After an erasure or deletion on SQLite: copy the WAL into the file and empty it.

        With `secure_delete` the file's freed pages are zeroed, but the WAL still holds the
        pages as they were before the delete until a checkpoint; TRUNCATE resets it to 0 bytes.
        A reader busy at that moment can leave the WAL in place, so this tries a few times, and
        then leaves the checkpoint owed: tried again in the background until it succeeds.
        """
        if self._sync_writer is None or self._write_lock is None:
            return
        with self._tracked():
            for attempt in range(5):
                if await self._truncate_wal():
                    return
                await asyncio.sleep(0.05 * (attempt + 1))
        if self._owed_checkpoint is None or self._owed_checkpoint.done():
            log.warning("WAL checkpoint postponed: a reader kept the database busy; retrying")
            self._owed_checkpoint = asyncio.create_task(self._pay_checkpoint())

    @property
    def checkpoint_owed(self) -> bool:
        """Whether a checkpoint a busy reader blocked is still to be made."""
        return self._owed_checkpoint is not None and not self._owed_checkpoint.done()

    async def _pay_checkpoint(self) -> None:
        delay = 0.5
        while True:
            await asyncio.sleep(delay)
            if await self._truncate_wal():
                log.info("WAL checkpoint made after a delay")
                return
            delay = min(delay * 2, CHECKPOINT_RETRY_MAX_SECONDS)

    async def _truncate_wal(self) -> bool:
        """Copy the WAL into the file and reset it to 0 bytes; False when a reader blocked it."""
        assert self._sync_writer is not None and self._write_lock is not None
        engine = self._sync_writer

        def truncate() -> bool:
            raw = engine.raw_connection()
            try:
                busy = raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                return busy is not None and busy[0] == 0
            finally:
                raw.close()

        if self._write_thread is None:
            self._write_thread = ThreadPoolExecutor(1, thread_name_prefix="sqlite-writer")
        async with self._write_lock:
            return await asyncio.get_running_loop().run_in_executor(self._write_thread, truncate)

    def engines(self) -> list[Engine]:
        """Every synchronous engine under this database (for tests that inspect connections)."""
        found = [self.writer.sync_engine]
        if self.reader is not self.writer:
            found.append(self.reader.sync_engine)
        found += [e for e in (self._sync_writer, self._sync_reader) if e is not None]
        return found

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        async with self.sessions() as session:
            yield session

    async def listen(
        self, channel: str, heard: Callable[[], None], lost: Callable[[], None]
    ) -> Callable[[], Awaitable[None]] | None:
        """On PostgreSQL, call `heard` whenever another process sharing the database notifies
        `channel` (with a payload other than this one's `token`), and `lost` once if this
        listening connection is lost; the closer is returned. None on SQLite: one process,
        which knows its own changes."""
        if self.sqlite:
            return None
        conn = await self.writer.connect()
        try:
            driver: Any = (await conn.get_raw_connection()).driver_connection

            def on_notice(_conn: object, _pid: object, _channel: object, payload: object) -> None:
                if payload != self.token:  # another process's (its own are known to it)
                    heard()

            def on_lost(*_: object) -> None:
                lost()

            await driver.add_listener(channel, on_notice)
            driver.add_termination_listener(on_lost)
        except BaseException:
            await conn.close()
            raise

        async def close() -> None:
            self._listeners.discard(close)
            with contextlib.suppress(Exception):
                driver.remove_termination_listener(on_lost)
                await driver.remove_listener(channel, on_notice)
            with contextlib.suppress(Exception):
                await conn.close()

        self._listeners.add(close)
        return close

    async def dispose(self, *, grace: float = 30.0) -> None:
        """Close every connection, after letting writes already under way finish."""
        for close in list(self._listeners):  # a listener not closed by its owner hears no more
            await close()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._idle.wait(), timeout=grace)
        if self._owed_checkpoint is not None:
            # closing the last connection checkpoints the WAL into the file and removes it
            self._owed_checkpoint.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._owed_checkpoint
        if self._sync_writer is not None and self._write_thread is not None:
            thread, self._write_thread = self._write_thread, None
            await asyncio.get_running_loop().run_in_executor(thread, self._sync_writer.dispose)
            thread.shutdown()
        if self._sync_reader is not None and self._read_threads is not None:
            threads, self._read_threads = self._read_threads, None
            threads.shutdown(wait=True)
            self._sync_reader.dispose()
        await self.writer.dispose()
        if self.reader is not self.writer:
            await self.reader.dispose()
