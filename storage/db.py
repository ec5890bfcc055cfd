"""Engines, connections and sessions, tuned per backend.

SQLite allows one writer at a time. Rather than let many pooled connections queue on the file
lock (and time out with "database is locked"), every write goes through one connection behind
an asyncio lock and starts with ``BEGIN IMMEDIATE``; reads use their own small pool, which WAL
lets run beside the writer. PostgreSQL needs none of this and shares one pool.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

Clock = Callable[[], datetime]

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=10000",
)


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def _sqlite_file(url: str) -> Path | None:
    path = url.split(":///", 1)[1].split("?", 1)[0] if ":///" in url else ""
    return Path(path) if path and path != ":memory:" else None


def _tune_sqlite(engine: AsyncEngine, begin: str) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control from the driver so that BEGIN is ours to choose.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)


class Database:
    """Owns the engines; hands out a write transaction or a read session."""

    def __init__(self, url: str, *, clock: Clock) -> None:
        self.url = url
        self.clock = clock
        self.sqlite = is_sqlite(url)
        self._write_lock: asyncio.Lock | None = None
        if self.sqlite:
            file = _sqlite_file(url)
            if file is not None:
                file.parent.mkdir(parents=True, exist_ok=True)
            self.writer = create_async_engine(url, pool_size=1, max_overflow=0, pool_timeout=120)
            self.reader = create_async_engine(url, pool_size=4, max_overflow=4)
            _tune_sqlite(self.writer, "BEGIN IMMEDIATE")
            _tune_sqlite(self.reader, "BEGIN")
            self._write_lock = asyncio.Lock()
        else:
            self.writer = self.reader = create_async_engine(
                url, pool_size=10, max_overflow=20, pool_pre_ping=True
            )
        self.sessions = async_sessionmaker(self.reader, expire_on_commit=False)

    @asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncConnection]:
        """One transaction that commits on success and rolls back on error."""
        if self._write_lock is None:
            async with self.writer.begin() as conn:
                yield conn
            return
        async with self._write_lock, self.writer.begin() as conn:
            yield conn

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        async with self.sessions() as session:
            yield session

    async def dispose(self) -> None:
        await self.writer.dispose()
        if self.reader is not self.writer:
            await self.reader.dispose()
