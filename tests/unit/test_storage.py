"""The storage layer: SQLite tuning, concurrency, encryption at rest, ownership."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from storage.crypto import WrongKeyError
from storage.repos import Repositories
from tests.clocks import Clock
from tests.pages import save_sparkle_page


async def _opened(url: str) -> Repositories:
    opened = Repositories.open(url, b"k" * 32, clock=Clock())
    await opened.migrate()
    return opened


@pytest.fixture
async def sqlite_repos(tmp_path: Path) -> AsyncIterator[Repositories]:
    """SQLite only, for what is about SQLite's file and tuning."""
    opened = await _opened(f"sqlite+aiosqlite:///{tmp_path}/sparkle.db")
    yield opened
    await opened.close()


async def test_every_sqlite_connection_is_tuned(sqlite_repos: Repositories) -> None:
    for engine in (sqlite_repos.db.writer, sqlite_repos.db.reader):
        async with engine.connect() as conn:
            assert (await conn.execute(text("PRAGMA journal_mode"))).scalar() == "wal"
            assert (await conn.execute(text("PRAGMA synchronous"))).scalar() == 2  # FULL
            assert (await conn.execute(text("PRAGMA foreign_keys"))).scalar() == 1
            assert (await conn.execute(text("PRAGMA busy_timeout"))).scalar() == 10000
            assert (await conn.execute(text("PRAGMA secure_delete"))).scalar() == 1


async def test_the_hot_path_writer_connection_is_tuned_too(sqlite_repos: Repositories) -> None:
    def pragmas(conn: Connection) -> tuple[object, ...]:
        return tuple(
            conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in (
                "journal_mode",
                "synchronous",
                "foreign_keys",
                "busy_timeout",
                "secure_delete",
            )
        )

    assert await sqlite_repos.db.run_write(pragmas) == ("wal", 2, 1, 10000, 1)


async def test_many_concurrent_writers_all_commit(repos: Repositories) -> None:
    async def one(i: int) -> int:
        header = await save_sparkle_page(
            repos.entries, i % 7, {f"q{j}": f"answer {i}-{j}" for j in range(5)}
        )
        assert header is not None
        return header.id

    ids = await asyncio.gather(*(one(i) for i in range(120)))
    assert len(set(ids)) == 120
    record = await repos.entries.get(ids[42], 42 % 7)
    assert record is not None and record.answers["q3"] == "answer 42-3"


async def test_answers_are_not_readable_in_the_database_file(
    sqlite_repos: Repositories, tmp_path: Path
) -> None:
    canary = "CANARY-7f3a-lavender-harbour"
    await save_sparkle_page(sqlite_repos.entries, 1, {"moment": canary * 3})
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("sparkle.db*"))  # noqa: ASYNC240
    assert raw, "database files exist"
    assert canary.encode() not in raw
    assert canary.encode("utf-16-le") not in raw


async def test_entries_are_scoped_to_their_author(repos: Repositories) -> None:
    header = await save_sparkle_page(repos.entries, 1, {"a": "mine"})
    assert header is not None
    assert await repos.entries.get(header.id, 2) is None
    assert (
        await save_sparkle_page(repos.entries, 2, {"a": "x"}, entry_id=header.id, advance_to=2)
        is None
    )
    assert await repos.entries.delete(header.id, 2) is False
    assert await repos.entries.set_consent(header.id, 2, True) is False
    record = await repos.entries.get(header.id, 1)
    assert record is not None and record.answers == {"a": "mine"} and not record.consent_summary


async def test_next_page_never_moves_back(repos: Repositories) -> None:
    header = await save_sparkle_page(repos.entries, 1, {"a": "1"}, advance_to=2)
    assert header is not None
    again = await save_sparkle_page(repos.entries, 1, {"a": "2"}, entry_id=header.id)
    assert again is not None and again.next_page == 2


async def test_a_wrong_key_is_detected_at_start(database_url: str, repos: Repositories) -> None:
    other = Repositories.open(database_url, os.urandom(32), clock=Clock())
    with pytest.raises(WrongKeyError):
        await other.migrate()
    await other.close()


async def test_deleting_an_entry_removes_its_answers(repos: Repositories) -> None:
    header = await save_sparkle_page(repos.entries, 1, {"a": "1", "b": "2"})
    assert header is not None and await repos.entries.delete(header.id, 1)
    async with repos.db.read() as session:
        left = (await session.execute(text("SELECT count(*) FROM answers"))).scalar()
    assert left == 0


async def test_closing_lets_a_write_in_flight_finish(sqlite_repos: Repositories) -> None:
    """A shutdown (SIGTERM) that closes storage mid-write still commits that page."""
    started = asyncio.Event()

    def slow_insert(conn: Connection) -> None:
        conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('slow', x'01')")
        started_loop.call_soon_threadsafe(started.set)
        import time

        time.sleep(0.3)

    started_loop = asyncio.get_running_loop()
    write = asyncio.create_task(sqlite_repos.db.run_write(slow_insert))
    await started.wait()
    await sqlite_repos.db.dispose()
    await write
    reopened = await _opened(sqlite_repos.db.url)
    async with reopened.db.read() as session:
        value = (await session.execute(text("SELECT value FROM meta WHERE key = 'slow'"))).scalar()
    await reopened.close()
    assert value == b"\x01"
