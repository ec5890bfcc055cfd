"""Pages under hostile input and database faults: invisible answers are blank, over-long answers
are refused whatever the client sent, the submit is deferred before the write, and a failed
write answers privately with the typed text and a button that reopens the page as typed."""

from __future__ import annotations

import asyncio
import re
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from simcord import assert_responded
from sqlalchemy import func, select

from bot.conversation.script import get_script
from storage.tables import Entry
from tests.conftest import _in_thread  # pyright: ignore[reportPrivateUsage]
from tests.e2e.conftest import World
from tests.e2e.helpers import (
    SPARKLE_PAGES,
    bot_of,
    buttons,
    forge_submit,
    modal_defaults,
    new_page_id,
    open_first_page,
)

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u202e\u2066\u2069\u00a0 \u3164\u180e"
TYPED = {"moment": "Line one.\nLine two with 🙂 and <@1> and trailing space ", "signs": "Calm."}


async def _entries(w: World, author_id: int) -> int:
    async with bot_of(w.env).repos.db.read() as session:
        return (
            await session.execute(
                select(func.count()).select_from(Entry).where(Entry.author_id == author_id)
            )
        ).scalar_one()


async def _attached_text(result: Any) -> str:
    assert result.response is not None
    (attachment,) = result.response.attachments
    return (await attachment.read()).decode("utf-8")


async def test_an_answer_of_only_invisible_characters_counts_as_blank(world: World) -> None:
    w = world
    shown = await open_first_page(w.alice, w.channel)
    result = await w.alice.submit_modal(shown, {"moment": INVISIBLE, "signs": "Shoulders down."})
    assert_responded(result, contains="needs an answer", ephemeral=True)
    assert "What happened in that moment?" in result.response.content
    draft = await bot_of(w.env).repos.entries.latest_draft(w.alice.id, "sparkle")
    assert draft is not None and draft.next_page == 0  # kept, not advanced
    record = await bot_of(w.env).repos.entries.get(draft.id, w.alice.id)
    assert record is not None and record.answers["moment"] == INVISIBLE  # nothing lost


async def test_a_forged_over_long_answer_is_refused_and_nothing_typed_is_lost(
    world: World,
) -> None:
    w = world
    await open_first_page(w.alice, w.channel)  # past the notice
    huge = "A" * 49_990 + "END-MARKER"
    values = {"moment": huge, "signs": "Fine."}
    result = await forge_submit(w.alice, w.channel, "sk:page:sparkle:0:0", values)
    assert_responded(result, contains="Nothing on this page was saved", ephemeral=True)
    assert "is 50000 characters; the limit is 2000" in result.response.content
    assert await _entries(w, w.alice.id) == 0  # refused before any write
    text = await _attached_text(result)
    assert huge in text and "Fine." in text
    assert buttons(result) == ["Reopen page"]
    reopened = await w.alice.click(result.response.message, label="Reopen page")
    assert reopened.modal is not None
    defaults = modal_defaults(reopened)
    assert defaults["signs"] == "Fine." and defaults["moment"] == huge[:2000]
    # The reopened page, shortened, saves as normal.
    saved = await w.alice.submit_modal(reopened, {"moment": "Short now.", "signs": "Fine."})
    assert_responded(saved, contains="Saved", ephemeral=True)
    assert await _entries(w, w.alice.id) == 1


async def test_someone_else_cannot_reopen_another_users_unsaved_page(world: World) -> None:
    w = world
    await open_first_page(w.alice, w.channel)
    result = await forge_submit(
        w.alice, w.channel, "sk:page:sparkle:0:0", {"moment": "x" * 2001, "signs": "y"}
    )
    bob_view = await w.bob.slash(w.channel, "privacy")
    from tests.e2e.helpers import forge_click

    custom_id = result.response.components[0]["components"][0]["custom_id"]
    stolen = await forge_click(w.bob, bob_view.response.message, custom_id)
    assert stolen.modal is None
    assert_responded(stolen, contains="no longer hold that page", ephemeral=True)


# A write gives up on a locked SQLite after this long (the production default is 10 s): long
# enough for the lock released "soon after" below, short enough not to wait 10 s twice.
SHORT_BUSY_TIMEOUT_MS = 2000


