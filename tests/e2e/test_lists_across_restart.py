"""Lists and pickers left on screen while the bot restarted: /hours list's picker and page
buttons, /hours pending's picker, /entries' page buttons and picker, and the note format picker
of a debrief's recap. Each works on the new bot instance and shows only the clicker's own."""

from __future__ import annotations

from datetime import date
from typing import Any

from simcord import assert_responded

from bot.app import create_bot
from bot.hours.model import Format, HoursDraft, Kind, Part, When
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, stored_entry
from tests.e2e.test_exception_and_notes import _complete_debrief  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_hours import _ask  # pyright: ignore[reportPrivateUsage]


async def _hours(w: World, count: int) -> list[int]:
    ids = []
    for n in range(count):
        draft = HoursDraft(
            when=When(date(2026, 1, 1 + n), "14:00", "15:00", 60),
            own_minutes=60,
            format=Format.VIDEO,
            kind=Kind.PEER_GROUP,
            part=Part.PRESENTER,
            texts={"topic": f"Session {n}"},
        )
        ids.append((await bot_of(w.env).repos.hours.add(w.alice.id, w.guild.id, draft)).id)
    return ids


async def test_the_hours_list_picker_and_pages_work_after_a_restart(world: World) -> None:
    w = world
    ids = await _hours(w, 11)
    listing = await w.alice.slash(w.channel, "hours list")
    assert_responded(listing, ephemeral=True)
    await w.env.restart_bot(create_bot())
    older = await w.alice.click(listing.response.message, label="Older")
    assert older.acknowledged  # the message now lists the oldest entry, on its second page
    picked = await w.alice.select(listing.response.message, [str(ids[0])])
    assert_responded(picked, contains="Session 0", ephemeral=True)


async def test_the_pending_picker_works_after_a_restart(world: World, facilitated: Any) -> None:
    w, fiona = world, facilitated
    entry_id, _ = await _ask(w)
    pending = await fiona.slash(w.channel, "hours pending")
    await w.env.restart_bot(create_bot())
    review = await fiona.select(pending.response.message, [str(entry_id)])
    assert_responded(review, ephemeral=True)
    assert review.response is not None and "Attest" in str(review.response.components)


async def test_entries_pages_and_picker_work_after_a_restart(world: World) -> None:
    w = world
    bot = bot_of(w.env)
    ids = [await stored_entry(bot, w.alice.id, {"moment": f"Moment {n}."}) for n in range(11)]
    listing = await w.alice.slash(w.channel, "entries")
    assert_responded(listing, ephemeral=True)
    await w.env.restart_bot(create_bot())
    paged = await w.alice.click(listing.response.message, label="Next")
    assert paged.acknowledged
    # the oldest entry is on the second page only: offered once Next was followed
    picked = await w.alice.select(listing.response.message, [str(ids[0])])
    assert picked.acknowledged and picked.ephemeral and picked.response is not None
    assert "Moment 0." in str(picked.response.components)


async def test_the_note_format_picker_works_after_a_restart(world: World) -> None:
    w = world
    recap = await _complete_debrief(w)
    ask = await w.alice.click(recap.response.message, label="Draft note")
    await w.env.restart_bot(create_bot())
    note = await w.alice.select(ask.response.message, ["dap"])
    assert note.acknowledged and note.ephemeral and note.response is not None
    names = [a.filename for a in note.response.attachments]
    assert [n.startswith("dap-draft-note-") for n in names] == [True, True]
