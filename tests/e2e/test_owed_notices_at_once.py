"""Two commands of the presenter's at the same moment (two processes, or two quick ones in
one): what the round owes her (a step-out notice, a keep offer her closed DMs refused) comes
with one of them only. Before, each command's hook read it as owed, sent it, then marked it:
she saw it twice. Now it is taken (marked) first, compare-and-set, and given back when the
send fails, so nothing is lost.

SimCord runs one operation at a time: the two hooks are run at once on the bot's own
`on_app_command_completion`, as two processes run it for two of her commands."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from simcord import InteractionResult

from bot.app import SparkleBot
from cogs.round import Round
from tests.e2e.helpers import bot_of
from tests.e2e.test_keep_offer_dms_closed import OFFER, _owed, _revealed_by_the_facilitator
from tests.e2e.test_owed_notices_with_commands import _notices, _stepped_out_unseen
from tests.e2e.test_round import Group, group
from tests.e2e.test_step_out_notice import _told

__all__ = ["group"]  # the fixture, used by name


def _offers(result: InteractionResult) -> list:
    return [m for m in result.followups if OFFER in m.content]


async def _her_command(g: Group) -> tuple[InteractionResult, Any, Any]:
    """Her /privacy, answered before anything was owed: its interaction and command, kept."""
    w = g.w
    bot = bot_of(w.env)
    assert isinstance(bot, SparkleBot)
    seen: list[tuple[Any, Any]] = []

    async def keep(interaction: Any, command: Any) -> None:
        if command.qualified_name == "privacy":
            seen.append((interaction, command))

    bot.add_listener(keep, "on_app_command_completion")
    result = await w.alice.slash(w.channel, "privacy")
    bot.remove_listener(keep, "on_app_command_completion")
    ((interaction, command),) = seen
    return result, interaction, command


async def _hooks_at_once(g: Group, interaction: Any, command: Any) -> None:
    cog = bot_of(g.w.env).get_cog("Round")
    assert isinstance(cog, Round)
    await asyncio.gather(
        cog.on_app_command_completion(interaction, command),
        cog.on_app_command_completion(interaction, command),
    )


@pytest.mark.postgres_too
async def test_a_step_out_notice_comes_once_with_two_commands_at_once(group: Group) -> None:
    g = group
    result, interaction, command = await _her_command(g)
    await _stepped_out_unseen(g)
    await _hooks_at_once(g, interaction, command)
    assert len(_notices(result)) == 1  # before: 2
    assert await _told(g) == [True]


@pytest.mark.postgres_too
async def test_a_keep_offer_comes_once_with_two_commands_at_once(group: Group) -> None:
    g = group
    result, interaction, command = await _her_command(g)
    await _revealed_by_the_facilitator(g)
    await _hooks_at_once(g, interaction, command)
    assert len(_offers(result)) == 1  # before: 2
    assert not await _owed(g)


async def test_a_lost_keep_offer_stays_owed(group: Group) -> None:
    """Taken first, given back when Discord loses the follow-up: nothing is lost."""
    g, w = group, group.w
    await _revealed_by_the_facilitator(g)
    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=1)
    lost = await w.alice.slash(w.channel, "privacy")
    assert lost.acknowledged and _offers(lost) == []
    assert await _owed(g)
    (offer,) = _offers(await w.alice.slash(w.channel, "privacy"))
    assert offer.ephemeral and not await _owed(g)


@pytest.mark.postgres_too
async def test_a_step_out_told_with_her_command_at_that_moment_is_not_also_sent_by_dm(
    group: Group,
) -> None:
    """Carol steps out while alice's command is being answered: the command's hook finds the
    step-out stored, not yet told, before the private message about it is sent. Before, she
    got both the notice after her command and the DM; now one of them."""
    from tests.e2e.test_round import share_with_question, the_post

    g, w = group, group.w
    result, interaction, command = await _her_command(g)
    await share_with_question(g, "What else could I try?")
    repos = bot_of(w.env).repos
    presenter_of = repos.round.presenter_of

    async def her_command_meanwhile(post_id: int) -> int | None:
        await _hooks_at_once(g, interaction, command)
        return await presenter_of(post_id)

    repos.round.presenter_of = her_command_meanwhile  # pyright: ignore[reportAttributeAccessIssue]
    await g.carol.click(the_post(w), label="I may know this client")
    dms = (
        [m for m in w.alice.user.dm_channel.history() if m.author.bot]
        if w.alice.user.dm_channel
        else []
    )
    assert len(_notices(result)) + len(dms) == 1  # before: 2
    assert await _told(g) == [True]
