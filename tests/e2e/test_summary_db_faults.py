"""A facilitator's "Post to the summary channel" while the database is locked (SQLite, another
program holding it) or down (a failing repository; PostgreSQL refusing connections): the
click is answered in time and clearly, nothing is posted twice, nothing is lost, and a later
click posts the week once."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from simcord import ChannelHandle, MemberActor, assert_error, assert_responded

from bot.models import QuoteStatus
from bot.outbox import PostState
from cogs.summary import summary_slot
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, buttons
from tests.e2e.test_after_the_post import refused_table as refused_table  # the fixture
from tests.e2e.test_excerpts import _include, _write  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_locked_writes import (
    _answered_while_locked,  # pyright: ignore[reportPrivateUsage]
)
from tests.e2e.test_page_faults import (
    _lock_sqlite,  # pyright: ignore[reportPrivateUsage]
    _set_connections,  # pyright: ignore[reportPrivateUsage]
)
from tests.e2e.test_page_faults import (
    short_busy_timeout as short_busy_timeout,  # the fixture
)
from tests.e2e.test_summary_flow import DAY, members_reflected

POST = "Post to the summary channel"
WEEK = date(2025, 12, 29)  # last week, once it is Tuesday 6 January


async def _preview(w: World, facilitation: Any, fiona: MemberActor) -> Any:
    """Three members' consented entries last week, and Fiona's private preview of it."""
    await members_reflected(w, facilitation, 3, schedule=False, moment="Moment {}.")
    await w.env.advance_time(5 * DAY)  # Tue 6 Jan: last week is over
    preview = await fiona.slash(w.channel, "summary", week="last week")
    assert preview.acknowledged and preview.ephemeral and preview.response is not None
    return preview.response.message


async def _stored(w: World) -> Any:
    return await bot_of(w.env).repos.outbox.by_slot(summary_slot(w.guild.id, WEEK))


async def _posted_once(w: World, weekly: ChannelHandle, fiona: MemberActor, message: Any) -> None:
    """One more click posts the week (or says it is posted); it is in the channel once and
    recorded as posted with that message."""
    again = await fiona.click(message, label=POST)
    assert again.acknowledged and again.ephemeral and again.response is not None
    assert again.response.content == "Posted." or "already posted" in again.response.content
    third = await fiona.click(message, label=POST)
    assert_responded(third, contains="already posted", ephemeral=True)
    (posted,) = weekly.history()
    post = await _stored(w)
    assert post is not None and post.state is PostState.POSTED and post.message_id == posted.id


@pytest.mark.simcord(settle_timeout=40)
async def test_a_post_clicked_while_sqlite_is_locked_is_answered_in_time_and_posts_once(
    world: World,
    facilitation: Any,
    fiona: MemberActor,
    weekly: ChannelHandle,
    sqlite_database_url: str,
) -> None:
    w = world
    message = await _preview(w, facilitation, fiona)
    done = await _answered_while_locked(
        w, sqlite_database_url, lambda: fiona.click(message, label=POST)
    )
    assert done.ephemeral and done.response is not None and done.response.content == "Posted."
    assert len(weekly.history()) == 1
    await _posted_once(w, weekly, fiona, message)


@pytest.mark.postgres_too
@pytest.mark.usefixtures("short_busy_timeout")
@pytest.mark.simcord(settle_timeout=40)
async def test_a_post_clicked_while_sqlite_stays_locked_posts_nothing_and_says_so(
    world: World,
    facilitation: Any,
    fiona: MemberActor,
    weekly: ChannelHandle,
    sqlite_database_url: str,
) -> None:
    w = world
    message = await _preview(w, facilitation, fiona)
    locker = _lock_sqlite(sqlite_database_url)
    try:
        failed = await fiona.click(message, label=POST)
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert failed.acknowledged and failed.ephemeral and failed.response is not None
    assert "nothing was posted" in failed.response.content.lower()
    assert re.search(r"\(reference `[0-9A-F]{6}`\)", failed.response.content)  # to quote
    assert "try again" in failed.response.content
    assert weekly.history() == []
    post = await _stored(w)
    assert post is None or post.message_id is None
    await _posted_once(w, weekly, fiona, message)


async def _down(*_: Any, **__: Any) -> Any:
    raise RuntimeError("database is down")


async def test_a_post_clicked_while_the_database_is_down_posts_nothing_and_says_so(
    world: World, facilitation: Any, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    w = world
    message = await _preview(w, facilitation, fiona)
    outbox = bot_of(w.env).repos.outbox
    claim = outbox.claim_summary
    outbox.claim_summary = _down  # type: ignore[method-assign]
    failed = await fiona.click(message, label=POST)
    assert failed.acknowledged and failed.ephemeral and failed.response is not None
    assert "nothing was posted" in failed.response.content.lower()
    assert re.search(r"\(reference `[0-9A-F]{6}`\)", failed.response.content)  # to quote
    assert weekly.history() == []
    assert await _stored(w) is None
    outbox.claim_summary = claim  # type: ignore[method-assign]
    await _posted_once(w, weekly, fiona, message)


async def test_a_post_whose_record_fails_after_it_landed_is_not_posted_twice(
    world: World, facilitation: Any, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    """The database goes down between the post and its record: the facilitator is told it
    was posted (it was), a second click posts nothing, and the record is repaired."""
    w = world
    message = await _preview(w, facilitation, fiona)
    outbox = bot_of(w.env).repos.outbox
    record_sent = outbox.record_sent
    outbox.record_sent = _down  # type: ignore[method-assign]
    done = await fiona.click(message, label=POST)
    assert_responded(done, content="Posted.", ephemeral=True)
    again = await fiona.click(message, label=POST)
    assert again.ephemeral and again.response is not None
    assert "will be posted once" in again.response.content or "already posted" in (
        again.response.content
    )
    assert len(weekly.history()) == 1
    outbox.record_sent = record_sent  # type: ignore[method-assign]
    await w.env.advance_time(10 * 60)  # the outbox loop finds it by its ref
    await _posted_once(w, weekly, fiona, message)


@pytest.mark.postgres_too
@pytest.mark.simcord(settle_timeout=40)
async def test_a_post_clicked_while_postgresql_is_down_posts_nothing_and_says_so(
    world: World,
    facilitation: Any,
    fiona: MemberActor,
    weekly: ChannelHandle,
    postgres_database_url: str,
    request: pytest.FixtureRequest,
) -> None:
    w = world
    admin = request.config.getoption("--postgres-url")
    message = await _preview(w, facilitation, fiona)
    _set_connections(admin, postgres_database_url, allowed=False)
    try:
        failed = await fiona.click(message, label=POST)
    finally:
        _set_connections(admin, postgres_database_url, allowed=True)
    assert failed.acknowledged and failed.ephemeral and failed.response is not None
    assert "went wrong" in failed.response.content and "try again" in failed.response.content
    assert weekly.history() == []  # (a button's error is logged by discord.py, not captured)
    await _posted_once(w, weekly, fiona, message)


async def test_an_excerpt_edit_sent_while_the_database_is_down_gives_the_wording_back(
    world: World,
) -> None:
    """The author's Edit of what the summary may quote, while the database is down: a private
    answer with a reference, the typed wording back in a file, nothing stored or approved."""
    w = world
    entry_id, recap = await _write(w, w.alice, "The client laughed for the first time in weeks.")
    review = await _include(w.alice, recap)
    form = await w.alice.click(review, label="Edit")
    entries = bot_of(w.env).repos.entries
    entries.edit_excerpts = _down  # type: ignore[method-assign]
    typed = "She laughed, and then she planned the next visit herself."
    failed = await w.alice.submit_modal(form, {"moment": typed})
    assert failed.acknowledged and failed.ephemeral and failed.response is not None
    assert "reference" in failed.response.content and "Nothing you typed is lost" in (
        failed.response.content
    )
    (attached,) = failed.response.attachments
    assert typed in (await attached.read()).decode()
    assert_error(w.env, RuntimeError)
    entry = await entries.get(entry_id, w.alice.id)
    assert entry is not None and entry.quote_status is QuoteStatus.PENDING
    assert typed not in str(entry.excerpts)


@pytest.mark.postgres_too
async def test_a_preview_whose_audit_record_fails_is_still_shown(
    world: World, facilitation: Any, refused_table: list[str]
) -> None:
    """/summary records the pull, then shows the preview: when the record cannot be written
    (the database locked), the facilitator still gets the preview she asked for, with its
    Post button, not "something went wrong" (before, she got nothing)."""
    w = world
    _admin, fiona, _facilitators, _weekly = facilitation
    await members_reflected(w, facilitation, 3, schedule=False, moment="Moment {}.")
    await w.env.advance_time(5 * DAY)
    refused_table.append("audit_events")
    preview = await fiona.slash(w.channel, "summary", week="last week")
    refused_table.clear()
    assert preview.acknowledged and preview.ephemeral and preview.response is not None
    assert "went wrong" not in preview.response.content
    assert "Preview" in preview.response.content, preview.response.content
    assert POST in buttons(preview)
    assert await bot_of(w.env).repos.audit.kinds("summary_pull") == []
    assert w.env.errors == []


async def test_a_preview_of_a_week_already_posted_links_it_and_offers_no_post(
    world: World, facilitation: Any, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    """A facilitator back at /summary for a week that is posted already is told so, with
    the post's link, and offered no Post button whose click could only say it is posted
    (before, the preview offered it as if the week were not up)."""
    w = world
    message = await _preview(w, facilitation, fiona)
    posted = await fiona.click(message, label=POST)
    assert_responded(posted, content="Posted.", ephemeral=True)
    (up,) = weekly.history()
    again = await fiona.slash(w.channel, "summary", week="last week")
    assert again.ephemeral and again.response is not None
    assert f"The summary for that week was already posted: {up.jump_url}" in (
        again.response.content
    )
    assert POST not in buttons(again)
    assert again.response.embeds  # the preview itself is still shown
    this_week = await fiona.slash(w.channel, "summary", week="this week")
    assert "already posted" not in this_week.response.content  # another week: untouched
    assert len(weekly.history()) == 1
