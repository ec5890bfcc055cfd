"""Two previews of one entry confirmed at the same instant (two windows, a double click
across them): each click checked its preview before either was claimed, so neither saw the
other. The claims of one entry's previews run one after the other and the second sees the
first's: the entry goes up once, and the other click posts nothing and says where it is."""

from __future__ import annotations

import asyncio
from typing import Any

import discord
import pytest

from bot.outbox import PostState
from cogs.sharing import POSTED_MEANWHILE, SENDING_MEANWHILE
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_share_and_setup import posts
from tests.e2e.test_share_posted_meanwhile import UP_ALREADY, _states, _two_previews


def _held_claims(w: World, hold: Any, after: Any = None) -> None:
    """Every claim of a share waits in `hold(post_id)` first: both clicks have checked their
    previews before either claims; with `after`, each click waits in `after(claim)` once its
    claim has answered."""
    outbox = bot_of(w.env).repos.outbox
    real = outbox.claim_share

    async def held(post_id: int, *args: Any, **kwargs: Any) -> Any:
        await hold(post_id)
        claim = await real(post_id, *args, **kwargs)
        if after is not None:
            await after(claim)
        return claim

    outbox.claim_share = held  # pyright: ignore[reportAttributeAccessIssue]


@pytest.mark.parametrize("second", ["Post anonymously", "Post with my name"])
@pytest.mark.postgres_too
async def test_two_previews_confirmed_at_once_post_the_entry_once(
    configured: World, second: str
) -> None:
    w = configured
    entry, one, two = await _two_previews(w)
    arrived: list[int] = []
    both = asyncio.Event()

    async def hold(post_id: int) -> None:
        arrived.append(post_id)
        if len(arrived) == 2:
            both.set()
        await w.env.external_wait(both.wait(), reason="the other click reaches its claim")

    answered: list[object] = []
    both_answered = asyncio.Event()

    async def after(claim: object) -> None:
        # The winner posts only once the other click's claim has answered: that click is told
        # the entry is being posted (under load the post could otherwise land first, and it
        # would be told "posted meanwhile": the next test's case).
        answered.append(claim)
        if len(answered) == 2:
            both_answered.set()
        await w.env.external_wait(both_answered.wait(), reason="the other claim answers")

    _held_claims(w, hold, after)
    # SimCord runs one click at a time: the first waits at its claim until the second is there
    results = [
        await w.alice.click(one, label="Post anonymously"),
        await w.alice.click(two, label=second),
    ]
    await w.env.settle()
    assert len(arrived) == 2
    assert all(r.ephemeral for r in results)
    said = [r.response.content for r in results]
    (won,) = [s for s in said if s.startswith("Shared in")]
    (lost,) = [s for s in said if not s.startswith("Shared in")]
    (message,) = posts(w)  # the entry is up once
    assert message.jump_url in won
    assert lost == SENDING_MEANWHILE.format(channel=w.channel.mention)
    assert "<#" in lost and "from another preview" in lost
    assert await _states(w, entry) == [PostState.DRAFT, PostState.POSTED]
    # the losing click's preview is kept; clicked again it names the post, with its link
    loser = two if said[1] == lost else one
    again = await w.alice.click(loser, label=second)
    assert again.response is not None
    assert again.response.content.startswith("**Not posted.** This entry was shared here")
    assert UP_ALREADY.format(url=message.jump_url) in again.response.content
    assert posts(w) == [message]
    assert await _states(w, entry) == [PostState.DRAFT, PostState.POSTED]


async def test_a_preview_posted_between_the_check_and_the_claim_is_named_with_its_link(
    configured: World,
) -> None:
    """The second click checked its preview while the first was not up yet, and claims once
    it is: nothing more is posted and the link is given."""
    w = configured
    entry, one, two = await _two_previews(w)
    first_done = asyncio.Event()
    waiting = asyncio.Event()
    claims: list[int] = []

    async def hold(post_id: int) -> None:
        claims.append(post_id)
        if len(claims) == 1:  # the second preview's click: it waits for the first's post
            waiting.set()
            await w.env.external_wait(first_done.wait(), reason="the first post goes up")

    _held_claims(w, hold)
    late = await w.alice.click(two, label="Post with my name")  # waits at its claim
    assert waiting.is_set() and late.deferred
    first = await w.alice.click(one, label="Post anonymously")
    assert first.response.content.startswith("Shared in")
    first_done.set()
    await w.env.settle()
    result = late
    (message,) = posts(w)
    told = result.response.content
    assert told == POSTED_MEANWHILE.format(link=message.jump_url)
    assert await _states(w, entry) == [PostState.DRAFT, PostState.POSTED]
    assert isinstance(message.embeds[0], discord.Embed)
    assert message.embeds[0].footer.text is not None
    assert "alice" not in message.embeds[0].footer.text  # the anonymous one went up
