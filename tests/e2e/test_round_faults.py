"""The consultation round under faults: a post Discord refused to update, and a presenter
whose DMs are closed when a member steps out."""

from __future__ import annotations

from simcord import assert_responded

from bot.app import create_bot
from bot.outbox import PostState
from bot.round import Phase
from tests.e2e.helpers import bot_of
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    affirm,
    group,
    said,
    share_with_question,
    the_post,
    thread_of,
)

__all__ = ["group"]  # the fixture, used by name

REFUSED = "Missing Permissions"


def _phase_shown(g: Group) -> str:
    """The phase the round's post says it is in."""
    names = [f.name or "" for f in the_post(g.w).embeds[1].fields]
    (now,) = [name for name in names if name.startswith("Now:")]
    return now


async def test_a_round_post_that_could_not_be_updated_is_put_right_by_the_next_click(
    group: Group,
) -> None:
    g, w = group, group.w
    post = await share_with_question(g, "What else could I try?")
    w.env.inject_error(
        "PATCH", f"/channels/{w.channel.id}/messages/{post.id}", status=403, code=50013,
        message=REFUSED,
    )  # fmt: skip
    moved = await w.alice.click(post, label="Next phase")
    assert moved.acknowledged and "Affirmations" in moved.response.content
    assert "couldn't update the post" in moved.response.content
    repos = bot_of(w.env).repos
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.AFFIRMATIONS
    assert "Clarifying" in _phase_shown(g)  # Discord refused: the post is behind
    # A member clicks the stale button: nothing moves, and the post catches up.
    stale = await g.fiona.click(the_post(w), label="Next phase")
    assert_responded(stale, contains="it was moved on before this click", ephemeral=True)
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.AFFIRMATIONS
    assert "Affirmations" in _phase_shown(g)
    labels = [c.label for row in the_post(w).components for c in row.children]  # pyright: ignore[reportAttributeAccessIssue]
    assert "Add an affirmation" in labels and "Next phase" not in labels


async def test_a_presenter_whose_dms_are_closed_is_offered_to_keep_in_her_closing_reply(
    group: Group,
) -> None:
    """A facilitator revealed the affirmations and the offer to keep them could not be sent
    to the presenter: she is offered it in the reply when she posts her closing."""
    g, w = group, group.w
    await _at_affirmations(g)
    await affirm(w.bob, w, "You trusted the client's pace.")
    await w.alice.user.send_dm("hello")  # her DM channel exists; the bot's DMs are refused
    dm = w.alice.user.dm_channel
    assert dm is not None
    w.env.inject_error(
        "POST", f"/channels/{dm.id}/messages", status=403, code=50007,
        message="Cannot send messages to this user",
    )  # fmt: skip
    await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert not [m for m in dm.history() if m.author.bot]
    await g.fiona.click(the_post(w), label="Next phase")
    opened = await w.alice.click(the_post(w), label="Write my closing")
    preview = await w.alice.submit_modal(
        opened, {"takeaway": "Slowing down works for me.", "step": "Pause before I answer."}
    )
    posted = await w.alice.click(preview.response.message, label="Post my closing")
    assert "round is closed" in posted.response.content
    (offer,) = [m for m in posted.followups if "keep them with your entry" in m.content]
    assert offer.ephemeral
    kept = await w.alice.click(offer.message, label="Keep them with my entry")
    assert_responded(kept, contains="Kept: 1 affirmation is now", ephemeral=True)
    record = await bot_of(w.env).repos.round.get(g.share_id)
    assert record is not None and record.entry_id is not None
    assert list(await bot_of(w.env).repos.round.kept(w.alice.id)) == [record.entry_id]


async def test_a_thread_refused_at_sharing_is_opened_when_the_affirmations_are_revealed(
    group: Group,
) -> None:
    """Discord refused the share's thread once: the affirmations are not stranded, the
    reveal opens the thread and posts them there."""
    g, w = group, group.w
    w.env.inject_error(
        "POST", f"/channels/{w.channel.id}/messages/*/threads", status=403, code=50013,
        message=REFUSED,
    )  # fmt: skip
    await share_with_question(g, "What else could I try?")
    assert w.channel.threads == []
    await w.alice.click(the_post(w), label="Next phase")
    await affirm(w.bob, w, "You trusted the client's pace.")
    revealed = await w.alice.click(the_post(w), label="Reveal affirmations")
    assert revealed.acknowledged and "could not" not in revealed.response.content
    thread = thread_of(w)
    assert [m.embeds[0].description for m in said(thread)] == ["You trusted the client's pace."]
    repos = bot_of(w.env).repos
    share = await repos.outbox.get(g.share_id)
    assert share is not None and share.thread_id == thread.id
    assert await repos.round.unrevealed(g.share_id) == []


async def test_affirmations_for_a_thread_deleted_on_discord_are_not_promised_a_retry(
    group: Group,
) -> None:
    """The share's thread was deleted on Discord before the reveal. Nothing can post the
    affirmations there (a deleted thread is not opened again): the reveal says so instead of
    offering **Post the rest** for ever, posts nothing, and keeps them unposted."""
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await affirm(w.bob, w, "You trusted the client's pace.")
    thread = await bot_of(w.env).fetch_channel(thread_of(w).id)
    await thread.delete()  # SimCord has no moderator action for it: deleted through the API

    revealed = await w.alice.click(the_post(w), label="Reveal affirmations")
    assert revealed.acknowledged and revealed.ephemeral and revealed.response is not None
    assert "1 affirmation can't be posted" in revealed.response.content
    assert "thread is no longer on Discord" in revealed.response.content
    assert "Post the rest" not in str(revealed.response.components)
    assert w.channel.threads == []
    (pending,) = await repos.round.unrevealed(g.share_id)
    assert pending.message_id is None
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.REFLECTIONS
    assert _phase_shown(g).endswith("Reflections")


async def test_a_reveal_cut_short_by_a_restart_is_offered_again_and_posts_each_once(
    group: Group,
) -> None:
    """The bot stopped between claiming an affirmation and sending it. After the restart the
    reveal posts the others and says that one is under way, with **Post the rest**: a few
    minutes later (its claim let go) that button posts it, once. No affirmation is stranded
    until someone happens to move the round on."""
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await affirm(w.bob, w, "One.")
    await affirm(g.carol, w, "Two.")
    first, _second = await repos.round.unrevealed(g.share_id)
    share = await repos.outbox.get(g.share_id)
    assert share is not None and share.thread is not None
    assert await repos.round.claim(first.id, share.thread)  # the process dies here
    await w.env.restart_bot(create_bot())

    revealed = await w.alice.click(the_post(w), label="Reveal affirmations")
    assert revealed.acknowledged and revealed.ephemeral and revealed.response is not None
    assert "being posted right now" in revealed.response.content
    assert "Post the rest" in str(revealed.response.components)
    assert len(said(thread_of(w))) == 1
    await w.env.advance_time(3 * 60)  # the outbox lets the dead claim go
    rest = await w.alice.click(revealed.response.message, label="Post the rest")
    assert_responded(rest, contains="Every affirmation is posted.", ephemeral=True)
    again = await w.alice.click(revealed.response.message, label="Post the rest")
    assert_responded(again, contains="Every affirmation is posted.", ephemeral=True)
    assert sorted(m.embeds[0].description or "" for m in said(thread_of(w))) == ["One.", "Two."]
    repos = bot_of(w.env).repos
    assert await repos.round.unrevealed(g.share_id) == []
    posted = await repos.outbox.get(first.id)
    assert posted is not None and posted.state is PostState.POSTED
