"""A facilitator pulls this week's summary privately; a member it quotes erases her data
before the facilitator clicks **Post**. What is posted never holds the erased member: with
enough contributors left the click posts nothing and shows the summary as it is now (without
her), for the facilitator to post from there; with too few left nothing is posted at all."""

from __future__ import annotations

import pytest
from simcord import ChannelHandle, MemberActor, assert_responded

from bot.outbox import PostState
from tests.e2e.conftest import World
from tests.e2e.helpers import assert_nothing_stored_of, bot_of, erase_everything
from tests.e2e.test_summary_flow import _consented, members_reflected

pytestmark = pytest.mark.simcord(settle_timeout=30)

QUOTE = "Alice's quotable moment."


async def _pulled_then_alice_erased(w: World, facilitation, fiona: MemberActor, others: int):
    await members_reflected(w, facilitation, others, schedule=False, moment="Moment {}.")
    await _consented(bot_of(w.env), w.alice.id, w.guild.id, QUOTE)
    pulled = await fiona.slash(w.channel, "summary", week="this week")
    assert_responded(pulled, ephemeral=True)
    described = pulled.response.embeds[0].description
    assert f"{others + 1} reflections from {others + 1} contributors" in described
    # (whether her line is among the highlights is the luck of their random pick)
    done = await erase_everything(w.alice, w.channel)
    assert "Everything Sparkle held about you is erased" in done.response.content
    await assert_nothing_stored_of(bot_of(w.env).repos, w.alice.id)
    return pulled


async def test_a_post_click_after_a_quoted_member_erased_shows_it_without_her_first(
    world: World, facilitation, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    w = world
    pulled = await _pulled_then_alice_erased(w, facilitation, fiona, others=3)
    stopped = await fiona.click(pulled.response.message, label="Post to the summary channel")
    assert_responded(stopped, contains="**Not posted.** The summary changed", ephemeral=True)
    now = stopped.response.embeds[0]
    assert "3 reflections from 3 contributors" in now.description
    assert QUOTE not in str(now.to_dict())
    assert weekly.history() == []
    assert await bot_of(w.env).repos.outbox.summaries_of(w.guild.id) == []

    posted = await fiona.click(stopped.response.message, label="Post to the summary channel")
    assert_responded(posted, contains="Posted.", ephemeral=True)
    (message,) = weekly.history()
    assert message.embeds[0].description == now.description
    assert QUOTE not in str(message.embeds[0].to_dict())
    (job,) = await bot_of(w.env).repos.outbox.summaries_of(w.guild.id)
    assert (job.state, job.message_id) == (PostState.POSTED, message.id)


@pytest.mark.postgres_too
async def test_a_post_click_after_an_erasure_left_too_few_posts_nothing(
    world: World, facilitation, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    w = world
    pulled = await _pulled_then_alice_erased(w, facilitation, fiona, others=2)
    refused = await fiona.click(pulled.response.message, label="Post to the summary channel")
    assert_responded(refused, contains="2 took part, 3 are needed", ephemeral=True)
    assert "Nothing was posted" in refused.response.content
    assert weekly.history() == []
    assert await bot_of(w.env).repos.outbox.summaries_of(w.guild.id) == []
