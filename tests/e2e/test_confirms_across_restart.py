"""A confirmation asked for before a restart and answered after it: the bot that asked is gone,
its buttons are not. Each confirm does what it said, once, and says so; a second click on the
same confirmation (a double click, or a retry after a lost answer) changes nothing more."""

from __future__ import annotations

from simcord import InteractionResult

from bot.app import create_bot
from tests.e2e.conftest import World
from tests.e2e.helpers import (
    assert_nothing_stored_of,
    bot_of,
    first_page_saved,
    stored_entry,
)
from tests.e2e.test_hours import add, rows
from tests.e2e.test_script_labels_inert import ANSWERS


def _told(result: InteractionResult) -> str:
    assert result.acknowledged and result.response is not None
    messages = [result.response, *result.followups]
    assert all(m.ephemeral for m in messages)
    told = "\n".join(m.content for m in messages)
    assert "something went wrong" not in told, told
    return told


async def _restart(w: World) -> None:
    await w.env.restart_bot(create_bot())


async def test_erase_everything_clicked_after_a_restart_erases_and_twice_is_still_done(
    world: World,
) -> None:
    w = world
    await first_page_saved(w.alice, w.channel)
    ask = await w.alice.slash(w.channel, "forget")
    assert ask.response is not None
    await _restart(w)
    erased = await w.alice.click(ask.response.message, label="Erase everything")
    assert "Everything Sparkle held about you is erased" in _told(erased)
    await assert_nothing_stored_of(bot_of(w.env).repos, w.alice.id)


async def test_delete_entry_confirmed_after_a_restart_deletes_it_once(world: World) -> None:
    w = world
    entry_id = await stored_entry(bot_of(w.env), w.alice.id, ANSWERS, guild_id=w.guild.id)
    listed = await w.alice.slash(w.channel, "entries")
    opened = await w.alice.select(listed.response.message, [str(entry_id)])
    ask = await w.alice.click(opened.response.message, label="Delete")
    assert ask.response is not None and f"#{entry_id}" in ask.response.content
    await _restart(w)
    gone = await w.alice.click(ask.response.message, label="Delete entry")
    told = _told(gone)
    assert "deleted" in told.lower(), told
    assert await bot_of(w.env).repos.entries.get(entry_id, w.alice.id) is None


async def test_discard_draft_confirmed_after_a_restart_discards_it(world: World) -> None:
    w = world
    step = await first_page_saved(w.alice, w.channel)
    ask = await w.alice.click(step.response.message, label="Discard")
    assert ask.response is not None
    await _restart(w)
    gone = await w.alice.click(ask.response.message, label="Discard draft")
    _told(gone)
    assert await bot_of(w.env).repos.entries.latest_draft(w.alice.id, "sparkle") is None


async def test_hours_delete_confirmed_after_a_restart_deletes_it(world: World) -> None:
    w = world
    done = await add(w.alice, w.channel)
    ask = await w.alice.click(done.response.message, label="Delete")
    await _restart(w)
    gone = await w.alice.click(ask.response.message, label="Delete it")
    assert _told(gone) == "Deleted."
    assert await rows(w) == []
