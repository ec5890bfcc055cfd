"""A reminder time typed with a Japanese, Chinese or Korean keyboard in full-width mode
("０９：３０"), or in another script's digits ("٠٩:٣٠"), reads as 09:30 on screen and is read
so, as /hours reads such digits; superscripts ("⁰⁹:³⁰") are no time and are refused as before."""

from __future__ import annotations

import pytest
from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of

# The subject (reading what was typed) sits above the storage layer: SQLite alone.
pytestmark = pytest.mark.sqlite_only


@pytest.mark.parametrize(
    "typed",
    ["０９：３０", "０９:３０", "９．３０", "٠٩:٣٠", "०९:३०"],
    ids=["full-width", "full-width-digits", "full-width-dot", "arabic-indic", "devanagari"],
)
async def test_a_time_in_wide_or_other_digits_sets_the_reminder(world: World, typed: str) -> None:
    w = world
    done = await w.alice.slash(w.channel, "remind", day="0", time=typed, timezone="Europe/London")
    assert_responded(done, contains="I'll DM you every Monday at 09:30", ephemeral=True)
    reminder = await bot_of(w.env).repos.practitioners.reminder(w.alice.id)
    assert reminder is not None and reminder.time == "09:30"  # stored in plain digits


async def test_superscript_digits_are_no_time_and_change_nothing(world: World) -> None:
    w = world
    refused = await w.alice.slash(w.channel, "remind", day="0", time="⁰⁹:³⁰")
    assert_responded(refused, contains="24-hour HH:MM", ephemeral=True)
    assert await bot_of(w.env).repos.practitioners.reminder(w.alice.id) is None
