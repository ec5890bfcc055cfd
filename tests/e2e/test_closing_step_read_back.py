"""DESIGN: the presenter's closing holds "what they take away and a next step, saved to their
entry". /whatworks ("my next steps and how they went") and the step review at the start of a
new /sparkle read only the entry's own next-step answer, so the step she gave the group was
never asked about or listed. Where the entry has no next step of its own (an exception
debrief), the closing's is read, labelled as from the round."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from simcord import assert_responded
from sqlalchemy import select

from storage.tables import Round
from tests.e2e.helpers import SPARKLE_PAGES, bot_of, modal_questions, stored_entry
from tests.e2e.test_gone_forms import _delete_entry
from tests.e2e.test_round import Group, the_post
from tests.e2e.test_round import group as group  # the fixture

DAY = 24 * 3600
STEP = "Ask one scaling question in every session."
DEBRIEF = {
    "area": "low_mood",
    "problem": "The week is a write-off.",
    "exception": "Got up on time once.",
    "client_did": "Laid out clothes.",
    "next_step": "Keep the plan as it is.",  # the client's plan, not her own next step
    "count": "1",
}


def _review(result: Any) -> dict[str, Any]:
    (question,) = [q for q in modal_questions(result) if q["component"]["custom_id"] == "last_step"]
    return question


async def _round_closed_with(
    g: Group, entry_id: int, typed: dict[str, str], *, days_to_closing: int = 0
) -> None:
    """Alice shares the entry and takes its round to its closing, which she writes
    `days_to_closing` days after the share."""
    w = g.w
    preview = await w.alice.slash(w.channel, "share", entry=str(entry_id))
    assert_responded(preview, contains="Preview", ephemeral=True)
    assert preview.response is not None
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert posted.acknowledged and posted.ephemeral
    (share,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    g.share_id = share.id
    await w.alice.click(the_post(w), label="Next phase")
    await w.alice.click(the_post(w), label="Reveal affirmations")
    await w.alice.click(the_post(w), label="Next phase")
    await w.env.advance_time(days_to_closing * DAY)
    opened = await w.alice.click(the_post(w), label="Write my closing")
    assert opened.modal is not None
    shown = await w.alice.submit_modal(opened, typed)
    assert shown.response is not None
    done = await w.alice.click(shown.response.message, label="Post my closing")
    assert_responded(done, contains="round is closed", ephemeral=True)


@pytest.mark.postgres_too
async def test_a_closings_next_step_is_listed_and_asked_about_as_from_the_round(
    group: Group,
) -> None:
    g, w = group, group.w
    repos = bot_of(w.env).repos
    await repos.practitioners.mark_notice_seen(w.alice.id)
    debrief = await stored_entry(bot_of(w.env), w.alice.id, DEBRIEF, guild_id=w.guild.id,
                                 kind="exception")  # fmt: skip
    await _round_closed_with(g, debrief, {"takeaway": "Small changes count.", "step": STEP})
    closing = await repos.round.closing(g.share_id)
    assert closing is not None and closing.next_step == STEP  # saved with her entry's round
    stored = await repos.entries.get(debrief, w.alice.id)
    assert stored is not None and STEP not in stored.answers.values()

    works = await w.alice.slash(w.channel, "whatworks")
    assert works.ephemeral and works.response is not None
    assert f"My next steps:\n• 2026-01-01 (from the round): {STEP}" in works.response.content
    assert "Keep the plan as it is." not in works.response.content

    await w.env.advance_time(DAY)
    shown = await w.alice.slash(w.channel, "sparkle")
    assert shown.modal is not None
    assert _review(shown)["description"] == f"Your last step (from the round): “{STEP}”"
    went = "I asked it twice; both clients answered."
    saved = await w.alice.submit_modal(shown, SPARKLE_PAGES[0] | {"last_step": went})
    assert_responded(saved, contains="1 of 3 pages done", ephemeral=True)
    (entry, *_) = (await repos.entries.list_for_author(w.alice.id)).items
    record = await repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.answers["last_step"] == went
    assert record.reviewed_step_id == debrief  # the step it named: the debrief's round's

    await repos.entries.save_page(
        entry_id=entry.id, author_id=w.alice.id, kind="sparkle", guild_id=w.guild.id,
        answers={"doing": "I slowed down.", "frequency": "5", "next_step": "Pause more."},
        advance_to=3, complete=True,
    )  # fmt: skip
    works = await w.alice.slash(w.channel, "whatworks")
    assert works.response is not None
    text = works.response.content
    assert f"• 2026-01-01 (from the round): {STEP} → 2026-01-02: {went}" in text
    assert "• 2026-01-02: Pause more." in text  # her own step: no label
    assert all(went not in m.content for m in w.channel.history())  # hers alone


async def test_an_entrys_own_next_step_comes_before_its_closings(group: Group) -> None:
    g, w = group, group.w
    await bot_of(w.env).repos.practitioners.mark_notice_seen(w.alice.id)
    own = {"moment": "The client smiled.", "doing": "I slowed down.", "frequency": "4",
           "next_step": "Pause for three breaths."}  # fmt: skip
    entry = await stored_entry(bot_of(w.env), w.alice.id, own, guild_id=w.guild.id)
    await _round_closed_with(g, entry, {"takeaway": "Slowing down works.", "step": STEP})
    works = await w.alice.slash(w.channel, "whatworks")
    assert works.response is not None
    assert "• 2026-01-01: Pause for three breaths." in works.response.content
    assert STEP not in works.response.content
    await w.env.advance_time(DAY)
    shown = await w.alice.slash(w.channel, "sparkle")
    assert _review(shown)["description"] == "Your last step: “Pause for three breaths.”"


async def _closing_at(g: Group) -> datetime | None:
    async with bot_of(g.w.env).repos.db.read() as session:
        return (
            await session.execute(select(Round.closing_at).where(Round.post_id == g.share_id))
        ).scalar()  # None too when the round is gone


async def test_a_closings_next_step_is_dated_by_the_closing_not_by_its_entry(
    group: Group,
) -> None:
    """A debrief completed on Thursday 1 January whose round closes on Friday 9 January: her
    step was written in the second week, and /whatworks dates it (and lists it) so, both in
    her next steps and beside how it went; it used to carry the debrief's date."""
    g, w = group, group.w
    repos = bot_of(w.env).repos
    await repos.practitioners.mark_notice_seen(w.alice.id)
    debrief = await stored_entry(bot_of(w.env), w.alice.id, DEBRIEF, guild_id=w.guild.id,
                                 kind="exception")  # fmt: skip
    await w.env.advance_time(4 * DAY)  # Monday 5 January: a reflection with its own step
    own = {"moment": "The client smiled.", "doing": "I slowed down.", "frequency": "4",
           "next_step": "Pause for three breaths."}  # fmt: skip
    await stored_entry(bot_of(w.env), w.alice.id, own, guild_id=w.guild.id)
    await _round_closed_with(g, debrief, {"takeaway": "Small changes count.", "step": STEP},
                             days_to_closing=4)  # fmt: skip
    assert await _closing_at(g) == w.env.now()  # stored with the closing
    assert w.env.now().date() == date(2026, 1, 9)

    works = await w.alice.slash(w.channel, "whatworks")
    assert works.ephemeral and works.response is not None
    assert (
        f"My next steps:\n• 2026-01-09 (from the round): {STEP}\n"
        "• 2026-01-05: Pause for three breaths.\n"
    ) in works.response.content

    await w.env.advance_time(DAY)
    shown = await w.alice.slash(w.channel, "sparkle")
    assert shown.modal is not None  # her last step: the one she wrote last, in the round
    assert _review(shown)["description"] == f"Your last step (from the round): “{STEP}”"
    went = "I asked it twice; both clients answered."
    saved = await w.alice.submit_modal(shown, SPARKLE_PAGES[0] | {"last_step": went})
    assert_responded(saved, contains="1 of 3 pages done", ephemeral=True)
    (entry, *_) = (await repos.entries.list_for_author(w.alice.id)).items
    await repos.entries.save_page(
        entry_id=entry.id, author_id=w.alice.id, kind="sparkle", guild_id=w.guild.id,
        answers={"doing": "I paused.", "frequency": "5", "next_step": "Pause more."},
        advance_to=3, complete=True,
    )  # fmt: skip
    record = await repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.reviewed_step_id == debrief
    works = await w.alice.slash(w.channel, "whatworks")
    assert works.response is not None
    assert f"• 2026-01-09 (from the round): {STEP} → 2026-01-10: {went}" in works.response.content
    assert all(went not in m.content for m in w.channel.history())  # hers alone

    # The debrief deleted: its share goes, and with it the closing and when it was written.
    await _delete_entry(w, debrief)
    assert await repos.round.closing(g.share_id) is None
    assert await _closing_at(g) is None
