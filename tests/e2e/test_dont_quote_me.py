""" "Don't quote me": an author's entry counts in the weekly summary's figures, but nothing of
her words is quoted, in a summary built afterwards or in one posted before (rebuilt without
her excerpt); choosing to be quoted again (/entries → Review excerpt → Include) allows it."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import ChannelHandle, MemberActor, assert_responded
from sqlalchemy import func, select

from bot.models import QuoteStatus
from bot.outbox import PostState
from bot.summary.render import highlight_quote
from storage.tables import Excerpt
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_excerpts import _include, _write
from tests.e2e.test_summary_entry_edit import FIRST, _posted_quoting_alice, _shown
from tests.e2e.test_summary_flow import members_reflected

pytestmark = pytest.mark.simcord(settle_timeout=30)  # posts and rebuilds


async def _preview(w: World, fiona: MemberActor, week: str = "this week") -> str:
    shown = await fiona.slash(w.channel, "summary", week=week)
    assert shown.acknowledged and shown.ephemeral and shown.response is not None
    (embed,) = shown.response.embeds
    assert "4 reflections from 4 contributors" in (embed.description or "")  # she counts
    return str(embed.to_dict())


async def _review(w: World, entry_id: int) -> Any:
    """/entries → her entry → Review excerpt: the private review, with its buttons."""
    listed = await w.alice.slash(w.channel, "entries")
    opened = await w.alice.select(listed.response.message, [str(entry_id)])
    review = await w.alice.click(opened.response.message, label="Review excerpt")
    assert review.acknowledged and review.ephemeral
    return review


def _message(result: Any) -> Any:
    """The message that holds a review: the reply, or its follow-up after a deferral."""
    return result.followups[-1] if result.followups else result.response.message


async def _declined(w: World, entry_id: int) -> None:
    """What the database holds after Don't quote me: no excerpt of hers, stored or readable."""
    repos = bot_of(w.env).repos
    entry = await repos.entries.get(entry_id, w.alice.id)
    assert entry is not None and entry.consent_summary
    assert entry.quote_status is QuoteStatus.DECLINED and entry.excerpts == {}
    async with repos.db.read() as session:
        stored = (
            await session.execute(
                select(func.count()).select_from(Excerpt).where(Excerpt.entry_id == entry_id)
            )
        ).scalar_one()
    assert stored == 0


async def test_a_summary_built_after_dont_quote_me_quotes_nothing_of_hers_until_she_allows_it(
    world: World, facilitation, fiona: MemberActor
) -> None:
    w = world
    await members_reflected(w, facilitation, 3, schedule=False, moment="Someone else's moment {}.")
    entry_id, recap = await _write(w, w.alice, FIRST)
    review = await _include(w.alice, recap)
    declined = await w.alice.click(review, label="Don't quote me")
    assert declined.response is not None and "**Not quoted.**" in declined.response.content
    await _declined(w, entry_id)
    text = await _preview(w, fiona)
    assert "Highlights" in text  # the others are quoted
    assert "first time in weeks" not in text
    # She changes her mind: the excerpt is proposed afresh, and Include allows it again.
    again = await _review(w, entry_id)
    shown = _message(again)
    assert highlight_quote(FIRST) in shown.content
    included = await w.alice.click(shown, label="Include")
    assert included.response is not None and "**Included.**" in included.response.content
    entry = await bot_of(w.env).repos.entries.get(entry_id, w.alice.id)
    assert entry is not None and entry.quote_status is QuoteStatus.APPROVED
    assert entry.excerpts == {"moment": FIRST}
    assert highlight_quote(FIRST) in await _preview(w, fiona)


@pytest.mark.postgres_too
async def test_dont_quote_me_rebuilds_a_posted_summary_without_her_excerpt(
    world: World, facilitation, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    w = world
    entry_id, posted = await _posted_quoting_alice(w, facilitation, fiona, weekly)
    review = await _review(w, entry_id)
    assert_responded(review, contains="**Approved.**", ephemeral=True)
    declined = await w.alice.click(review.response.message, label="Don't quote me")
    assert declined.response is not None and "**Not quoted.**" in declined.response.content
    (now,) = weekly.history()
    assert now.id == posted.id  # edited in place
    assert "4 reflections from 4 contributors" in (now.embeds[0].description or "")
    assert "first time in weeks" not in _shown(now) and "Highlights" not in _shown(now)
    await _declined(w, entry_id)
    (post,) = await bot_of(w.env).repos.outbox.summaries_of(w.guild.id)
    assert post.state is PostState.POSTED and post.message_id == posted.id
    assert "first time in weeks" not in await _preview(w, fiona, week="last week")
