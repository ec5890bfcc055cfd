"""The presenter's closing is posted exactly as the message she clicked showed it. With the
closing form open twice (two windows, or Edit on an older preview), each submit shows its own
preview saying "This is exactly what will be posted", and the closing is stored once, as last
written: a Post click on the older preview posted the newer text, which that message never
showed. Now it posts nothing, says why, and shows the closing as it is now, to post from
there."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import assert_responded

from bot.outbox import PostState
from bot.round import Phase
from tests.e2e.helpers import bot_of
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    said,
    the_post,
    thread_of,
)
from tests.e2e.test_round import group as group  # the fixture

FIRST = {"takeaway": "Slowing down works for me.", "step": "Pause before I answer."}
SECOND = {"takeaway": "Asking about small changes helps.", "step": "Ask one scaling question."}


def _closings(g: Group) -> list[Any]:
    return [m for m in said(thread_of(g.w)) if m.embeds and m.embeds[0].title == "Closing"]


async def _stored(g: Group) -> tuple[PostState, str, Phase]:
    repos = bot_of(g.w.env).repos
    closing = await repos.round.closing_post(g.share_id)
    record = await repos.round.get(g.share_id)
    assert closing is not None and record is not None
    return closing.state, closing.text, record.phase


@pytest.mark.postgres_too
async def test_a_post_click_on_a_closing_written_again_since_posts_nothing_and_shows_it_now(
    group: Group,
) -> None:
    g, w = group, group.w
    await _at_affirmations(g)
    await w.alice.click(the_post(w), label="Reveal affirmations")
    await w.alice.click(the_post(w), label="Next phase")
    one = await w.alice.click(the_post(w), label="Write my closing")
    two = await w.alice.click(the_post(w), label="Write my closing")
    first = await w.alice.submit_modal(one, FIRST)
    second = await w.alice.submit_modal(two, SECOND)
    for preview, typed in ((first, FIRST), (second, SECOND)):
        assert_responded(preview, contains="exactly what will be posted", ephemeral=True)
        assert typed["takeaway"] in preview.response.embeds[0].description
    newer = second.response.embeds[0].description

    stale = await w.alice.click(first.response.message, label="Post my closing")
    assert stale.acknowledged and stale.ephemeral and stale.response is not None
    assert stale.response.content.startswith("**Not posted.** Your closing was written again")
    assert stale.response.embeds[0].description == newer
    assert _closings(g) == []
    assert await _stored(g) == (PostState.DRAFT, newer, Phase.CLOSING)

    posted = await w.alice.click(stale.response.message, label="Post my closing")
    assert_responded(posted, contains="round is closed", ephemeral=True)
    (message,) = _closings(g)
    assert message.embeds[0].description == newer
    assert await _stored(g) == (PostState.POSTED, newer, Phase.CLOSED)

    # Its other preview, clicked now: posted once, whichever message.
    again = await w.alice.click(second.response.message, label="Post my closing")
    assert_responded(again, contains="posted already", ephemeral=True)
    assert len(_closings(g)) == 1
