"""Discord's limits at their largest, driven as members do: a member with hundreds of entries,
and an export bigger than one message can carry."""

from __future__ import annotations

from simcord import assert_responded

from bot.app import SparkleBot
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, stored_entry

CHOICES_MAX = 25  # Discord: choices in one autocomplete answer
CHOICE_NAME_MAX = 100  # Discord: one choice's name (and value)


async def _years_of_entries(bot: SparkleBot, author: int, count: int, guild: int) -> list[int]:
    """`count` complete reflections, oldest first (ids ascending)."""
    answers = {"moment": "The client laughed.", "doing": "I waited.", "next_step": "Wait again."}
    return [await stored_entry(bot, author, answers, guild_id=guild) for _ in range(count)]


def _within_limits(choices: list[dict[str, str]]) -> None:
    assert len(choices) <= CHOICES_MAX
    for choice in choices:
        assert 1 <= len(choice["name"]) <= CHOICE_NAME_MAX
        assert 1 <= len(str(choice["value"])) <= CHOICE_NAME_MAX


async def test_an_old_entry_typed_by_its_number_is_offered_first_among_hundreds(
    configured: World,
) -> None:
    """After years of use she has 230 entries; typing the number of one of her first offers
    exactly that entry first (it was past the 200 newest the search looked at, so her "#3"
    offered #243, #239… and never #3), and choosing it opens its preview."""
    w = configured
    bot = bot_of(w.env)
    ids = await _years_of_entries(bot, w.alice.id, 230, w.guild.id)
    oldest = ids[2]

    for typed in (f"#{oldest}", str(oldest), f" #{oldest} "):
        choices = await w.alice.autocomplete(w.channel, "share", "entry", typed)
        _within_limits(choices)
        assert choices[0]["value"] == str(oldest), typed
        assert f"#{oldest} " in choices[0]["name"]
        assert len({c["value"] for c in choices}) == len(choices)  # offered once

    # the newest are still what an empty search offers
    newest = await w.alice.autocomplete(w.channel, "share", "entry", "")
    _within_limits(newest)
    assert [c["value"] for c in newest] == [str(i) for i in reversed(ids[-CHOICES_MAX:])]
    # bob typing her number is offered nothing of hers
    assert await w.bob.autocomplete(w.channel, "share", "entry", f"#{oldest}") == []
    # /note offers only debriefs: her old reflection's number is not offered there
    assert await w.alice.autocomplete(w.channel, "note", "entry", f"#{oldest}") == []

    preview = await w.alice.slash(w.channel, "share", entry=str(oldest))
    assert_responded(preview, contains="Preview", ephemeral=True)
    assert "The client laughed." in str(preview.response.embeds[0].description)
    assert w.channel.history() == []  # nothing posted without her confirm
    assert await bot.repos.outbox.shares_of(w.alice.id) == []
    assert (await bot.repos.entries.list_for_author(w.alice.id)).total == 230
