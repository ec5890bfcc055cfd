"""A step review is paired with the step its page named, not with whichever step was completed
last before its entry was created: a conversation finished in a second window meanwhile does
not take the review over."""

from __future__ import annotations

from typing import Any

from simcord import assert_responded
from sqlalchemy import select

from storage.tables import Entry
from tests.e2e.conftest import World
from tests.e2e.helpers import SPARKLE_PAGES, bot_of, modal_questions, said

HOUR = 3600
DAY = 24 * HOUR
NAMED = "Pause for three breaths before the next question."
NEWER = "Ask the client what else went well."
REVIEW = "I paused twice; the client filled the silence."


def _about(result: Any) -> str:
    (question,) = [q for q in modal_questions(result) if q["component"]["custom_id"] == "last_step"]
    return question["description"]


async def _reviewed_step(w: World, entry_id: int) -> int | None:
    async with bot_of(w.env).repos.db.read() as session:
        found = await session.execute(select(Entry.reviewed_step_id).where(Entry.id == entry_id))
        return found.scalar_one()


async def _newest_entry(w: World, author: int) -> int:
    async with bot_of(w.env).repos.db.read() as session:
        found = await session.execute(select(Entry.id).where(Entry.author_id == author))
        return max(found.scalars())


async def test_a_review_pairs_with_the_step_its_page_named(world: World) -> None:
    w = world
    bot = bot_of(w.env)
    await bot.repos.practitioners.mark_notice_seen(w.alice.id)
    seeded = await bot.repos.entries.save_page(
        entry_id=None, author_id=w.alice.id, kind="sparkle", guild_id=w.guild.id,
        answers={"moment": "The client smiled.", "doing": "I slowed down.", "frequency": "4",
                 "next_step": NAMED},
        advance_to=3, complete=True,
    )  # fmt: skip
    assert seeded is not None
    await w.env.advance_time(DAY)

    # Window 1: a debrief opened at its first page, which asks about the named step.
    first = await w.alice.slash(w.channel, "exception")
    assert _about(first) == f"Your last step: “{NAMED}”"

    # Window 2: a reflection written from start to end meanwhile, with a new next step.
    await w.env.advance_time(HOUR)
    second = await w.alice.slash(w.channel, "sparkle")
    assert _about(second) == f"Your last step: “{NAMED}”"
    step = await w.alice.submit_modal(second, SPARKLE_PAGES[0])
    for page in [*SPARKLE_PAGES[1:-1], SPARKLE_PAGES[-1] | {"next_step": NEWER}]:
        assert step.response is not None
        step = await w.alice.submit_modal(
            await w.alice.click(step.response.message, label="Continue"), page
        )
    assert "All saved" in said(step)

    # Window 1 again: the review of the step it named (the required problem left blank, so
    # "Edit answers" reopens the page), then the rest of the debrief.
    await w.env.advance_time(HOUR)
    typed = {"last_step": REVIEW, "area": ["anxiety"], "problem": "\u200b", "goal": ""}
    unfinished = await w.alice.submit_modal(first, typed)
    assert_responded(unfinished, contains="need another look", ephemeral=True)
    debrief = await _newest_entry(w, w.alice.id)
    assert await _reviewed_step(w, debrief) == seeded.id
    assert unfinished.response is not None
    # Reopened, the page names the step it reviewed, not the one completed meanwhile.
    edit = await w.alice.click(unfinished.response.message, label="Edit answers")
    assert _about(edit) == f"Your last step: “{NAMED}”"
    saved = await w.alice.submit_modal(edit, typed | {"problem": "Worry."})
    assert_responded(saved, contains="1 of 3 pages done", ephemeral=True)
    assert await _reviewed_step(w, debrief) == seeded.id
    for page in [{"exception": "Slept well on Sunday."}, {"count": "1"}]:
        assert saved.response is not None
        saved = await w.alice.submit_modal(
            await w.alice.click(saved.response.message, label="Continue"), page
        )
    assert "All saved" in said(saved)
    record = await bot.repos.entries.get(debrief, w.alice.id)
    assert record is not None and not record.is_draft
    assert record.answers["last_step"] == REVIEW

    works = await w.alice.slash(w.channel, "whatworks")
    assert works.response is not None and works.ephemeral
    went = works.response.content.split("How my next steps went:\n", 1)[1].splitlines()
    assert went[0].startswith("• ") and f": {NAMED} → " in went[0] and went[0].endswith(REVIEW)
    assert NEWER not in went[0]
    assert w.channel.history() == []
