"""Delete share, an edited preview and a discarded one: the share's earlier text (sealed under
its author's key, which she still holds) is left neither in the SQLite file nor in its `-wal`
once the change is done, while the bot runs.

As in test_erasure_keys, every bot connection first gets SQLite's build default
(`secure_delete=0`), so that the search proves what the bot itself sets and does.
"""

from __future__ import annotations

from pathlib import Path

from simcord import assert_responded
from sqlalchemy import select

from storage.tables import Post
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_erasure_keys import _found  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_erasure_keys import simcord_bot as simcord_bot  # the fixture
from tests.e2e.test_share_and_setup import _preview, posts


async def test_a_deleted_shares_text_is_in_neither_the_database_file_nor_its_wal(
    configured: World, sqlite_database_url: str
) -> None:
    w = configured
    preview = await _preview(w, "CANARY moment that went well.")
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert_responded(posted, contains="Shared in", ephemeral=True)
    repos = bot_of(w.env).repos
    async with repos.db.read() as session:
        (body,) = (await session.execute(select(Post.body))).scalars().all()
    assert body is not None
    path = Path(sqlite_database_url.split(":///", 1)[1])
    assert _found(path, [body]) == 1  # the search finds it while it is stored
    gone = await w.alice.click(posted.response.message, label="Delete share")
    assert_responded(gone, contains="Share deleted", ephemeral=True)
    assert posts(w) == []
    assert await repos.outbox.records() == []
    assert _found(path, [body]) == 0


async def _draft_body(w: World) -> bytes:
    async with bot_of(w.env).repos.db.read() as session:
        (body,) = (await session.execute(select(Post.body))).scalars().all()
    assert body is not None
    return body


async def test_an_edited_previews_earlier_text_is_in_neither_the_database_file_nor_its_wal(
    configured: World, sqlite_database_url: str
) -> None:
    """She edits the preview's text before confirming: the draft she replaced is gone from
    disk at once, the edited one is stored, and nothing is posted."""
    w = configured
    preview = await _preview(w, "CANARY moment that went well.")
    before = await _draft_body(w)
    path = Path(sqlite_database_url.split(":///", 1)[1])
    assert _found(path, [before]) == 1  # the search finds it while it is stored
    modal = await w.alice.click(preview.response.message, label="Edit text")
    edited = await w.alice.submit_modal(modal, {"text": "Edited words that went well."})
    assert_responded(edited, contains="edited text", ephemeral=True)
    assert edited.response.embeds[0].description == "Edited words that went well."
    after = await _draft_body(w)
    assert after != before
    assert _found(path, [after]) == 1
    assert _found(path, [before]) == 0
    (draft,) = await bot_of(w.env).repos.outbox.records()
    assert draft.text == "Edited words that went well."
    assert posts(w) == []


async def test_a_discarded_previews_text_is_in_neither_the_database_file_nor_its_wal(
    configured: World, sqlite_database_url: str
) -> None:
    w = configured
    preview = await _preview(w, "CANARY moment that went well.")
    body = await _draft_body(w)
    path = Path(sqlite_database_url.split(":///", 1)[1])
    assert _found(path, [body]) == 1
    cancelled = await w.alice.click(preview.response.message, label="Cancel")
    assert cancelled.response.content == "Not shared."
    assert await bot_of(w.env).repos.outbox.records() == []
    assert _found(path, [body]) == 0
    assert posts(w) == []
