"""Group commit on SQLite: writes queued behind a commit share the next one, each on its own."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, create_engine, event, text

from storage.db import SQLITE_PRAGMAS
from storage.group_commit import GroupCommit
from storage.repos import Repositories

T0 = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_engine(f"sqlite:///{tmp_path}/group.db")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        for pragma in SQLITE_PRAGMAS:
            dbapi_connection.execute(pragma)

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER UNIQUE)")
    yield engine
    engine.dispose()


def _commits(engine: Engine) -> list[int]:
    seen: list[int] = []
    event.listen(engine, "commit", lambda _conn: seen.append(1))
    return seen


def _rows(engine: Engine) -> list[int]:
    with engine.connect() as conn:
        return [x for (x,) in conn.exec_driver_sql("SELECT x FROM t ORDER BY x")]


def _insert(x: int) -> Any:
    def work(conn: Connection) -> int:
        conn.execute(text("INSERT INTO t (x) VALUES (:x)"), {"x": x})
        return x * 10

    return work


def test_writes_queued_together_share_one_commit(engine: Engine) -> None:
    group = GroupCommit(engine)
    commits = _commits(engine)
    queued = [group.add(_insert(x)) for x in (1, 2, 3)]
    assert group.run(queued[0]) == 10
    assert len(commits) == 1  # the first turn committed all three
    assert [group.run(q) for q in queued[1:]] == [20, 30]
    assert len(commits) == 1
    assert _rows(engine) == [1, 2, 3]


def test_a_failing_write_is_undone_alone_and_only_its_caller_hears(engine: Engine) -> None:
    group = GroupCommit(engine)

    def half_then_fail(conn: Connection) -> None:
        conn.execute(text("INSERT INTO t (x) VALUES (99)"))
        conn.execute(text("INSERT INTO t (x) VALUES (1)"))  # already there: IntegrityError

    queued = [group.add(w) for w in (_insert(1), half_then_fail, _insert(2))]
    assert group.run(queued[0]) == 10
    with pytest.raises(Exception, match="UNIQUE"):
        group.run(queued[1])
    assert group.run(queued[2]) == 20
    assert _rows(engine) == [1, 2]  # nothing of the failed write, not even its first row


def test_a_failed_commit_fails_every_write_of_the_group(engine: Engine) -> None:
    group = GroupCommit(engine)

    def refuse(_conn: Any) -> None:
        raise OSError("disk I/O error")

    event.listen(engine, "commit", refuse)
    queued = [group.add(_insert(x)) for x in (1, 2)]
    for write in queued:
        with pytest.raises(OSError, match="disk"):
            group.run(write)
    event.remove(engine, "commit", refuse)
    assert _rows(engine) == []  # nobody was told "saved", and nothing was


def test_a_group_is_bounded(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("storage.group_commit.MAX_GROUP", 2)
    group = GroupCommit(engine)
    commits = _commits(engine)
    queued = [group.add(_insert(x)) for x in range(5)]
    assert group.run(queued[4]) == 40  # three turns: [0, 1], [2, 3], [4]
    assert len(commits) == 3
    assert _rows(engine) == [0, 1, 2, 3, 4]


@pytest.fixture
async def sqlite_repos(tmp_path: Path) -> AsyncIterator[Repositories]:
    opened = Repositories.open(
        f"sqlite+aiosqlite:///{tmp_path}/sparkle.db", b"k" * 32, clock=lambda: T0
    )
    await opened.migrate()
    yield opened
    await opened.close()


async def test_concurrent_hot_path_writes_commit_in_groups(sqlite_repos: Repositories) -> None:
    """Many members saving at once: every page is stored, in fewer commits than pages."""
    db = sqlite_repos.db
    commits: list[int] = []
    for engine in db.engines():
        event.listen(engine, "commit", lambda _conn: commits.append(1))
    release = threading.Event()
    loop = asyncio.get_running_loop()
    holding = asyncio.Event()

    def hold(_conn: Connection) -> None:
        loop.call_soon_threadsafe(holding.set)
        release.wait(5)

    first = asyncio.ensure_future(db.run_write(hold))
    await holding.wait()
    pages = [
        asyncio.ensure_future(
            sqlite_repos.entries.save_page(
                entry_id=None,
                author_id=i,
                kind="sparkle",
                guild_id=None,
                answers={"moment": f"text {i}"},
                advance_to=1,
            )
        )
        for i in range(20)
    ]
    await asyncio.sleep(0.05)  # every save is queued behind the held write
    release.set()
    await first
    saved = await asyncio.gather(*pages)
    assert len(commits) == 2  # the held write, then the twenty pages together
    for i, header in enumerate(saved):
        assert header is not None and header.author_id == i
        record = await sqlite_repos.entries.get(header.id, i)
        assert record is not None and record.answers == {"moment": f"text {i}"}
