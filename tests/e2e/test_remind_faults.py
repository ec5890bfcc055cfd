"""/remind under faults: an answer Discord lost, the command run twice, and a reminder that
Discord took just before the bot stopped. The reminder is set once and delivered once a week,
and the user is told plainly what is set."""

from __future__ import annotations

from typing import Any

import discord
from simcord import InteractionResult, assert_error

from bot.app import create_bot
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of

HOUR = 3600.0
DAY = 24 * HOUR
SET = "I'll DM you every Thursday at 10:00 (UTC)"


def _dms(user: Any) -> list[str]:
    return [m.content for m in user.dm_channel.history() if m.author.bot]


def _reminders(user: Any) -> list[str]:
    return [t for t in _dms(user) if t.startswith("**Your weekly Sparkle reminder.**")]


def _told(result: InteractionResult) -> str:
    """Everything the user was shown, privately, for one command."""
    assert result.acknowledged and result.ephemeral and result.response is not None
    assert all(f.ephemeral for f in result.followups)
    return "\n".join([result.response.content, *(f.content for f in result.followups)])


def _lose_answers(w: World, times: int) -> None:
    """Discord loses the bot's next `times` messages to the interaction (its follow-ups)."""
    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=times)


async def _dana(w: World) -> Any:
    dana = w.env.create_user("dana")
    w.guild.add_member(dana)
    return dana


async def test_a_remind_whose_answer_was_lost_is_set_once_and_said(world: World) -> None:
    w = world
    dana = await _dana(w)
    _lose_answers(w, times=1)
    done = await dana.slash("remind", day="3", time="10:00", timezone="UTC")
    told = _told(done)
    assert SET in told and "went wrong" not in told
    reminder = await bot_of(w.env).repos.practitioners.reminder(dana.id)
    assert reminder is not None and (reminder.day, reminder.time) == (3, "10:00")
    await w.env.advance_time(10 * HOUR + 60)  # Thu 1 Jan 10:01 UTC
    await w.env.advance_time(7 * DAY)
    assert len(_reminders(dana)) == 2  # one a week


async def test_a_remind_run_again_after_every_answer_was_lost_sends_one_reminder_a_week(
    world: World,
) -> None:
    w = world
    dana = await _dana(w)
    _lose_answers(w, times=2)
    failed = await dana.slash("remind", day="3", time="10:00", timezone="UTC")
    assert SET not in _told(failed)
    assert_error(w.env, discord.HTTPException, contains="upstream down")
    again = await dana.slash("remind", day="3", time="10:00", timezone="UTC")
    third = await dana.slash("remind", day="3", time="10:00", timezone="UTC")  # a double click
    assert SET in _told(again) and SET in _told(third)
    await w.env.advance_time(10 * HOUR + 60)  # Thu 1 Jan 10:01 UTC
    assert len(_reminders(dana)) == 1
    await w.env.advance_time(7 * DAY)
    assert len(_reminders(dana)) == 2
    reminder = await bot_of(w.env).repos.practitioners.reminder(dana.id)
    assert reminder is not None and reminder.next_at.day == 15  # the week after


async def test_a_reminder_discord_took_just_before_a_stop_is_not_sent_again(
    world: World,
) -> None:
    """The bot stops after Discord took the reminder, before it recorded that: the restarted
    bot finds it in the DM and does not send it a second time."""
    w = world
    dana = await _dana(w)
    done = await dana.slash("remind", day="3", time="10:00", timezone="UTC")
    assert SET in _told(done)
    repos = bot_of(w.env).repos
    claim = repos.practitioners.claim_reminder
    calls = 0

    async def stops_after_the_send(*args: Any) -> bool:
        nonlocal calls
        calls += 1
        if calls == 2:  # the record after the send
            raise RuntimeError("the bot stopped here")
        return await claim(*args)

    repos.practitioners.claim_reminder = stops_after_the_send  # type: ignore[method-assign]
    await w.env.advance_time(10 * HOUR + 1)
    assert len(_reminders(dana)) == 1
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(HOUR)
    assert len(_reminders(dana)) == 1  # not twice
    reminder = await bot_of(w.env).repos.practitioners.reminder(dana.id)
    assert reminder is not None and reminder.next_at.day == 8  # next week's, as usual
    await w.env.advance_time(7 * DAY)
    assert len(_reminders(dana)) == 2
