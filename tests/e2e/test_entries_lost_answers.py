"""/entries' delete when Discord loses the bot's answer after the delete (both tries of its
follow-up): the entry is deleted once and she is told so, never "please try again"; a second
click is told it is deleted already."""

from __future__ import annotations

from simcord import InteractionResult

from tests.e2e.conftest import World
from tests.e2e.helpers import assert_nothing_stored_of, bot_of, stored_entry

ANSWERS = {"moment": "A moment."}


def _told(result: InteractionResult) -> str:
    assert result.acknowledged
    shown = [m for m in [result.response, *result.followups] if m is not None]
    assert all(m.ephemeral for m in shown)
    return "\n".join(m.content for m in shown)


async def test_a_delete_whose_answer_was_lost_is_told_as_deleted(world: World) -> None:
    w = world
    entry_id = await stored_entry(bot_of(w.env), w.alice.id, ANSWERS, guild_id=w.guild.id)
    listed = await w.alice.slash(w.channel, "entries")
    opened = await w.alice.select(listed.response.message, [str(entry_id)])
    ask = await w.alice.click(opened.response.message, label="Delete")
    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=2)
    gone = await w.alice.click(ask.response.message, label="Delete entry")
    told = _told(gone)
    assert f"Entry #{entry_id} deleted." in told and "try again" not in told, told
    assert await bot_of(w.env).repos.entries.get(entry_id, w.alice.id) is None
    again = await w.alice.click(ask.response.message, label="Delete entry")  # unsure, again
    assert _told(again) == f"Entry #{entry_id} was already deleted."  # not "not available"
    assert await bot_of(w.env).repos.entries.get(entry_id, w.alice.id) is None


async def test_an_erasure_whose_answers_were_all_lost_but_one_is_told_as_erased(
    world: World,
) -> None:
    w = world
    await stored_entry(bot_of(w.env), w.alice.id, ANSWERS, guild_id=w.guild.id)
    ask = await w.alice.slash(w.channel, "forget")
    w.env.inject_error("PATCH", "/webhooks/*", status=500, message="upstream down", times=1)
    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=2)
    erased = await w.alice.click(ask.response.message, label="Erase everything")
    told = _told(erased)
    assert "Everything Sparkle held about you is erased" in told and "try again" not in told
    await assert_nothing_stored_of(bot_of(w.env).repos, w.alice.id)
