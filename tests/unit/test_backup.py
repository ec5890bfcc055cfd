"""`sparkle-bot backup` and `restore`: a consistent copy while writes go on; checked restores."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main, new_key
from bot.settings import decode_data_key
from storage.repos import Repositories
from tests.conftest import FAKE_TOKEN, TEST_KEY


@pytest.fixture
def live(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A migrated database named by the environment, as the running bot would have it."""
    database = tmp_path / "live" / "sparkle.db"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("SPARKLE_ENV_FILE", raising=False)
    monkeypatch.delenv("SPARKLE_OLD_DATA_KEYS", raising=False)
    monkeypatch.setenv("DISCORD_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("SPARKLE_DATA_KEY", TEST_KEY)
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{database}")
    assert main(["migrate"]) == 0
    return database


def _repos(database: Path) -> Repositories:
    url = f"sqlite+aiosqlite:///{database}"
    return Repositories.open(url, decode_data_key(TEST_KEY), clock=lambda: datetime.now(UTC))


async def _save(repos: Repositories, i: int) -> int:
    header = await repos.entries.save_page(
        entry_id=None,
        author_id=1000 + i % 7,
        kind="sparkle",
        guild_id=None,
        answers={"moment": f"page {i}"},
        advance_to=1,
    )
    assert header is not None
    return header.id


async def test_backup_while_writing_restores_every_acknowledged_page(
    live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repos = _repos(live)
    acknowledged: list[int] = [await _save(repos, i) for i in range(40)]
    stop = asyncio.Event()

    async def keep_writing() -> None:
        i = 40
        while not stop.is_set():
            acknowledged.append(await _save(repos, i))
            i += 1

    writer = asyncio.create_task(keep_writing())
    await asyncio.sleep(0.2)
    before_backup = list(acknowledged)
    copy = tmp_path / "backups" / "sparkle-copy.db"
    copy.parent.mkdir()
    status = await asyncio.to_thread(main, ["backup", str(copy)])
    after_backup = len(acknowledged)
    await asyncio.sleep(0.1)
    stop.set()
    await writer
    await repos.close()
    assert status == 0, capsys.readouterr().err
    assert after_backup > len(before_backup)  # writes went on while the copy was taken
    assert copy.stat().st_mode & 0o777 == 0o600

    # The copy is a consistent snapshot: each page in it is whole, and none acknowledged
    # before the backup started is missing.
    with sqlite3.connect(copy) as conn:
        in_copy = {row[0] for row in conn.execute("SELECT id FROM entries")}
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert set(before_backup) <= in_copy <= set(acknowledged)

    # Restore it in place of the live database (the bot stopped), then check it.
    capsys.readouterr()
    assert await asyncio.to_thread(main, ["restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "The database it replaced is kept as" in out
    kept = [p for p in live.parent.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1
    with sqlite3.connect(kept[0]) as conn:  # nothing lost: the replaced database is whole
        assert conn.execute("SELECT count(*) FROM entries").fetchone() == (len(acknowledged),)
    assert await asyncio.to_thread(main, ["check"]) == 0
    restored = _repos(live)
    try:
        for entry_id in before_backup:
            record = await restored.entries.get(entry_id, 1000 + (entry_id - 1) % 7)
            assert record is not None and record.answers["moment"].startswith("page ")
        async with restored.db.read() as session:
            from sqlalchemy import func, select

            from storage.tables import Entry

            count = (await session.execute(select(func.count()).select_from(Entry))).scalar()
        assert count == len(in_copy)
    finally:
        await restored.close()


def test_restore_refuses_a_copy_the_key_cannot_read(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.db"
    assert main(["backup", str(copy)]) == 0
    assert main(["backup", str(copy)]) == 3  # never overwrites a file
    assert "already exists" in capsys.readouterr().err
    before = live.read_bytes()
    monkeypatch.setenv("SPARKLE_DATA_KEY", new_key())
    assert main(["restore", str(copy)]) == 3
    assert "SPARKLE_DATA_KEY cannot read" in capsys.readouterr().err
    assert live.read_bytes() == before
    assert not [p for p in live.parent.iterdir() if "before-restore" in p.name]


def test_restore_refuses_a_file_that_is_not_a_sparkle_database(
    live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"definitely not sqlite" * 100)
    assert main(["restore", str(junk)]) == 3
    assert "is not a Sparkle database" in capsys.readouterr().err
    other = tmp_path / "other.db"
    sqlite3.connect(other).close()
    assert main(["restore", str(other)]) == 3
    assert "not a Sparkle database" in capsys.readouterr().err


def test_backup_of_postgres_points_to_pg_dump(
    live: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql+asyncpg://sparkle@127.0.0.1:9/sparkle")
    assert main(["backup", "x.db"]) == 2
    assert "pg_dump" in capsys.readouterr().err


def test_restore_into_a_new_installation_keeps_nothing_extra(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.db"
    assert main(["backup", str(copy)]) == 0
    fresh = tmp_path / "new-home" / "data" / "sparkle.db"
    (tmp_path / "new-home").mkdir()
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{fresh}")
    capsys.readouterr()
    assert main(["restore", str(copy)]) == 0
    assert "replaced" not in capsys.readouterr().out
    assert sorted(p.name for p in fresh.parent.iterdir()) == ["sparkle.db"]
    assert fresh.stat().st_mode & 0o777 == 0o600
    assert fresh.parent.stat().st_mode & 0o777 == 0o700
    assert main(["check"]) == 0


def test_restore_refuses_while_the_bot_runs_on_the_database(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`restore` while `run` is up would replace the file under the running bot: what members
    save next would go into the kept copy and be missing from the restored database. It says
    to stop the bot first and changes nothing; once the bot is stopped, it restores."""
    import bot.cli
    import bot.log

    copy = tmp_path / "copy.db"
    assert main(["backup", str(copy)]) == 0
    before = live.read_bytes()
    during: list[int] = []

    async def serving(_settings: object) -> None:  # the bot, up (Discord left out)
        during.append(main(["restore", str(copy)]))

    monkeypatch.setattr(bot.cli, "_serve", serving)
    monkeypatch.setattr(bot.log, "setup_logging", lambda *_, **__: None)
    capsys.readouterr()
    assert main(["run"]) == 0
    assert during == [3]
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "the bot is running" in err and "stop it first" in err, err
    assert live.read_bytes() == before
    assert not [p for p in live.parent.iterdir() if "before-restore" in p.name]
    # stopped, it restores
    assert main(["restore", str(copy)]) == 0
    assert [p for p in live.parent.iterdir() if "before-restore" in p.name]


def test_restore_refuses_a_backup_from_a_newer_version(
    live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A backup a newer Sparkle made (an admin rolling back an upgrade, say) would leave a
    database this version cannot start on: it is refused, saying what to do, and nothing
    changes."""
    copy = tmp_path / "copy.db"
    assert main(["backup", str(copy)]) == 0
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.close()
    before = live.read_bytes()
    capsys.readouterr()
    assert main(["restore", str(copy)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert "newer version of Sparkle" in err and "0999" in err, err
    assert "upgrade" in err and "nothing was changed" in err, err
    assert live.read_bytes() == before
    assert not [p for p in live.parent.iterdir() if "before-restore" in p.name]
    assert main(["check"]) == 0


def test_backup_into_a_folder_it_cannot_write_says_what_to_do(
    live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A cron line pointing at a folder the service user cannot write, or a read-only disk:
    one line naming the folder and what to do, no errno, nothing left behind."""
    import os

    if os.geteuid() == 0:  # root writes anywhere on disk: a read-only file system it cannot
        target = Path("/proc/sparkle-backup.db")
    else:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        target = locked / "sparkle-backup.db"
    capsys.readouterr()
    assert main(["backup", str(target)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "Errno" not in err, err
    assert f"cannot write to {target.parent}" in err, err
    assert "a folder the user running sparkle-bot can write to" in err, err
    assert not target.exists()


def test_backup_into_a_missing_folder_says_to_create_it(
    live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no-such-folder" / "sparkle-backup.db"
    capsys.readouterr()
    assert main(["backup", str(target)]) == 3
    err = capsys.readouterr().err
    assert f"folder {target.parent} does not exist: create it first" in err, err
    assert not target.parent.exists()


def test_restore_of_a_backup_made_before_a_key_rotation_says_how(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A backup made before the data key was rotated is refused under the new key alone, with
    what to do; done as it says (the old key in SPARKLE_OLD_DATA_KEYS, then `rotate-key`),
    the restored database runs under the new key alone."""
    asyncio.run(_save_one(live))
    copy = tmp_path / "copy.db"
    assert main(["backup", str(copy)]) == 0
    monkeypatch.setenv("SPARKLE_DATA_KEY", new_key())
    capsys.readouterr()
    assert main(["restore", str(copy)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "SPARKLE_OLD_DATA_KEYS" in err, err
    assert TEST_KEY not in err
    monkeypatch.setenv("SPARKLE_OLD_DATA_KEYS", TEST_KEY)
    assert main(["restore", str(copy)]) == 0
    assert main(["rotate-key"]) == 0
    monkeypatch.delenv("SPARKLE_OLD_DATA_KEYS")
    assert main(["check"]) == 0


def test_rotate_key_opens_the_database_once(
    live: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`rotate-key` brings the database to head, verifies the keys and rewraps through one
    opening of it (as `restore` does), not one to migrate and another to rotate."""
    asyncio.run(_save_one(live))
    monkeypatch.setenv("SPARKLE_DATA_KEY", new_key())
    monkeypatch.setenv("SPARKLE_OLD_DATA_KEYS", TEST_KEY)
    opened: list[str] = []
    real_open = Repositories.open

    def counted(url: str, *args: Any, **kwargs: Any) -> Repositories:
        opened.append(url)
        return real_open(url, *args, **kwargs)

    monkeypatch.setattr(Repositories, "open", counted)
    capsys.readouterr()
    assert main(["rotate-key"]) == 0
    assert "Rewrapped 1 user keys under the new key; 0 remain" in capsys.readouterr().out
    assert opened == [f"sqlite+aiosqlite:///{live}"]


async def _save_one(database: Path) -> None:
    repos = _repos(database)
    try:
        await _save(repos, 1)
    finally:
        await repos.close()


def test_backup_and_restore_of_what_is_not_there_say_what_to_do(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A restore named a folder (the backups' one, say) is told to name a file in it; a backup
    before the database exists is told how it comes to exist."""
    capsys.readouterr()
    assert main(["restore", str(tmp_path)]) == 3
    err = capsys.readouterr().err
    assert f"{tmp_path} is a folder: name a backup file in it" in err, err
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'none' / 'sparkle.db'}")
    assert main(["backup", str(tmp_path / "copy.db")]) == 3
    err = capsys.readouterr().err
    assert "start the bot or run `sparkle-bot migrate`" in err, err
    assert not (tmp_path / "copy.db").exists()
