"""The summary preview's Post button posts exactly the summary the facilitator was shown: if it
changed since (a member's entry, excerpt or consent), nothing is posted, and the new summary is
shown privately to post from. A failed post waiting for its retry stays waiting."""

from __future__ import annotations

from datetime import date

import discord
import pytest
from simcord import ChannelHandle, InteractionResult, assert_responded

from bot.app import create_bot
from bot.outbox import PostState, summary_slot
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_summary_flow import members_reflected, others_reflected

WEEK = date(2025, 12, 29)  # the virtual clock's first week, in America/New_York
POST = "Post to the summary channel"


def _description(result: InteractionResult) -> str:
    assert result.response is not None
    return result.response.embeds[0].description or ""


async def _slot(w: World):
    return await bot_of(w.env).repos.outbox.by_slot(summary_slot(w.guild.id, WEEK, early=True))


def _posted(weekly: ChannelHandle) -> list[discord.Message]:
    return weekly.history()


async def test_a_summary_changed_since_its_preview_posts_nothing_and_shows_the_new_one(
    world: World, facilitation
) -> None:
    w = world
    _admin, fiona, _facilitators, weekly = facilitation
    await members_reflected(w, facilitation, 3, schedule=False)
    preview = await fiona.slash(w.channel, "summary", week="this week")
    assert "3 reflections from 3 contributors" in _description(preview)

    await others_reflected(w, 1, "A late moment {} @everyone.", first=200)  # a fourth, meanwhile
    stale = await fiona.click(preview.response.message, label=POST)
    assert stale.acknowledged and stale.ephemeral
    (shown,) = [m for m in [stale.response, *stale.followups] if m and m.embeds]
    assert shown.content.startswith("**Not posted.**") and shown.ephemeral
    assert "4 reflections from 4 contributors" in (shown.embeds[0].description or "")
    assert _posted(weekly) == []  # nothing went up that she was not shown
    assert await _slot(w) is None  # and nothing of it is kept

    posted = await fiona.click(shown.message, label=POST)
    assert_responded(posted, contains="Posted.", ephemeral=True)
    (message,) = _posted(weekly)
    assert message.embeds[0].description == shown.embeds[0].description
    slot = await _slot(w)
    assert slot is not None and (slot.state, slot.message_id) == (PostState.POSTED, message.id)
    again = await fiona.click(preview.response.message, label=POST)
    assert_responded(again, contains="already posted", ephemeral=True)
    assert len(_posted(weekly)) == 1


@pytest.mark.postgres_too
async def test_an_unchanged_preview_posts_and_a_failed_post_stays_waiting(
    world: World, facilitation
) -> None:
    w = world
    _admin, fiona, _facilitators, weekly = facilitation
    await members_reflected(w, facilitation, 3, schedule=False)
    preview = await fiona.slash(w.channel, "summary", week="this week")
    w.env.inject_error(
        "POST", f"/channels/{weekly.id}/messages", status=403, code=50013,
        message="Missing Permissions", times=1,
    )  # fmt: skip
    refused = await fiona.click(preview.response.message, label=POST)
    assert_responded(refused, contains="I couldn't post the summary", ephemeral=True)
    failed = await _slot(w)
    assert failed is not None and (failed.state, failed.attempts) == (PostState.FAILED, 1)

    await others_reflected(w, 1, "A late moment {}.", first=200)
    stale = await fiona.click(preview.response.message, label=POST)
    (shown,) = [m for m in [stale.response, *stale.followups] if m and m.embeds]
    assert shown.content.startswith("**Not posted.**")
    assert _posted(weekly) == []
    kept = await _slot(w)  # still waiting for its retry, as it was
    assert kept is not None and kept.id == failed.id
    assert (kept.state, kept.attempts, kept.claim) == (PostState.FAILED, 1, None)
    assert kept.next_try_at == failed.next_try_at

    posted = await fiona.click(shown.message, label=POST)
    assert_responded(posted, contains="Posted.", ephemeral=True)
    (message,) = _posted(weekly)
    assert "4 reflections from 4 contributors" in (message.embeds[0].description or "")


async def test_a_preview_confirmed_after_a_restart_posts_what_it_showed(
    world: World, facilitation
) -> None:
    w = world
    _admin, fiona, _facilitators, weekly = facilitation
    await members_reflected(w, facilitation, 3, schedule=False)
    preview = await fiona.slash(w.channel, "summary", week="this week")
    await w.env.restart_bot(create_bot())
    posted = await fiona.click(preview.response.message, label=POST)
    assert_responded(posted, contains="Posted.", ephemeral=True)
    (message,) = _posted(weekly)
    assert message.embeds[0].description == _description(preview)
    slot = await _slot(w)
    assert slot is not None and (slot.state, slot.message_id) == (PostState.POSTED, message.id)
