"""/setup meeting: the server's admins set the group's meeting schedule, as DESIGN's command
table says (`/setup script · agreement · round · meeting`), with `/hours meeting`'s options,
answers and audit records; facilitators keep `/hours meeting`."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
import simcord
from simcord import assert_responded
from sqlalchemy import select

from storage.tables import Meeting
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of

HOUR = 3600


async def _meeting_row(w: World) -> Meeting | None:
    async with bot_of(w.env).repos.db.read() as session:
        return (await session.execute(select(Meeting))).scalar()


def _said(result: Any) -> str:
    assert result.response is not None
    return result.response.content


async def test_admins_set_and_clear_the_meeting_with_setup_meeting(
    world: World, admin: Any, facilitated: Any
) -> None:
    w, fiona = world, facilitated
    audit = bot_of(w.env).repos.audit
    await bot_of(w.env).repos.servers.update(w.guild.id, timezone="Europe/Berlin")
    assert "setup meeting" in admin.available_commands(w.channel)
    # Manage Server, as every /setup command: members and facilitators don't see it.
    for member in (w.bob, fiona):
        assert "setup meeting" not in member.available_commands(w.channel)
        with pytest.raises(simcord.SetupError, match="default-member-permissions"):
            await member.slash(w.channel, "setup meeting", day="0")
    assert await _meeting_row(w) is None

    saved = await admin.slash(
        w.channel, "setup meeting", day="0", time="18:00", minutes=90, format="in_person"
    )
    assert_responded(
        saved,
        contains="Saved: Mondays at 18:00 for 90 minutes (Europe/Berlin), in person.",
        ephemeral=True,
    )
    row = await _meeting_row(w)
    assert row is not None  # Monday 5 January, 19:30 in Berlin is 18:30 UTC
    assert (row.day, row.start, row.minutes, row.format) == (0, "18:00", 90, "in_person")
    assert row.next_end_at == datetime(2026, 1, 5, 18, 30, tzinfo=UTC)
    assert await audit.kinds("meeting_set") == [(admin.id, w.guild.id, None)]

    # The facilitator's /hours meeting is the same command: same answer, nothing written twice.
    again = await fiona.slash(
        w.channel, "hours meeting", day="0", time="18:00", minutes=90, format="in_person"
    )
    assert _said(again) == _said(saved).replace("Saved:", "Nothing changed: the meeting is already")
    assert await audit.kinds("meeting_set") == [(admin.id, w.guild.id, None)]
    same = await admin.slash(
        w.channel, "setup meeting", day="0", time="18:00", minutes=90, format="in_person"
    )
    assert _said(same) == _said(again)

    unread = await admin.slash(w.channel, "setup meeting", day="2", time="half past six")
    assert_responded(
        unread,
        content="Nothing changed: I couldn't read “half past six”. I need a start time such "
        "as `18:00` (24-hour).",
        ephemeral=True,
    )
    row = await _meeting_row(w)
    assert row is not None and row.day == 0

    # The meeting set here prompts as one set with /hours meeting does.
    await w.alice.slash(w.channel, "hours prompts", on=True)
    for _ in range(4):
        await w.env.advance_time(24 * HOUR)
    await w.env.advance_time(18 * HOUR + 31 * 60)
    (prompt,) = [m for m in w.alice.user.dm_channel.history() if "meeting in" in m.content]
    assert "2026-01-05 18:00-19:30" in prompt.content and "in person" in prompt.content

    off = await admin.slash(w.channel, "setup meeting", day="off")
    assert_responded(off, content="No regular meeting: no prompts.", ephemeral=True)
    assert await _meeting_row(w) is None
    assert await audit.kinds("meeting_cleared") == [(admin.id, w.guild.id, None)]
    none = await admin.slash(w.channel, "setup meeting", day="off")
    assert_responded(
        none, content="Nothing changed: no regular meeting was set, so no prompts go out."
    )
    assert await audit.kinds("meeting_cleared") == [(admin.id, w.guild.id, None)]


async def test_setup_meeting_in_a_dm_is_not_offered(world: World, admin: Any) -> None:
    assert "setup meeting" not in admin.user.available_commands()
