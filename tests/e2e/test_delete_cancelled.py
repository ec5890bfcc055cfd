"""Cancel on "Delete entry #…?": she is told that nothing was deleted, in place of the
question, and everything of the entry is kept (also when she cancels after a restart)."""

from __future__ import annotations

import pytest

from bot.app import create_bot
from tests.e2e.conftest import World
from tests.e2e.helpers import SPARKLE_PAGES, bot_of, buttons, stored, stored_entry

# The subject (what the member is told) sits above the storage layer: SQLite alone.
pytestmark = pytest.mark.sqlite_only


@pytest.mark.parametrize("restart", [False, True], ids=["at-once", "after-a-restart"])
async def test_cancelling_a_delete_says_it_was_not_deleted_and_keeps_the_entry(
    world: World, restart: bool
) -> None:
    w = world
    bot = bot_of(w.env)
    entry_id = await stored_entry(bot, w.alice.id, stored(*SPARKLE_PAGES), guild_id=w.guild.id)
    before = await bot.repos.entries.get(entry_id, w.alice.id)
    listed = await w.alice.slash(w.channel, "entries")
    assert listed.response is not None
    card = await w.alice.select(listed.response.message, [str(entry_id)])
    assert card.response is not None
    asked = await w.alice.click(card.response.message, label="Delete")
    assert asked.response is not None and buttons(asked) == ["Delete entry", "Cancel"]
    if restart:
        await w.env.restart_bot(create_bot())
    cancelled = await w.alice.click(asked.response.message, label="Cancel")
    assert cancelled.acknowledged and cancelled.response is not None
    assert cancelled.response.ephemeral
    # Not the question left standing without its buttons: what happened, in words.
    assert cancelled.response.content == f"Not deleted: entry #{entry_id} is kept as it was."
    assert cancelled.response.components == []
    assert await bot_of(w.env).repos.entries.get(entry_id, w.alice.id) == before
