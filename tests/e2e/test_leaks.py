"""Canary checks: answers typed through the bot never reach the disk or the logs in the clear.

A random canary is typed as answers through the real bot. It must then be readable through the
bot, yet absent from the SQLite file (and its -wal and -shm) or from a pg_dump of the PostgreSQL
database, and from every log record captured at DEBUG. The bot token must be in no log record,
and a failure must reach the user as a reference id with no exception text.
"""

from __future__ import annotations

import asyncio
import base64
import glob
import logging
import re
import secrets
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import discord
import pytest
from simcord import MemberActor, assert_error

from storage.crypto import _HEADER, Cipher
from storage.repos import Repositories
from tests.conftest import FAKE_TOKEN, TEST_KEY
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, buttons, open_first_page, said

REFERENCE = re.compile(r"reference `(?P<ref>[0-9A-F]{6})`")
INJECTED = "Upstream exploded: KeyError('secret detail 7f3a')"


def canary_in_database(path: Path, canary: str) -> bool:
    """Whether `canary` is in the SQLite file at `path`, or its -wal or -shm, as UTF-8 bytes."""
    needle = canary.encode()
    files = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    return any(needle in file.read_bytes() for file in files if file.exists())


def pg_dump(database_url: str) -> str:
    """The whole database as pg_dump prints it (bytea in hex)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump")) or [shutil.which("pg_dump")]
    binary = found[-1]
    if binary is None:
        pytest.fail("pg_dump not found: the PostgreSQL canary check cannot run")
    dsn = database_url.replace("postgresql+asyncpg://", "postgresql://")
    done = subprocess.run(  # noqa: S603 (a fixed binary and a test-owned URL)
        [binary, "--no-owner", "--dbname", dsn], capture_output=True, text=True, check=True
    )
    return done.stdout


def canary_in_pg_dump(database_url: str, canary: str) -> bool:
    """Whether `canary` is in a dump of the database, as text or as hex-encoded bytes."""
    dump = pg_dump(database_url)
    return canary in dump or canary.encode().hex() in dump


def canary_stored(database_url: str, canary: str) -> bool:
    """The canary check for whichever backend `database_url` names."""
    if database_url.startswith("sqlite"):
        return canary_in_database(Path(database_url.split(":///", 1)[1]), canary)
    return canary_in_pg_dump(database_url, canary)


def _all_log_text(caplog: pytest.LogCaptureFixture) -> str:
    """Every record of every phase so far, formatted and as messages, tracebacks included."""
    records = [r for phase in ("setup", "call") for r in caplog.get_records(phase)]
    return "\n".join([caplog.text, *(r.getMessage() for r in records)])


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Capture everything at DEBUG from before the bot is built (so login is included)."""
    caplog.set_level(logging.DEBUG)
    yield caplog


@pytest.fixture
def logged_world(debug_logs: pytest.LogCaptureFixture, world: World) -> World:
    return world


async def _type_canary_sparkle(w: World, actor: MemberActor, canary: str) -> int:
    """A complete /sparkle whose every free-text answer holds the canary."""
    pages = [
        {"moment": f"{canary} moment", "signs": f"signs {canary}"},
        {
            "doing": f"{canary}",
            "saying": f"said {canary}",
            "experiencing": f"felt {canary}",
            "how": f"{canary} how",
        },
        {"noticed": f"{canary} noticed", "frequency": ["6"], "next_step": f"{canary} next"},
    ]
    shown = await open_first_page(actor, w.channel)
    for index, answers in enumerate(pages):
        step = await actor.submit_modal(shown, answers)
        assert step.acknowledged and step.ephemeral and step.response is not None
        if step.response.content.startswith("**Saved privately.**"):  # it looks like an id
            step = await actor.click(step.response.message, label="Keep")
            assert step.acknowledged and step.response is not None
        if index < len(pages) - 1:
            shown = await actor.click(step.response.message, label="Continue")
    assert step.response is not None and "All saved" in said(step)
    consent = next(label for label in buttons(step) if label.startswith("Include in weekly"))
    assert (await actor.click(step.response.message, label=consent)).acknowledged
    exported = await actor.slash(w.channel, "export")
    assert exported.acknowledged and exported.ephemeral
    page = await bot_of(w.env).repos.entries.list_for_author(actor.id, limit=1)
    return page.items[0].id


