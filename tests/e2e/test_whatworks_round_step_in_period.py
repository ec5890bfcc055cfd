"""/whatworks for the last 30 or 90 days picked entries by when they were created, so a next
step she wrote in the closing of a round inside the period, on a debrief from before it, was
missing there (listed only under "all time"). Such a step is listed, dated and ordered by its
closing as "all time" has it; the older debrief itself is not counted as a reflection."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from storage.tables import Entry, Round
from tests.e2e.helpers import bot_of, stored_entry
from tests.e2e.test_closing_step_read_back import DEBRIEF, STEP, _round_closed_with
from tests.e2e.test_round import Group
from tests.e2e.test_round import group as group  # the fixture

DAY = 24 * 3600
OWN = {"moment": "The client smiled.", "doing": "I slowed down.", "frequency": "4",
       "next_step": "Pause for three breaths."}  # fmt: skip


async def test_a_round_step_closed_inside_the_period_is_listed_for_an_older_debrief(
    group: Group,
) -> None:
    """A debrief of Thursday 1 January whose round closes on Saturday 11 April: her step is
    in "the last 30 days" and "the last 90 days" on 11 April, dated by the closing."""
    g, w = group, group.w
    repos = bot_of(w.env).repos
    await repos.practitioners.mark_notice_seen(w.alice.id)
    debrief = await stored_entry(bot_of(w.env), w.alice.id, DEBRIEF, guild_id=w.guild.id,
                                 kind="exception")  # fmt: skip
    await _round_closed_with(g, debrief, {"takeaway": "Small changes count.", "step": STEP},
                             days_to_closing=100)  # fmt: skip
    assert w.env.now().date() == date(2026, 4, 11)
    async with repos.db.read() as session:
        created = (
            await session.execute(select(Entry.created_at).where(Entry.id == debrief))
        ).scalar_one()
        closed = (
            await session.execute(select(Round.closing_at).where(Round.entry_id == debrief))
        ).scalar_one()
    assert created.date() == date(2026, 1, 1) and closed == w.env.now()  # before; inside

    for period in ("30", "90"):
        works = await w.alice.slash(w.channel, "whatworks", period=period)
        assert works.ephemeral and works.response is not None
        text = works.response.content
        assert f"My next steps:\n• 2026-04-11 (from the round): {STEP}\n" in text, text
        assert "0 reflections" in text  # the debrief is from before the period
        assert "Keep the plan as it is." not in text  # the client's plan, not her step

    await w.env.advance_time(DAY)  # Sunday 12 April: a reflection with its own step
    await stored_entry(bot_of(w.env), w.alice.id, OWN, guild_id=w.guild.id)
    recent = await w.alice.slash(w.channel, "whatworks", period="30")
    assert recent.response is not None
    assert "(last 30 days: 1 reflection)" in recent.response.content
    assert (
        "My next steps:\n• 2026-04-12: Pause for three breaths.\n"
        f"• 2026-04-11 (from the round): {STEP}\n"
    ) in recent.response.content
    whole = await w.alice.slash(w.channel, "whatworks")
    assert whole.response is not None  # as "all time" lists them
    assert (
        "My next steps:\n• 2026-04-12: Pause for three breaths.\n"
        f"• 2026-04-11 (from the round): {STEP}\n"
    ) in whole.response.content


async def test_a_round_step_closed_before_the_period_stays_out_of_it(group: Group) -> None:
    """The same debrief, its round closed on 2 January: on 10 February that step is older
    than "the last 30 days" and is not listed there, only under "all time"."""
    g, w = group, group.w
    await bot_of(w.env).repos.practitioners.mark_notice_seen(w.alice.id)
    debrief = await stored_entry(bot_of(w.env), w.alice.id, DEBRIEF, guild_id=w.guild.id,
                                 kind="exception")  # fmt: skip
    await _round_closed_with(g, debrief, {"takeaway": "Small changes count.", "step": STEP},
                             days_to_closing=1)  # fmt: skip
    await w.env.advance_time(39 * DAY)  # Tuesday 10 February
    await stored_entry(bot_of(w.env), w.alice.id, OWN, guild_id=w.guild.id)
    recent = await w.alice.slash(w.channel, "whatworks", period="30")
    assert recent.response is not None
    assert STEP not in recent.response.content
    assert "My next steps:\n• 2026-02-10: Pause for three breaths." in recent.response.content
    whole = await w.alice.slash(w.channel, "whatworks")
    assert whole.response is not None
    assert f"• 2026-01-02 (from the round): {STEP}" in whole.response.content
