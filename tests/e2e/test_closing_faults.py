"""The presenter's closing under faults: a record lost after the post succeeded, and a restart
between the claim and the send. The closing is posted exactly once and the round still closes."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import assert_responded

from bot.app import create_bot
from bot.outbox import PostState
from bot.round import Phase
from tests.e2e.helpers import bot_of
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    exported,
    posts,
    said,
    the_post,
    thread_of,
)
from tests.e2e.test_round import group as group  # the fixture


async def _closing_preview(g: Group) -> Any:
    """The round moved on to its closing and the presenter's closing saved, not yet posted."""
    w = g.w
    await _at_affirmations(g)
    await w.alice.click(the_post(w), label="Reveal affirmations")
    await w.alice.click(the_post(w), label="Next phase")
    opened = await w.alice.click(the_post(w), label="Write my closing")
    preview = await w.alice.submit_modal(
        opened, {"takeaway": "Slowing down works for me.", "step": "Pause before I answer."}
    )
    assert preview.response is not None
    assert "exactly what will be posted" in preview.response.content
    return preview


async def _database_gone(*_: Any, **__: Any) -> Any:
    raise RuntimeError("database is gone")


def _closings(g: Group) -> list[Any]:
    return [m for m in said(thread_of(g.w)) if m.embeds and m.embeds[0].title == "Closing"]


async def test_a_closing_whose_record_was_lost_is_not_posted_twice_and_the_round_closes(
    group: Group,
) -> None:
    g, w = group, group.w
    preview = await _closing_preview(g)
    repos = bot_of(w.env).repos
    repos.outbox.record_sent = _database_gone  # type: ignore[method-assign]
    posted = await w.alice.click(preview.response.message, label="Post my closing")
    assert_responded(posted, contains="round is closed", ephemeral=True)
    del repos.outbox.record_sent
    assert len(_closings(g)) == 1  # Discord has it; the database does not know yet
    unsure = await w.alice.click(preview.response.message, label="Post my closing")
    assert_responded(unsure, contains="posted only once", ephemeral=True)
    assert len(_closings(g)) == 1
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(3 * 60)  # the outbox finds it by its ref and records it
    again = await w.alice.click(preview.response.message, label="Post my closing")
    assert_responded(again, contains="posted", ephemeral=True)
    assert len(_closings(g)) == 1
    repos = bot_of(w.env).repos
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.CLOSED
    closing = await repos.round.closing_post(g.share_id)
    assert closing is not None and closing.state is PostState.POSTED
    labels = [c.label for row in the_post(w).components for c in row.children]  # type: ignore[attr-defined]
    assert "Write my closing" not in labels


async def test_a_closing_cut_short_by_a_restart_is_posted_once_later(group: Group) -> None:
    g, w = group, group.w
    preview = await _closing_preview(g)
    repos = bot_of(w.env).repos
    closing = await repos.round.closing_post(g.share_id)
    share = await repos.outbox.get(g.share_id)
    assert closing is not None and share is not None and share.thread_id is not None
    assert await repos.round.claim(closing.id, share.thread_id)  # the process dies here
    await w.env.restart_bot(create_bot())
    early = await w.alice.click(preview.response.message, label="Post my closing")
    assert_responded(early, ephemeral=True)
    assert early.response is not None and "being posted" in early.response.content
    assert _closings(g) == []
    await w.env.advance_time(3 * 60)
    posted = await w.alice.click(preview.response.message, label="Post my closing")
    assert_responded(posted, contains="round is closed", ephemeral=True)
    assert len(_closings(g)) == 1
    record = await bot_of(w.env).repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.CLOSED


async def test_a_closing_that_grows_when_anonymized_is_posted_exactly_as_previewed(
    group: Group,
) -> None:
    """Handles become "[handle]": two full answers of them grow past an embed's 4,096
    characters. The preview still shows, within Discord's limits, exactly what is posted."""
    g, w = group, group.w
    await _at_affirmations(g)
    await w.alice.click(the_post(w), label="Reveal affirmations")
    await w.alice.click(the_post(w), label="Next phase")
    opened = await w.alice.click(the_post(w), label="Write my closing")
    typed = {"takeaway": "@jo " * 250, "step": "@everyone <@123> " + "@al " * 245}
    preview = await w.alice.submit_modal(opened, typed)
    assert preview.response is not None, "no preview"
    assert "exactly what will be posted" in preview.response.content
    shown = preview.response.embeds[0].description or ""
    assert 0 < len(shown) <= 4096 and "@jo" not in shown
    await w.alice.click(preview.response.message, label="Post my closing")
    (posted,) = _closings(g)
    assert posted.embeds[0].description == shown
    assert not posted.mention_everyone
    closing = await bot_of(w.env).repos.round.closing(g.share_id)
    assert closing is not None and closing.takeaway == typed["takeaway"].strip()


