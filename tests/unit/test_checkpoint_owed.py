"""A WAL checkpoint a busy reader blocks is not given up: it stays owed and is made in the
background once the reader is gone, so erased text leaves the `-wal` file."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from storage.db import Database


def _clock() -> datetime:
    return datetime(2026, 1, 1, tzinfo=UTC)


async def test_a_checkpoint_blocked_by_a_reader_is_made_once_the_reader_is_gone(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    file = tmp_path / "sparkle.db"
    db = Database(f"sqlite+aiosqlite:///{file}", clock=_clock, busy_timeout_ms=50)
    try:
        async with db.write() as conn:
            await conn.execute(text("CREATE TABLE notes (body TEXT)"))
            await conn.execute(text("INSERT INTO notes VALUES ('erase me please')"))
        reader = sqlite3.connect(file)
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM notes").fetchone() == (1,)
        async with db.write() as conn:
            await conn.execute(text("DELETE FROM notes"))
        await db.checkpoint()
        wal = file.with_name(file.name + "-wal")
        assert db.checkpoint_owed
        assert wal.stat().st_size > 0
        assert "checkpoint postponed" in caplog.text
        assert "erase me" not in caplog.text
        reader.rollback()
        reader.close()
        for _ in range(200):  # the background retry backs off from half a second
            if not db.checkpoint_owed:
                break
            await asyncio.sleep(0.05)
        assert not db.checkpoint_owed
        assert wal.stat().st_size == 0
    finally:
        await db.dispose()


async def test_shutting_down_with_a_checkpoint_owed_leaves_no_wal(tmp_path: Path) -> None:
    file = tmp_path / "sparkle.db"
    db = Database(f"sqlite+aiosqlite:///{file}", clock=_clock, busy_timeout_ms=50)
    async with db.write() as conn:
        await conn.execute(text("CREATE TABLE notes (body TEXT)"))
        await conn.execute(text("INSERT INTO notes VALUES ('erase me please')"))
    reader = sqlite3.connect(file)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM notes").fetchone()
    async with db.write() as conn:
        await conn.execute(text("DELETE FROM notes"))
    await db.checkpoint()
    assert db.checkpoint_owed
    reader.rollback()
    reader.close()
    await db.dispose()
    assert not file.with_name(file.name + "-wal").exists()
    assert b"erase me" not in file.read_bytes()
