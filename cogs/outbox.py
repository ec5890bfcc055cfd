"""The outbox loop: deletions retried with back-off until done, and posts whose record was lost
found again and repaired. It runs across restarts because every job is a database row."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

import discord

from bot.log import keep_out_of_log
from bot.outbox import REPAIR_AFTER, PostKind, PostRecord, backoff, closing_round
from cogs import _services
from cogs._loop import LoopCog, next_pass, seconds_until
from cogs._posts import delete_post, find_by_ref
from storage.repos.audit import AuditNote

if TYPE_CHECKING:
    from bot.app import SparkleBot

log = logging.getLogger(__name__)
IDLE_WAKE = 6 * 3600.0  # look for stuck posts at least this often


def _out_of_log(posts: Sequence[PostRecord]) -> Sequence[PostRecord]:
    """`posts`, their text (what a member wrote, a summary's quotes) kept out of every later
    log line of this task: a failure while handling them quotes none of it."""
    keep_out_of_log(text for post in posts for text in (post.title, post.text) if text)
    return posts


class Outbox(LoopCog):
    loop_name = "outbox"
    offers = (_services.Outbox,)

    def __init__(self, bot: SparkleBot) -> None:
        super().__init__(bot)
        self._sleeping = False
        self._again = False

    def wake(self) -> None:
        """Re-read what is due, e.g. after a post whose record failed.

        The loop is only ever cancelled while it sleeps: a pass cut short mid-write could
        leave a database connection checked out.
        """
        if self._sleeping:
            self.runner.restart()
        else:
            self._again = True

    async def delete_now(
        self, posts: Sequence[PostRecord], *, actor_id: int | None
    ) -> list[PostRecord]:
        """Queue the posts for deletion, try once at once, and return what is still up: what
        Discord refused, and posts being sent right now (deleted as soon as they land)."""
        ids = [p.id for p in posts]
        await self.repos.outbox.request_deletion(ids)
        for waiting in await self.repos.outbox.in_flight(ids):
            # Landed already but not recorded yet (or never: its sender stopped)? Take it now.
            found = (
                await find_by_ref(self.bot, waiting.channel_id, waiting.ref)
                if waiting.channel_id is not None
                else None
            )
            if found is not None:
                await self.repos.outbox.landed_meanwhile(
                    waiting.id, waiting.claim, found.channel.id, found.id
                )
        gone = await self.run_deletions(ids, actor_id=actor_id)
        self.wake()  # so that its next sleep counts from these new jobs
        left = await self.repos.outbox.deletions_due(discord.utils.utcnow(), ids)
        # Gone from Discord, its record not yet written: not up, whatever the job says.
        left = [p for p in left if p.id not in gone]
        return left + await self.repos.outbox.in_flight(ids)

    async def run_deletions(
        self, ids: Sequence[int] | None = None, *, actor_id: int | None = None
    ) -> set[int]:
        """Delete what is due on Discord; the ids of posts gone from Discord whose job could
        not be closed (with its audit record, in one write) just now: the loop closes it
        later (the post is not found then, which is done). The loop's own pass (no `ids`)
        raises the failure after its pass instead, so that its back-off spaces the retries."""
        now = discord.utils.utcnow()
        unrecorded: set[int] = set()
        failure: Exception | None = None
        for due in _out_of_log(await self.repos.outbox.deletions_due(now, ids)):
            post = await self._located(due)
            thread_gone, problem = await delete_post(self.bot, post)
            if problem is None:
                note = AuditNote(
                    "post_deleted",
                    actor_id=None if post.anonymous else actor_id,
                    guild_id=post.guild_id,
                    subject=post.kind,
                )
                try:
                    await self.repos.outbox.deleted(post.id, note)
                except Exception as error:
                    log.exception("post %s is deleted but its job could not be closed", post.id)
                    unrecorded.add(post.id)
                    failure = error
                continue
            if thread_gone and post.thread_id is not None:
                await self.repos.outbox.thread_gone(post.id)
            await self.repos.outbox.deletion_failed(
                post.id, post.attempts, problem, now + backoff(post.attempts + 1)
            )
        if failure is not None and ids is None:
            raise failure
        return unrecorded

    async def _located(self, post: PostRecord) -> PostRecord:
        """A post whose ids were never recorded is looked for by its ref before deleting it.
        A thread opened on a message has the message's id."""
        if post.message_id is not None or post.channel_id is None:
            return (
                post
                if post.thread_id == post.thread
                else post.model_copy(update={"thread_id": post.thread})
            )
        found = await find_by_ref(self.bot, post.channel_id, post.ref)
        if found is None:
            return post
        return post.model_copy(update={"message_id": found.id, "thread_id": found.id})

    async def repair(self) -> None:
        """Posts claimed but never recorded: record them if they exist, else let them be retried."""
        now = discord.utils.utcnow()
        for post in _out_of_log(await self.repos.outbox.stuck(now - REPAIR_AFTER)):
            # Its sender is presumed gone; taking its claim over fences it off if it is not.
            claim = await self.repos.outbox.take_over(post.id, post.claim, now - REPAIR_AFTER)
            if claim is None:
                continue  # its send ended meanwhile, or another instance repairs it
            found = (
                await find_by_ref(self.bot, post.channel_id, post.ref)
                if post.channel_id is not None
                else None
            )
            if found is not None:
                # Deleted during its send, it becomes a deletion job, run by this same pass.
                await self.repos.outbox.record_sent(post.id, claim, found.channel.id, found.id)
                log.info("repaired the record of post %s", post.id)
                await self._landed(post)
            elif post.kind is not PostKind.SUMMARY:  # a share or round post: a draft again
                await self.repos.outbox.release(post.id, claim)
            else:
                await self.repos.outbox.failed(post.id, claim, "the post did not finish", now)

    async def _landed(self, post: PostRecord) -> None:
        """What a repaired post's cut-short send did not finish: a closing closes its round."""
        closings = _services.find(self.bot, _services.RoundClosings)
        if post.kind is PostKind.CLOSING and closings is not None:
            await closings.closing_landed(closing_round(post))

    async def _close_rounds_closed_by_their_closing(self) -> None:
        """At the start: rounds whose closing is posted but which were not closed (the
        database went away right after the post) are closed now."""
        closings = _services.find(self.bot, _services.RoundClosings)
        if closings is None:
            return
        for post_id in await self.repos.round.closed_by_their_closing():
            await closings.closing_landed(post_id)

    async def _summaries_due(self) -> None:
        """Summary posts to retry, and posted ones to correct after an erasure."""
        summaries = _services.find(self.bot, _services.Summaries)
        if summaries is None:
            return
        now = discord.utils.utcnow()
        for post in _out_of_log(await self.repos.outbox.summary_retries_due(now)):
            await summaries.retry(post)
        for post in _out_of_log(await self.repos.outbox.refreshes_due(now)):
            await summaries.refresh(post)

    async def run_loop(self) -> None:
        try:
            await self._close_rounds_closed_by_their_closing()
        except Exception:  # each is closed at the next start, or by its presenter's click
            log.exception("closing the rounds whose closing is posted did not finish")
        while not self.bot.is_closed():
            self._sleeping = self._again = False
            next_at = await next_pass(log, "outbox pass", self._pass)
            delay = seconds_until(next_at, IDLE_WAKE)
            if self._again:
                continue
            self._sleeping = True
            await asyncio.sleep(delay)

    async def _pass(self) -> datetime | None:
        if not await self.repos.outbox.any_at_work():
            return None
        await self.repair()
        await self.run_deletions()
        await self._summaries_due()
        return await self.repos.outbox.next_due()


async def setup(bot: SparkleBot) -> None:
    await bot.add_cog(Outbox(bot))
