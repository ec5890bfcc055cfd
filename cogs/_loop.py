"""A background loop owned by a cog: started at READY, restarted on demand, stopped on unload."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

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
