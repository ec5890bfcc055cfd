"""A member previews a share; before she confirms, an admin uploads a new version of the
script that relabels a question and stops another feeding shares. Her entry keeps the version
it was written with, and her click posts exactly the preview she saw: nothing unseen (a new
label, a dropped answer) reaches the group."""

from __future__ import annotations

import discord
import pytest
from simcord import MemberActor, assert_responded

from bot.outbox import PostState
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, stored_entry
from tests.e2e.test_setup_script import _upload, edited  # pyright: ignore[reportPrivateUsage]

pytestmark = pytest.mark.sqlite_only  # the subject sits above the storage layer

OLD_LABEL, NEW_LABEL = "What happened in that moment?", "Tell us the moment"
ANSWERS = {
    "moment": "The client laughed for the first time in weeks.",
    "signs": "Shoulders dropped.",
    "doing": "I slowed down.",
    "frequency": "6",
    "next_step": "Pause.",
}


async def test_a_preview_confirmed_after_a_script_upload_posts_what_it_showed(
    configured: World, admin: MemberActor
) -> None:
    w = configured
    repos = bot_of(w.env).repos
    entry = await stored_entry(bot_of(w.env), w.alice.id, ANSWERS, guild_id=w.guild.id)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert_responded(preview, contains="**Preview**", ephemeral=True)
    shown = preview.response.embeds[0].description
    assert f"**{OLD_LABEL}**" in shown and ANSWERS["signs"] in shown

    changed = edited(
        "sparkle",
        (f'label = "{OLD_LABEL}"', f'label = "{NEW_LABEL}"'),
        ('id = "signs"\nrole = "signs"\nfeeds = { share = true }', 'id = "signs"\nrole = "signs"'),
    )
    assert_responded(await _upload(w, admin, "sparkle", changed), contains="version 2")

    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert_responded(posted, contains="Shared in", ephemeral=True)
    (message,) = [m for m in w.channel.history() if m.type is discord.MessageType.default]
    assert message.embeds[0].description == shown
    assert NEW_LABEL not in str(message.embeds[0].to_dict())
    (share,) = await repos.outbox.shares_of(w.alice.id)
    assert (share.state, share.text, share.message_id) == (PostState.POSTED, shown, message.id)
    (header,) = (await repos.entries.list_for_author(w.alice.id)).items
    assert header.script_version == 1

    # a new preview of the same entry still reads it with the version it was written with
    again = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert_responded(again, contains="**Preview**", ephemeral=True)
    assert again.response.embeds[0].description == shown
