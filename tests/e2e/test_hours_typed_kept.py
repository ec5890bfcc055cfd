"""What a refused /hours form held is offered back in the form it was typed in, and in no
other: a new entry's refused form never fills the Edit form of an entry already logged (whose
submit would then overwrite it with the other text), and one entry's refused edit never fills
another's."""

from __future__ import annotations

from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, modal_defaults
from tests.e2e.test_hours import TYPED, add, rows

OTHER = {
    "when": "next tuesday-ish",  # unreadable: refused
    "group": "Another group entirely",
    "topic": "A different topic",
    "learning": "Something else",
    "reflection": "Not this entry's words.",
}


async def _edit_form_of(w: World, entry_id: int):
    listing = await w.alice.slash(w.channel, "hours list")
    picked = await w.alice.select(listing.response.message, [str(entry_id)])
    return await w.alice.click(picked.response.message, label="Edit")


async def test_a_refused_new_form_does_not_fill_the_edit_form_of_a_logged_entry(
    world: World,
) -> None:
    w = world
    await add(w.alice, w.channel)
    (logged,) = await rows(w)
    refused = await add(w.alice, w.channel, OTHER)
    assert_responded(refused, contains="Nothing was saved yet", ephemeral=True)
    shown = await _edit_form_of(w, logged.id)
    defaults = modal_defaults(shown)
    assert defaults["group"] == TYPED["group"] and defaults["topic"] == TYPED["topic"], defaults
    saved = await w.alice.submit_modal(shown, defaults)
    assert_responded(saved, contains="Saved", ephemeral=True)
    (entry,) = await bot_of(w.env).repos.hours.all_of(w.alice.id)
    assert entry.texts == {k: v for k, v in TYPED.items() if k != "when"}


async def test_one_entrys_refused_edit_does_not_fill_anothers_edit_form(world: World) -> None:
    w = world
    await add(w.alice, w.channel)
    await add(w.alice, w.channel, {**TYPED, "topic": "Second entry"})
    first, second = await rows(w)
    shown = await _edit_form_of(w, first.id)
    refused = await w.alice.submit_modal(shown, OTHER)
    assert_responded(refused, contains="Nothing was saved yet", ephemeral=True)
    again = modal_defaults(await _edit_form_of(w, first.id))
    assert again["topic"] == OTHER["topic"]  # her refused edit, offered back where typed
    other = modal_defaults(await _edit_form_of(w, second.id))
    assert other["topic"] == "Second entry", other
