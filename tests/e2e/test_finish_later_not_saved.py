"""Finish later in a /sparkle conversation while the database is down, or after a page she
typed could not be saved: she is told plainly what is stored and what is not, and a page that
was not stored is given back (its text in a file, and Reopen page), so nothing she typed is
lost. Before, a database that did not answer got the generic "something went wrong … please
try again", and a page that had failed was passed over: Finish later said "Saved as a draft"."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import InteractionResult

from bot.conversation.script import get_script
from tests.e2e.conftest import World
from tests.e2e.helpers import (
    SPARKLE_PAGES,
    bot_of,
    buttons,
    first_page_saved,
    modal_defaults,
    open_first_page,
    said,
)
from tests.e2e.test_every_command_db_down import database_down as database_down  # the fixture
from tests.e2e.test_exception_and_notes import EXCEPTION_PAGES
from tests.e2e.test_page_faults import (
    _attached_text,  # pyright: ignore[reportPrivateUsage]
    _lock_sqlite,  # pyright: ignore[reportPrivateUsage]
    _set_connections,  # pyright: ignore[reportPrivateUsage]
)
from tests.e2e.test_page_faults import short_busy_timeout as short_busy_timeout  # the fixture

PAGE_TWO = get_script("sparkle").pages[1].title
NOT_CHECKED = "**I couldn't check this draft just now**: the database could not be reached"
UNSAVED_AND_NOT_CHECKED = f"**The page *{PAGE_TWO}* you typed last is not saved**, and I couldn't"
UNSAVED = f"**Saved as a draft, except the page *{PAGE_TWO}* you typed last: it was not saved.**"
PLAIN = "Saved as a draft. Pick it up any time with `/sparkle` or `/entries`."


def _private(result: InteractionResult) -> str:
    assert result.acknowledged and result.modal is None
    assert result.response is not None and result.response.ephemeral
    told = said(result)
    assert "Traceback" not in told and "sqlite" not in told.lower() and "SELECT" not in told
    return told


async def _draft(w: World) -> Any:
    (header,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    return await bot_of(w.env).repos.entries.get(header.id, w.alice.id)


async def _given_back_then_saved(w: World, told: InteractionResult, saved: Any) -> None:
    """The page she typed is in the file and behind Reopen page; once submitted again it is
    stored, and Finish later (on the first page's message too) is the plain one again."""
    text = await _attached_text(told)
    assert all(value in text for value in SPARKLE_PAGES[1].values())
    assert buttons(told) == ["Reopen page"]
    assert told.response is not None
    reopened = await w.alice.click(told.response.message, label="Reopen page")
    typed = modal_defaults(reopened)
    assert {k: typed[k] for k in SPARKLE_PAGES[1]} == SPARKLE_PAGES[1]  # exactly as typed
    stored = await w.alice.submit_modal(reopened, typed)
    assert "**Saved.** 2 of 3 pages done." in said(stored) and stored.response is not None
    draft = await _draft(w)
    assert draft.next_page == 2
    assert {k: draft.answers[k] for k in SPARKLE_PAGES[1]} == SPARKLE_PAGES[1]
    for message in (saved.response.message, stored.response.message):
        later = await w.alice.click(message, label="Finish later")
        assert _private(later) == PLAIN


async def _page_two_failed(w: World, down: list[bool]) -> tuple[Any, Any]:
    """Her first page stored, then her second typed while the database is down: not saved.
    Returns the first page's reply (with Finish later) and the draft as stored; the database
    is left down."""
    saved = await first_page_saved(w.alice, w.channel)
    assert saved.response is not None
    again = await w.alice.click(saved.response.message, label="Continue")
    before = await _draft(w)
    down[0] = True
    failed = await w.alice.submit_modal(again, SPARKLE_PAGES[1])
    assert "This page was not saved" in said(failed)
    return saved, before


async def test_finish_later_while_the_database_is_down_says_what_is_kept(
    world: World, database_down: list[bool]
) -> None:
    w = world
    saved = await first_page_saved(w.alice, w.channel)
    assert saved.response is not None
    before = await _draft(w)
    database_down[0] = True
    later = await w.alice.click(saved.response.message, label="Finish later")
    database_down[0] = False
    told = _private(later)
    assert told.startswith(NOT_CHECKED + " (reference `"), told
    assert "Nothing is lost: every page you were told was **Saved** is stored" in told
    assert "something went wrong" not in told and "try again" not in told
    assert later.response is not None and later.response.attachments == []
    assert await _draft(w) == before  # nothing changed
    assert _private(await w.alice.click(saved.response.message, label="Finish later")) == PLAIN


async def test_finish_later_while_down_after_a_page_failed_gives_the_page_back(
    world: World, database_down: list[bool]
) -> None:
    w = world
    saved, before = await _page_two_failed(w, database_down)
    later = await w.alice.click(saved.response.message, label="Finish later")  # still down
    database_down[0] = False
    told = _private(later)
    assert told.startswith(UNSAVED_AND_NOT_CHECKED), told
    assert "the database could not be reached (reference `" in told
    assert await _draft(w) == before and before.next_page == 1  # page two is not stored
    await _given_back_then_saved(w, later, saved)


async def test_finish_later_once_back_after_a_page_failed_gives_the_page_back(
    world: World, database_down: list[bool]
) -> None:
    w = world
    saved, before = await _page_two_failed(w, database_down)
    database_down[0] = False
    later = await w.alice.click(saved.response.message, label="Finish later")
    told = _private(later)
    assert told.startswith(UNSAVED), told
    assert "`/sparkle` or `/entries`" in told
    assert await _draft(w) == before
    await _given_back_then_saved(w, later, saved)


@pytest.mark.usefixtures("short_busy_timeout")
@pytest.mark.simcord(settle_timeout=40)
async def test_finish_later_after_a_page_failed_on_a_locked_sqlite_gives_the_page_back(
    world: World, sqlite_database_url: str
) -> None:
    """Its read runs beside the lock (WAL): the draft is there, the page held up is not."""
    w = world
    saved = await first_page_saved(w.alice, w.channel)
    assert saved.response is not None
    again = await w.alice.click(saved.response.message, label="Continue")
    locker = _lock_sqlite(sqlite_database_url)
    try:
        failed = await w.alice.submit_modal(again, SPARKLE_PAGES[1])
        assert "This page was not saved" in said(failed)
        later = await w.alice.click(saved.response.message, label="Finish later")
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert _private(later).startswith(UNSAVED)
    assert (await _draft(w)).next_page == 1
    await _given_back_then_saved(w, later, saved)


@pytest.mark.postgres_too
@pytest.mark.simcord(settle_timeout=20)
async def test_finish_later_while_postgresql_refuses_connections_gives_the_page_back(
    world: World, postgres_database_url: str, request: pytest.FixtureRequest
) -> None:
    w = world
    admin_url = str(request.config.getoption("--postgres-url"))
    saved = await first_page_saved(w.alice, w.channel)
    assert saved.response is not None
    again = await w.alice.click(saved.response.message, label="Continue")
    before = await _draft(w)
    _set_connections(admin_url, postgres_database_url, allowed=False)
    try:
        failed = await w.alice.submit_modal(again, SPARKLE_PAGES[1])
        later = await w.alice.click(saved.response.message, label="Finish later")
    finally:
        _set_connections(admin_url, postgres_database_url, allowed=True)
    assert "This page was not saved" in said(failed)
    told = _private(later)
    assert told.startswith(UNSAVED_AND_NOT_CHECKED), told
    assert "reference `" in told
    assert await _draft(w) == before
    await _given_back_then_saved(w, later, saved)


async def test_an_exception_debrief_page_not_saved_is_given_back_by_finish_later(
    world: World, database_down: list[bool]
) -> None:
    """/exception's Finish later is the same step: its page not saved is named and given
    back, and the draft is picked up with /exception."""
    w = world
    shown = await open_first_page(w.alice, w.channel, "exception")
    saved = await w.alice.submit_modal(shown, EXCEPTION_PAGES[0])
    assert saved.response is not None
    again = await w.alice.click(saved.response.message, label="Continue")
    before = await _draft(w)
    database_down[0] = True
    failed = await w.alice.submit_modal(again, EXCEPTION_PAGES[1])
    down = await w.alice.click(saved.response.message, label="Finish later")
    database_down[0] = False
    assert "This page was not saved" in said(failed)
    title = get_script("exception").pages[1].title
    assert _private(down).startswith(f"**The page *{title}* you typed last is not saved**")
    back = await w.alice.click(saved.response.message, label="Finish later")
    told = _private(back)
    assert told.startswith(f"**Saved as a draft, except the page *{title}* you typed last")
    assert "`/exception` or `/entries`" in told
    for result in (down, back):
        text = await _attached_text(result)
        assert all(str(value) in text for value in EXCEPTION_PAGES[1].values())
        assert buttons(result) == ["Reopen page"]
    assert await _draft(w) == before and before.next_page == 1
