"""A share preview confirmed a day later, after a restart and after its author edited the
entry it was made from: what is posted is exactly what that preview showed her (the text she
confirmed), never the entry as it reads now, which she has not seen as a share."""

from __future__ import annotations

import discord

from bot.app import create_bot
from bot.outbox import PostState
from tests.e2e.conftest import World
from tests.e2e.helpers import SPARKLE_PAGES, bot_of, forge_submit
from tests.e2e.test_share_and_setup import _complete_sparkle

EDITED = "A brand new moment she never previewed."


async def test_a_preview_confirmed_a_day_after_the_entry_changed_posts_what_it_showed(
    configured: World,
) -> None:
    w = configured
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, "It went well.", w.guild.id)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert preview.ephemeral and preview.response is not None
    shown = preview.response.embeds[0].description or ""
    assert "It went well." in shown

    # She edits the entry's first page (its Edit page button opens this form), then a day
    # passes and the bot restarts.
    edited = await forge_submit(
        w.alice, w.channel, f"sk:page:sparkle:{entry}:0", {**SPARKLE_PAGES[0], "moment": EDITED}
    )
    assert edited.acknowledged and edited.ephemeral
    record = await bot_of(w.env).repos.entries.get(entry, w.alice.id)
    assert record is not None and record.answers["moment"] == EDITED
    await w.env.advance_time(86400 + 60)
    await w.env.restart_bot(create_bot())

    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert posted.acknowledged and posted.ephemeral
    assert posted.response is not None and "Shared in" in posted.response.content
    (post,) = [m for m in w.channel.history() if m.type is discord.MessageType.default]
    assert post.embeds[0].description == shown
    assert EDITED not in str([e.description for e in post.embeds])
    (share,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    assert share.state is PostState.POSTED and share.message_id == post.id
    assert share.text == shown and EDITED not in share.text
