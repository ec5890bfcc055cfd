"""Sending the DMs of a queue (`storage.repos.dm_queue`): each one taken, sent, and marked.

A row is taken before it is sent (one try counted, held for `hold`: a process that stops while
sending leaves it to be tried again then), marked sent only after Discord took it, final when
Discord refused it (closed DMs, 403, are told apart), and tried again with the outbox's
doubling pauses when Discord failed (5xx, a dropped request), `tries` times in all. A row
tried before is first looked for where it would have gone (`sent_already`): one Discord took
whose record was lost (the database failed, the process stopped, right after the send) is
marked sent, not sent a second time. A DM whose row was erased while it was being sent (her
`/forget`, or what it was about deleted, between the last check and Discord taking it) is
taken back: deleted from her DM, so that nothing goes to her after her erasure. Meeting
prompts (`cogs.meetings`) and hours-answer DMs (`cogs.hours`) are sent by this one loop; what a
DM says, and whether it should still go, is the cog's `deliver`, and which of its errors are
Discord's, and final, is `judge` (`cogs._loop.discord_failure`): this module knows no Discord.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Generic, Protocol, TypeVar

from bot.hours.meeting import Queued, SendState
from bot.outbox import backoff

T = TypeVar("T")
# Sends finishing after their loop was restarted: referenced here until they are done.
_FINISHING: set[asyncio.Task[Any]] = set()


async def to_the_end(work: Coroutine[Any, Any, T]) -> T:
    """Run one send and its record to the end even if the loop awaiting it is restarted
    meanwhile (a loop restarts whenever a setting it waits on changes): a DM that went out is
    then always recorded as sent, never sent again by the restarted loop."""
    task = asyncio.ensure_future(work)
    _FINISHING.add(task)
    task.add_done_callback(_FINISHING.discard)
    return await asyncio.shield(task)


Q = TypeVar("Q", bound=Queued)


class SendQueue(Protocol[Q]):
    """The stored queue (`storage.repos.dm_queue.DmQueue`)."""

    async def due(self, now: datetime) -> list[Q]: ...
    async def take(self, item: Q, until: datetime) -> bool: ...
    async def finish(self, item_id: int, state: SendState) -> bool: ...
    async def retry_at(self, item_id: int, at: datetime) -> None: ...
    async def next_at(self) -> datetime | None: ...


# Takes back (deletes) one DM that went out.
TakeBack = Callable[[], Awaitable[None]]

# Send one DM (raising Discord's error if it fails) and return how to take it back, or return
# the final state it ends in without being sent (what it was about is gone, the member left).
Deliver = Callable[[Q], Awaitable[SendState | TakeBack]]


@dataclass(frozen=True)
class Failed:
    """How a send failed: `problem` for the log ("Discord 503", "Discord code 50007"), and
    `final` (CLOSED or REFUSED) when it is not to be tried again."""

    problem: str
    final: SendState | None = None


# Whether a row tried before is where its DM goes already (Discord took it, its record was lost).
SentAlready = Callable[[Q], Awaitable[bool]]


# Which errors of `deliver` are failures of the send (None: any other error, which propagates).
Judge = Callable[[Exception], Failed | None]


@dataclass(frozen=True)
class DmSender(Generic[Q]):
    queue: SendQueue[Q]
    deliver: Deliver[Q]
    sent_already: SentAlready[Q]
    judge: Judge
    clock: Callable[[], datetime]
    what: str  # for the log: "meeting prompt"
    tries: int  # in all, when Discord keeps failing
    hold: timedelta  # how long a row being sent is held
    log: logging.Logger

    async def send_due(self) -> datetime | None:
        """Send the rows that are due (new ones, retries, and any a restart interrupted), each
        to the end; when the next one is due. When none is due yet, that is all it asks."""
        now = self.clock()
        first = await self.queue.next_at()
        if first is None or first > now:
            return first
        for item in await self.queue.due(now):
            await to_the_end(self.send(item))
        return await self.queue.next_at()

    async def send(self, item: Q) -> SendState:
        """Take one row and send it; what became of it (PENDING: to be tried again, or being
        sent by another process)."""
        now = self.clock()
        if not await self.queue.take(item, now + self.hold):
            return SendState.PENDING  # another process is sending it
        tries = item.attempts + 1
        try:
            if item.attempts and await self.sent_already(item):
                sent = None  # sent before, its record lost: recorded now, not sent again
            else:
                sent = await self.deliver(item)
        except Exception as error:
            failed = self.judge(error)
            if failed is None:
                raise
            if failed.final is not None:
                self.log.warning("%s refused (%s)", self.what, failed.problem)
                await self.queue.finish(item.id, failed.final)
                return failed.final
            problem = failed.problem
        else:
            if isinstance(sent, SendState):
                await self.queue.finish(item.id, sent)
                return sent
            try:
                kept = await self.queue.finish(item.id, SendState.SENT)
            except Exception:  # the member has it: held, it is tried again after the hold
                self.log.exception("could not record a sent %s", self.what)
                return SendState.SENT
            if not kept and sent is not None:
                await self._take_back(sent)
                return SendState.REFUSED
            return SendState.SENT
        if tries >= self.tries:
            self.log.warning("%s not delivered after %d tries (%s)", self.what, tries, problem)
            await self.queue.finish(item.id, SendState.FAILED)
            return SendState.FAILED
        self.log.info("%s try %d failed (%s); trying again later", self.what, tries, problem)
        await self.queue.retry_at(item.id, now + backoff(tries))
        return SendState.PENDING

    async def _take_back(self, take_back: TakeBack) -> None:
        """Delete a DM that went out after its row was erased (logged if Discord refuses)."""
        try:
            await take_back()
        except Exception as error:
            failed = self.judge(error)
            if failed is None:
                raise
            self.log.warning(
                "could not take back a %s sent during an erasure (%s)", self.what, failed.problem
            )
            return
        self.log.info("took back a %s sent during an erasure", self.what)
