"""/entries: my entries only, newest first, ten a page, open to view or resume."""

from __future__ import annotations

from datetime import timedelta

import pytest
from simcord import InteractionResult, assert_responded

from bot.app import SparkleBot
from tests.e2e.conftest import World
from tests.e2e.helpers import (
    SPARKLE_PAGES,
    bot_of,
    buttons,
    modal_ids,
    open_first_page,
    stored_entry,
    texts,
)


async def _make_entries(bot: SparkleBot, author: int, count: int) -> list[int]:
    ids = []
    for i in range(count):
        header = await bot.repos.entries.save_page(
            entry_id=None,
            author_id=author,
            kind="sparkle",
            guild_id=None,
            answers={"moment": f"Moment number {i}", "signs": "ok"},
            advance_to=1,
        )
        assert header is not None
        ids.append(header.id)
    return ids


def _listing(result: InteractionResult) -> tuple[list[str], str]:
    """A page of /entries: its lines, and where in the list they are."""
    assert result.response is not None and result.response.embeds == []
    heading, lines, *where = texts(result)
    assert heading == "## Your entries"
    return lines.splitlines(), "".join(where)


async def test_entries_lists_only_mine_newest_first_with_paging(world: World) -> None:
    w = world
    bot = bot_of(w.env)
    mine = await _make_entries(bot, w.alice.id, 23)
    await _make_entries(bot, w.bob.id, 2)

    first = await w.alice.slash(w.channel, "entries")
    assert_responded(first, component_text="## Your entries", ephemeral=True)
    lines, where = _listing(first)
    assert where == "-# 1-10 of 23, newest first"
    shown_ids = [int(line.split("`#")[1].split("`")[0]) for line in lines]
    assert shown_ids == sorted(mine, reverse=True)[:10]
    assert buttons(first)[-2:] == ["Previous", "Next"]

    second = await w.alice.click(first.response.message, label="Next")
    assert second.acknowledged
    assert _listing(second)[1] == "-# 11-20 of 23, newest first"
    third = await w.alice.click(second.response.message, label="Next")
    assert _listing(third)[1] == "-# 21-23 of 23, newest first"
    assert buttons(third)[-1] == "Next" and third.response.components[-1]["components"][1].get(
        "disabled"
    )
    back = await w.alice.click(third.response.message, label="Previous")
    assert _listing(back)[1] == "-# 11-20 of 23, newest first"


async def test_entries_when_empty_points_to_sparkle(world: World) -> None:
    empty = await world.alice.slash(world.channel, "entries")
    assert_responded(empty, component_text="## Your entries", ephemeral=True)
    assert texts(empty)[1] == "Nothing here yet. Start with `/sparkle` or `/exception`."
    assert buttons(empty) == [] and len(texts(empty)) == 2  # nothing to pick, no paging


async def test_selecting_a_draft_shows_it_and_resume_opens_the_next_page(world: World) -> None:
    w = world
    await w.alice.submit_modal(await open_first_page(w.alice, w.channel), SPARKLE_PAGES[0])
    listing = await w.alice.slash(w.channel, "entries")
    entry = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items[0]
    view = await w.alice.select(listing.response.message, [str(entry.id)])
    assert_responded(view, ephemeral=True)
    assert view.response.content == "" and view.response.embeds == []
    (box,) = [c for c in view.response.components if c["type"] == 17]  # one container
    assert [c["content"] for c in box["components"] if c["type"] == 10] == [
        f"## Sparkling-moment reflection #{entry.id}",
        f"### What happened in that moment?\n{SPARKLE_PAGES[0]['moment']}",
        f"### How could you tell it was going well?\n{SPARKLE_PAGES[0]['signs']}",
        "-# Started 1 Jan 2026 · draft, next is page 2 of 3",
    ]
    assert buttons(view) == ["Resume", "Delete"]
    shown = await w.alice.click(view.response.message, label="Resume")
    assert shown.acknowledged and modal_ids(shown) == ["doing", "saying", "experiencing", "how"]


async def test_viewing_long_answers_stays_within_discords_limits(world: World) -> None:
    w = world
    bot = bot_of(w.env)
    long_answers = {q: "word " * 800 for q in ("moment", "signs")}
    header = await bot.repos.entries.save_page(
        entry_id=None,
        author_id=w.alice.id,
        kind="sparkle",
        guild_id=None,
        answers=long_answers,
        advance_to=1,
    )
    assert header is not None
    await bot.repos.entries.save_page(
        entry_id=header.id,
        author_id=w.alice.id,
        kind="sparkle",
        guild_id=None,
        answers={q: "x" * 1500 for q in ("doing", "saying", "experiencing", "how")},
        advance_to=2,
    )
    listing = await w.alice.slash(w.channel, "entries")
    view = await w.alice.select(listing.response.message, [str(header.id)])
    assert_responded(view, ephemeral=True)  # Discord accepted it: no 400 for the size
    shown = texts(view)
    assert sum(len(t) for t in shown) <= 4000
    assert shown[-1].endswith("long answers are shortened here; /export has them in full")
    assert all(t.endswith("…") for t in shown[1:7])  # each shortened, at a word
    assert shown[1].startswith("### What happened in that moment?\nword word")
    assert shown[1].endswith("word…")