async def test_a_typed_canary_reaches_neither_disk_nor_logs(
    logged_world: World, debug_logs: pytest.LogCaptureFixture, database_url: str
) -> None:
    w = logged_world
    canary = f"CANARY-{secrets.token_hex(8)}"
    entry_id = await _type_canary_sparkle(w, w.alice, canary)

    # The canary really went in: the bot reads it back in every answer.
    record = await bot_of(w.env).repos.entries.get(entry_id, w.alice.id)
    assert record is not None and not record.is_draft
    assert sum(canary in text for text in record.answers.values()) == 8

    # Read while the bot still runs: nothing is checkpointed or cleaned up yet.
    stored = await asyncio.to_thread(canary_stored, database_url, canary)
    assert not stored, "an answer is stored in the clear"

    logs = _all_log_text(debug_logs)
    assert debug_logs.get_records("call"), "nothing was logged: the log check would be empty"
    assert canary not in logs
    assert FAKE_TOKEN not in logs
    assert "application commands synced" in logs  # the bot's start-up was captured too
    assert w.env.errors == []


async def test_a_failure_reaches_the_user_as_a_reference_without_details(
    logged_world: World, debug_logs: pytest.LogCaptureFixture
) -> None:
    w = logged_world
    admins = w.guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    admin = w.guild.add_member(w.env.create_user("admin"), roles=[admins])
    done = await admin.slash(w.channel, "setup channels", consultation=w.channel)
    assert done.acknowledged
    canary = f"CANARY-{secrets.token_hex(8)}"
    entry_id = await _type_canary_sparkle(w, w.alice, canary)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry_id))
    assert preview.response is not None

    # An unexpected Discord failure: asking Discord whether she is a member, as /share from a
    # DM does (a refused post itself is answered in words: test_posts_discord_errors).
    w.env.inject_error(
        "GET", f"/guilds/{w.guild.id}/members/*", status=500, message=INJECTED, times=1
    )
    failed = await w.alice.user.slash("share", entry=str(entry_id))

    assert failed.acknowledged and failed.response is not None
    told = "\n".join([failed.response.content, *(f.content for f in failed.followups)])
    match = REFERENCE.search(told)
    assert match is not None, told
    rest = told.replace(match[0], "")
    for detail in ("Upstream", "KeyError", "secret detail", "HTTPException", "500", "Traceback"):
        assert detail not in rest
    # The same reference is in the log, with the injected failure, for whoever runs the bot.
    (logged,) = [r for r in debug_logs.records if match["ref"] in r.getMessage()]
    assert logged.exc_info is not None and isinstance(logged.exc_info[1], discord.HTTPException)
    assert INJECTED in str(logged.exc_info[1])
    # A command's failure is captured by SimCord too: exactly the one logged, acknowledged here.
    (captured,) = w.env.errors
    assert getattr(captured, "original", captured) is logged.exc_info[1]
    assert_error(w.env, discord.HTTPException, contains=INJECTED)
    logs = _all_log_text(debug_logs)
    assert canary not in logs and FAKE_TOKEN not in logs


# The canary checks themselves must be able to fail: with encryption switched off they do.


@pytest.fixture
def repos(database_url: str) -> Iterator[tuple[asyncio.Runner, Repositories]]:
    with asyncio.Runner() as runner:
        opened = Repositories.open(
            database_url,
            base64.urlsafe_b64decode(TEST_KEY),
            clock=lambda: datetime(2026, 1, 1, tzinfo=UTC),
        )
        runner.run(opened.migrate())
        try:
            yield runner, opened
        finally:
            runner.run(opened.close())


def _save(runner: asyncio.Runner, store: Repositories, canary: str) -> None:
    saved = runner.run(
        store.entries.save_page(
            entry_id=None,
            author_id=7,
            kind="sparkle",
            guild_id=None,
            answers={"moment": f"{canary} moment", "signs": canary},
            advance_to=1,
        )
    )
    assert saved is not None


def test_canary_check_passes_with_encryption(
    repos: tuple[asyncio.Runner, Repositories], database_url: str
) -> None:
    runner, store = repos
    canary = f"CANARY-{secrets.token_hex(8)}"
    _save(runner, store, canary)
    assert canary_stored(database_url, canary) is False


def test_canary_check_catches_encryption_switched_off(
    repos: tuple[asyncio.Runner, Repositories],
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    runner, store = repos

    def plaintext(self: Cipher, text: str, aad: bytes) -> bytes:
        """A blob with the right header and the answer as it was typed."""
        return b"\x01" + self.key_id + bytes(_HEADER - 5) + text.encode()

    monkeypatch.setattr(Cipher, "encrypt", plaintext)
    canary = f"CANARY-{secrets.token_hex(8)}"
    _save(runner, store, canary)
    assert canary_stored(database_url, canary) is True
