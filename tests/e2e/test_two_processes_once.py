"""Several processes on one database: what each process's loop does on its own is done once.

Every process runs the same outbox loop over the same jobs, and wakes at the same due time;
the passes here are the ones those loops make, run at the same moment on one bot (SimCord hosts
one bot per simulated Discord: test_two_instances.py runs two for the weekly summary).
"""

from __future__ import annotations

import asyncio

from bot.outbox import PostState
from cogs.outbox import Outbox
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_share_and_setup import posts
from tests.e2e.test_share_faults import _posted  # pyright: ignore[reportPrivateUsage]


async def test_a_share_deletion_retried_by_two_processes_at_once_is_recorded_once(
    configured: World,
) -> None:
    w = configured
    bot = bot_of(w.env)
    posted = await _posted(w)
    (message,) = posts(w)
    (thread,) = w.channel.threads
    w.env.inject_error(
        "DELETE", f"/channels/{thread.id}", status=503, message="upstream down", times=1
    )
    asked = await w.alice.click(posted.response.message, label="Delete share")
    assert asked.acknowledged
    told = "\n".join(m.content for m in [asked.response, *asked.followups] if m is not None)
    assert "try again" in told, told
    (job,) = await bot.repos.outbox.problems_in(w.guild.id)
    assert job.state is PostState.DELETING
    assert [m.id for m in posts(w)] == [message.id]

    # The retry falls due: two processes' outbox loops wake at that moment and take it.
    outbox = bot.get_cog("Outbox")
    assert isinstance(outbox, Outbox)
    await asyncio.gather(outbox.run_deletions([job.id]), outbox.run_deletions([job.id]))

    assert posts(w) == [] and w.channel.threads == []
    assert await bot.repos.outbox.problems_in(w.guild.id) == []
    assert await bot.repos.outbox.deletions_due(w.env.now()) == []
    # One deletion, one record of it (before: one per process that took the job).
    assert await bot.repos.audit.kinds("post_deleted") == [(None, w.guild.id, "share")]
