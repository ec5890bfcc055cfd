"""/hours under faults and hostile input: a button used twice (a meeting's prompt, a delete
clicked again while the first click is under way), and markdown or mentions typed to pass for
the bot's own words in what a facilitator reads."""

from __future__ import annotations

from typing import Any

from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import modal_defaults
from tests.e2e.test_hours import rows
from tests.e2e.test_hours_meeting import prompts

HOUR = 3600


async def test_a_meeting_logged_twice_from_its_prompt_is_logged_once(
    world: World, facilitated: Any
) -> None:
    w, fiona = world, facilitated
    await fiona.slash(w.channel, "hours meeting", day="3", time="01:00", minutes=30)
    for member in (w.alice, w.bob):
        await member.slash(w.channel, "hours prompts", on=True)
    await w.env.advance_time(2 * HOUR)
    (prompt,) = prompts(w.alice)
    answers = []
    for _ in range(2):  # she logs it, and later, unsure, clicks Log it again
        shown = await w.alice.user.click(prompt, label="Log it")
        typed = {k: v or "" for k, v in modal_defaults(shown).items()}
        answers.append(await w.alice.user.submit_modal(shown, typed))
    assert_responded(answers[0], contains="Logged: `#", ephemeral=True)
    assert_responded(answers[1], contains="Already logged", ephemeral=True)
    (row,) = await rows(w)
    assert (row.author_id, row.minutes, row.start_time) == (w.alice.id, 30, "01:00")
    # Bob's prompt for the same meeting is his own: he logs it too.
    shown = await w.bob.user.click(prompts(w.bob)[0], label="Log it")
    done = await w.bob.user.submit_modal(
        shown, {k: v or "" for k, v in modal_defaults(shown).items()}
    )
    assert_responded(done, contains="Logged: `#", ephemeral=True)
    assert [r.author_id for r in await rows(w)] == [w.alice.id, w.bob.id]
