"""A backup made before a member's /forget does not bring her data back when restored.

DESIGN: erasing a user destroys their key, "so nothing erased is readable afterwards, in backups
or database logs either". A backup taken before the erasure holds her wrapped key; restoring it
(or copying it over the database and starting the bot) erases her again from the record of
erased keys kept beside the database (`storage.erasures`).
"""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table, insert, select

from bot.cli import main
from storage.erasures import ledger_of
from storage.repos import Repositories
from storage.tables import Base, Entry
from tests.clocks import Clock
from tests.unit.test_backup import _repos, _save, live

__all__ = ["live"]  # the fixture, imported for these tests


async def test_restoring_a_backup_made_before_her_erasure_does_not_bring_her_entries_back(
    live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repos = _repos(live)
    try:
        hers = await _save(repos, 0)  # author 1000
        other = await _save(repos, 1)  # author 1001
        copy = tmp_path / "nightly.db"
        assert await asyncio.to_thread(main, ["backup", str(copy)]) == 0
        await repos.userdata.forget(1000)
        assert await repos.entries.get(hers, 1000) is None
    finally:
        await repos.close()
    ledger = ledger_of(f"sqlite+aiosqlite:///{live}")
    assert ledger is not None and ledger.stat().st_mode & 0o777 == 0o600
    assert "1000" not in ledger.read_text()  # the record names a key, never a member
    capsys.readouterr()

    assert await asyncio.to_thread(main, ["restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "Erased again the data of 1 member(s) who erased it after this backup" in out
    restored = _repos(live)
    try:
        assert await restored.entries.get(hers, 1000) is None
        kept = await restored.entries.get(other, 1001)
        assert kept is not None and kept.answers["moment"] == "page 1"
    finally:
        await restored.close()
    with sqlite3.connect(live) as conn:  # her rows and wrapped key are gone from the file
        keys = conn.execute("SELECT count(*) FROM user_keys WHERE user_id = 1000").fetchone()
        entries = conn.execute("SELECT count(*) FROM entries WHERE author_id = 1000").fetchone()
        assert (keys, entries) == ((0,), (0,))


async def test_a_member_who_came_back_after_her_erasure_keeps_what_she_wrote_since(
    live: Path,
) -> None:
    repos = _repos(live)
    try:
        await _save(repos, 0)
        await repos.userdata.forget(1000)
        again = await _save(repos, 7)  # author 1000 again, under a new key
        assert await repos.userdata.erase_restored() == 0
        kept = await repos.entries.get(again, 1000)
        assert kept is not None and kept.answers["moment"] == "page 7"
    finally:
        await repos.close()


async def test_a_backup_copied_over_the_database_is_erased_again_when_the_bot_starts(
    live: Path, tmp_path: Path
) -> None:
    """Copied by hand rather than with `restore`: the start-up check (`setup_hook` calls
    `erase_restored` after migrating) catches it."""
    repos = _repos(live)
    try:
        hers = await _save(repos, 0)
        copy = tmp_path / "copy.db"
        assert await asyncio.to_thread(main, ["backup", str(copy)]) == 0
        await repos.userdata.forget(1000)
    finally:
        await repos.close()
    for suffix in ("-wal", "-shm"):
        live.with_name(live.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(copy, live)

    started = _repos(live)
    try:
        assert await started.entries.get(hers, 1000) is not None  # readable until checked
        assert await started.userdata.erase_restored() == 1
        assert await started.entries.get(hers, 1000) is None
        assert await started.userdata.erase_restored() == 0  # once is enough
    finally:
        await started.close()


async def test_an_unwritable_erasure_record_does_not_stop_the_erasure(
    live: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ledger = ledger_of(f"sqlite+aiosqlite:///{live}")
    assert ledger is not None
    ledger.mkdir()  # a folder where the file should be: it cannot be appended to
    repos = _repos(live)
    try:
        hers = await _save(repos, 0)
        await repos.userdata.forget(1000)
        assert await repos.entries.get(hers, 1000) is None
    finally:
        await repos.close()
    assert "could not record an erasure" in caplog.text
    assert "1000" not in caplog.text


async def test_a_restored_dump_is_erased_again_on_every_backend(
    database_url: str, tmp_path: Path
) -> None:
    """PostgreSQL has no file beside it: SPARKLE_ERASURE_RECORD names where erasures are
    recorded. Her rows as a dump made before her /forget holds them are put back (as
    `pg_restore` would), and the next start erases her again; a member never erased stays."""
    record = tmp_path / "state" / "sparkle.erased"
    record.parent.mkdir()
    repos = Repositories.open(database_url, b"k" * 32, clock=Clock(), erasure_record=record)
    try:
        await repos.migrate()
        hers = await _save(repos, 0)  # author 1000
        other = await _save(repos, 1)  # author 1001
        dump = await _rows_of(repos, 1000)
        await repos.userdata.forget(1000)
        assert record.read_text().strip()  # one key id
        async with repos.db.write() as conn:  # the old dump restored
            for table, rows in dump:
                await conn.execute(insert(table), rows)
        assert (await repos.entries.get(hers, 1000)) is not None  # readable again, until checked
        assert await repos.userdata.erase_restored() == 1
        assert await repos.entries.get(hers, 1000) is None
        assert await _rows_of(repos, 1000) == []
        kept = await repos.entries.get(other, 1001)
        assert kept is not None and kept.answers["moment"] == "page 1"
    finally:
        await repos.close()


async def _rows_of(
    repos: Repositories, user_id: int
) -> list[tuple[Table, list[dict[str, object]]]]:
    """Every row of the member's, table by table in the order they can be inserted again."""
    found: list[tuple[Table, list[dict[str, object]]]] = []
    async with repos.db.read() as session:
        entries = (await session.scalars(select(Entry.id).where(Entry.author_id == user_id))).all()
        for table in Base.metadata.sorted_tables:
            if "author_id" in table.c:
                where = table.c.author_id == user_id
            elif "user_id" in table.c:
                where = table.c.user_id == user_id
            elif "entry_id" in table.c:
                where = table.c.entry_id.in_(entries)
            else:
                continue
            rows = [dict(r._mapping) for r in await session.execute(select(table).where(where))]
            if rows:
                found.append((table, rows))
    return found


async def test_restore_opens_the_restored_database_once(
    live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`restore` brings the restored copy to head and erases again whoever erased since the
    backup through one opening of the database (as the bot's start does), not one for each."""
    repos = _repos(live)
    try:
        hers = await _save(repos, 0)
        copy = tmp_path / "nightly.db"
        assert await asyncio.to_thread(main, ["backup", str(copy)]) == 0
        await repos.userdata.forget(1000)
    finally:
        await repos.close()
    opened: list[str] = []
    real_open = Repositories.open

    def counted(url: str, *args: Any, **kwargs: Any) -> Repositories:
        opened.append(url)
        return real_open(url, *args, **kwargs)

    monkeypatch.setattr(Repositories, "open", counted)
    capsys.readouterr()
    assert await asyncio.to_thread(main, ["restore", str(copy)]) == 0
    assert "Erased again the data of 1 member(s)" in capsys.readouterr().out
    assert opened == [f"sqlite+aiosqlite:///{live}"]
    monkeypatch.undo()
    restored = _repos(live)
    try:
        assert await restored.entries.get(hers, 1000) is None
    finally:
        await restored.close()
