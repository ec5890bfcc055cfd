"""The `entry` option of /share and /note and the `reflection` option of /hours add, given
anything a member can type or paste instead of picking from the list: her own entry number with
an invisible mark around it is her entry (read as shown); a mention, markup, whitespace, a huge
number or someone else's entry is refused with the same fixed words, echoing nothing, pinging no
one, storing and posting nothing; her own entry of the wrong kind for /note says why."""

from __future__ import annotations

import pytest
from simcord import InteractionResult, assert_responded
from sqlalchemy import func, select

from cogs._render import NOT_AVAILABLE
from cogs.notes import NOT_A_DEBRIEF
from storage.tables import HoursLog, Post
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, stored_entry
from tests.e2e.test_share_and_setup import _complete_sparkle, posts

DEBRIEF = {"problem": "Worry before school.", "exception": "On Tuesday it was smaller."}


async def _counts(w: World) -> tuple[int, int]:
    async with bot_of(w.env).repos.db.read() as session:
        stored_posts = (await session.execute(select(func.count()).select_from(Post))).scalar()
        hours = (await session.execute(select(func.count()).select_from(HoursLog))).scalar()
    return int(stored_posts or 0), int(hours or 0)


def _only_said(result: InteractionResult, text: str) -> None:
    assert_responded(result, content=text, ephemeral=True)
    assert result.followups == [] and result.response.embeds == []


@pytest.mark.parametrize("mark", ["\u200e", "\u2066", "\u202e", "\ufeff", "\u200b"])
async def test_her_entry_number_with_an_invisible_mark_is_her_entry(
    configured: World, mark: str
) -> None:
    w = configured
    bot = bot_of(w.env)
    sparkle = await _complete_sparkle(bot, w.alice.id, "It went well.", w.guild.id)
    debrief = await stored_entry(bot, w.alice.id, DEBRIEF, kind="exception")

    shared = await w.alice.slash(w.channel, "share", entry=f"{mark}#{sparkle}{mark}")
    assert_responded(shared, contains="**Preview**", ephemeral=True)
    assert posts(w) == []  # a preview: nothing posted
    (draft,) = await bot.repos.outbox.drafts_of_entry(sparkle, w.alice.id)
    assert draft.text and "went well" in draft.text

    note = await w.alice.slash(w.channel, "note", entry=f"{debrief}{mark}", format="soap")
    assert note.acknowledged and note.ephemeral and note.response is not None
    assert [a.filename for a in note.response.attachments] == [
        f"soap-draft-note-{debrief}.md",
        f"soap-draft-note-{debrief}.txt",
    ]

    logged = await w.alice.slash(
        w.channel, "hours add", format="video", type="peer_group", role="presenter",
        reflection=f"{mark}{sparkle}",
    )  # fmt: skip
    assert logged.modal is not None  # the form, prefilled from her reflection


@pytest.mark.parametrize(
    "typed",
    [
        "@everyone",
        "<@&1> 1",
        "**1**",
        "   ",
        "9" * 40,
        "1" + "\u0301",
        "x" * 500,
    ],
)
async def test_anything_else_typed_is_refused_in_fixed_words_and_changes_nothing(
    configured: World, typed: str
) -> None:
    w = configured
    bot = bot_of(w.env)
    await _complete_sparkle(bot, w.alice.id, "It went well.", w.guild.id)
    before = await _counts(w)
    _only_said(await w.alice.slash(w.channel, "share", entry=typed), NOT_AVAILABLE)
    _only_said(await w.alice.slash(w.channel, "note", entry=typed, format="dap"), NOT_AVAILABLE)
    hours = await w.alice.slash(
        w.channel,
        "hours add",
        format="video",
        type="peer_group",
        role="presenter",
        reflection=typed,
    )
    _only_said(hours, NOT_AVAILABLE)
    assert await _counts(w) == before and posts(w) == []


@pytest.mark.postgres_too
async def test_someone_elses_entry_is_not_hers_and_her_sparkle_is_no_debrief(
    configured: World,
) -> None:
    w = configured
    bot = bot_of(w.env)
    bobs = await stored_entry(bot, w.bob.id, DEBRIEF, kind="exception", guild_id=w.guild.id)
    hers = await _complete_sparkle(bot, w.alice.id, "It went well.", w.guild.id)
    before = await _counts(w)
    _only_said(await w.alice.slash(w.channel, "share", entry=str(bobs)), NOT_AVAILABLE)
    _only_said(
        await w.alice.slash(w.channel, "note", entry=str(bobs), format="soap"), NOT_AVAILABLE
    )
    # her own sparkling moment: told why, not that it may be someone else's
    _only_said(
        await w.alice.slash(w.channel, "note", entry=str(hers), format="soap"), NOT_A_DEBRIEF
    )
    assert await _counts(w) == before and posts(w) == []
