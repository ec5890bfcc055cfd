"""A moderator deleted the share's post, which carried the round's status and controls, while
its round ran. The round carries on: the bot shows its status and controls (never the share's
text, which the moderator may have removed on purpose) in a new message in the thread, which
becomes the round's post, and the presenter or a facilitator can bring them back there with
`/round controls`. If the thread is gone too, the round ends and the presenter is told
privately."""

from __future__ import annotations

from typing import Any

import discord
import pytest
from simcord import ChannelHandle, assert_responded

from bot.app import create_bot
from bot.round import Phase
from tests.e2e.helpers import bot_of, close_dms
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    affirm,
    group,
    posts,
    said,
    the_post,
    thread_of,
)

__all__ = ["group"]  # the fixture, used by name

QUESTION = "What else could I try?"


async def _deleted_by_a_moderator(g: Group, channel_id: int, message_id: int) -> None:
    g.w.env.backend.delete_message(channel_id, message_id)
    await g.w.env.settle()


def _controls(thread: ChannelHandle) -> list[discord.Message]:
    """The bot's messages in the thread that show the round (not affirmations or closings)."""
    return [m for m in said(thread) if m.embeds and m.embeds[0].title == "Consultation round"]


def _labels(message: discord.Message) -> list[str]:
    return [c.label or "" for row in message.components for c in row.children]  # pyright: ignore[reportAttributeAccessIssue]


def _now(message: discord.Message) -> str:
    (now,) = [f.name or "" for f in message.embeds[0].fields if (f.name or "").startswith("Now:")]
    return now


@pytest.mark.postgres_too
async def test_a_round_whose_post_a_moderator_deleted_carries_on_in_its_thread(
    group: Group,
) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    saved = await affirm(w.bob, w, "You stayed curious when it was hard.")
    await affirm(g.carol, w, "Your warmth showed.")
    thread = thread_of(w)
    await _deleted_by_a_moderator(g, w.channel.id, the_post(w).id)
    assert posts(w) == []

    # bob edits his affirmation from his private reply: the bot finds the post gone
    opened = await w.bob.click(saved.response.message, label="Edit")
    assert opened.modal is not None
    edited = await w.bob.submit_modal(
        opened, {"text": "You stayed curious when it was hard, and kind.", "sign": ["anonymous"]}
    )
    assert edited.ephemeral and "Saved." in edited.response.content
    (controls,) = _controls(thread)
    assert _now(controls) == "Now: Affirmations"
    assert "Reveal affirmations" in _labels(controls) and "Add an affirmation" in _labels(controls)
    shown = str([e.to_dict() for e in controls.embeds])
    assert QUESTION not in shown and "laughed" not in shown  # nothing deleted is posted again
    assert len(controls.embeds) == 1
    assert posts(w) == []  # nothing is posted in the channel again
    record = await repos.round.get(g.share_id)
    assert record is not None and record.controls_message_id == controls.id
    assert record.controls_channel_id == thread.id

    # the new message's buttons outlive the bot, and the round goes on to its end
    await w.env.restart_bot(create_bot())
    repos = bot_of(w.env).repos
    revealed = await g.fiona.click(controls, label="Reveal affirmations")
    assert_responded(revealed, contains="Reflections", ephemeral=True)
    texts = sorted(
        m.embeds[0].description or "" for m in said(thread) if m not in _controls(thread)
    )
    assert texts == ["You stayed curious when it was hard, and kind.", "Your warmth showed."]
    (controls,) = _controls(thread)
    assert _now(controls) == "Now: Reflections"
    await g.fiona.click(controls, label="Next phase")
    (controls,) = _controls(thread)
    opened = await w.alice.click(controls, label="Write my closing")
    preview = await w.alice.submit_modal(
        opened, {"takeaway": "Slowing down works.", "step": "Pause before I answer."}
    )
    posted = await w.alice.click(preview.response.message, label="Post my closing")
    assert_responded(posted, contains="the round is closed", ephemeral=True)
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.CLOSED
    (controls,) = _controls(thread)
    assert _now(controls) == "Now: Round closed"
    assert "Next phase" not in _labels(controls)
    assert posts(w) == []


