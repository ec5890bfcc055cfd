"""Cancel on "Delete entry #…?": she is told that nothing was deleted, in place of the
question, and everything of the entry is kept (also when she cancels after a restart)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.app import create_bot
from tests.e2e.conftest import World
from tests.e2e.helpers import (
    SPARKLE_PAGES,
    _forge,  # pyright: ignore[reportPrivateUsage]
    bot_of,
    buttons,
    first_page_saved,
    forge_click,
    stored,
    stored_entry,
)

# The subject (what the member is told) sits above the storage layer: SQLite alone.
pytestmark = pytest.mark.sqlite_only


@pytest.mark.parametrize("restart", [False, True], ids=["at-once", "after-a-restart"])
async def test_cancelling_a_delete_says_it_was_not_deleted_and_keeps_the_entry(
    world: World, restart: bool
) -> None:
    w = world
    entry_id, before, asked = await _asked_to_delete(w)
    assert asked.response is not None and buttons(asked) == ["Delete entry", "Cancel"]
    if restart:
        await w.env.restart_bot(create_bot())
    cancelled = await w.alice.click(asked.response.message, label="Cancel")
    # Not the question left standing without its buttons: what happened, in words.
    await _assert_not_deleted(w, cancelled, entry_id, before)


# The Cancel a delete question carried before it had a button of its own: a `Done` (it only
# took the buttons away), as `git log -S'label="Cancel"' -- cogs` shows it was built.
OLD_CANCEL = "sk:done:{id}:0"


@pytest.mark.parametrize(
    "asked",
    [
        "Delete entry #{id}? This can't be undone.",
        "Delete entry #{id} and its 1 shared post(s)? This can't be undone.",  # the first wording
    ],
)
async def test_the_cancel_of_a_delete_question_sent_before_says_it_was_not_deleted(
    world: World, asked: str
) -> None:
    w = world
    entry_id, before, question = await _asked_to_delete(w)
    assert question.response is not None
    await w.env.restart_bot(create_bot())  # the version that sent it is gone
    old_id = OLD_CANCEL.format(id=entry_id)
    cancelled = await _forge(
        w.alice,
        question.response.message,
        {"type": 2, "style": 2, "label": "Cancel", "custom_id": old_id},
        {"custom_id": old_id, "component_type": 2},
        content=asked.format(id=entry_id),
    )
    await _assert_not_deleted(w, cancelled, entry_id, before)


async def _asked_to_delete(w: World) -> tuple[int, Any, Any]:
    """Alice's stored entry, as it is before, and her click on Delete on its card."""
    bot = bot_of(w.env)
    entry_id = await stored_entry(bot, w.alice.id, stored(*SPARKLE_PAGES), guild_id=w.guild.id)
    before = await bot.repos.entries.get(entry_id, w.alice.id)
    listed = await w.alice.slash(w.channel, "entries")
    assert listed.response is not None
    card = await w.alice.select(listed.response.message, [str(entry_id)])
    assert card.response is not None
    return entry_id, before, await w.alice.click(card.response.message, label="Delete")


async def _assert_not_deleted(w: World, cancelled: Any, entry_id: int, before: Any) -> None:
    """She is told, privately and without buttons, that the entry is kept; and it is."""
    assert cancelled.acknowledged and cancelled.response is not None
    assert cancelled.response.ephemeral
    assert cancelled.response.content == f"Not deleted: entry #{entry_id} is kept as it was."
    assert cancelled.response.components == []
    assert await bot_of(w.env).repos.entries.get(entry_id, w.alice.id) == before


async def test_done_on_another_message_still_only_takes_its_buttons_away(world: World) -> None:
    """The old id on any other message is the Done it always was: the words stay. A question
    about another entry is another message."""
    w = world
    saved = await first_page_saved(w.alice, w.channel)
    assert saved.response is not None
    (draft,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    for content in (None, f"Delete entry #{draft.id + 1}? This can't be undone."):
        done = await forge_click(
            w.alice, saved.response.message, OLD_CANCEL.format(id=draft.id), content=content
        )
        assert done.acknowledged and done.response is not None
        assert done.response.content == saved.response.content  # as it was: "**Saved.** …"
        assert done.response.components == []
    assert await bot_of(w.env).repos.entries.get(draft.id, w.alice.id) is not None
