"""/forget while one of the member's posts is being sent, from another window: a share of
hers, or her affirmation being revealed by the presenter. Whichever step the send had reached
(claimed and not yet sent, or sent and not yet recorded), nothing of hers stays up, nothing of
hers stays stored, and what she is told is true at the time.

SimCord runs one click at a time; the send is held (a declared external wait inside the bot)
so that the erasure lands while it is in flight, as it can on Discord.
"""

from __future__ import annotations

import pytest

from cogs.sharing import DELETED_WHILE_POSTING
from tests.e2e.conftest import World
from tests.e2e.helpers import assert_nothing_stored_of, bot_of, erase_everything
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    affirm,
    said,
    the_post,
    thread_of,
)
from tests.e2e.test_round import group as group  # the fixture
from tests.e2e.test_share_and_setup import _preview, posts  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_share_in_flight import _hold_sends  # pyright: ignore[reportPrivateUsage]

pytestmark = pytest.mark.simcord(settle_timeout=30)

# What /forget says of a post it could not delete yet because it is still being sent.
IN_FLIGHT = "it is being posted right now; I'll delete it as soon as it lands."
ALL_GONE = "Done. Everything Sparkle held about you is erased."


def _erasure_said(step: str, told: str) -> None:
    if step == "proceed":  # claimed, not sent: it is deleted when it lands, and said so
        assert "**Not everything is gone yet**" in told and IN_FLIGHT in told
    else:  # sent, not recorded: found by its ref and deleted at once
        assert told.startswith(ALL_GONE)


@pytest.mark.parametrize("step", ["proceed", "record_sent"])
@pytest.mark.postgres_too
async def test_forget_while_her_share_is_being_posted_leaves_nothing_up(
    configured: World, step: str
) -> None:
    w = configured
    repos = bot_of(w.env).repos
    preview = await _preview(w)
    gate = _hold_sends(w, step)
    first = await w.alice.click(preview.response.message, label="Post anonymously")
    assert first.acknowledged and first.deferred  # still posting

    erased = await erase_everything(w.alice, w.channel)
    assert erased.response is not None
    _erasure_said(step, erased.response.content)

    gate.set()  # the held send goes ahead
    await w.env.settle()
    assert first.response is not None and first.response.content == DELETED_WHILE_POSTING
    await w.env.advance_time(600)  # whatever the outbox loop still owes
    assert posts(w) == []
    await assert_nothing_stored_of(repos, w.alice.id)


@pytest.mark.parametrize("step", ["proceed", "record_sent"])
async def test_forget_while_her_affirmation_is_being_revealed_leaves_nothing_up(
    group: Group, step: str
) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await affirm(w.bob, w, "Bob's words: you stayed curious.")
    gate = _hold_sends(w, step)
    revealing = await w.alice.click(the_post(w), label="Reveal affirmations")
    assert revealing.acknowledged and revealing.deferred  # still posting

    erased = await erase_everything(w.bob, w.channel)
    assert erased.response is not None
    _erasure_said(step, erased.response.content)

    gate.set()
    await w.env.settle()
    await w.env.advance_time(600)
    assert all("Bob's words" not in str(m.embeds[0].to_dict()) for m in said(thread_of(w)))
    await assert_nothing_stored_of(repos, w.bob.id)
