"""A weekly reminder set without a zone of her own takes the server's; when an admin later
changes the server's zone (/setup timezone), the reminder used to keep the old one: a member
of a group that moved its zone from London to New York (or corrected it) still got her
"Thursday 09:00" reminder at 09:00 in London, five hours early, and /hours reckoned her day in
London too. She never chose London: she chose "the server's time". Such a reminder now follows
the server's zone, at the same day and local time, and the /remind reply says so. A reminder
given a zone of her own keeps it."""

from __future__ import annotations

from datetime import datetime

from simcord import MemberActor, assert_responded
from sqlalchemy import select

from bot.app import create_bot
from storage.tables import Practitioner
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, said

HOUR = 3600.0


def _dms(member: MemberActor) -> list[str]:
    return [m.content for m in member.user.dm_channel.history() if m.author.bot]


async def _row(w: World, user_id: int) -> Practitioner:
    async with bot_of(w.env).repos.db.read() as session:
        row = (
            await session.execute(select(Practitioner).where(Practitioner.user_id == user_id))
        ).scalar_one()
        session.expunge(row)
        return row


async def test_a_reminder_without_her_own_zone_follows_the_servers(
    world: World, admin: MemberActor
) -> None:
    w = world
    london = await admin.slash(w.channel, "setup timezone", zone="Europe/London")
    assert_responded(london, contains="Europe/London", ephemeral=True)
    # Thu 1 Jan 2026 00:00 UTC. Thursday 09:00 in London is 09:00 UTC.
    alices = await w.alice.slash(w.channel, "remind", day="3", time="09:00")
    assert_responded(alices, contains="every Thursday at 09:00 (Europe/London)", ephemeral=True)
    assert "this server's time zone: if an admin changes it, your reminder follows" in said(alices)
    bobs = await w.bob.slash(w.channel, "remind", day="3", time="09:00", timezone="London")
    assert_responded(bobs, contains="every Thursday at 09:00 (Europe/London)", ephemeral=True)
    assert "this server's" not in said(bobs)  # his own zone: he typed it

    moved = await admin.slash(w.channel, "setup timezone", zone="America/New_York")
    assert_responded(moved, contains="America/New_York", ephemeral=True)
    assert "1 member's weekly reminder, set without a time zone of their own, follows" in said(
        moved
    )
    alice, bob = await _row(w, w.alice.id), await _row(w, w.bob.id)
    assert (alice.remind_tz, alice.remind_follows_guild) == ("America/New_York", w.guild.id)
    assert alice.remind_next_at == datetime.fromisoformat("2026-01-01T14:00:00+00:00")
    assert (bob.remind_tz, bob.remind_follows_guild) == ("Europe/London", None)
    assert bob.remind_next_at == datetime.fromisoformat("2026-01-01T09:00:00+00:00")

    await w.env.restart_bot(create_bot())  # what follows is stored, not held in memory
    await w.env.advance_time(9 * HOUR + 60)  # 09:01 UTC: 09:01 in London, 04:01 in New York
    assert len(_dms(w.bob)) == 1
    assert _dms(w.alice) == []
    await w.env.advance_time(5 * HOUR)  # 14:01 UTC: 09:01 in New York
    (dm,) = _dms(w.alice)
    assert "/sparkle" in dm
    assert len(_dms(w.bob)) == 1

    # her day is the server's too now, and /remind again without a zone keeps following it
    again = await w.alice.slash(w.channel, "remind", day="4", time="08:00")
    assert_responded(again, contains="every Friday at 08:00 (America/New_York)", ephemeral=True)
    assert "your reminder follows" in said(again)
    assert (await _row(w, w.alice.id)).remind_follows_guild == w.guild.id
    # a zone of her own ends the following: the admin's next change leaves it
    own = await w.alice.slash(w.channel, "remind", day="4", time="08:00", timezone="Tokyo")
    assert_responded(own, contains="every Friday at 08:00 (Asia/Tokyo)", ephemeral=True)
    back = await admin.slash(w.channel, "setup timezone", zone="Europe/London")
    assert_responded(back, contains="Europe/London", ephemeral=True)
    assert "reminder" not in said(back)
    alice = await _row(w, w.alice.id)
    assert (alice.remind_tz, alice.remind_follows_guild) == ("Asia/Tokyo", None)


async def test_a_reminder_set_in_a_dm_keeps_following_the_server_it_was_set_in(
    world: World, admin: MemberActor
) -> None:
    w = world
    await admin.slash(w.channel, "setup timezone", zone="Europe/Berlin")
    await w.alice.slash(w.channel, "remind", day="3", time="09:00")
    changed = await w.alice.user.slash("remind", day="4", time="10:00")
    assert_responded(changed, contains="every Friday at 10:00 (Europe/Berlin)", ephemeral=True)
    assert "the time zone of the server you set it in" in said(changed)
    assert (await _row(w, w.alice.id)).remind_follows_guild == w.guild.id
    # bob has no reminder: in a DM with no server he gets UTC, and follows nothing
    bobs = await w.bob.user.slash("remind", day="4", time="10:00")
    assert_responded(bobs, contains="every Friday at 10:00 (UTC)", ephemeral=True)
    assert (await _row(w, w.bob.id)).remind_follows_guild is None
