"""A share whose answers the anonymizer reads otherwise together than alone: its preview shows
what the door posts, and the first click posts exactly that."""

from __future__ import annotations

import discord
import pytest
from simcord import assert_responded

import cogs.sharing
from bot.conversation.script import get_script
from bot.outbox import PostState
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, stored_entry

# The subject (what the preview shows against what the door posts) sits above the storage
# layer: SQLite alone.
pytestmark = pytest.mark.sqlite_only

# "How did you help it happen?" answered with a hostile text (from the fuzz tests) holding a
# word the anonymizer keeps read alone and replaces read with the whole share
TYPED = "j\u00ean\u00cfrI%[name]"
READ_TOGETHER = "[name]%[name]"
ANSWERS = {
    "moment": "It went well.",
    "signs": "They leaned in.",
    "doing": "I slowed down.",
    "how": TYPED,
    "frequency": "6",
    "next_step": "Pause.",
}


def posts(w: World) -> list[discord.Message]:
    return [m for m in w.channel.history() if m.type is discord.MessageType.default]


async def test_the_preview_shows_what_the_whole_share_reads_and_the_first_click_posts_it(
    configured: World,
) -> None:
    w = configured
    entry = await stored_entry(bot_of(w.env), w.alice.id, ANSWERS, guild_id=w.guild.id)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert_responded(preview, contains="**Preview**", ephemeral=True)
    assert preview.response is not None
    shown = preview.response.embeds[0].description
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert_responded(posted, contains="Shared in", ephemeral=True)  # not stopped at the door
    assert READ_TOGETHER in shown.split("\n") and "j\u00ean\u00cf" not in shown
    (message,) = posts(w)
    assert message.embeds[0].description == shown  # exactly what she saw
    (share,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    assert (share.state, share.text, share.message_id) == (PostState.POSTED, shown, message.id)


async def test_a_preview_the_door_reads_further_is_shown_as_posted_and_posts_at_the_next_click(
    configured: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a preview made by an earlier version of the bot, of the answers each read alone only
    w = configured
    script = get_script("sparkle")

    def read_alone(_script: object, answers: dict[str, str]) -> tuple[str, list[str]]:
        alone = [f"**{q.label}**\n{answers[q.id]}" for q in script.questions() if q.id == "how"]
        return "\n\n".join(alone), []

    monkeypatch.setattr(cogs.sharing, "share_preview", read_alone)
    entry = await stored_entry(bot_of(w.env), w.alice.id, ANSWERS, guild_id=w.guild.id)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert preview.response is not None
    assert preview.response.embeds[0].description.endswith(TYPED)
    monkeypatch.undo()
    stopped = await w.alice.click(preview.response.message, label="Post anonymously")
    assert_responded(
        stopped, contains="**Not posted.** As it was about to be posted", ephemeral=True
    )
    assert stopped.response is not None
    shown = stopped.response.embeds[0].description
    assert shown.endswith(f"\n{READ_TOGETHER}")
    assert posts(w) == []
    (draft,) = await bot_of(w.env).repos.outbox.drafts_of_entry(entry, w.alice.id)
    assert draft.text == shown  # kept as the preview now
    posted = await w.alice.click(stopped.response.message, label="Post anonymously")
    assert_responded(posted, contains="Shared in", ephemeral=True)
    (message,) = posts(w)
    assert message.embeds[0].description == shown
