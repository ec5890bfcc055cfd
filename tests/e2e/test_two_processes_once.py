"""Several processes on one database: what each process's loop does on its own is done once.

Every process runs the same outbox loop over the same jobs, and wakes at the same due time;
the passes here are the ones those loops make, run at the same moment on one bot (SimCord hosts
one bot per simulated Discord: test_two_instances.py runs two for the weekly summary).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import datetime

import pytest
from simcord import ChannelHandle

from bot.outbox import PostRecord, PostState, backoff
from cogs.outbox import Outbox
from cogs.summary import Summary
from storage.repos.outbox import OutboxRepository
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_share_and_setup import posts
from tests.e2e.test_share_faults import _posted  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_summary_faults import (  # pyright: ignore[reportPrivateUsage]
    _alice_forgets,
    _assert_rebuilt_without_alice,
    _posted_with_alice,
)


@pytest.mark.postgres_too
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


@pytest.mark.postgres_too
async def test_a_deletion_failed_by_two_processes_at_once_counts_one_attempt(
    configured: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both processes' loops take the retry and Discord refuses both: one attempt, so the
    retries keep their spacing (1, 2, 4 minutes). Before, each process counted it: the share
    the member deleted stayed up twice as long after the next refusal (8 minutes, not 4)."""
    w = configured
    bot = bot_of(w.env)
    posted = await _posted(w)
    (thread,) = w.channel.threads
    refuse = f"/channels/{thread.id}"
    w.env.inject_error("DELETE", refuse, status=503, message="upstream down", times=1)
    asked = await w.alice.click(posted.response.message, label="Delete share")
    assert asked.acknowledged
    (job,) = await bot.repos.outbox.problems_in(w.guild.id)
    assert job.attempts == 1

    outbox = bot.get_cog("Outbox")
    assert isinstance(outbox, Outbox)
    w.env.inject_error("DELETE", refuse, status=503, message="upstream down", times=2)
    _both_read_before_either_tries(monkeypatch, bot.repos.outbox)
    await asyncio.gather(outbox.run_deletions([job.id]), outbox.run_deletions([job.id]))
    monkeypatch.undo()
    (job,) = await bot.repos.outbox.problems_in(w.guild.id)
    assert job.attempts == 2  # before: 3
    assert job.next_try_at == w.env.now() + backoff(2)

    # The loop's next retry is refused too: the one after it comes 4 minutes later.
    w.env.inject_error("DELETE", refuse, status=503, message="upstream down", times=1)
    await w.env.advance_time(backoff(2).total_seconds() + 1)
    (job,) = await bot.repos.outbox.problems_in(w.guild.id)
    assert job.attempts == 3  # before: 4
    assert job.next_try_at is not None
    assert job.next_try_at - w.env.now() <= backoff(3)  # before: backoff(4), 8 minutes
    await w.env.advance_time(backoff(3).total_seconds() + 1)
    assert posts(w) == [] and w.channel.threads == []  # before: still up
    assert await bot.repos.outbox.problems_in(w.guild.id) == []


def _both_read_before_either_tries(
    monkeypatch: pytest.MonkeyPatch, outbox: OutboxRepository
) -> None:
    """At the same moment: each pass has read the job before either tries it (left to the
    scheduler, a loaded machine let one pass record its failure before the other read)."""
    both_read = asyncio.Barrier(2)
    read = outbox.deletions_due

    async def read_then_wait(now: datetime, ids: Sequence[int] | None = None) -> list[PostRecord]:
        due = await read(now, ids)
        await both_read.wait()
        return due

    monkeypatch.setattr(outbox, "deletions_due", read_then_wait)


@pytest.mark.postgres_too
async def test_a_summary_rebuild_failed_by_two_processes_at_once_counts_one_attempt(
    world: World, facilitation, weekly: ChannelHandle
) -> None:
    """A member erased her data; the rebuild of the summary quoting her is refused, then
    both processes' loops retry it at once and both are refused: one attempt counted, so
    the next retry comes when the back-off says (before: later each time, her quote up
    longer)."""
    w = world
    posted = await _posted_with_alice(w, facilitation, others=3)
    edit = f"/channels/{weekly.id}/messages/*"
    w.env.inject_error("PATCH", edit, status=503, message="Unavailable", times=1)
    await _alice_forgets(w)
    repos = bot_of(w.env).repos
    (job,) = await repos.outbox.summaries_of(w.guild.id)
    assert job.state is PostState.REFRESHING and job.attempts == 1

    summaries = bot_of(w.env).get_cog("Summary")
    assert isinstance(summaries, Summary)
    w.env.inject_error("PATCH", edit, status=503, message="Unavailable", times=2)
    await asyncio.gather(summaries.refresh(job), summaries.refresh(job))
    (job,) = await repos.outbox.summaries_of(w.guild.id)
    assert job.state is PostState.REFRESHING
    assert job.attempts == 2  # before: 3
    assert job.next_try_at == w.env.now() + backoff(2)
    w.env.inject_error("PATCH", edit, status=503, message="Unavailable", times=1)
    await w.env.advance_time(backoff(2).total_seconds() + 1)
    (job,) = await repos.outbox.summaries_of(w.guild.id)
    assert job.attempts == 3  # before: 4
    await w.env.advance_time(backoff(3).total_seconds() + 1)
    _assert_rebuilt_without_alice(weekly, posted)  # before: her quote still up
    (done,) = await repos.outbox.summaries_of(w.guild.id)
    assert done.state is PostState.POSTED and done.attempts == 0