async def test_the_presenter_or_a_facilitator_brings_the_controls_back_with_round_controls(
    group: Group,
) -> None:
    """Nobody has clicked anything since the moderator deleted the post: `/round controls`
    in the thread brings the controls back, once; elsewhere it says where to use it, and
    other members are told who can."""
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await affirm(w.bob, w, "You stayed curious when it was hard.")
    thread = thread_of(w)
    post = the_post(w)

    # While the post is there, it says where the controls are, and posts nothing.
    there = await w.alice.slash(thread, "round controls")
    assert_responded(there, contains="on its post", ephemeral=True)
    assert str(post.id) in there.response.content
    assert _controls(thread) == []

    await _deleted_by_a_moderator(g, w.channel.id, post.id)
    elsewhere = await w.alice.slash(w.channel, "round controls")
    assert_responded(elsewhere, contains="in a consultation round's thread", ephemeral=True)
    member = await w.bob.slash(thread, "round controls")
    assert_responded(
        member, contains="Only the presenter or a facilitator can bring", ephemeral=True
    )
    assert _controls(thread) == []

    back = await g.fiona.slash(thread, "round controls")
    assert_responded(back, contains="in a new message in this thread", ephemeral=True)
    (controls,) = _controls(thread)
    assert str(controls.id) in back.response.content
    assert _now(controls) == "Now: Affirmations" and "Reveal affirmations" in _labels(controls)
    record = await repos.round.get(g.share_id)
    assert record is not None and record.controls_message_id == controls.id

    again = await w.alice.slash(thread, "round controls")  # once: then it links to them
    assert_responded(again, contains="on its post", ephemeral=True)
    assert _controls(thread) == [controls]

    # A moderator deletes that message too: the next one brings them back again.
    await _deleted_by_a_moderator(g, thread.id, controls.id)
    await w.env.restart_bot(create_bot())
    back = await w.alice.slash(thread, "round controls")
    assert_responded(back, contains="in a new message in this thread", ephemeral=True)
    (controls,) = _controls(thread)
    revealed = await w.alice.click(controls, label="Reveal affirmations")
    assert_responded(revealed, contains="Reflections", ephemeral=True)
    assert [m.embeds[0].description for m in said(thread) if m.id != controls.id] == [
        "You stayed curious when it was hard."
    ]
    assert posts(w) == []


async def test_a_round_whose_post_and_thread_were_deleted_ends_and_the_presenter_is_told(
    group: Group,
) -> None:
    """Nothing can hold the round any more: it ends (its affirmations never posted), its
    presenter is told privately, once, and nothing is retried or left failing."""
    g, w = group, group.w
    repos = await _at_affirmations(g)
    saved = await affirm(w.bob, w, "You stayed curious when it was hard.")
    thread = thread_of(w)
    w.env.backend.delete_channel(thread.id)
    await _deleted_by_a_moderator(g, w.channel.id, the_post(w).id)

    withdrawn = await w.bob.click(saved.response.message, label="Withdraw")
    assert_responded(withdrawn, contains="never be posted", ephemeral=True)
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.CLOSED
    told = [m.content for m in w.alice.user.dm_channel.history() if m.author.bot]
    assert len(told) == 1 and "its consultation round has ended" in told[0]
    assert "bob" not in told[0]

    # A later click finds the round closed, tells nobody again and posts nothing.
    late = await w.bob.click(saved.response.message, label="Edit")
    assert_responded(late, contains="Affirmations phase only", ephemeral=True)
    assert len([m for m in w.alice.user.dm_channel.history() if m.author.bot]) == 1
    assert posts(w) == [] and w.channel.threads == []
    await w.env.advance_time(30 * 60)
    assert w.env.errors == []


