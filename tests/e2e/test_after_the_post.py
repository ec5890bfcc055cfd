"""What a member is told when something fails after her post is up: a database write that
follows the post (its audit record), or Discord losing the answer that says it is posted.
The post is up once, and she is told so, with the way to delete it; never "something went
wrong, please try again" for a post that is there."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from simcord import InteractionResult
from sqlalchemy.exc import OperationalError

from tests.e2e.conftest import World
from tests.e2e.helpers import (
    SPARKLE_PAGES,
    bot_of,
    buttons,
    failing_statements,
    open_first_page,
    said,
)
from tests.e2e.test_round import Group, share_with_question, the_post, thread_of
from tests.e2e.test_round import group as group  # the fixture
from tests.e2e.test_round import said as said_in
from tests.e2e.test_share_and_setup import _preview, posts  # pyright: ignore[reportPrivateUsage]


@pytest.fixture
def refused_table(world: World) -> Iterator[list[str]]:
    """While the list names a table, every INSERT into it fails as a locked database does."""
    tables: list[str] = []

    def fault(statement: str) -> OperationalError | None:
        for table in tables:
            if statement.lstrip().upper().startswith(f"INSERT INTO {table.upper()}"):
                return OperationalError(statement, {}, Exception("database is locked"))
        return None

    with failing_statements(world.env, fault):
        yield tables


async def test_a_share_whose_audit_record_fails_after_the_post_says_it_is_shared(
    configured: World, refused_table: list[str]
) -> None:
    w = configured
    preview = await _preview(w)
    refused_table.append("audit_events")
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    refused_table.clear()
    (message,) = posts(w)
    assert posted.response is not None
    told = "\n".join(m.content for m in [posted.response, *posted.followups])
    assert "something went wrong" not in told, told
    assert f"Shared in {w.channel.mention}: {message.jump_url}" in told
    assert "Delete share" in buttons(posted) or any(
        "Delete share" in str(m.components) for m in posted.followups
    )
    w.env.errors.clear()


async def test_a_share_whose_answer_discord_loses_once_still_says_it_is_shared(
    configured: World,
) -> None:
    w = configured
    preview = await _preview(w)
    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=1)
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    (message,) = posts(w)
    assert posted.response is not None
    told = [m.content for m in [posted.response, *posted.followups] if m.content]
    assert told == [f"Shared in {w.channel.mention}: {message.jump_url}"], told
    assert "Delete share" in buttons(posted)


async def test_a_page_whose_saved_answer_discord_loses_once_says_saved(world: World) -> None:
    """The page is stored before the answer: a lost answer is sent once more, with its
    buttons, never "something went wrong" for a page that is saved."""
    w = world
    shown = await open_first_page(w.alice, w.channel)
    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=1)
    saved = await w.alice.submit_modal(shown, SPARKLE_PAGES[0])
    assert saved.response is not None
    told = [m.content for m in [saved.response, *saved.followups] if m.content]
    assert len(told) == 1 and "1 of 3 pages done" in told[0], told
    assert buttons(saved) == ["Continue", "Finish later", "Discard"]
    draft = await bot_of(w.env).repos.entries.latest_draft(w.alice.id, "sparkle")
    assert draft is not None and draft.next_page == 1


async def test_a_last_page_whose_recap_discord_loses_once_still_shows_the_recap(
    world: World,
) -> None:
    w = world
    shown = await open_first_page(w.alice, w.channel)
    for page in SPARKLE_PAGES[:-1]:
        step = await w.alice.submit_modal(shown, page)
        assert step.response is not None
        shown = await w.alice.click(step.response.message, label="Continue")
    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=1)
    recap = await w.alice.submit_modal(shown, SPARKLE_PAGES[-1])
    assert "All saved" in said(recap)
    assert not any("something went wrong" in m.content for m in recap.followups)


def _lose_one_answer(w: World) -> None:
    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=1)


def _all_told(result: InteractionResult) -> list[str]:
    assert result.response is not None
    told = [m.content for m in [result.response, *result.followups] if m.content]
    assert not any("something went wrong" in t for t in told), told
    return told


async def test_each_step_of_a_round_whose_answer_discord_loses_once_says_it_is_done(
    group: Group,
) -> None:
    """An affirmation saved, the round moved on (and its affirmations revealed), a closing
    posted: each answer lost once is sent once more, and each is done once."""
    g, w = group, group.w
    await share_with_question(g, "What else could I try?")
    await w.alice.click(the_post(w), label="Next phase")
    opened = await w.bob.click(the_post(w), label="Add an affirmation")
    _lose_one_answer(w)
    saved = await w.bob.submit_modal(opened, {"text": "You stayed curious.", "sign": ["anonymous"]})
    (told,) = _all_told(saved)
    assert told.startswith("Saved. Nobody sees it until the phase ends")
    _lose_one_answer(w)
    moved = await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert _all_told(moved) == ["The round is now in **Reflections**."]
    assert [m.embeds[0].description for m in said_in(thread_of(w))] == ["You stayed curious."]
    await g.fiona.click(the_post(w), label="Next phase")
    opened = await w.alice.click(the_post(w), label="Write my closing")
    preview = await w.alice.submit_modal(opened, {"takeaway": "Slow down.", "step": "Pause."})
    assert preview.response is not None
    _lose_one_answer(w)
    posted = await w.alice.click(preview.response.message, label="Post my closing")
    told = _all_told(posted)
    assert told[0] == "Your closing is posted, and the round is closed. Thank you.", told
    assert len(said_in(thread_of(w))) == 2


async def test_hours_logged_or_set_whose_answer_discord_loses_once_say_so(world: World) -> None:
    from tests.e2e.test_hours import add, rows

    w = world
    _lose_one_answer(w)
    logged = await add(w.alice, w.channel)
    (told,) = _all_told(logged)
    assert "Logged" in told and buttons(logged) == ["Edit", "Ask for attestation", "Delete"]
    assert len(await rows(w)) == 1
    _lose_one_answer(w)
    year = await w.alice.slash(w.channel, "hours cpdyear", month=4)
    assert _all_told(year) == ["Saved. Your CPD year starts on 1 April."]


async def test_a_share_deleted_whose_audit_record_fails_is_deleted_and_says_so(
    configured: World, refused_table: list[str]
) -> None:
    """The record of a deletion is written with the deletion's own: when it cannot be, the
    post is still gone from Discord, and she is told so once the job is done (before, she was
    told something went wrong, for a share that was deleted)."""
    w = configured
    preview = await _preview(w)
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert posted.response is not None and len(posts(w)) == 1
    refused_table.append("audit_events")
    gone = await w.alice.click(posted.response.message, label="Delete share")
    refused_table.clear()
    told = _all_told(gone)
    w.env.errors.clear()
    assert posts(w) == []
    assert told[-1] == "Share deleted, with its thread.", told
    await w.env.advance_time(120)  # the outbox loop closes the job, with its record
    repos = bot_of(w.env).repos
    assert await repos.outbox.deletions_due(w.env.now()) == []
    assert [s for _, _, s in await repos.audit.kinds("post_deleted")] == ["share"]