async def test_a_closing_refused_by_the_thread_is_kept_and_posted_once_by_the_next_click(
    group: Group,
) -> None:
    g, w = group, group.w
    preview = await _closing_preview(g)
    thread = thread_of(w)
    w.env.inject_error(
        "POST", f"/channels/{thread.id}/messages", status=403, code=50013,
        message="Missing Permissions",
    )  # fmt: skip
    refused = await w.alice.click(preview.response.message, label="Post my closing")
    assert_responded(refused, contains="Your closing is kept", ephemeral=True)
    assert _closings(g) == []
    repos = bot_of(w.env).repos
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.CLOSING
    closing = await repos.round.closing_post(g.share_id)
    assert closing is not None and closing.state is PostState.DRAFT
    posted = await w.alice.click(preview.response.message, label="Post my closing")
    assert_responded(posted, contains="round is closed", ephemeral=True)
    assert len(_closings(g)) == 1
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.CLOSED


async def test_deleting_the_entry_takes_its_closing_and_key_question_with_it(
    group: Group,
) -> None:
    """Her closing is a post of its own in the share's thread, holding her words: deleting the
    entry (and so its share) leaves it neither in the database nor in her export."""
    g, w = group, group.w
    preview = await _closing_preview(g)
    await w.alice.click(preview.response.message, label="Post my closing")
    repos = bot_of(w.env).repos
    closing = await repos.round.closing_post(g.share_id)
    assert closing is not None and closing.state is PostState.POSTED
    assert (await exported(w, w.alice))["round"]["affirmations_and_closings"] != []
    share = await repos.outbox.get(g.share_id)
    assert share is not None and share.entry_id is not None
    listed = await w.alice.slash(w.channel, "entries")
    opened = await w.alice.select(listed.response.message, [str(share.entry_id)])
    ask = await w.alice.click(opened.response.message, label="Delete")
    gone = await w.alice.click(ask.response.message, label="Delete entry")
    assert_responded(gone, contains="deleted.", ephemeral=True)
    assert "Not everything is gone" not in gone.response.content
    assert w.channel.threads == [] and posts(w) == []
    assert await repos.outbox.get(closing.id) is None
    assert await repos.round.get(g.share_id) is None
    document = await exported(w, w.alice)
    written = ("affirmations_and_closings", "rounds_presented", "affirmations_kept")
    assert [document["round"][k] for k in written] == [[], [], []]


@pytest.mark.postgres_too
async def test_a_closing_for_a_thread_deleted_on_discord_says_so_and_keeps_it(
    group: Group,
) -> None:
    """The share's thread was deleted on Discord (by a moderator, say) before the presenter
    posted her closing. She is told that, not that the round "isn't available to her"; nothing
    is posted or claimed, no thread is opened again, and her closing stays saved."""
    g, w = group, group.w
    preview = await _closing_preview(g)
    thread = await bot_of(w.env).fetch_channel(thread_of(w).id)
    await thread.delete()  # SimCord has no moderator action for it: deleted through the API
    assert w.channel.threads == []

    posted = await w.alice.click(preview.response.message, label="Post my closing")
    assert posted.acknowledged and posted.ephemeral and posted.response is not None
    assert posted.response.content.startswith("**Not posted.**")
    assert "thread is no longer on Discord" in posted.response.content
    assert "isn't available" not in posted.response.content
    assert w.channel.threads == [] and len(posts(w)) == 1  # the share itself, nothing more
    repos = bot_of(w.env).repos
    closing = await repos.round.closing_post(g.share_id)
    assert closing is not None and closing.state is PostState.DRAFT and closing.claim is None
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.CLOSING
    (presented,) = (await exported(w, w.alice))["round"]["rounds_presented"]
    assert "Pause before I answer." in presented["closing"]
