"""Posts the bot makes for a member that Discord answers with an error other than 403: a 5xx
(its servers failing) or a 429 (rate limited). On a share's confirm click she is told plainly
that Discord did not take it, that nothing was posted and that her preview is kept (not
"something went wrong on our side"); the same click works once Discord does. A 5xx can also
come after Discord made the message: the bot looks for it before calling the send lost, so a
share, a weekly summary, an affirmation or a closing is never posted twice, and nobody is
told "nothing was posted" for a post that is up."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from simcord import assert_responded

from bot.outbox import PostState
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, buttons
from tests.e2e.test_round import Group, share_with_question, the_post, thread_of
from tests.e2e.test_round import group as group  # the fixture
from tests.e2e.test_round import said as said_in
from tests.e2e.test_share_and_setup import _preview, posts  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_summary_flow import members_reflected


def _preview_id(preview) -> int:
    """The stored preview its first button (sk:shv:post:<preview>:<shown>) posts."""
    return int(preview.response.components[0]["components"][0]["custom_id"].split(":")[3])


def _told(result) -> list[str]:
    assert result.acknowledged and result.response is not None
    return [m.content for m in [result.response, *result.followups] if m.content]


@pytest.mark.parametrize(
    ("status", "message"),
    [(500, "upstream down"), (503, "Unavailable"), (429, "You are being rate limited.")],
)
async def test_a_share_discord_refuses_with_a_server_error_is_kept_and_said_plainly(
    configured: World, status: int, message: str
) -> None:
    w = configured
    preview = await _preview(w)
    w.env.inject_error(
        "POST", f"/channels/{w.channel.id}/messages", status=status, message=message, times=1
    )
    refused = await w.alice.click(preview.response.message, label="Post anonymously")
    (told,) = _told(refused)
    assert "went wrong on our side" not in told, told
    assert f"Discord didn't take the post just now (it answered {status})" in told
    assert "Nothing was posted" in told and "preview is kept" in told
    assert refused.ephemeral and posts(w) == []
    repos = bot_of(w.env).repos
    kept = await repos.outbox.owned(_preview_id(preview), w.alice.id)
    assert kept is not None and kept.state is PostState.DRAFT and kept.message_id is None
    assert await repos.outbox.shares_of(w.alice.id) == []
    assert await repos.audit.kinds("share_posted") == []
    # the same button works once Discord does, and posts once
    again = await w.alice.click(preview.response.message, label="Post anonymously")
    (message_up,) = posts(w)
    assert _told(again) == [f"Shared in {w.channel.mention}: {message_up.jump_url}"]
    (share,) = await repos.outbox.shares_of(w.alice.id)
    assert share.message_id == message_up.id and share.state is PostState.POSTED


@pytest.fixture
def made_then_failed(world: World) -> Iterator[list[str]]:
    """While the list names a path, a POST there is carried out by Discord and then answered
    with a 500 (its answer lost on the way back): the message is up, the bot is told it failed."""
    from simcord.backend.errors import BackendError
    from simcord.http import router

    paths: list[str] = []
    original = router.dispatch

    def dispatch(backend, method: str, path: str, **kwargs):
        done = original(backend, method, path, **kwargs)
        if method == "POST" and path in paths:
            paths.remove(path)
            raise BackendError(500, 0, "upstream timed out")
        return done

    router.dispatch = dispatch
    try:
        yield paths
    finally:
        router.dispatch = original


async def test_a_share_discord_made_but_answered_500_is_posted_once(
    configured: World, made_then_failed: list[str]
) -> None:
    w = configured
    preview = await _preview(w)
    made_then_failed.append(f"/channels/{w.channel.id}/messages")
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    (message_up,) = posts(w)
    assert _told(posted) == [f"Shared in {w.channel.mention}: {message_up.jump_url}"]
    assert "Delete share" in buttons(posted)
    repos = bot_of(w.env).repos
    (share,) = await repos.outbox.shares_of(w.alice.id)
    assert share.message_id == message_up.id and share.state is PostState.POSTED
    assert len(w.channel.threads) == 1  # its response thread is opened as usual
    # a click again is told it is up, and posts nothing more
    again = await w.alice.click(preview.response.message, label="Post anonymously")
    assert_responded(again, contains="already posted", ephemeral=True)
    assert [m.id for m in posts(w)] == [message_up.id]


async def test_a_summary_discord_made_but_answered_500_is_posted_once(
    world: World, facilitation, made_then_failed: list[str]
) -> None:
    """The facilitator is told it is posted (it is), and no retry posts it a second time."""
    w = world
    _admin, fiona, _facilitators, weekly = facilitation
    await members_reflected(w, facilitation, 3, schedule=False)
    preview = await fiona.slash(w.channel, "summary", week="this week")
    made_then_failed.append(f"/channels/{weekly.id}/messages")
    posted = await fiona.click(preview.response.message, label="Post to the summary channel")
    (told,) = _told(posted)
    assert told.startswith("Posted.") and "Nothing was posted" not in told, told
    (up,) = weekly.history()
    repos = bot_of(w.env).repos
    (job,) = await repos.outbox.summaries_of(w.guild.id)
    assert job.state is PostState.POSTED and job.message_id == up.id and job.problem is None
    assert len(await repos.audit.kinds("summary_post")) == 1
    await w.env.advance_time(30 * 60)  # past every retry a failed post would have had
    assert [m.id for m in weekly.history()] == [up.id]
    again = await fiona.click(preview.response.message, label="Post to the summary channel")
    assert_responded(again, contains="already posted", ephemeral=True)
    assert [m.id for m in weekly.history()] == [up.id]


async def test_an_affirmation_and_a_closing_discord_made_but_answered_500_are_posted_once(
    group: Group, made_then_failed: list[str]
) -> None:
    """The reveal does not say an affirmation that is up "could not be posted yet" (whose
    Post the rest then posted it again), and the closing is said to be posted, once."""
    g, w = group, group.w
    await share_with_question(g, "What else could I try?")
    await w.alice.click(the_post(w), label="Next phase")
    opened = await w.bob.click(the_post(w), label="Add an affirmation")
    await w.bob.submit_modal(opened, {"text": "You stayed curious.", "sign": ["anonymous"]})
    thread = thread_of(w)
    made_then_failed.append(f"/channels/{thread.id}/messages")
    moved = await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert _told(moved) == ["The round is now in **Reflections**."]
    assert "Post the rest" not in buttons(moved)
    assert [m.embeds[0].description for m in said_in(thread)] == ["You stayed curious."]
    repos = bot_of(w.env).repos
    (share,) = await repos.outbox.shares_of(w.alice.id)
    assert await repos.round.unrevealed(share.id) == []
    await w.env.advance_time(30 * 60)  # no retry posts it again
    assert [m.embeds[0].description for m in said_in(thread)] == ["You stayed curious."]

    await g.fiona.click(the_post(w), label="Next phase")
    opened = await w.alice.click(the_post(w), label="Write my closing")
    preview = await w.alice.submit_modal(opened, {"takeaway": "Slow down.", "step": "Pause."})
    assert preview.response is not None
    made_then_failed.append(f"/channels/{thread.id}/messages")
    posted = await w.alice.click(preview.response.message, label="Post my closing")
    told = _told(posted)
    assert told[0] == "Your closing is posted, and the round is closed. Thank you.", told
    closing = await repos.round.closing_post(share.id)
    assert closing is not None and closing.state is PostState.POSTED
    await w.env.advance_time(30 * 60)
    assert len(said_in(thread)) == 2  # the affirmation and the closing, each once
    again = await w.alice.click(preview.response.message, label="Post my closing")
    assert "posted already" in _told(again)[0]
    assert len(said_in(thread)) == 2


async def test_a_share_whose_thread_discord_fails_to_open_blames_no_permission(
    group: Group,
) -> None:
    """A 5xx on opening the share's response thread: she is not told to grant Create Public
    Threads (the bot has it), and the thread is opened when the round first posts in it."""
    g, w = group, group.w
    w.env.inject_error(
        "POST", f"/channels/{w.channel.id}/messages/*/threads", status=503, message="Unavailable"
    )
    await share_with_question(g, "What else could I try?")
    (told,) = [
        m.content
        for m in w.channel.history(viewer=w.alice)
        if m.content.startswith(f"Shared in {w.channel.mention}")
    ]
    assert "Create Public Threads" not in told, told
    assert "Discord didn't open its response thread just now (503)" in told, told
    assert w.channel.threads == []
    await w.alice.click(the_post(w), label="Next phase")
    opened = await w.bob.click(the_post(w), label="Add an affirmation")
    await w.bob.submit_modal(opened, {"text": "You stayed curious.", "sign": ["anonymous"]})
    moved = await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert _told(moved) == ["The round is now in **Reflections**."]
    assert [m.embeds[0].description for m in said_in(thread_of(w))] == ["You stayed curious."]
    (share,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    assert share.thread_id == thread_of(w).id