async def test_entries_show_time_passing_newest_first(world: World) -> None:
    w = world
    bot = bot_of(w.env)
    old = (await _make_entries(bot, w.alice.id, 1))[0]
    await w.env.advance_time(timedelta(days=3).total_seconds())
    new = (await _make_entries(bot, w.alice.id, 1))[0]
    listing = await w.alice.slash(w.channel, "entries")
    lines, _ = _listing(listing)
    assert lines[0].startswith(f"`#{new}`") and lines[1].startswith(f"`#{old}`")
    assert "4 Jan 2026" in lines[0] and "1 Jan 2026" in lines[1]


async def test_picking_someone_elses_entry_id_reveals_nothing(world: World) -> None:
    w = world
    bot = bot_of(w.env)
    alices = (await _make_entries(bot, w.alice.id, 1))[0]
    await _make_entries(bot, w.bob.id, 1)
    listing = await w.bob.slash(w.channel, "entries")
    from tests.e2e.helpers import forge_select

    forged = await forge_select(w.bob, listing.response.message, "sk:pick:0", str(alices))
    assert_responded(forged, contains="isn't available to you", ephemeral=True)
    assert forged.response.embeds == [] and forged.response.components == []


@pytest.mark.runs_long
async def test_paging_works_for_a_thousand_entries(world: World) -> None:
    w = world
    bot = bot_of(w.env)
    ids = await _make_entries(bot, w.alice.id, 1000)
    first = await w.alice.slash(w.channel, "entries", kind="sparkle", status="draft")
    assert first.acknowledged and first.ephemeral
    assert (
        _listing(first)[1] == "-# 1-10 of 1000, newest first · sparkling-moment reflections, drafts"
    )
    following = await w.alice.click(first.response.message, label="Next")
    assert _listing(following)[1].startswith("-# 11-20 of 1000")
    page = await bot.repos.entries.list_for_author(w.alice.id, offset=990, limit=10)
    assert [e.id for e in page.items] == sorted(ids)[9::-1] and not page.has_next


async def test_entries_filters_by_kind_and_status_and_keeps_the_filter_when_paging(
    world: World,
) -> None:
    w = world
    bot = bot_of(w.env)
    drafts = await _make_entries(bot, w.alice.id, 12)  # sparkle drafts
    complete_sparkle = await stored_entry(bot, w.alice.id, {"moment": "Done", "signs": "ok"})
    debrief = await stored_entry(bot, w.alice.id, {"problem": "Worry"}, kind="exception")
    await _make_entries(bot, w.bob.id, 3)  # never anyone else's

    listed = await w.alice.slash(w.channel, "entries", kind="sparkle", status="draft")
    assert_responded(listed, component_text="## Your entries", ephemeral=True)
    lines, where = _listing(listed)
    assert where == "-# 1-10 of 12, newest first · sparkling-moment reflections, drafts"
    assert _ids(lines) == sorted(drafts, reverse=True)[:10]
    following = await w.alice.click(listed.response.message, label="Next")
    lines, where = _listing(following)  # the filter goes with the page
    assert where == "-# 11-12 of 12, newest first · sparkling-moment reflections, drafts"
    assert _ids(lines) == sorted(drafts, reverse=True)[10:]

    done = await w.alice.slash(w.channel, "entries", status="complete")
    lines, where = _listing(done)
    assert _ids(lines) == [debrief, complete_sparkle]
    assert where == "-# 1-2 of 2, newest first · complete"  # not "completes"
    debriefs = await w.alice.slash(w.channel, "entries", kind="exception")
    lines, where = _listing(debriefs)
    assert _ids(lines) == [debrief]
    assert where == "-# 1-1 of 1, newest first · client-exception debriefs"

    none = await w.alice.slash(w.channel, "entries", kind="exception", status="draft")
    assert_responded(none, component_text="## Your entries", ephemeral=True)
    assert texts(none)[1].startswith("Nothing matches these filters")
    assert "/entries" in texts(none)[1]  # says how to see them all
    assert buttons(none) == []

    listed_ids = await bot.repos.entries.list_for_author(w.alice.id)
    assert listed_ids.total == 14  # filtering only reads


def _ids(lines: list[str]) -> list[int]:
    return [int(line.split("`#")[1].split("`")[0]) for line in lines]
