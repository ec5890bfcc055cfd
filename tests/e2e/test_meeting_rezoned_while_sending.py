"""An admin's /setup timezone that lands after the group's meeting has ended in the old zone:
while its "Log it" prompt is being sent, between a failed try and its retry, or once sent.

Before, the move put the meeting at the first end after now in the new zone: London to New
York at Thursday 09:00 London time, the meeting of 08:00-09:00 London had just been prompted
for, and members got a second prompt for the same week at 09:00 New York time. The other way,
New York to London at 10:00 London time, that week's meeting (passed in London, still to come
in New York) was moved to the next week and nobody was prompted for it. Now the move keeps
the week: the meeting's end in the new zone within half a week of the one that was next, so
one prompt a week, at once when its end has passed in the new zone."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest
from simcord import MemberActor, assert_responded

from bot.app import create_bot
from cogs.meetings import SENDING_HOLD
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_zone_changed_midway import (
    _next_end,  # pyright: ignore[reportPrivateUsage]
    _prompts,  # pyright: ignore[reportPrivateUsage]
)

HOUR = 3600.0


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


async def _meeting_at_eight(w: World, fiona: Any, admin: MemberActor, zone: str) -> None:
    """The server in `zone`; its meeting Thursdays 08:00-09:00 there; alice asks for prompts
    (bob turned them off).
    The test starts Thursday 1 January 2026, 00:00 UTC."""
    zoned = await admin.slash(w.channel, "setup timezone", zone=zone)
    assert_responded(zoned, contains=zone, ephemeral=True)
    saved = await fiona.slash(w.channel, "hours meeting", day="3", time="08:00", minutes=60)
    assert_responded(saved, contains="Thursdays at 08:00 for 60 minutes", ephemeral=True)
    on = await w.alice.slash(w.channel, "hours prompts", on=True)
    assert_responded(on, contains="Prompts are on", ephemeral=True)
    # bob, a member of the group too, turned them off: alice's prompt is the only one
    off = await w.bob.slash(w.channel, "hours prompts", on=False)
    assert_responded(off, content="Prompts are off.", ephemeral=True)


async def _moved_to_new_york(w: World, admin: MemberActor) -> None:
    moved = await admin.slash(w.channel, "setup timezone", zone="America/New_York")
    assert_responded(moved, contains="America/New_York", ephemeral=True)


async def test_a_zone_change_while_the_prompt_is_sent_prompts_once_that_week(
    world: World, facilitated: Any, admin: MemberActor
) -> None:
    w = world
    await _meeting_at_eight(w, facilitated, admin, "Europe/London")
    sends = bot_of(w.env).repos.meetings.sends
    take = sends.take
    sending, sent = asyncio.Event(), asyncio.Event()

    async def held_while_sent(*args: Any) -> bool:
        taken = await take(*args)
        if not sending.is_set():  # held: her prompt is on its way while the admin acts
            sending.set()
            await w.env.external_wait(sent.wait(), reason="her prompt on its way")
        return taken

    sends.take = held_while_sent  # pyright: ignore[reportAttributeAccessIssue]
    await w.env.advance_time(9 * HOUR + 30)  # 09:00:30 UTC: ended at 09:00 London
    assert sending.is_set()
    await _moved_to_new_york(w, admin)
    sent.set()
    await w.env.advance_time(60)
    assert len(_prompts(w.alice)) == 1
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(5 * HOUR)  # 14:01:30 UTC: 09:01 in New York
    assert len(_prompts(w.alice)) == 1  # before: 2, the second for the same meeting
    # next week's, at 09:00 New York time (before: this Thursday's there)
    assert await _next_end(w) == _at("2026-01-08T14:00:00")
    await w.env.advance_time(7 * 24 * HOUR)
    prompts = _prompts(w.alice)
    assert len(prompts) == 2
    assert "2026-01-08 08:00-09:00" in prompts[-1].content
    assert await _next_end(w) == _at("2026-01-15T14:00:00")


async def test_a_zone_change_and_a_restart_while_the_prompt_is_sent_prompts_once_that_week(
    world: World, facilitated: Any, admin: MemberActor
) -> None:
    """The bot stops while her prompt is held being sent (taken, not yet given): after the
    hold, the restarted bot gives it, and 09:00 New York gives no second one."""
    w = world
    await _meeting_at_eight(w, facilitated, admin, "Europe/London")
    sends = bot_of(w.env).repos.meetings.sends
    take = sends.take
    sending = asyncio.Event()

    async def stopped_while_sent(*args: Any) -> bool:
        taken = await take(*args)
        sending.set()
        await w.env.external_wait(asyncio.Event().wait(), reason="stopped mid-send")
        return taken

    sends.take = stopped_while_sent  # pyright: ignore[reportAttributeAccessIssue]
    await w.env.advance_time(9 * HOUR + 30)  # 09:00:30 UTC: ended at 09:00 London
    assert sending.is_set()
    await _moved_to_new_york(w, admin)
    await w.env.restart_bot(create_bot())
    assert _prompts(w.alice) == []
    await w.env.advance_time(SENDING_HOLD.total_seconds() + 60)  # the hold is over
    (prompt,) = _prompts(w.alice)
    assert "has ended" in prompt.content
    await w.env.advance_time(5 * HOUR)  # past 09:00 in New York
    assert len(_prompts(w.alice)) == 1  # before: 2
    assert await _next_end(w) == _at("2026-01-08T14:00:00")


async def test_a_zone_change_between_a_failed_try_and_its_retry_prompts_once_that_week(
    world: World, facilitated: Any, admin: MemberActor
) -> None:
    w = world
    await _meeting_at_eight(w, facilitated, admin, "Europe/London")
    # Three tries fail (09:00, 09:01, 09:03): the next is at 09:07, a pause long enough that
    # the restart below lands before it on a busy machine too.
    w.env.inject_error("POST", "/channels/*/messages", status=503, message="unavailable", times=3)
    await w.env.advance_time(9 * HOUR + 3 * 60 + 30)  # 09:03:30 UTC
    assert _prompts(w.alice) == []
    await _moved_to_new_york(w, admin)
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(4 * 60)  # 09:07:30: the retry goes
    (prompt,) = _prompts(w.alice)
    assert "has ended" in prompt.content
    await w.env.advance_time(5 * HOUR)  # 14:07:30 UTC: 09:07 in New York
    assert len(_prompts(w.alice)) == 1  # before: 2
    assert await _next_end(w) == _at("2026-01-08T14:00:00")


async def test_a_zone_change_after_the_prompt_went_prompts_once_that_week(
    world: World, facilitated: Any, admin: MemberActor
) -> None:
    w = world
    await _meeting_at_eight(w, facilitated, admin, "Europe/London")
    await w.env.advance_time(10 * HOUR)  # 10:00 UTC: prompted at 09:00 London
    assert len(_prompts(w.alice)) == 1
    await _moved_to_new_york(w, admin)
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(5 * HOUR)  # 15:00 UTC: 10:00 in New York
    assert len(_prompts(w.alice)) == 1  # before: 2
    assert await _next_end(w) == _at("2026-01-08T14:00:00")


@pytest.mark.postgres_too
async def test_a_zone_change_past_that_weeks_end_in_the_new_zone_prompts_at_once(
    world: World, facilitated: Any, admin: MemberActor
) -> None:
    """New York to London at 10:00 London time: the meeting of 08:00-09:00 London has ended
    (it was still to come in New York). It is prompted for at once, not skipped."""
    w = world
    await _meeting_at_eight(w, facilitated, admin, "America/New_York")
    assert await _next_end(w) == _at("2026-01-01T14:00:00")
    await w.env.advance_time(10 * HOUR)  # 10:00 UTC, 05:00 in New York
    assert _prompts(w.alice) == []
    moved = await admin.slash(w.channel, "setup timezone", zone="Europe/London")
    assert_responded(moved, contains="Europe/London", ephemeral=True)
    await w.env.advance_time(60)
    (prompt,) = _prompts(w.alice)  # before: none that week
    assert "2026-01-01 08:00-09:00" in prompt.content
    assert await _next_end(w) == _at("2026-01-08T09:00:00")
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(7 * 24 * HOUR)
    assert len(_prompts(w.alice)) == 2
