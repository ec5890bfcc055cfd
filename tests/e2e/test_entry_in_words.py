"""The `entry` option of /share and /note and the `reflection` option of /hours add, typed in
words instead of picked from the list: a number in words ("two", "entry two.") is her entry of
that number, and "the last one" or "my latest" is her newest entry of those the option offers.
Before, each was refused with the fixed "That isn't available to you…", which did not say
what she typed or what to type. Someone else's entry named in words is refused in exactly
those fixed words still, as it is named in digits: nothing tells whether it exists."""

from __future__ import annotations

import pytest
from simcord import InteractionResult, MemberActor, assert_responded

from cogs._render import NOT_AVAILABLE
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, modal_defaults, said, stored_entry
from tests.e2e.test_entry_option_values import (
    DEBRIEF,
    _counts,  # pyright: ignore[reportPrivateUsage]
)
from tests.e2e.test_hours import TYPED, rows
from tests.e2e.test_share_and_setup import _complete_sparkle, posts

WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
LATEST = ["the last one", "my latest", "Latest.", "my\u00a0most recent entry"]


async def _hours_from(w: World, actor: MemberActor, typed: str) -> InteractionResult:
    return await actor.slash(
        w.channel, "hours add", format="video", type="peer_group", role="presenter",
        reflection=typed,
    )  # fmt: skip


@pytest.mark.parametrize("shape", ["{}", "entry {}.", "#{}", "Number {}"])
async def test_her_entry_number_in_words_is_her_entry(configured: World, shape: str) -> None:
    w = configured
    bot = bot_of(w.env)
    sparkle = await _complete_sparkle(bot, w.alice.id, "It went well.", w.guild.id)
    debrief = await stored_entry(bot, w.alice.id, DEBRIEF, kind="exception")

    shared = await w.alice.slash(w.channel, "share", entry=shape.format(WORDS[sparkle]))
    assert_responded(shared, contains="**Preview**", ephemeral=True)
    assert posts(w) == []  # a preview: nothing posted
    (draft,) = await bot.repos.outbox.drafts_of_entry(sparkle, w.alice.id)
    assert draft.text and "went well" in draft.text

    note = await w.alice.slash(
        w.channel, "note", entry=shape.format(WORDS[debrief].upper()), format="soap"
    )
    assert note.acknowledged and note.ephemeral and note.response is not None
    assert [a.filename for a in note.response.attachments] == [
        f"soap-draft-note-{debrief}.md",
        f"soap-draft-note-{debrief}.txt",
    ]

    shown = await _hours_from(w, w.alice, shape.format(WORDS[sparkle]))
    assert shown.modal is not None and modal_defaults(shown)["learning"] == "Pause."
    done = await w.alice.submit_modal(shown, {**TYPED, "when": "2026-01-01 60"})
    assert_responded(done, contains="Logged", ephemeral=True)
    (row,) = await rows(w)
    assert row.reflection_id == sparkle


@pytest.mark.parametrize("typed", LATEST)
async def test_her_latest_is_her_newest_entry_the_option_offers(
    configured: World, typed: str
) -> None:
    """/share: her newest finished entry (not a newer draft); /note: her newest debrief (not a
    newer sparkling moment); /hours add: her newest entry of any kind."""
    w = configured
    bot = bot_of(w.env)
    older = await _complete_sparkle(bot, w.alice.id, "The older one.", w.guild.id)
    await w.env.advance_time(60)
    debrief = await stored_entry(bot, w.alice.id, DEBRIEF, kind="exception")
    await w.env.advance_time(60)
    newest = await _complete_sparkle(bot, w.alice.id, "The newest one.", w.guild.id)
    await w.env.advance_time(60)
    draft = await stored_entry(bot, w.alice.id, {"moment": "Unfinished."}, complete=False)
    assert older < debrief < newest < draft

    offered = await w.alice.autocomplete(w.channel, "share", "entry", typed)
    assert [c["value"] for c in offered] == [str(newest), str(debrief), str(older)]  # no draft
    shared = await w.alice.slash(w.channel, "share", entry=typed)
    assert_responded(shared, contains="**Preview**", ephemeral=True)
    (kept,) = await bot.repos.outbox.drafts_of_entry(newest, w.alice.id)
    assert kept.text and "newest one" in kept.text
    assert await bot.repos.outbox.drafts_of_entry(older, w.alice.id) == []
    assert posts(w) == []

    note = await w.alice.slash(w.channel, "note", entry=typed, format="dap")
    assert note.acknowledged and note.response is not None
    assert [a.filename for a in note.response.attachments] == [
        f"dap-draft-note-{debrief}.md",
        f"dap-draft-note-{debrief}.txt",
    ]

    shown = await _hours_from(w, w.alice, typed)
    assert shown.modal is not None
    done = await w.alice.submit_modal(shown, {**TYPED, "when": "2026-01-01 60"})
    assert_responded(done, contains="Logged", ephemeral=True)
    (row,) = await rows(w)
    assert row.reflection_id == draft


async def test_her_latest_when_she_has_none_says_so_quoting_her_words(configured: World) -> None:
    """Someone else's entries are no one's latest but their own: she is told she has none,
    her words quoted as typed (inert, pinging no one)."""
    w = configured
    bot = bot_of(w.env)
    await _complete_sparkle(bot, w.bob.id, "Bob's.", w.guild.id)
    await stored_entry(bot, w.bob.id, DEBRIEF, kind="exception", guild_id=w.guild.id)
    before = await _counts(w)
    told = "None of your entries fits here yet, so “my latest” names none."
    for result in (
        await w.alice.slash(w.channel, "share", entry="my latest"),
        await w.alice.slash(w.channel, "note", entry="my latest", format="soap"),
        await _hours_from(w, w.alice, "my latest"),
    ):
        assert_responded(result, ephemeral=True)
        assert result.modal is None and said(result).startswith(told)
        assert "`/entries`" in said(result)
    assert await _counts(w) == before and posts(w) == []
    assert await bot.repos.outbox.drafts_of_entry(1, w.bob.id) == []


async def test_someone_elses_entry_in_words_is_refused_in_the_fixed_words(
    configured: World,
) -> None:
    w = configured
    bot = bot_of(w.env)
    bobs = await stored_entry(bot, w.bob.id, DEBRIEF, kind="exception", guild_id=w.guild.id)
    gone = bobs + 1  # no one's
    before = await _counts(w)
    for number in (bobs, gone):
        typed = f"entry {WORDS[number]}"
        for result in (
            await w.alice.slash(w.channel, "share", entry=typed),
            await w.alice.slash(w.channel, "note", entry=typed, format="soap"),
            await _hours_from(w, w.alice, typed),
        ):
            assert_responded(result, content=NOT_AVAILABLE, ephemeral=True)
            assert result.response is not None and result.response.embeds == []
            assert result.followups == []
    assert await _counts(w) == before and posts(w) == []
