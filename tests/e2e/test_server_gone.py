"""A share preview confirmed from a DM after the bot was removed from its server: she is told
so (not "That isn't available to you"), nothing is posted and her preview is kept. The bot
added back finds the server's settings as they were, and the same preview posts, once. After
its author left the server, the click gets the same answer as an id that does not exist (the
permission matrix's rule for a server she is not a member of), and nothing is posted."""

from __future__ import annotations

import pytest
from simcord.backend import serializers

from bot.outbox import PostState
from cogs._render import NOT_AVAILABLE
from cogs.sharing import BOT_NOT_IN_SERVER
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_share_and_setup import (
    _complete_sparkle,  # pyright: ignore[reportPrivateUsage]
    posts,
)


async def _dm_preview(w: World) -> tuple[int, object]:
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, "It went well.", w.guild.id)
    preview = await w.alice.user.slash("share", entry=str(entry))
    assert preview.response is not None and preview.response.content.startswith("**Preview**")
    return entry, preview


async def test_a_dm_preview_after_the_bot_was_removed_and_added_back(configured: World) -> None:
    w = configured
    entry, preview = await _dm_preview(w)
    backend = w.env.backend
    backend.emit("GUILD_DELETE", {"id": str(w.guild.id)})  # the bot is removed
    await w.env.settle()
    clicked = await w.alice.user.click(preview.response.message, label="Post anonymously")
    assert clicked.ephemeral and clicked.response.content == BOT_NOT_IN_SERVER
    assert posts(w) == []
    repos = bot_of(w.env).repos
    (kept,) = await repos.outbox.drafts_of_entry(entry, w.alice.id)
    assert kept.state is PostState.DRAFT
    # added back: its settings are as they were, and the kept preview posts, once
    backend.emit(
        "GUILD_CREATE", serializers.guild_create_payload(backend, backend.get_guild(w.guild.id))
    )
    await w.env.settle()
    assert (await repos.servers.get(w.guild.id)).consultation_channel_id == w.channel.id
    posted = await w.alice.user.click(preview.response.message, label="Post anonymously")
    assert posted.response.content.startswith(f"Shared in {w.channel.mention}")
    (message,) = posts(w)
    (share,) = await repos.outbox.shares_of(w.alice.id)
    assert share.message_id == message.id


@pytest.mark.postgres_too
async def test_a_dm_preview_after_its_author_left_the_server(configured: World) -> None:
    w = configured
    entry, preview = await _dm_preview(w)
    w.guild.remove_member(w.alice)
    await w.env.settle()
    clicked = await w.alice.user.click(preview.response.message, label="Post anonymously")
    assert clicked.ephemeral and clicked.response.content == NOT_AVAILABLE
    assert posts(w) == []
    repos = bot_of(w.env).repos
    assert await repos.outbox.shares_of(w.alice.id) == []
    (kept,) = await repos.outbox.drafts_of_entry(entry, w.alice.id)
    assert kept.state is PostState.DRAFT
