"""The presenter erases everything (`/forget`) or deletes her share while members' affirmations
are still hidden: the share they answer no longer exists, so they are erased with her round,
never revealed and no longer stored (nor, with SQLite, left in its file or its `-wal`). Before,
each stayed stored as a draft its writer could no longer withdraw (the round was gone, so
**Withdraw** answered "not available") and her /export went on listing it."""

from __future__ import annotations

from pathlib import Path

import pytest
from simcord import InteractionResult
from sqlalchemy import select

from bot.outbox import affirmation_prefix
from cogs._render import NOT_AVAILABLE
from storage.tables import Post
from tests.e2e.helpers import bot_of, erase_everything, said
from tests.e2e.test_erasure_keys import _found  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_erasure_keys import simcord_bot as simcord_bot  # the fixture
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    _entry,  # pyright: ignore[reportPrivateUsage]
    affirm,
    exported,
    posts,
    the_post,
)
from tests.e2e.test_round import group as group  # the fixture

BOBS = "You stayed curious all the way through."
CAROLS = "You trusted the client's pace."


async def _affirmation_bodies(g: Group) -> list[bytes]:
    """The stored (sealed) bodies of the round's affirmations, whatever their state."""
    async with bot_of(g.w.env).repos.db.read() as session:
        rows = await session.execute(
            select(Post.body).where(Post.slot.like(affirmation_prefix(g.share_id) + "%"))
        )
        return [body or b"" for body in rows.scalars()]


async def _shared_at_affirmations(g: Group) -> InteractionResult:
    """Alice's share with a key question, moved on to its affirmations; the private reply
    that said it was shared (its **Delete share** button)."""
    w = g.w
    preview = await w.alice.slash(w.channel, "share", entry=str(await _entry(g)))
    asked = await w.alice.click(preview.response.message, label="Add a key question")
    shown = await w.alice.submit_modal(asked, {"question": "What else could I try?"})
    posted = await w.alice.click(shown.response.message, label="Post anonymously")
    assert "Shared in" in said(posted)
    (share,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    g.share_id = share.id
    await w.alice.click(the_post(w), label="Next phase")
    return posted


@pytest.mark.parametrize("how", ["forget", "delete share"])
async def test_hidden_affirmations_go_with_the_presenters_erased_round(
    group: Group, how: str
) -> None:
    g, w = group, group.w
    posted = await _shared_at_affirmations(g)
    saved = await affirm(w.bob, w, BOBS)
    await affirm(g.carol, w, CAROLS, sign="named")
    assert len(await _affirmation_bodies(g)) == 2
    assert [
        a["text"] for a in (await exported(w, w.bob))["round"]["affirmations_and_closings"]
    ] == [BOBS]

    if how == "forget":
        assert "erased" in said(await erase_everything(w.alice, w.channel))
    else:
        gone = await w.alice.click(posted.response.message, label="Delete share")
        assert "Share deleted" in said(gone)

    assert posts(w) == [] and w.channel.threads == []
    assert await _affirmation_bodies(g) == []
    assert (await exported(w, w.bob))["round"]["affirmations_and_closings"] == []
    assert (await exported(w, g.carol))["round"]["affirmations_and_closings"] == []
    withdrawn = await w.bob.click(saved.response.message, label="Withdraw")
    assert said(withdrawn) == NOT_AVAILABLE  # nothing of his is left to withdraw
    edited = await w.bob.click(saved.response.message, label="Edit")
    assert said(edited) == NOT_AVAILABLE


async def test_erased_hidden_affirmations_leave_neither_the_database_file_nor_its_wal(
    group: Group, sqlite_database_url: str
) -> None:
    g, w = group, group.w
    await _at_affirmations(g)
    await affirm(w.bob, w, BOBS)
    await affirm(g.carol, w, CAROLS)
    bodies = await _affirmation_bodies(g)
    path = Path(sqlite_database_url.split(":///", 1)[1])
    assert _found(path, bodies) == 2  # the search finds them while they are stored
    await erase_everything(w.alice, w.channel)
    assert await _affirmation_bodies(g) == []
    assert _found(path, bodies) == 0
