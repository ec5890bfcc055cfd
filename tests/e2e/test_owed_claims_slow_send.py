"""A send slower than `OWED_CLAIM_HOLD`: what the round owes a presenter (a step-out notice, a
keep offer her closed DMs refused) is claimed by her command A, whose follow-up hangs so long
that the claim lapses; her command B claims it then, and its follow-up is in flight too. A's
send then fails. Before, A's give-back cleared whatever claim was there, B's included: her
third command C took it and told her, and then B's send arrived: she saw it twice. Now a
give-back applies only to the claim it belongs to (compare-and-set on the claim's moment):
C finds it held by B, and she sees it once, from B.

SimCord runs one operation at a time: the hooks are run on the bot's own
`on_app_command_completion`, as processes run it for her commands; A's slow send is the clock
moved past the hold between its claim and its send."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import select

from bot.round.models import OWED_CLAIM_HOLD
from cogs.round import Round as RoundCog
from storage.tables import Round, RoundStepOut
from tests.e2e.helpers import bot_of
from tests.e2e.test_keep_offer_dms_closed import OFFER, _owed, _revealed_by_the_facilitator
from tests.e2e.test_owed_notices_at_once import _her_command
from tests.e2e.test_owed_notices_with_commands import _notices, _stepped_out_unseen
from tests.e2e.test_round import Group, group
from tests.e2e.test_step_out_notice import _told

__all__ = ["group"]  # the fixture, used by name


async def _three_commands(g: Group, interaction: Any, command: Any, take: str, back: str) -> None:
    """A claims (`take`), its send outlasts the hold; B claims and its send is in flight while
    A's fails and gives back (`back`); C comes then; B's send arrives last."""
    w = g.w
    repos = bot_of(w.env).repos
    cog = bot_of(w.env).get_cog("Round")
    assert isinstance(cog, RoundCog)
    claim, give_back = getattr(repos.round, take), getattr(repos.round, back)
    calls: list[int] = []
    b_claimed, c_done = asyncio.Event(), asyncio.Event()
    b_hook: list[asyncio.Task[None]] = []

    async def claimed(*args: Any) -> Any:
        calls.append(1)
        taken = await claim(*args)
        if len(calls) == 1:  # A: its send is slower than the hold
            await w.env.advance_time(OWED_CLAIM_HOLD.total_seconds() + 1)
            b_hook.append(asyncio.create_task(cog.on_app_command_completion(interaction, command)))
            await b_claimed.wait()
            w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=1)
        elif len(calls) == 2:  # B: claimed once A's lapsed; its send in flight until C is done
            assert taken
            b_claimed.set()
            await c_done.wait()
        return taken

    async def given_back(*args: Any) -> None:
        await give_back(*args)
        if not c_done.is_set():  # A's send failed: her third command, C, comes now
            await cog.on_app_command_completion(interaction, command)
            c_done.set()

    setattr(repos.round, take, claimed)
    setattr(repos.round, back, given_back)
    await cog.on_app_command_completion(interaction, command)  # A
    await b_hook[0]
    assert c_done.is_set()


async def test_a_slow_failed_step_out_notice_does_not_free_the_next_claim(group: Group) -> None:
    g = group
    result, interaction, command = await _her_command(g)
    await _stepped_out_unseen(g)
    await _three_commands(g, interaction, command, "take_untold", "untell")
    assert len(_notices(result)) == 1  # before: 2 (C's and B's)
    assert await _told(g) == [True]
    async with bot_of(g.w.env).repos.db.read() as session:
        claims = await session.execute(
            select(RoundStepOut.claimed_at).where(RoundStepOut.post_id == g.share_id)
        )
        assert list(claims.scalars()) == [None]


async def test_a_slow_failed_keep_offer_does_not_free_the_next_claim(group: Group) -> None:
    g = group
    result, interaction, command = await _her_command(g)
    await _revealed_by_the_facilitator(g)
    await _three_commands(g, interaction, command, "take_keep_offer", "give_back_keep_offer")
    assert len([m for m in result.followups if OFFER in m.content]) == 1  # before: 2
    assert not await _owed(g)
    async with bot_of(g.w.env).repos.db.read() as session:
        claim = await session.execute(
            select(Round.keep_offer_claimed_at).where(Round.post_id == g.share_id)
        )
        assert claim.scalar_one() is None


async def _slow_sent_then_next_fails(
    g: Group, interaction: Any, command: Any, take: str, done: str
) -> None:
    """A claims (`take`), its send outlasts the hold, and arrives (`done`) while B, which
    claimed it after the lapse, is sending; B's send then fails. Then her command C."""
    w = g.w
    repos = bot_of(w.env).repos
    cog = bot_of(w.env).get_cog("Round")
    assert isinstance(cog, RoundCog)
    claim, mark_done = getattr(repos.round, take), getattr(repos.round, done)
    calls: list[int] = []
    b_claimed, a_done = asyncio.Event(), asyncio.Event()
    b_hook: list[asyncio.Task[None]] = []

    async def claimed(*args: Any) -> Any:
        calls.append(1)
        taken = await claim(*args)
        if len(calls) == 1:  # A: its send is slower than the hold
            await w.env.advance_time(OWED_CLAIM_HOLD.total_seconds() + 1)
            b_hook.append(asyncio.create_task(cog.on_app_command_completion(interaction, command)))
            await b_claimed.wait()
        elif len(calls) == 2:  # B: its send fails, once A's has arrived
            assert taken
            b_claimed.set()
            await a_done.wait()
            w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=1)
        return taken

    async def marked_done(*args: Any) -> None:
        await mark_done(*args)
        a_done.set()

    setattr(repos.round, take, claimed)
    setattr(repos.round, done, marked_done)
    await cog.on_app_command_completion(interaction, command)  # A
    await b_hook[0]
    await cog.on_app_command_completion(interaction, command)  # C


async def test_a_slow_step_out_notice_that_arrived_is_not_given_again(group: Group) -> None:
    """Marking done is not compared with the claim: it did reach her. Were it, B's failed
    send would give it back, and C would tell her a second time."""
    g = group
    result, interaction, command = await _her_command(g)
    await _stepped_out_unseen(g)
    await _slow_sent_then_next_fails(g, interaction, command, "take_untold", "told")
    assert len(_notices(result)) == 1
    assert await _told(g) == [True]


async def test_a_slow_keep_offer_that_arrived_is_not_given_again(group: Group) -> None:
    g = group
    result, interaction, command = await _her_command(g)
    await _revealed_by_the_facilitator(g)
    await _slow_sent_then_next_fails(g, interaction, command, "take_keep_offer", "keep_offer_given")
    assert len([m for m in result.followups if OFFER in m.content]) == 1
    assert not await _owed(g)
