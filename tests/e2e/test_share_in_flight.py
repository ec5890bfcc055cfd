"""A share deleted while it is being posted: what the member is told, and that nothing stays up.

SimCord runs one click at a time; here the first click's send is held (a declared external
wait inside the bot) so that a second click lands while it is in flight, as it can on Discord.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from simcord import assert_responded

from cogs.sharing import DELETED_WHILE_POSTING
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_share_and_setup import _preview, posts


def _hold_sends(w: World, step: str) -> asyncio.Event:
    """Every share send waits at `step` (`proceed`: after its claim, before its message goes;
    `record_sent`: after it went, before it is recorded) until the returned event is set."""
    outbox = bot_of(w.env).repos.outbox
    real = getattr(outbox, step)
    gate = asyncio.Event()

    async def held(*args: Any) -> Any:
        await w.env.external_wait(gate.wait(), reason="Discord is taking the message")
        return await real(*args)

    setattr(outbox, step, held)
    return gate


@pytest.mark.postgres_too
@pytest.mark.parametrize("step", ["proceed", "record_sent"])
async def test_a_share_deleted_while_it_is_posted_is_not_kept(configured: World, step: str) -> None:
    """Held before its message goes, it is never sent; held after, the Delete share finds the
    message by its ref and deletes it, and the late record deletes nothing twice."""
    w = configured
    repos = bot_of(w.env).repos
    preview = await _preview(w)
    gate = _hold_sends(w, step)
    first = await w.alice.click(preview.response.message, label="Post anonymously")
    assert first.acknowledged and first.deferred  # still posting

    # A second click on the preview: told it is being posted, offered Delete share.
    second = await w.alice.click(preview.response.message, label="Post with my name")
    assert_responded(second, contains="being posted already", ephemeral=True)
    gone = await w.alice.click(second.response.message, label="Delete share")
    if step == "proceed":
        assert_responded(gone, contains="being posted right now", ephemeral=True)
        assert "delete it as soon as it lands" in gone.response.content
        (waiting,) = await repos.outbox.shares_of(w.alice.id)
        assert waiting.delete_after_send and waiting.text == ""  # its text went at once
    else:
        assert_responded(gone, contains="Share deleted", ephemeral=True)
        assert posts(w) == []

    gate.set()  # the first click's send goes ahead
    await w.env.settle()
    told: Any = first.response.content
    assert told == DELETED_WHILE_POSTING
    assert posts(w) == []
    assert await repos.outbox.shares_of(w.alice.id) == []
    assert await repos.outbox.pending_of(w.alice.id) == []
    assert await repos.outbox.deletions_due(w.env.now(), None) == []
