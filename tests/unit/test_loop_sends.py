"""A send started by a background loop finishes, and is recorded, even if the loop is
restarted (cancelled) while it is under way."""

from __future__ import annotations

import asyncio
import contextlib

from cogs._loop import to_the_end


async def test_a_send_finishes_when_its_loop_is_cancelled_midway() -> None:
    went_out, recorded = asyncio.Event(), asyncio.Event()

    async def send_and_record() -> None:
        await went_out.wait()  # Discord is taking the message
        recorded.set()

    loop = asyncio.create_task(to_the_end(send_and_record()))
    await asyncio.sleep(0)
    loop.cancel()  # a setting changed: the loop is restarted
    with contextlib.suppress(asyncio.CancelledError):
        await loop
    assert loop.cancelled() and not recorded.is_set()
    went_out.set()
    await asyncio.wait_for(recorded.wait(), 1)
