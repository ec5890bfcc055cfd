"""A background loop owned by a cog: started at READY, restarted on demand, stopped on unload."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, ClassVar

import discord
from discord.ext import commands

from bot.dm_queue import Failed
from bot.dm_queue import to_the_end as to_the_end
from bot.hours.meeting import SendState
from bot.log import bind_pass
from cogs._interactions import CANNOT_DM, BoundCog

if TYPE_CHECKING:
    from bot.app import SparkleBot

log = logging.getLogger(__name__)


def discord_failure(error: Exception) -> Failed | None:
    """How a DM's send failed (`bot.dm_queue.DmSender`'s judge): a 4xx is final (closed DMs
    told apart); a 5xx or a dropped request is tried again; None for any other error."""
    if isinstance(error, discord.HTTPException):
        if error.status < 500:
            final = SendState.CLOSED if error.code == CANNOT_DM else SendState.REFUSED
            return Failed(f"Discord code {error.code}", final)
        return Failed(f"Discord {error.status}")
    if isinstance(error, (OSError, TimeoutError)):
        return Failed(type(error).__name__)
    return None


async def in_dm(
    bot: SparkleBot, user_id: int, since: datetime, found: Callable[[discord.Message], bool]
) -> bool:
    """Whether a message of the bot's that `found` knows is in the member's DM since `since`
    (a DM queue's `sent_already`: one Discord took, its record lost). If her DM cannot be
    read, False: twice rather than not at all."""
    assert bot.user is not None
    try:
        user = bot.get_user(user_id) or await bot.fetch_user(user_id)
        channel = user.dm_channel or await user.create_dm()
        async for message in channel.history(limit=20, after=since):
            if message.author.id == bot.user.id and found(message):
                return True
    except (discord.HTTPException, OSError, TimeoutError):
        log.info("could not read a DM to see whether it was sent already")
    return False


async def next_pass(
    logger: logging.Logger, what: str, run: Callable[[], Awaitable[datetime | None]]
) -> datetime | None:
    """Run one pass of a loop; when the next one is due (None: nothing is). A failed pass is
    logged on `logger` as `what` failed, and the next one is a minute away."""
    bind_pass()
    try:
        return await run()
    except Exception:
        logger.exception("%s failed; retrying in a minute", what)
        return discord.utils.utcnow() + timedelta(minutes=1)


def seconds_until(
    next_at: datetime | None, idle: float, *, nothing_due: float | None = None
) -> float:
    """How long a loop sleeps: until `next_at`, at least a second and at most `idle`; when
    nothing is due, `nothing_due` (default `idle`)."""
    if next_at is None:
        return idle if nothing_due is None else nothing_due
    return min(max((next_at - discord.utils.utcnow()).total_seconds(), 1.0), idle)


class OwnedLoop:
    """Keeps a strong reference to its task and logs it if it ever dies of an exception."""

    def __init__(self, name: str, body: Callable[[], Awaitable[None]]) -> None:
        self.name = name
        self._body = body
        self._task: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def restart(self) -> None:
        """(Re)start the loop, so that whatever it waits for is computed afresh."""
        if self._task is not None:
            self._task.cancel()

        async def run() -> None:
            await self._body()

        self._task = asyncio.create_task(run(), name=self.name)
        self._task.add_done_callback(self._log_crash)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def _log_crash(self, task: asyncio.Task[None]) -> None:
        if not task.cancelled() and task.exception() is not None:
            log.error("%s stopped", self.name, exc_info=task.exception())


class LoopCog(BoundCog):
    """A cog that owns a loop (`run_loop`): started at READY, or at load once ready;
    `reschedule` restarts it, so that what it waits for is computed afresh; stopped on unload."""

    loop_name: ClassVar[str]

    def __init__(self, bot: SparkleBot) -> None:
        super().__init__(bot)
        self.runner = OwnedLoop(self.loop_name, self.run_loop)

    async def run_loop(self) -> None:
        raise NotImplementedError

    async def cog_load(self) -> None:
        await super().cog_load()
        if self.bot.is_ready():
            self.runner.restart()

    async def cog_unload(self) -> None:
        await super().cog_unload()
        await self.runner.stop()

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        if not self.runner.running:
            self.runner.restart()

    def reschedule(self) -> None:
        self.runner.restart()
