"""A weekly summary whose moment passed while the scheduler was down is caught up after the
restart, even when an admin changed some other setting (the minimum, a channel) in between:
only a change of the schedule itself (day, time, zone, on/off) after that moment skips it."""

from __future__ import annotations

import pytest
from simcord import ChannelHandle, assert_responded

from bot.app import create_bot
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_summary_flow import members_reflected

HOUR = 3600.0
DAY = 24 * HOUR


async def _down_over_mondays_summary(w: World) -> None:
    """The summary scheduler stops before Monday 5 Jan 09:00 New York (14:00 UTC) and the
    clock runs an hour past it."""
    await w.env.advance_time(4 * DAY + 13 * HOUR)  # Mon 5 Jan 13:00 UTC
    await bot_of(w.env).remove_cog("Summary")
    await w.env.advance_time(HOUR + 30 * 60)  # 14:30 UTC: the moment passed while down


@pytest.mark.simcord(settle_timeout=30)
async def test_another_setting_changed_while_down_does_not_skip_the_week(
    world: World, facilitation, weekly: ChannelHandle
) -> None:
    w = world
    admin, _fiona, _facilitators, _weekly = facilitation
    await members_reflected(w, facilitation, 3, schedule=True)
    set_at = (await bot_of(w.env).repos.servers.get(w.guild.id)).schedule_set_at
    assert set_at is not None
    await _down_over_mondays_summary(w)
    other = w.guild.create_text_channel("consult-2")
    changed = await admin.slash(w.channel, "setup channels", summary=weekly, consultation=other)
    assert_responded(changed, contains="Saved.", ephemeral=True)
    minimum = await admin.slash(w.channel, "setup minimum", contributors=2)
    assert_responded(minimum, ephemeral=True)
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(60)
    posts = weekly.history()
    assert len(posts) == 1, "the week's summary is caught up after the restart"
    assert "29 December" in posts[0].embeds[0].title
    settings = await bot_of(w.env).repos.servers.get(w.guild.id)
    assert settings.consultation_channel_id == other.id
    assert settings.schedule_set_at == set_at  # the schedule itself was not set again
    assert settings.updated_at is not None and settings.updated_at > set_at
    await w.env.advance_time(HOUR)
    assert len(weekly.history()) == 1  # once


@pytest.mark.simcord(settle_timeout=30)
async def test_a_schedule_set_after_the_moment_while_down_still_starts_next_week(
    world: World, facilitation, weekly: ChannelHandle
) -> None:
    w = world
    admin, _fiona, _facilitators, _weekly = facilitation
    await members_reflected(w, facilitation, 3, schedule=True)
    await _down_over_mondays_summary(w)
    again = await admin.slash(w.channel, "setup schedule", day="0", time="09:15")
    assert_responded(again, contains="Mondays at 09:15", ephemeral=True)
    settings = await bot_of(w.env).repos.servers.get(w.guild.id)
    assert settings.schedule_set_at == settings.updated_at
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(60)
    assert weekly.history() == [], "a schedule set after its moment starts with the next week"
