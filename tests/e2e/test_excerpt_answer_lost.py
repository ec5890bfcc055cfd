"""An excerpt edit or approval whose answer Discord lost (its private replies refused): the
posted weekly summary is rebuilt at once all the same, not hours later by the outbox loop.
Above all, an approved wording she edited away does not stay quoted in the channel."""

from __future__ import annotations

import discord
import pytest
from simcord import ChannelHandle, MemberActor, assert_error

from bot.models import QuoteStatus
from bot.outbox import PostState
from bot.summary.render import highlight_quote
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_summary_entry_edit import (
    SECOND,
    _posted_quoting_alice,  # pyright: ignore[reportPrivateUsage]
    _summary_post,  # pyright: ignore[reportPrivateUsage]
    _without_her_words,  # pyright: ignore[reportPrivateUsage]
)

pytestmark = pytest.mark.simcord(settle_timeout=30)  # posts and rebuilds


def _lose(w: World, method: str, times: int = 1) -> None:
    w.env.inject_error(method, "/webhooks/*", status=500, message="upstream down", times=times)


async def _edit_form(w: World, entry_id: int):
    """Her entry's excerpt review, from /entries, and its Edit form opened."""
    listed = await w.alice.slash(w.channel, "entries")
    opened = await w.alice.select(listed.response.message, [str(entry_id)])
    review = await w.alice.click(opened.response.message, label="Review excerpt")
    return await w.alice.click(review.response.message, label="Edit")


async def test_an_excerpt_edit_whose_answers_were_lost_still_unquotes_the_old_wording(
    world: World, facilitation, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    w = world
    entry_id, posted = await _posted_quoting_alice(w, facilitation, fiona, weekly)
    form = await _edit_form(w, entry_id)
    _lose(w, "POST", times=2)  # her answer, and its second try
    lost = await w.alice.submit_modal(form, {"moment": SECOND})
    assert lost.acknowledged
    assert_error(w.env, discord.HTTPException, contains="upstream down")
    entry = await bot_of(w.env).repos.entries.get(entry_id, w.alice.id)
    assert entry is not None and entry.quote_status is QuoteStatus.PENDING
    assert entry.excerpts == {"moment": SECOND}
    _without_her_words(weekly, posted)  # at once: no time passed
    assert (await _summary_post(w)).state is PostState.POSTED


async def test_an_approval_whose_answers_were_lost_is_quoted_in_the_posted_summary_at_once(
    world: World, facilitation, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    w = world
    entry_id, posted = await _posted_quoting_alice(w, facilitation, fiona, weekly)
    form = await _edit_form(w, entry_id)
    shown = await w.alice.submit_modal(form, {"moment": SECOND})
    assert shown.response is not None and highlight_quote(SECOND) in shown.response.content
    _without_her_words(weekly, posted)

    _lose(w, "PATCH")  # the edit of her answer in place
    _lose(w, "POST")  # and the private follow-up after it
    included = await w.alice.click(shown.response.message, label="Include")
    assert included.acknowledged
    assert "**Included.**" not in str(included.response and included.response.content)
    entry = await bot_of(w.env).repos.entries.get(entry_id, w.alice.id)
    assert entry is not None and entry.quote_status is QuoteStatus.APPROVED
    (now,) = weekly.history()
    assert now.id == posted.id
    assert (now.embeds[0].description or "").endswith("**Highlights**\n" + highlight_quote(SECOND))
    assert (await _summary_post(w)).state is PostState.POSTED
