"""A background loop owned by a cog: started at READY, restarted on demand, stopped on unload."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, ClassVar

from discord.ext import commands

from cogs._interactions import BoundCog

if TYPE_CHECKING:
    from bot.app import SparkleBot

log = logging.getLogger(__name__)


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
