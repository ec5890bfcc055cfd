"""A member who steps out of a round at the same moment as she submits an affirmation: the
step-out and the save are checked against each other where they are stored, so exactly one of
the two wins and she is told which. Never an affirmation saved (and later revealed to the
presenter) from a member counted as stepped out.

The two are driven to interleave at the store, through the repository: the step-out lands
between the form's check and its write, or while the write's transaction is open."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import pytest
from sqlalchemy import select

from storage.tables import UserKey
from tests.e2e.helpers import bot_of
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    said,
    the_post,
    thread_of,
)
from tests.e2e.test_round import group as group  # the fixture
from tests.e2e.test_step_out_withdraws_at_once import _state as _stored  # pyright: ignore[reportPrivateUsage]

TYPED = "You stayed with the silence. @everyone"
T = TypeVar("T")


async def _submitted_while(
    g: Group, opened: Any, meanwhile: Callable[[], Awaitable[T]]
) -> tuple[Any, T]:
    """Bob submits his affirmation form; inside its save's transaction, after its checks,
    `meanwhile()` starts and is given every chance to finish before the save goes on. (What
    the submit gave, what `meanwhile` gave.)"""
    outbox = bot_of(g.w.env).repos.outbox
    real_insert = outbox.insert_draft
    racing: list[asyncio.Task[T]] = []

    async def started_first(*args: Any, **kwargs: Any) -> Any:
        task = asyncio.ensure_future(meanwhile())
        racing.append(task)
        for _ in range(10):  # real time (a real lock freezes SimCord's clock)
            if task.done():
                break
            await asyncio.to_thread(time.sleep, 0.05)
        return await real_insert(*args, **kwargs)

    outbox.insert_draft = started_first  # type: ignore[method-assign]
    try:
        done = await g.w.bob.submit_modal(opened, {"text": TYPED, "sign": ["anonymous"]})
    finally:
        outbox.insert_draft = real_insert  # type: ignore[method-assign]
    (task,) = racing
    return done, await task


def _told(result: Any) -> str:
    return "\n".join(m.content for m in [result.response, *result.followups] if m is not None)


@pytest.mark.postgres_too
async def test_a_step_out_between_the_check_and_the_save_wins(group: Group) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    opened = await w.bob.click(the_post(w), label="Add an affirmation")
    assert opened.modal is not None

    real_write = repos.round.write_affirmation
    stepped: list[tuple[bool, bool]] = []

    async def step_out_first(*args: Any, **kwargs: Any) -> Any:
        # The form's own check found her not stepped out; she steps out now, before the save.
        stepped.append(await repos.round.step_out(g.share_id, w.bob.id))
        return await real_write(*args, **kwargs)

    repos.round.write_affirmation = step_out_first  # type: ignore[method-assign]
    done = await w.bob.submit_modal(opened, {"text": TYPED, "sign": ["anonymous"]})
    repos.round.write_affirmation = real_write  # type: ignore[method-assign]

    assert stepped == [(True, False)]  # counted now; nothing of hers to withdraw yet
    assert done.acknowledged and done.ephemeral
    told = _told(done)
    assert "You stepped out of this round" in told and "Saved" not in told
    assert TYPED in told  # what she typed comes back to her
    assert not any(m.ephemeral is False for m in done.followups)
    assert await _stored(g) == (1, [])  # the step-out won: no affirmation of hers is stored
    assert await repos.round.my_affirmation(g.share_id, w.bob.id) is None

    await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert said(thread_of(w)) == []  # nothing of hers reaches the presenter


@pytest.mark.postgres_too
async def test_a_step_out_while_the_save_is_being_written_withdraws_it(group: Group) -> None:
    """The step-out arrives while the save's transaction is open: it waits for it (the two
    never interleave inside the store), then withdraws what was saved, and says so."""
    g, w = group, group.w
    repos = await _at_affirmations(g)
    opened = await w.bob.click(the_post(w), label="Add an affirmation")
    assert opened.modal is not None

    done, stepped = await _submitted_while(
        g, opened, lambda: repos.round.step_out(g.share_id, w.bob.id)
    )
    # Had the step-out finished inside the open save, it could not have seen the draft.
    assert stepped == (True, True)  # counted, and the saved affirmation withdrawn with it

    told = _told(done)
    assert "Saved" in told  # the save came first, and said so; the step-out then withdrew it
    assert "You stepped out of this round" not in told
    assert await _stored(g) == (1, [])
    assert await repos.round.my_affirmation(g.share_id, w.bob.id) is None

    out = await w.bob.click(the_post(w), label="I may know this client")
    assert "already" in _told(out)

    await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert said(thread_of(w)) == []


@pytest.mark.postgres_too
async def test_an_erasure_while_her_affirmation_is_being_saved_leaves_nothing_of_hers(
    group: Group,
) -> None:
    """/forget lands while her affirmation's save is open in the store: one of the two comes
    first. Either way, once both are done nothing of hers is stored: no affirmation under a key
    that was destroyed (nobody could read it, the reveal would post an empty one), no tag of
    hers."""
    g, w = group, group.w
    repos = await _at_affirmations(g)
    opened = await w.bob.click(the_post(w), label="Add an affirmation")
    assert opened.modal is not None

    done, _ = await _submitted_while(g, opened, lambda: repos.userdata.forget(w.bob.id))
    told = _told(done)
    assert done.ephemeral and "Saved" in told  # her save came first, and was true when said

    assert await _stored(g) == (0, [])  # nothing of hers waits to be revealed
    assert await repos.round.my_affirmation(g.share_id, w.bob.id) is None
    async with repos.db.read() as session:
        keys = (await session.execute(select(UserKey).where(UserKey.user_id == w.bob.id))).all()
    assert keys == []  # her key is gone, and nothing sealed under it is left

    await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert said(thread_of(w)) == []  # no empty affirmation reaches the presenter
