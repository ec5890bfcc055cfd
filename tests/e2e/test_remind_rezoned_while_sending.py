"""An admin's /setup timezone that lands while a reminder following the server's zone is being
sent (held for `SENDING_HOLD`): before, the move read the held moment as the reminder's next
one and put it at that week's time in the new zone, and the send's own move on to next week
then found it changed and did nothing: London to New York at Thursday 09:00 London time, she
got her reminder at 09:00 London and a second one at 09:00 New York the same day. Now a
reminder in flight keeps its moment and takes the new zone, and its send moves it on to next
week's time there: one a week."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from simcord import MemberActor, assert_responded

from bot.app import create_bot
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, said
from tests.e2e.test_remind_follows_server_zone import _dms, _row

HOUR = 3600.0


async def test_a_zone_change_while_her_reminder_is_sent_gives_her_one_that_week(
    world: World, admin: MemberActor
) -> None:
    w = world
    await admin.slash(w.channel, "setup timezone", zone="Europe/London")
    # Thu 1 Jan 2026 00:00 UTC. Thursday 09:00 in London is 09:00 UTC.
    alices = await w.alice.slash(w.channel, "remind", day="3", time="09:00")
    assert_responded(alices, contains="every Thursday at 09:00 (Europe/London)", ephemeral=True)
    repos = bot_of(w.env).repos
    claim = repos.practitioners.claim_reminder
    sending, sent = asyncio.Event(), asyncio.Event()

    async def held_while_sent(*args: Any) -> bool:
        claimed = await claim(*args)
        if not sending.is_set():  # held: her reminder is on its way while the admin acts
            sending.set()
            await w.env.external_wait(sent.wait(), reason="her reminder on its way")
        return claimed

    repos.practitioners.claim_reminder = held_while_sent  # pyright: ignore[reportAttributeAccessIssue]
    await w.env.advance_time(9 * HOUR + 60)  # 09:01 UTC: 09:01 in London
    assert sending.is_set()
    moved = await admin.slash(w.channel, "setup timezone", zone="America/New_York")
    assert_responded(moved, contains="America/New_York", ephemeral=True)
    assert "reminder" in said(moved)
    sent.set()
    await w.env.advance_time(60)
    assert len(_dms(w.alice)) == 1
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(5 * HOUR)  # 14:01 UTC: 09:01 in New York
    assert len(_dms(w.alice)) == 1  # before: 2, the second at 09:00 New York time
    row = await _row(w, w.alice.id)
    assert (row.remind_tz, row.remind_follows_guild) == ("America/New_York", w.guild.id)
    # next week's, at 09:00 New York time (before: this Thursday's there)
    assert row.remind_next_at == datetime.fromisoformat("2026-01-08T14:00:00+00:00")
    await w.env.advance_time(7 * 24 * HOUR)  # next Thursday, 14:01 UTC
    assert len(_dms(w.alice)) == 2  # one that week, at 09:00 New York time
    row = await _row(w, w.alice.id)
    assert row.remind_next_at == datetime.fromisoformat("2026-01-15T14:00:00+00:00")


async def test_a_zone_change_between_a_failed_try_and_its_retry_gives_her_one_that_week(
    world: World, admin: MemberActor
) -> None:
    """Discord fails her reminder's first try (a 5xx): it is to be tried again a minute later.
    The admin's move meanwhile keeps that retry (this week's, not yet given), in the new zone,
    and the retry's move on is to next week's time there: one this week, one the next."""
    w = world
    await admin.slash(w.channel, "setup timezone", zone="Europe/London")
    await w.alice.slash(w.channel, "remind", day="3", time="09:00")
    w.env.inject_error("POST", "/channels/*/messages", status=503, message="unavailable", times=1)
    await w.env.advance_time(9 * HOUR + 30)  # 09:00:30 UTC: the first try failed
    assert _dms(w.alice) == []
    retry = datetime.fromisoformat("2026-01-01T09:01:00+00:00")
    assert (await _row(w, w.alice.id)).remind_next_at == retry
    moved = await admin.slash(w.channel, "setup timezone", zone="America/New_York")
    assert_responded(moved, contains="America/New_York", ephemeral=True)
    row = await _row(w, w.alice.id)
    assert (row.remind_tz, row.remind_next_at) == ("America/New_York", retry)
    await w.env.advance_time(60)  # the retry: this week's reminder
    assert len(_dms(w.alice)) == 1
    await w.env.advance_time(5 * HOUR)  # 14:00:30 UTC: 09:00 in New York
    assert len(_dms(w.alice)) == 1
    row = await _row(w, w.alice.id)
    assert row.remind_tz == "America/New_York"
    assert row.remind_next_at == datetime.fromisoformat("2026-01-08T14:00:00+00:00")
