"""A weekly reminder her closed DMs refused: the member is told so once, privately, after her
next command's own answer. The notice is cleared only once it reached her: a follow-up Discord
loses, or a command whose answer is a form (which has no reply to follow), leaves it owed for
her next command, as the round's owed notices are."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import InteractionResult

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of

HOUR = 3600.0
UNDELIVERED = "I couldn't send your weekly reminder by DM"


def _notices(result: InteractionResult) -> list[Any]:
    return [m for m in result.followups if UNDELIVERED in m.content]


async def _failed(w: World) -> bool:
    """Whether her reminder's failure is stored, not yet told."""
    from sqlalchemy import select

    from storage.tables import Practitioner

    async with bot_of(w.env).repos.db.read() as session:
        found = await session.execute(
            select(Practitioner.remind_failed_at).where(Practitioner.user_id == w.alice.id)
        )
        return found.scalar() is not None


async def _refused_reminder(w: World) -> None:
    """Alice sets a reminder for Thursday 10:00 UTC; her DMs refuse the bot when it is due."""
    done = await w.alice.slash(w.channel, "remind", day="3", time="10:00", timezone="UTC")
    assert done.acknowledged and done.ephemeral
    await w.alice.user.send_dm("hello")  # her DM channel exists; the bot's DMs are refused
    dm = w.alice.user.dm_channel
    assert dm is not None
    w.env.inject_error(
        "POST", f"/channels/{dm.id}/messages", status=403, code=50007,
        message="Cannot send messages to this user", times=1,
    )  # fmt: skip
    await w.env.advance_time(10 * HOUR + 60)  # Thu 1 Jan 10:01 UTC
    assert not [m for m in dm.history() if m.author.bot]
    assert await _failed(w)


async def test_she_is_told_once_with_her_next_command(world: World) -> None:
    w = world
    await _refused_reminder(w)
    assert _notices(await w.bob.slash(w.channel, "privacy")) == []  # his command: not hers
    told = await w.alice.slash(w.channel, "privacy")
    assert told.acknowledged and told.response is not None and told.response.embeds
    (notice,) = _notices(told)
    assert notice.ephemeral
    assert not await _failed(w)
    assert _notices(await w.alice.slash(w.channel, "privacy")) == []  # once


@pytest.mark.postgres_too
async def test_a_notice_discord_loses_is_given_with_her_next_command(world: World) -> None:
    w = world
    await _refused_reminder(w)
    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=1)
    lost = await w.alice.slash(w.channel, "privacy")
    assert lost.acknowledged and lost.response is not None and _notices(lost) == []
    assert await _failed(w)  # it did not reach her: still owed
    (notice,) = _notices(await w.alice.slash(w.channel, "privacy"))
    assert notice.ephemeral and not await _failed(w)


async def test_a_command_that_opens_a_form_leaves_the_notice_for_the_next_one(
    world: World,
) -> None:
    w = world
    await _refused_reminder(w)
    opened = await w.alice.slash(
        w.channel, "hours add", format="video", type="peer_group", role="presenter"
    )
    assert opened.modal is not None and _notices(opened) == []
    assert await _failed(w)  # a form has no reply to follow: still owed
    (notice,) = _notices(await w.alice.slash(w.channel, "privacy"))
    assert notice.ephemeral and not await _failed(w)
