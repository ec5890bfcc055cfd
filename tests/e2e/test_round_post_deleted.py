"""A moderator deleted the share's post, which carried the round's status and controls, while
its round ran. The round carries on: the bot shows its status and controls (never the share's
text, which the moderator may have removed on purpose) in a new message in the thread, which
becomes the round's post, and the presenter or a facilitator can bring them back there with
`/round controls`. If the thread is gone too, the round ends and the presenter is told
privately."""

from __future__ import annotations

import discord
from simcord import ChannelHandle, assert_responded

from bot.app import create_bot
from bot.round import Phase
from tests.e2e.helpers import bot_of
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
