"""An entry number typed the way a member types it elsewhere, rather than picked from the list:
a full-width "＃１２" from an East Asian keyboard, a non-breaking space or an invisible mark
around it, "No. 12", "entry 12", "#12." — each names her entry 12 in /share, /note and the
`reflection` option of /hours add, as a bare "12" does."""

from __future__ import annotations

import pytest
from simcord import assert_responded

from cogs._render import NOT_AVAILABLE
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, stored_entry
from tests.e2e.test_share_and_setup import _complete_sparkle, posts

DEBRIEF = {"problem": "Worry before school.", "exception": "On Tuesday it was smaller."}

SHAPES = [
    "\uff03{n}",  # full-width number sign
    "\uff03{wide}",  # full-width sign and digits
    "\u00a0#{n}\u00a0",  # non-breaking spaces around it
    "\u2060#{n}\ufeff",  # word joiner before, byte-order mark after
    "#\u200b{n}",  # a zero-width space after the sign
    "No. {n}",
    "no.{n}",
    "Nr. {n}",
    "№{n}",
    "entry {n}",
    "Entry #{n}",
    "#{n}.",
    "{n}.",
    "# {n}",
]


def _typed(shape: str, n: int) -> str:
    wide = "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    return shape.format(n=n, wide=wide)


@pytest.mark.parametrize("shape", SHAPES)
async def test_her_entry_number_typed_in_another_shape_is_her_entry(
    configured: World, shape: str
) -> None:
    w = configured
    bot = bot_of(w.env)
    sparkle = await _complete_sparkle(bot, w.alice.id, "It went well.", w.guild.id)
    debrief = await stored_entry(bot, w.alice.id, DEBRIEF, kind="exception")

    shared = await w.alice.slash(w.channel, "share", entry=_typed(shape, sparkle))
    assert_responded(shared, contains="**Preview**", ephemeral=True)
    assert posts(w) == []  # a preview: nothing posted
    (draft,) = await bot.repos.outbox.drafts_of_entry(sparkle, w.alice.id)
    assert draft.text and "went well" in draft.text

    note = await w.alice.slash(w.channel, "note", entry=_typed(shape, debrief), format="soap")
    assert note.acknowledged and note.ephemeral and note.response is not None
    assert [a.filename for a in note.response.attachments] == [
        f"soap-draft-note-{debrief}.md",
        f"soap-draft-note-{debrief}.txt",
    ]

    logged = await w.alice.slash(
        w.channel, "hours add", format="video", type="peer_group", role="presenter",
        reflection=_typed(shape, sparkle),
    )  # fmt: skip
    assert logged.modal is not None  # the form, prefilled from her reflection


@pytest.mark.parametrize("typed", ["No. 12 and 13", "entry", "#", "12th", "Nr.", "#-12", "1.5"])
async def test_what_names_no_single_entry_is_still_refused(configured: World, typed: str) -> None:
    w = configured
    bot = bot_of(w.env)
    await stored_entry(bot, w.alice.id, DEBRIEF, kind="exception")
    assert_responded(
        await w.alice.slash(w.channel, "note", entry=typed, format="soap"),
        content=NOT_AVAILABLE,
        ephemeral=True,
    )


@pytest.mark.parametrize("shape", ["\uff03{wide}", "No. {n}", "entry {n}", "#{n}."])
async def test_her_number_typed_in_another_shape_offers_that_entry_first(
    configured: World, shape: str
) -> None:
    w = configured
    bot = bot_of(w.env)
    first = await _complete_sparkle(bot, w.alice.id, "It went well.", w.guild.id)
    await _complete_sparkle(bot, w.alice.id, "It went better.", w.guild.id)
    choices = await w.alice.autocomplete(w.channel, "share", "entry", _typed(shape, first))
    assert choices and choices[0]["value"] == str(first)
    assert f"#{first} " in choices[0]["name"]
