"""A moderator deletes a round's thread after its affirmations were revealed: the messages the
bot posted in it went with it. Before, their rows went on naming those messages, and each
writer's /export listed hers as "posted". The design keeps a member's own words for her export
(nothing in it says round text lives only in Discord), so the row stays, no longer names a
message, and her export says it is no longer on Discord. The bot notices the deletion when
Discord tells it, and, for one it missed (made while it was down), at its next start."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import select

from bot.app import create_bot
from bot.outbox import affirmation_prefix
from storage.repos.round import NO_LONGER_ON_DISCORD
from storage.tables import Post
from tests.e2e.helpers import bot_of, erase_everything, said
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    affirm,
    exported,
    the_post,
    thread_of,
)
from tests.e2e.test_round import group as group  # the fixture

BOBS = "You stayed curious all the way through."
CAROLS = "You trusted the client's pace."


async def _rows(g: Group) -> list[tuple[str, int | None, int | None]]:
    """(state, channel, message) of each of the round's affirmations, as stored."""
    async with bot_of(g.w.env).repos.db.read() as session:
        rows = await session.execute(
            select(Post.state, Post.channel_id, Post.message_id)
            .where(Post.slot.like(affirmation_prefix(g.share_id) + "%"))
            .order_by(Post.id)
        )
        return [(r.state, r.channel_id, r.message_id) for r in rows]


@contextmanager
def _unheard(g: Group) -> Iterator[None]:
    """Discord's word of a thread deleted never reaches the bot (it was down, say)."""
    backend: Any = g.w.env.backend
    emit = backend.emit

    def dropped(event: str, payload: Any) -> None:
        if event != "THREAD_DELETE":
            emit(event, payload)

    backend.emit = dropped
    try:
        yield
    finally:
        backend.emit = emit


@pytest.mark.postgres_too
@pytest.mark.parametrize("noticed", ["when deleted", "at the next start"])
async def test_affirmations_of_a_deleted_thread_are_kept_for_their_writers_as_gone(
    group: Group, noticed: str
) -> None:
    g, w = group, group.w
    await _at_affirmations(g)
    await affirm(w.bob, w, BOBS)
    await affirm(g.carol, w, CAROLS)
    await g.fiona.click(the_post(w), label="Reveal affirmations")
    thread = thread_of(w)
    assert len([m for m in thread.history() if m.embeds]) == 2
    assert [(s, c) for s, c, _ in await _rows(g)] == [("posted", thread.id)] * 2
    (before,) = (await exported(w, w.bob))["round"]["affirmations_and_closings"]
    assert before["state"] == "posted"

    if noticed == "when deleted":
        w.env.backend.delete_channel(thread.id)
        await w.env.settle()
    else:
        with _unheard(g):
            w.env.backend.delete_channel(thread.id)
            await w.env.settle()
        assert [s for s, _, m in await _rows(g) if m is not None] == ["posted"] * 2
        await w.env.restart_bot(create_bot())

    assert w.channel.threads == []
    assert await _rows(g) == [("posted", None, None)] * 2  # no row names what is not there
    (mine,) = (await exported(w, w.bob))["round"]["affirmations_and_closings"]
    assert (mine["text"], mine["state"]) == (BOBS, NO_LONGER_ON_DISCORD)
    result = await w.bob.slash(w.channel, "export")
    assert result.response is not None
    files = {a.filename: await a.read() for a in result.response.attachments}
    assert f"## Your affirmation ({NO_LONGER_ON_DISCORD})" in files["sparkle-export.md"].decode()

    # Her /forget still erases it, and asks Discord to delete nothing that is not there.
    deletes = len([r for r in w.env.http_requests if r.method == "DELETE"])
    assert "erased" in said(await erase_everything(w.bob, w.channel))
    assert len([r for r in w.env.http_requests if r.method == "DELETE"]) == deletes
    assert await _rows(g) == [("posted", None, None)]  # carol's only
    assert (await exported(w, w.bob))["round"]["affirmations_and_closings"] == []
