"""Drafts survive: Finish later, resume, restarts between pages and with a modal left open."""

from __future__ import annotations

from simcord import assert_responded

from bot.app import create_bot
from tests.e2e.conftest import World
from tests.e2e.helpers import (
    SPARKLE_PAGES,
    bot_of,
    buttons,
    first_page_saved,
    first_page_then,
    modal_defaults,
    modal_ids,
)


async def test_finish_later_then_sparkle_offers_resume_at_the_right_page(world: World) -> None:
    w = world
    later = await first_page_then(w.alice, w.channel, "Finish later")
    assert later.acknowledged
    assert "Saved as a draft" in later.response.content
    assert later.response.components == []

    again = await w.alice.slash(w.channel, "sparkle")
    assert_responded(again, contains="unfinished", ephemeral=True)
    assert "page 2 of 3" in again.response.content
    assert buttons(again) == ["Resume", "Start new"]
    shown = await w.alice.click(again.response.message, label="Resume")
    assert shown.acknowledged
    assert modal_ids(shown) == ["doing", "saying", "experiencing", "how"]
    step = await w.alice.submit_modal(shown, SPARKLE_PAGES[1])
    assert_responded(step, contains="2 of 3 pages done", ephemeral=True)


async def test_start_new_keeps_the_old_draft(world: World) -> None:
    w = world
    await first_page_saved(w.alice, w.channel)
    offer = await w.alice.slash(w.channel, "sparkle")
    shown = await w.alice.click(offer.response.message, label="Start new")
    assert shown.acknowledged and modal_ids(shown) == ["moment", "signs"]
    assert modal_defaults(shown) == {"moment": None, "signs": None}
    await w.alice.submit_modal(shown, {"moment": "Another moment", "signs": "Eye contact"})
    page = await bot_of(w.env).repos.entries.list_for_author(w.alice.id)
    assert page.total == 2 and all(e.is_draft for e in page.items)


async def test_continue_works_after_a_restart_between_pages(world: World) -> None:
    w = world
    step = await first_page_saved(w.alice, w.channel)
    await w.env.restart_bot(create_bot())
    shown = await w.alice.click(step.response.message, label="Continue")
    assert shown.acknowledged
    assert modal_ids(shown) == ["doing", "saying", "experiencing", "how"]
    step = await w.alice.submit_modal(shown, SPARKLE_PAGES[1])
    assert_responded(step, contains="2 of 3 pages done", ephemeral=True)
    stored = await bot_of(w.env).repos.entries.list_for_author(w.alice.id)
    assert stored.items[0].next_page == 2


async def test_a_modal_left_open_across_a_restart_still_saves(world: World) -> None:
    w = world
    shown = await first_page_then(w.alice, w.channel, "Continue")
    await w.env.restart_bot(create_bot())
    saved = await w.alice.submit_modal(shown, SPARKLE_PAGES[1])
    assert_responded(saved, contains="2 of 3 pages done", ephemeral=True)
    repos = bot_of(w.env).repos
    entry = (await repos.entries.list_for_author(w.alice.id)).items[0]
    record = await repos.entries.get(entry.id, w.alice.id)
    assert record is not None
    assert record.answers == SPARKLE_PAGES[0] | SPARKLE_PAGES[1]


async def test_continue_reopens_with_earlier_answers_prefilled(world: World) -> None:
    w = world
    step = await w.alice.submit_modal(
        await first_page_then(w.alice, w.channel, "Continue"), SPARKLE_PAGES[1]
    )
    entry = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items[0]
    # Going back to an earlier page (via Edit of page 1) shows what was stored.
    from tests.e2e.helpers import forge_click

    shown = await forge_click(w.alice, step.response.message, f"sk:edit:{entry.id}:0")
    assert shown.acknowledged
    assert modal_defaults(shown) == SPARKLE_PAGES[0]