@pytest.mark.postgres_too
async def test_a_presenter_whose_dms_are_closed_is_told_the_round_ended_at_her_next_command(
    group: Group,
) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    saved = await affirm(w.bob, w, "You stayed curious when it was hard.")
    w.env.backend.delete_channel(thread_of(w).id)
    await _deleted_by_a_moderator(g, w.channel.id, the_post(w).id)
    close_dms(w.env)
    await w.bob.click(saved.response.message, label="Withdraw")
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.CLOSED
    dm = w.alice.user.dm_channel
    assert dm is None or [m for m in dm.history() if m.author.bot] == []
    assert await repos.round.ended_untold(w.alice.id) == [g.share_id]

    other = await g.carol.slash(w.channel, "privacy")  # nobody else is told
    assert all("round has ended" not in m.content for m in other.followups)
    told = await w.alice.slash(w.channel, "privacy")
    (notice,) = [m for m in told.followups if "its consultation round has ended" in m.content]
    assert notice.ephemeral
    again = await w.alice.slash(w.channel, "privacy")
    assert all("round has ended" not in m.content for m in again.followups)
    assert await repos.round.ended_untold(w.alice.id) == []


async def test_controls_posted_but_not_recorded_are_taken_up_again_not_posted_twice(
    group: Group,
) -> None:
    """The database failed just after the controls were posted in the thread (as a restart
    there would leave them): the message is there but not recorded. The next time the round
    is shown, that message is found and recorded, rather than a second one posted."""
    g, w = group, group.w
    repos = await _at_affirmations(g)
    saved = await affirm(w.bob, w, "You stayed curious when it was hard.")
    thread = thread_of(w)
    await _deleted_by_a_moderator(g, w.channel.id, the_post(w).id)
    real = repos.round.move_controls

    async def fails(*_: Any) -> bool:
        raise RuntimeError("database is gone")

    repos.round.move_controls = fails  # pyright: ignore[reportAttributeAccessIssue]
    withdrawn = await w.bob.click(saved.response.message, label="Withdraw")
    assert_responded(withdrawn, contains="never be posted", ephemeral=True)
    (controls,) = _controls(thread)
    record = await repos.round.get(g.share_id)
    assert record is not None and record.controls_message_id is None  # not recorded
    repos.round.move_controls = real  # pyright: ignore[reportAttributeAccessIssue]
    await w.env.restart_bot(create_bot())
    repos = bot_of(w.env).repos

    back = await w.alice.slash(thread, "round controls")
    assert_responded(back, contains=str(controls.id), ephemeral=True)
    assert _controls(thread) == [controls]  # taken up, not posted again
    record = await repos.round.get(g.share_id)
    assert record is not None and record.controls_message_id == controls.id
    revealed = await w.alice.click(controls, label="Reveal affirmations")
    assert_responded(revealed, contains="Reflections", ephemeral=True)
    assert _now(_controls(thread)[0]) == "Now: Reflections"


async def test_round_controls_refused_by_discord_with_403_says_which_permissions_not_to_retry(
    group: Group,
) -> None:
    """Discord refuses the new message with 403 while the bot's role looks complete to it (an
    overwrite it has not seen, say), so it cannot tell which permission is missing: it says
    that it is not allowed to post there and which permissions it needs, never to try again
    in a moment, which would change nothing. Once allowed, the same command brings them."""
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await affirm(w.bob, w, "You stayed curious when it was hard.")
    thread = thread_of(w)
    await _deleted_by_a_moderator(g, w.channel.id, the_post(w).id)
    # A passing failure (Discord's 503) is worth trying again in a moment...
    w.env.inject_error("POST", f"/channels/{thread.id}/messages", status=503, message="busy")
    passing = await w.alice.slash(thread, "round controls")
    assert_responded(passing, contains="please try again in a moment", ephemeral=True)
    # ...a refusal is not
    w.env.inject_error(
        "POST", f"/channels/{thread.id}/messages", status=403, code=50001, message="Missing Access"
    )

    refused = await w.alice.slash(thread, "round controls")
    assert_responded(refused, contains="not allowed to post in this thread", ephemeral=True)
    told = refused.response.content
    for needed in ("View Channels", "Send Messages in Threads", "Embed Links"):
        assert f"**{needed}**" in told, told
    assert "try again in a moment" not in told, told
    assert _controls(thread) == []
    record = await repos.round.get(g.share_id)
    assert record is not None and record.controls_message_id is None

    back = await w.alice.slash(thread, "round controls")
    assert_responded(back, contains="in a new message in this thread", ephemeral=True)
    (controls,) = _controls(thread)
    record = await repos.round.get(g.share_id)
    assert record is not None and record.controls_message_id == controls.id
