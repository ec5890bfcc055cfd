"""A reveal clicked again while the first is still posting: told so, and posted once.

SimCord runs one click at a time; the first click's send is held (a declared external wait
inside the bot) so that the second lands while it is in flight, as it can on Discord.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from simcord import assert_responded

from tests.e2e.helpers import bot_of
from tests.e2e.test_round import Group, _at_affirmations, affirm, said, the_post, thread_of
from tests.e2e.test_round import group as group  # the fixture


@pytest.mark.postgres_too
async def test_a_second_post_the_rest_while_the_first_is_posting_is_told_so(
    group: Group,
) -> None:
    g, w = group, group.w
    await _at_affirmations(g)
    await affirm(w.bob, w, "One.")
    thread = thread_of(w)
    w.env.inject_error("POST", f"/channels/{thread.id}/messages", status=500, times=1)
    revealed = await w.alice.click(the_post(w), label="Reveal affirmations")
    assert "could not be posted yet" in revealed.response.content

    outbox = bot_of(w.env).repos.outbox
    real, gate = outbox.proceed, asyncio.Event()

    async def held(*args: Any) -> Any:
        await w.env.external_wait(gate.wait(), reason="Discord is taking the message")
        return await real(*args)

    outbox.proceed = held  # pyright: ignore[reportAttributeAccessIssue]
    first = await w.alice.click(revealed.response.message, label="Post the rest")
    assert first.acknowledged and first.deferred  # still posting
    second = await w.alice.click(revealed.response.message, label="Post the rest")
    assert_responded(second, contains="being posted right now by another click", ephemeral=True)
    assert said(thread) == []

    gate.set()
    await w.env.settle()
    assert first.response.content == "Every affirmation is posted."
    assert [m.embeds[0].description for m in said(thread)] == ["One."]
