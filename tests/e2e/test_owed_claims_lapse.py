"""What the round owes a presenter (a step-out notice, a keep offer) is claimed before it is
sent, so that two of her commands at once give it once (test_owed_notices_at_once). A process
that stops between the claim and the send (a crash, a restart, a deploy) never gives it back:
before, that notice or offer was lost for good. Now a claim lapses after `OWED_CLAIM_HOLD`: it
is owed again and comes with her next command; one that was sent is done for good.

The process "stops" right after its claim is stored: the claim is made, then nothing more of
that process's work on it happens, and the bot is restarted. The clock is moved straight to
the moment under test."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import assert_responded

from bot.app import create_bot
from bot.round.models import OWED_CLAIM_HOLD
from tests.e2e.helpers import bot_of
from tests.e2e.test_keep_offer_dms_closed import OFFER, _owed, _revealed_by_the_facilitator
from tests.e2e.test_owed_notices_with_commands import _notices, _stepped_out_unseen
from tests.e2e.test_round import Group, group, share_with_question, the_post
from tests.e2e.test_step_out_notice import _told

__all__ = ["group"]  # the fixture, used by name


def _offers(result: Any) -> list:
    return [m for m in result.followups if OFFER in m.content]


def _stops_after(repos: Any, name: str, stopped: Any) -> None:
    """This process stops right after the claim `name` stored: its work on it ends there."""
    claim = getattr(repos.round, name)

    async def claimed_then_stopped(*args: Any) -> Any:
        await claim(*args)
        return stopped

    setattr(repos.round, name, claimed_then_stopped)


async def _past_the_hold(g: Group) -> None:
    await g.w.env.advance_time(OWED_CLAIM_HOLD.total_seconds() + 1)


@pytest.mark.postgres_too
async def test_a_step_out_notice_claimed_by_a_command_that_stopped_comes_later(
    group: Group,
) -> None:
    g, w = group, group.w
    await _stepped_out_unseen(g)
    _stops_after(bot_of(w.env).repos, "take_untold", [])
    stopped = await w.alice.slash(w.channel, "privacy")
    assert stopped.acknowledged and _notices(stopped) == []
    await w.env.restart_bot(create_bot())

    # Its claim may still be another process's send in flight: not given twice meanwhile.
    soon = await w.alice.slash(w.channel, "privacy")
    assert soon.acknowledged and _notices(soon) == []
    await _past_the_hold(g)
    later = await w.alice.slash(w.channel, "privacy")
    assert later.acknowledged and later.response.embeds  # her own answer first
    (notice,) = _notices(later)  # before: never (marked told by the stopped process)
    assert notice.ephemeral and "carol" not in notice.content
    assert await _told(g) == [True]
    await _past_the_hold(g)
    assert _notices(await w.alice.slash(w.channel, "privacy")) == []  # sent: done for good


async def test_a_step_out_notice_claimed_for_a_dm_that_was_never_sent_comes_later(
    group: Group,
) -> None:
    """Her DMs are open; the process stops after claiming the notice, before the DM."""
    g, w = group, group.w
    await share_with_question(g, "What else could I try?")
    _stops_after(bot_of(w.env).repos, "take_for_dm", False)
    stepped = await g.carol.click(the_post(w), label="I may know this client")
    assert_responded(stepped, contains="step out", ephemeral=True)
    await w.env.restart_bot(create_bot())
    assert w.alice.user.dm_channel is None or not [
        m for m in w.alice.user.dm_channel.history() if m.author.bot
    ]
    assert _notices(await w.alice.slash(w.channel, "privacy")) == []  # maybe in flight
    await _past_the_hold(g)
    (notice,) = _notices(await w.alice.slash(w.channel, "export"))  # before: never
    assert notice.ephemeral and await _told(g) == [True]


async def test_a_keep_offer_claimed_by_a_command_that_stopped_comes_later(
    group: Group,
) -> None:
    g, w = group, group.w
    await _revealed_by_the_facilitator(g)
    _stops_after(bot_of(w.env).repos, "take_keep_offer", False)
    stopped = await w.alice.slash(w.channel, "privacy")
    assert stopped.acknowledged and _offers(stopped) == []
    await w.env.restart_bot(create_bot())

    assert _offers(await w.alice.slash(w.channel, "privacy")) == []  # maybe in flight
    await _past_the_hold(g)
    later = await w.alice.slash(w.channel, "privacy")
    (offer,) = _offers(later)  # before: never (marked given by the stopped process)
    assert offer.ephemeral and "bob" not in offer.content
    assert not await _owed(g)
    await _past_the_hold(g)
    assert _offers(await w.alice.slash(w.channel, "entries")) == []  # given: done for good
    kept = await w.alice.click(offer.message, label="Keep them with my entry")
    assert_responded(kept, contains="Kept: 1 affirmation", ephemeral=True)


async def test_a_keep_offer_being_dmed_does_not_also_show_with_her_command_then(
    group: Group,
) -> None:
    """Fiona reveals; while the offer to keep is on its way to alice's open DMs, a command of
    alice's is answered. Before, the offer was stored as owed (unclaimed) for the DM's time,
    so the command's hook offered it too: she got it twice. Now the DM's claim holds it."""
    from tests.e2e.test_owed_notices_at_once import _her_command, _hooks_at_once
    from tests.e2e.test_round import affirm

    g, w = group, group.w
    result, interaction, command = await _her_command(g)
    await share_with_question(g, "What else could I try?")
    await w.alice.click(the_post(w), label="Next phase")
    await affirm(w.bob, w, "You stayed with the silence.")
    repos = bot_of(w.env).repos
    owe = repos.round.owe_keep_offer
    meanwhile: list[bool] = []

    async def owed_then_her_command(*args: Any, **kwargs: Any) -> None:
        await owe(*args, **kwargs)
        if not meanwhile:
            meanwhile.append(True)
            await _hooks_at_once(g, interaction, command)

    repos.round.owe_keep_offer = owed_then_her_command  # pyright: ignore[reportAttributeAccessIssue]
    revealed = await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert_responded(revealed, contains="Reflections", ephemeral=True)
    assert meanwhile
    dms = [m for m in w.alice.user.dm_channel.history() if m.author.bot]
    assert len([m for m in dms if OFFER in m.content]) == 1
    assert _offers(result) == []  # before: offered here too
    assert not await _owed(g)
