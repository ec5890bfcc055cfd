"""Audit records for /setup, audit records that outlive their actor's erasure, and weekly
reminders that survive Discord's transient errors."""

from __future__ import annotations

from typing import Any

from simcord import assert_responded

from bot.app import create_bot
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, close_dms, erase_everything
from tests.e2e.test_summary_flow import _set_up, members_reflected

HOUR = 3600.0


async def test_setup_changes_are_audited_with_who_and_what(world: World, facilitation) -> None:
    w = world
    admin, _fiona, facilitators, weekly = facilitation
    await _set_up(w, admin, facilitators, weekly, schedule=False)
    done = await admin.slash(w.channel, "setup minimum", contributors=4)
    assert_responded(done, contains="Saved.", ephemeral=True)
    assert await bot_of(w.env).repos.audit.kinds("setup") == [
        (admin.id, w.guild.id, "consultation_channel_id,summary_channel_id"),
        (admin.id, w.guild.id, "facilitator_role_id"),
        (admin.id, w.guild.id, "timezone"),
        (admin.id, w.guild.id, "min_contributors"),
    ]
    shown = await admin.slash(w.channel, "setup show")
    assert shown.acknowledged
    assert len(await bot_of(w.env).repos.audit.kinds("setup")) == 4  # reading is not a change


async def test_a_facilitators_erasure_keeps_the_record_of_their_summary_pulls(
    world: World,
    facilitation,
) -> None:
    w = world
    admin, fiona, _facilitators, _weekly = facilitation
    await members_reflected(w, facilitation, 3, schedule=False)
    preview = await fiona.slash(w.channel, "summary", week="this week")
    assert preview.acknowledged and preview.ephemeral
    audit = bot_of(w.env).repos.audit
    assert await audit.trail("summary_pull") == [(fiona.id, w.guild.id, "2025-12-29")]

    done = await erase_everything(fiona, w.channel)
    assert done.acknowledged and "erased" in done.response.content
    # The pull is still on record; who pulled it is not.
    assert await audit.trail("summary_pull") == [("erased", w.guild.id, "2025-12-29")]
    assert await audit.kinds("summary_pull") == [(None, w.guild.id, "2025-12-29")]
    # The admin's own records are untouched.
    assert all(actor == admin.id for actor, _, _ in await audit.kinds("setup"))


def _dms(user) -> list[str]:
    return [m.content for m in user.dm_channel.history() if m.author.bot]


def _posts(w: World) -> int:
    return sum(r.method == "POST" and r.path.endswith("/messages") for r in w.env.http_requests)


async def test_a_transient_discord_error_is_retried_and_not_called_closed_dms(
    world: World,
) -> None:
    w = world
    dana = w.env.create_user("dana")
    w.guild.add_member(dana)
    set_up = await dana.slash("remind", day="3", time="10:00")
    assert set_up.acknowledged and set_up.ephemeral
    w.env.inject_error(
        "POST", "/channels/*/messages", status=503, message="Service Unavailable", times=2
    )
    before = _posts(w)
    await w.env.advance_time(11 * HOUR)  # due at 10:00: two 503s, then delivered
    assert _posts(w) - before == 3
    (dm,) = _dms(dana)
    assert "/sparkle" in dm
    told = await dana.slash("privacy")
    assert told.acknowledged and told.followups == []  # no "your DMs are closed"


async def test_a_persistent_outage_gives_up_after_bounded_retries_without_blaming_dms(
    world: World,
) -> None:
    w = world
    set_up = await w.alice.slash(w.channel, "remind", day="3", time="10:00")
    assert set_up.acknowledged
    w.env.inject_error("POST", "/channels/*/messages", status=503, times=50)
    before = _posts(w)
    await w.env.advance_time(11 * HOUR)
    assert _posts(w) - before == 4  # one attempt and three retries, then it stops
    assert _dms(w.alice.user) == []
    told = await w.alice.slash(w.channel, "privacy")
    assert told.acknowledged and told.followups == []
    reminder = await bot_of(w.env).repos.practitioners.reminder(w.alice.id)
    assert reminder is not None and reminder.next_at.day == 8  # next week still scheduled


async def test_only_error_50007_means_closed_dms(world: World) -> None:
    w = world
    set_up = await w.alice.slash(w.channel, "remind", day="3", time="10:00")
    assert set_up.acknowledged
    w.env.inject_error("POST", "/channels/*/messages", status=403, code=50001, times=1)
    await w.env.advance_time(11 * HOUR)
    told = await w.alice.slash(w.channel, "privacy")
    assert told.acknowledged and told.followups == []  # another refusal: not "DMs closed"
    close_dms(w.env)
    await w.env.advance_time(7 * 24 * HOUR)
    told = await w.alice.slash(w.channel, "privacy")
    assert any("couldn't send your weekly reminder" in f.content for f in told.followups)


async def test_a_reminder_cut_short_by_a_stop_is_sent_after_the_restart(world: World) -> None:
    """The bot stops while sending a due reminder (before Discord has it): the reminder is
    still this week's promise, so the restarted bot sends it, once, late rather than never."""
    w = world
    dana = w.env.create_user("dana")
    w.guild.add_member(dana)
    set_up = await dana.slash("remind", day="3", time="10:00")
    assert set_up.acknowledged and set_up.ephemeral
    bot = bot_of(w.env)

    def stopped_here(_user_id: int) -> Any:
        raise RuntimeError("the bot stopped here")

    bot.get_user = stopped_here  # pyright: ignore[reportAttributeAccessIssue]
    await w.env.advance_time(10 * HOUR + 1)
    assert _dms(dana) == []
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(HOUR)
    (dm,) = _dms(dana)
    assert "/sparkle" in dm
    reminder = await bot_of(w.env).repos.practitioners.reminder(dana.id)
    assert reminder is not None and reminder.next_at.day == 8  # next week's, as usual
