"""The round on its unhappy paths: a restart between moving on and the reveal, two reveals
clicked at once, a thread the bot may no longer post in, the presenter erasing her data and
a member leaving the server mid-round. None leaves the round stuck, skips a phase or posts
an affirmation twice."""

from __future__ import annotations

import asyncio
from typing import Any

import discord
from simcord import assert_responded

from bot.app import create_bot
from bot.round import Phase
from bot.round.models import NotSaved
from tests.e2e.helpers import bot_of, erase_everything
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    affirm,
    group,
    posts,
    round_fields,
    said,
    share_with_question,
    the_post,
    thread_of,
)

__all__ = ["group"]  # the fixture, used by name


def _texts(g: Group) -> list[str]:
    return sorted(m.embeds[0].description or "" for m in said(thread_of(g.w)))


async def test_a_restart_between_moving_on_and_the_reveal_reveals_at_the_next_click(
    group: Group,
) -> None:
    """The bot stopped just after the affirmations phase ended (stored) and before the reveal
    and the post's update. The post still offers **Reveal affirmations**: a click on it does
    not move the round again, but posts the affirmations now, in the reflections where they
    belong, rather than leaving them hidden until someone moves on to the closing."""
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await affirm(w.bob, w, "One.")
    await affirm(g.carol, w, "Two.")
    assert await repos.round.advance(g.share_id, Phase.AFFIRMATIONS, Phase.REFLECTIONS)
    await w.env.restart_bot(create_bot())  # the process died here
    repos = bot_of(w.env).repos

    stale = await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert stale.acknowledged and stale.ephemeral and stale.response is not None
    assert (
        "The round is already in **Reflections**: it was moved on before this click."
        in stale.response.content
    )
    assert _texts(g) == ["One.", "Two."]
    assert await repos.round.unrevealed(g.share_id) == []
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.REFLECTIONS  # not moved twice
    assert "Now: Reflections" in round_fields(the_post(w))
    again = await g.fiona.click(the_post(w), label="Next phase")
    assert_responded(again, contains="Closing", ephemeral=True)
    assert _texts(g) == ["One.", "Two."]  # each once


async def test_two_reveals_clicked_at_once_move_the_round_once_and_post_each_once(
    group: Group,
) -> None:
    """The presenter and a facilitator click **Reveal affirmations** at the same moment: the
    first one's move is held while the second is answered. One of them moves the round and
    reveals; the other moves nothing, and no phase is skipped."""
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await affirm(w.bob, w, "One.")
    await affirm(g.carol, w, "Two.")
    real, gate, calls = repos.round.advance, asyncio.Event(), []

    async def first_held(*args: Any) -> Any:
        calls.append(args)
        if len(calls) == 1:
            await w.env.external_wait(gate.wait(), reason="the database is slow")
        return await real(*args)

    repos.round.advance = first_held  # pyright: ignore[reportAttributeAccessIssue]
    post = the_post(w)
    first = await w.alice.click(post, label="Reveal affirmations")
    assert first.acknowledged and first.deferred  # still moving
    second = await g.fiona.click(post, label="Reveal affirmations")
    assert_responded(second, contains="Reflections", ephemeral=True)
    gate.set()
    await w.env.settle()
    assert first.response is not None and "moved the round on already" in first.response.content
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.REFLECTIONS
    assert _texts(g) == ["One.", "Two."]


async def test_a_thread_the_bot_may_not_post_in_is_named_when_the_controls_are_asked_for(
    group: Group,
) -> None:
    """The bot's role may not send messages in the consultation channel's threads, and a
    moderator deleted the share's post: `/round controls` says which permission would bring
    the controls back, rather than failing or saying nothing."""
    g, w = group, group.w
    denied = discord.PermissionOverwrite(send_messages_in_threads=False)
    w.channel = w.guild.create_text_channel("consultation", overwrites={w.guild.me: denied})
    # chosen while the bot could post there; its role lost the permission since
    await bot_of(w.env).repos.servers.update(w.guild.id, consultation_channel_id=w.channel.id)
    await share_with_question(g, "What else could I try?")
    thread = thread_of(w)
    w.env.backend.delete_message(w.channel.id, the_post(w).id)
    await w.env.settle()

    asked = await w.alice.slash(thread, "round controls")
    assert_responded(asked, contains="Send Messages in Threads", ephemeral=True)
    assert said(thread) == []
    record = await bot_of(w.env).repos.round.get(g.share_id)
    assert record is not None and record.controls_message_id is None
    assert record.phase is Phase.CLARIFYING  # the round is not ended: it waits for the right


async def test_the_presenter_erasing_her_data_mid_round_leaves_nothing_stuck(
    group: Group,
) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    saved = await affirm(w.bob, w, "One.")
    erased = await erase_everything(w.alice, w.channel)
    assert erased.response is not None and "erased" in erased.response.content
    assert posts(w) == [] and w.channel.threads == []
    assert await repos.round.get(g.share_id) is None
    late = await w.bob.click(saved.response.message, label="Edit")
    assert late.acknowledged and late.modal is None and late.ephemeral
    dm = w.alice.user.dm_channel  # nothing tells her a round ended: she ended it
    assert dm is None or [m for m in dm.history() if m.author.bot] == []
    await w.env.advance_time(30 * 60)
    assert w.env.errors == []
    assert await repos.outbox.problems_in(w.guild.id) == []


async def test_a_named_affirmation_from_a_member_who_left_is_revealed_as_she_saw_it(
    group: Group,
) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await affirm(g.carol, w, "Your warmth showed.", sign="named")
    w.guild.remove_member(g.carol)
    revealed = await w.alice.click(the_post(w), label="Reveal affirmations")
    assert_responded(revealed, contains="Reflections", ephemeral=True)
    (posted,) = said(thread_of(w))
    assert posted.embeds[0].title == "Affirmation from carol"
    assert await repos.round.unrevealed(g.share_id) == []


async def test_an_affirmation_saved_just_before_a_restart_is_kept_and_posted_once(
    group: Group,
) -> None:
    """The bot stopped between saving bob's affirmation and answering him (his form failed
    on his screen). Nothing is lost: his form opens again with what he wrote, saving it
    again keeps one affirmation, and the reveal posts it once."""
    g, w = group, group.w
    repos = await _at_affirmations(g)
    saved = await repos.round.write_affirmation(
        g.share_id, w.bob.id, title="Affirmation", text="You slowed down.", anonymous=True
    )
    assert not isinstance(saved, NotSaved)
    await w.env.restart_bot(create_bot())  # the process died before its answer
    repos = bot_of(w.env).repos

    opened = await w.bob.click(the_post(w), label="Add an affirmation")
    assert opened.modal is not None
    assert opened.modal["components"][0]["component"]["value"] == "You slowed down."
    again = await w.bob.submit_modal(opened, {"text": "You slowed down.", "sign": ["anonymous"]})
    assert_responded(again, contains="Saved.", ephemeral=True)
    assert "Affirmations written so far: 1" in (the_post(w).embeds[1].footer.text or "")
    await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert _texts(g) == ["You slowed down."]
    assert await repos.round.unrevealed(g.share_id) == []
