"""A delete confirmation clicked again after Discord lost every answer to the first click
(an entry's delete, a draft's discard, an hours entry's delete): the first click did it, so
she is told it is deleted already, not "That isn't available to you". Someone else's id,
forged onto a confirmation of their own, still gets the one "not available" answer, whether
it exists or not."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import InteractionResult

from cogs._render import NOT_AVAILABLE
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, first_page_then, forge_click, stored_entry
from tests.e2e.test_hours import add, rows

ANSWERS = {"moment": "A moment."}


def _told(result: InteractionResult) -> str:
    assert result.acknowledged
    shown = [m for m in [result.response, *result.followups] if m is not None]
    assert shown and all(m.ephemeral for m in shown)
    return "\n".join(m.content for m in shown)


def _every_answer_lost(w: World) -> None:
    """Discord refuses everything the bot sends after its first answer (its "thinking..." or
    its silent acknowledgement), every time."""
    w.env.inject_error("*", "/webhooks/*", status=500, message="upstream down", times=None)


async def _entry_delete_asked(w: World, who: Any, entry_id: int) -> InteractionResult:
    listed = await who.slash(w.channel, "entries")
    opened = await who.select(listed.response.message, [str(entry_id)])
    return await who.click(opened.response.message, label="Delete")


async def test_an_entry_delete_clicked_again_is_told_it_is_deleted_already(world: World) -> None:
    w = world
    repos = bot_of(w.env).repos
    entry_id = await stored_entry(bot_of(w.env), w.alice.id, ANSWERS, guild_id=w.guild.id)
    ask = await _entry_delete_asked(w, w.alice, entry_id)
    _every_answer_lost(w)
    first = await w.alice.click(ask.response.message, label="Delete entry")
    assert first.acknowledged and first.followups == []  # nothing after it reached her
    assert await repos.entries.get(entry_id, w.alice.id) is None

    again = await w.alice.click(ask.response.message, label="Delete entry")
    assert _told(again) == f"Entry #{entry_id} was already deleted."
    assert await repos.entries.get(entry_id, w.alice.id) is None


async def test_anothers_entry_id_on_my_delete_question_is_not_available(world: World) -> None:
    w = world
    repos = bot_of(w.env).repos
    alices = await stored_entry(bot_of(w.env), w.alice.id, ANSWERS, guild_id=w.guild.id)
    bobs = await stored_entry(bot_of(w.env), w.bob.id, ANSWERS, guild_id=w.guild.id)
    ask = await _entry_delete_asked(w, w.bob, bobs)
    for entry_id in (alices, alices + 1000):  # hers, and one that never existed
        forged = await forge_click(w.bob, ask.response.message, f"sk:deleteyes:{entry_id}:0")
        assert _told(forged) == NOT_AVAILABLE
    assert await repos.entries.get(alices, w.alice.id) is not None
    assert await repos.entries.get(bobs, w.bob.id) is not None


async def test_a_draft_discard_clicked_again_is_told_it_is_discarded_already(
    world: World,
) -> None:
    w = world
    repos = bot_of(w.env).repos
    ask = await first_page_then(w.alice, w.channel, "Discard")
    (draft,) = (await repos.entries.list_for_author(w.alice.id)).items
    _every_answer_lost(w)
    first = await w.alice.click(ask.response.message, label="Discard draft")
    assert first.acknowledged and first.followups == []  # nothing after it reached her
    assert (await repos.entries.list_for_author(w.alice.id)).total == 0

    again = await w.alice.click(ask.response.message, label="Discard draft")
    assert _told(again) == "This draft was discarded already."
    assert (await repos.entries.list_for_author(w.alice.id)).total == 0
    assert ask.response.content.startswith(f"Discard this draft (entry #{draft.id})")


async def test_anothers_draft_id_on_my_discard_question_is_not_available(world: World) -> None:
    w = world
    repos = bot_of(w.env).repos
    await first_page_then(w.alice, w.channel, "Finish later")
    (alices,) = (await repos.entries.list_for_author(w.alice.id)).items
    ask = await first_page_then(w.bob, w.channel, "Discard")
    forged = await forge_click(w.bob, ask.response.message, f"sk:discardyes:{alices.id}:1")
    assert _told(forged) == NOT_AVAILABLE
    assert await repos.entries.get(alices.id, w.alice.id) is not None
    assert (await repos.entries.list_for_author(w.bob.id)).total == 1


@pytest.mark.postgres_too
async def test_an_hours_delete_clicked_again_is_told_it_is_deleted_already(world: World) -> None:
    w = world
    done = await add(w.alice, w.channel)
    (row,) = await rows(w)
    ask = await w.alice.click(done.response.message, label="Delete")
    _every_answer_lost(w)
    first = await w.alice.click(ask.response.message, label="Delete it")
    assert first.acknowledged and first.followups == []  # nothing after it reached her
    assert await rows(w) == []

    again = await w.alice.click(ask.response.message, label="Delete it")
    assert _told(again) == "That entry is deleted already."
    assert await rows(w) == []
    assert f"`#{row.id}` " in ask.response.content  # her question named it


async def test_anothers_hours_id_on_my_delete_question_is_not_available(world: World) -> None:
    w = world
    await add(w.alice, w.channel)
    done = await add(w.bob, w.channel)
    alices, bobs = await rows(w)
    ask = await w.bob.click(done.response.message, label="Delete")
    for entry_id in (alices.id, bobs.id + 1000):
        forged = await forge_click(w.bob, ask.response.message, f"sk:hdelyes:{entry_id}")
        assert _told(forged) == NOT_AVAILABLE
    assert [r.id for r in await rows(w)] == [alices.id, bobs.id]