@pytest.fixture
def short_busy_timeout(sparkle_env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bot this test builds waits only `SHORT_BUSY_TIMEOUT_MS` on a locked database."""
    monkeypatch.setenv("SQLITE_BUSY_TIMEOUT_MS", str(SHORT_BUSY_TIMEOUT_MS))


def _sqlite_path(database_url: str) -> Path:
    return Path(database_url.split(":///", 1)[1])


def _lock_sqlite(database_url: str) -> sqlite3.Connection:
    """Another connection holding an exclusive lock on the database file until it ends its
    transaction (or closes)."""
    locker = sqlite3.connect(_sqlite_path(database_url), isolation_level=None, timeout=30)
    locker.execute("BEGIN EXCLUSIVE")
    return locker


def _defers(w: World) -> int:
    """How many interactions the bot has deferred (callback type 5) so far."""
    return sum(
        r.method == "POST" and r.path.endswith("/callback") and (r.json or {}).get("type") == 5
        for r in w.env.http_requests
    )


async def _wait_for_defer(w: World, task: asyncio.Task[Any], seconds: float) -> bool:
    """Whether the bot deferred (callback type 5) while the write was still held up."""
    before = _defers(w)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not task.done():
        if _defers(w) > before:
            return True
        await asyncio.to_thread(time.sleep, 0.05)  # real time: the lock is real
    return False


@pytest.mark.usefixtures("short_busy_timeout")
@pytest.mark.simcord(settle_timeout=40)
async def test_a_locked_sqlite_gets_a_deferred_reply_and_a_failed_write_loses_nothing(
    world: World, sqlite_database_url: str
) -> None:
    w = world
    shown = await open_first_page(w.alice, w.channel)
    locker = _lock_sqlite(sqlite_database_url)
    try:
        # 1. Released soon after: the reply was deferred before the write, which then saves.
        task = asyncio.create_task(w.alice.submit_modal(shown, SPARKLE_PAGES[0]))
        assert await _wait_for_defer(w, task, seconds=5), "no defer while the write waited"
        assert not task.done()
        locker.execute("ROLLBACK")
        saved = await task
        assert saved.ephemeral and "Saved" in saved.response.content
        assert await _entries(w, w.alice.id) == 1

        # 2. Held beyond the busy timeout: a private answer with the text and Reopen page.
        draft = await bot_of(w.env).repos.entries.latest_draft(w.alice.id, "sparkle")
        assert draft is not None
        again = await w.alice.click(saved.response.message, label="Continue")
        locker.execute("BEGIN EXCLUSIVE")
        defers = _defers(w)
        failed = await w.alice.submit_modal(again, SPARKLE_PAGES[1])
        assert _defers(w) == defers + 1
    finally:
        if locker.in_transaction:
            locker.execute("ROLLBACK")
        locker.close()
    await _check_failed_then_retry(
        w,
        failed,
        draft.id,
        page=1,
        typed=SPARKLE_PAGES[1],
        because="the database was busy with other work",
    )


async def _check_failed_then_retry(
    w: World, failed: Any, entry_id: int, page: int, typed: dict[str, str], because: str
) -> None:
    assert failed.acknowledged and failed.ephemeral
    assert "This page was not saved" in failed.response.content
    assert because in failed.response.content, failed.response.content
    text = await _attached_text(failed)
    assert all(value in text for value in typed.values())
    record = await bot_of(w.env).repos.entries.get(entry_id, w.alice.id)
    assert record is not None and record.next_page == page  # nothing half-written
    reopened = await w.alice.click(failed.response.message, label="Reopen page")
    assert reopened.modal is not None
    assert reopened.modal["custom_id"] == f"sk:page:sparkle:{entry_id}:{page}"
    defaults = modal_defaults(reopened)
    assert {k: v for k, v in defaults.items() if k in typed} == typed  # exactly as typed
    saved = await w.alice.submit_modal(reopened, defaults)
    assert saved.acknowledged and "Saved" in saved.response.content
    record = await bot_of(w.env).repos.entries.get(entry_id, w.alice.id)
    assert record is not None and record.next_page == page + 1
    assert all(record.answers[k] == v for k, v in typed.items())
    script = get_script("sparkle")
    assert len(script.pages) > page


def _set_connections(admin_url: str, database_url: str, allowed: bool) -> None:
    import asyncpg

    name = database_url.rsplit("/", 1)[1]
    dsn = admin_url.replace("postgresql+asyncpg://", "postgresql://")

    async def run() -> None:
        conn = await asyncpg.connect(dsn)
        try:
            await conn.execute(
                f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS {str(allowed).lower()}'
            )
            if not allowed:
                await conn.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = $1 AND pid <> pg_backend_pid()",
                    name,
                )
        finally:
            await conn.close()

    _in_thread(run)


@pytest.mark.postgres_too
@pytest.mark.simcord(settle_timeout=40)
async def test_postgresql_down_during_a_submit_loses_nothing(
    world: World, postgres_database_url: str, request: pytest.FixtureRequest
) -> None:
    w = world
    admin = request.config.getoption("--postgres-url")
    shown = await open_first_page(w.alice, w.channel)
    saved = await w.alice.submit_modal(shown, SPARKLE_PAGES[0])
    assert "Saved" in saved.response.content
    draft = await bot_of(w.env).repos.entries.latest_draft(w.alice.id, "sparkle")
    assert draft is not None
    again = await w.alice.click(saved.response.message, label="Continue")
    _set_connections(admin, postgres_database_url, allowed=False)
    try:
        defers = _defers(w)
        failed = await w.alice.submit_modal(again, SPARKLE_PAGES[1])
        assert _defers(w) == defers + 1
    finally:
        _set_connections(admin, postgres_database_url, allowed=True)
    await _check_failed_then_retry(
        w,
        failed,
        draft.id,
        page=1,
        typed=SPARKLE_PAGES[1],
        because="the database could not be reached",
    )


@pytest.mark.usefixtures("short_busy_timeout")
@pytest.mark.simcord(settle_timeout=40)
async def test_the_first_page_opens_even_while_sqlite_is_locked(
    world: World, sqlite_database_url: str
) -> None:
    w = world
    notice = await w.alice.slash(w.channel, "sparkle")
    assert notice.ephemeral and "de-identified" in notice.response.content
    locker = _lock_sqlite(sqlite_database_url)
    try:
        shown = await w.alice.click(notice.response.message, label="Continue")
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert shown.modal is not None and re.fullmatch(new_page_id(), shown.modal["custom_id"])
    # Recording the notice waited for the lock and gave up; it is simply shown once more.
    assert not await bot_of(w.env).repos.practitioners.notice_seen(w.alice.id)
    saved = await w.alice.submit_modal(shown, SPARKLE_PAGES[0])
    assert_responded(saved, contains="Saved", ephemeral=True)
