"""/hours forms left open while the bot restarted: a facilitator's Attest or Decline form, and
a member's Edit form, submitted to the new bot instance. Each answer is stored once, audited
once, and the member is told once by DM; nothing typed is lost."""

from __future__ import annotations

from typing import Any

from simcord import assert_responded

from bot.app import create_bot
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, modal_defaults, submit_again
from tests.e2e.test_hours import TYPED, _ask, _dms, _review, add, rows  # pyright: ignore[reportPrivateUsage]


async def _audited(w: World, kind: str) -> list[int]:
    return [actor for actor, _, _ in await bot_of(w.env).repos.audit.kinds(kind)]


async def test_an_attest_form_open_across_a_restart_attests_once_and_tells_her_once(
    world: World, facilitated: Any
) -> None:
    w, fiona = world, facilitated
    entry_id, _ = await _ask(w)
    review = await _review(fiona, w, entry_id)
    shown = await fiona.click(review.response.message, label="Attest")
    assert shown.modal is not None
    await w.env.restart_bot(create_bot())
    typed = {"name": "Dr Fiona Lee", "credential": "LMFT 12345"}
    attested = await fiona.submit_modal(shown, typed)
    assert_responded(attested, contains="Attested as Dr Fiona Lee, LMFT 12345", ephemeral=True)
    again = await submit_again(fiona, shown, typed)  # the same form, sent once more
    assert_responded(again, contains="already been attested", ephemeral=True)
    (row,) = await rows(w)
    assert (row.state, row.attester_id) == ("attested", fiona.id)
    assert await _audited(w, "hours_attest") == [fiona.id]
    await w.env.advance_time(3600)  # any retry of the DM would be due by now
    told = [t for t in _dms(w.alice) if "attested" in t.lower()]
    assert len(told) == 1


async def test_a_decline_form_open_across_a_restart_declines_once_with_its_reason(
    world: World, facilitated: Any
) -> None:
    w, fiona = world, facilitated
    entry_id, _ = await _ask(w)
    review = await _review(fiona, w, entry_id)
    shown = await fiona.click(review.response.message, label="Decline")
    assert shown.modal is not None
    await w.env.restart_bot(create_bot())
    declined = await fiona.submit_modal(shown, {"reason": "Please add the group's name."})
    assert_responded(declined, contains="Declined.", ephemeral=True)
    (row,) = await rows(w)
    assert row.state == "declined"
    (entry,) = await bot_of(w.env).repos.hours.all_of(w.alice.id)
    assert entry.declined_reason == "Please add the group's name."
    assert await _audited(w, "hours_decline") == [fiona.id]
    await w.env.advance_time(3600)
    assert len([t for t in _dms(w.alice) if "declined" in t.lower()]) == 1


async def test_an_edit_form_open_across_a_restart_saves_the_edit_once(world: World) -> None:
    w = world
    done = await add(w.alice, w.channel)
    shown = await w.alice.click(done.response.message, label="Edit")
    assert shown.modal is not None
    await w.env.restart_bot(create_bot())
    typed = {k: v or "" for k, v in modal_defaults(shown).items()}
    typed["topic"] = "Pacing, revisited"
    saved = await w.alice.submit_modal(shown, typed)
    assert_responded(saved, contains="Saved: ", ephemeral=True)
    again = await submit_again(w.alice, shown, typed)  # the answer lost: sent once more
    assert_responded(again, contains="Already saved", ephemeral=True)
    (row,) = await rows(w)
    assert row.minutes == 90
    (entry,) = await bot_of(w.env).repos.hours.all_of(w.alice.id)
    assert entry.texts["topic"] == "Pacing, revisited"
    assert entry.texts["learning"] == TYPED["learning"]
