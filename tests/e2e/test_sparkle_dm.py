"""The same conversation in a DM with the bot."""

from __future__ import annotations

from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import SPARKLE_PAGES, bot_of, open_first_page, said, stored


async def test_sparkle_runs_in_a_dm_and_stores_the_answers(world: World) -> None:
    w = world
    dana = w.env.create_user("dana")
    w.guild.add_member(dana)
    step = await dana.submit_modal(await open_first_page(dana), SPARKLE_PAGES[0])
    assert_responded(step, contains="1 of 3 pages done", ephemeral=True)
    for page in SPARKLE_PAGES[1:]:
        shown = await dana.click(step.response.message, label="Continue")
        assert shown.acknowledged
        step = await dana.submit_modal(shown, page)
    assert step.ephemeral and "All saved" in said(step)
    repos = bot_of(w.env).repos
    entry = (await repos.entries.list_for_author(dana.id)).items[0]
    record = await repos.entries.get(entry.id, dana.id)
    assert record is not None and record.guild_id is None and record.status == "complete"
    assert record.answers == stored(*SPARKLE_PAGES)
