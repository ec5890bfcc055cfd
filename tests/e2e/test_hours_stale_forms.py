"""/hours Edit forms opened before a newer change: they never overwrite it, and the member
keeps what she typed. The same form sent twice is saved once."""

from __future__ import annotations

from typing import Any

from simcord import assert_no_errors, assert_responded

from bot.hours.model import Attestation
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, submit_again
from tests.e2e.test_hours import TYPED, _review, add, rows


async def _picked(w: World, entry_id: int) -> Any:
    listing = await w.alice.slash(w.channel, "hours list")
    picked = await w.alice.select(listing.response.message, [str(entry_id)])
    assert_responded(picked, ephemeral=True)
    return picked.response.message


async def _entry(w: World, entry_id: int) -> Any:
    entry = await bot_of(w.env).repos.hours.get(entry_id, w.alice.id)
    assert entry is not None
    return entry


async def _kept(result: Any) -> str:
    (kept,) = result.response.attachments
    return (await kept.read()).decode()


async def test_a_stale_edit_form_never_overwrites_a_newer_edit(world: World) -> None:
    """Edit opened twice (two windows): the second form is saved, then the first is
    submitted. It stores nothing, says so, shows the entry as it is now and gives back what
    was typed in a file."""
    w = world
    await add(w.alice, w.channel)
    (row,) = await rows(w)
    shown = await _picked(w, row.id)
    older = await w.alice.click(shown, label="Edit")
    later = await w.alice.click(shown, label="Edit")
    assert older.modal is not None and later.modal is not None
    saved = await w.alice.submit_modal(later, {**TYPED, "topic": "Endings, the newer wording"})
    assert_responded(saved, contains="Saved", ephemeral=True)

    stale = await w.alice.submit_modal(older, {**TYPED, "topic": "An older wording I keep"})
    assert stale.acknowledged and stale.ephemeral and stale.response is not None
    assert stale.response.content.startswith("**Not saved.**")
    assert "Endings, the newer wording" in stale.response.content  # as it is now
    assert "An older wording I keep" in await _kept(stale)
    entry = await _entry(w, row.id)
    assert entry.text("topic") == "Endings, the newer wording"
    assert w.channel.history() == []
    assert_no_errors(w.env)


async def test_an_edit_form_submitted_twice_is_saved_once(world: World) -> None:
    w = world
    await add(w.alice, w.channel)
    (row,) = await rows(w)
    shown = await w.alice.click(await _picked(w, row.id), label="Edit")
    typed = {**TYPED, "when": "2026-01-06 45", "topic": "Endings"}
    first = await w.alice.submit_modal(shown, typed)
    assert_responded(first, contains="Saved", ephemeral=True)
    before = (await rows(w))[0].updated_at
    again = await submit_again(w.alice, shown, typed)  # its first answer was lost
    assert again.acknowledged and again.ephemeral and again.response is not None
    assert again.response.content.startswith("Already saved")
    assert "Endings" in again.response.content
    (after,) = await rows(w)
    assert (after.minutes, after.updated_at) == (45, before)
    assert_no_errors(w.env)


async def test_an_edit_form_opened_before_asking_for_attestation_saves_nothing(
    world: World, facilitated: Any
) -> None:
    """Edit opened, then "Ask for attestation" from the entry: the form's submit changes
    nothing (the entry waits for the facilitators) and gives back what was typed."""
    w = world
    done = await add(w.alice, w.channel)
    (row,) = await rows(w)
    form = await w.alice.click(done.response.message, label="Edit")
    asked = await w.alice.click(done.response.message, label="Ask for attestation")
    assert_responded(asked, contains="Asked this server's facilitators", ephemeral=True)
    late = await w.alice.submit_modal(form, {**TYPED, "topic": "Typed while it was asked"})
    assert late.acknowledged and late.ephemeral and late.response is not None
    assert "waiting for attestation" in late.response.content
    assert "Typed while it was asked" in await _kept(late)
    entry = await _entry(w, row.id)
    assert entry.state is Attestation.REQUESTED and entry.text("topic") == TYPED["topic"]
    assert_no_errors(w.env)


async def test_an_edit_form_opened_before_a_new_decline_never_clears_its_reason(
    world: World, facilitated: Any
) -> None:
    """Declined, Edit opened on it; in another window it is edited, asked again and
    declined again with a new reason. The old form would clear the reason she has not seen:
    it saves nothing, and she sees the new reason."""
    w, fiona = world, facilitated
    done = await add(w.alice, w.channel)
    (row,) = await rows(w)

    async def ask_and_decline(reason: str) -> None:
        picked = await _picked(w, row.id)
        asked = await w.alice.click(picked, label="Ask for attestation")
        assert_responded(asked, contains="Asked this server's facilitators", ephemeral=True)
        review = await _review(fiona, w, row.id)
        shown = await fiona.click(review.response.message, label="Decline")
        declined = await fiona.submit_modal(shown, {"reason": reason})
        assert_responded(declined, contains="Declined", ephemeral=True)

    assert done.response is not None
    await ask_and_decline("Wrong date.")
    old = await w.alice.click(await _picked(w, row.id), label="Edit")
    fixed = await w.alice.click(await _picked(w, row.id), label="Edit")
    saved = await w.alice.submit_modal(fixed, {**TYPED, "when": "2026-01-06 90"})
    assert_responded(saved, contains="Saved", ephemeral=True)
    await ask_and_decline("I wasn't at that meeting.")

    stale = await w.alice.submit_modal(old, {**TYPED, "topic": "Typed in the old window"})
    assert stale.response is not None and stale.response.content.startswith("**Not saved.**")
    assert "I wasn't at that meeting." in stale.response.content
    assert "Typed in the old window" in await _kept(stale)
    entry = await _entry(w, row.id)
    assert entry.state is Attestation.DECLINED
    assert entry.declined_reason == "I wasn't at that meeting."
    assert (str(entry.day), entry.text("topic")) == ("2026-01-06", TYPED["topic"])
    assert_no_errors(w.env)


async def test_an_attest_form_opened_before_the_entry_changed_attests_nothing(
    world: World, facilitated: Any
) -> None:
    """fiona opens Attest on an entry, then declines it from the same message; alice edits
    it and asks again. The Attest form, opened on the earlier version, would attest what
    fiona never saw: it stores nothing, says so and shows the entry as it is now."""
    w, fiona = world, facilitated
    done = await add(w.alice, w.channel)
    (row,) = await rows(w)
    asked = await w.alice.click(done.response.message, label="Ask for attestation")
    assert_responded(asked, contains="Asked this server's facilitators", ephemeral=True)
    review = await _review(fiona, w, row.id)
    attest = await fiona.click(review.response.message, label="Attest")
    decline = await fiona.click(review.response.message, label="Decline")
    declined = await fiona.submit_modal(decline, {"reason": "Which group was it?"})
    assert_responded(declined, contains="Declined", ephemeral=True)

    edit = await w.alice.click(await _picked(w, row.id), label="Edit")
    saved = await w.alice.submit_modal(edit, {**TYPED, "topic": "A different session"})
    assert_responded(saved, contains="Saved", ephemeral=True)
    again = await w.alice.click(saved.response.message, label="Ask for attestation")
    assert_responded(again, contains="Asked this server's facilitators", ephemeral=True)

    stale = await fiona.submit_modal(attest, {"name": "Dr Fiona Lee", "credential": "LMFT"})
    assert stale.acknowledged and stale.ephemeral and stale.response is not None
    assert stale.response.content.startswith("**Not saved.**")
    assert "A different session" in stale.response.content  # as it is now
    entry = await _entry(w, row.id)
    assert (entry.state, entry.attested_as) == (Attestation.REQUESTED, "")
    # From the entry as it is now, the attestation is made.
    now = await fiona.click(stale.response.message, label="Attest")
    attested = await fiona.submit_modal(now, {"name": "Dr Fiona Lee", "credential": "LMFT"})
    assert_responded(attested, contains="Attested as Dr Fiona Lee, LMFT", ephemeral=True)
    entry = await _entry(w, row.id)
    assert (entry.state, entry.attested_as) == (Attestation.ATTESTED, "Dr Fiona Lee, LMFT")
    assert_no_errors(w.env)


async def test_a_decline_form_opened_before_the_entry_changed_declines_nothing(
    world: World, facilitated: Any
) -> None:
    w, fiona = world, facilitated
    done = await add(w.alice, w.channel)
    (row,) = await rows(w)
    await w.alice.click(done.response.message, label="Ask for attestation")
    review = await _review(fiona, w, row.id)
    old = await fiona.click(review.response.message, label="Decline")
    first = await fiona.click(review.response.message, label="Decline")
    declined = await fiona.submit_modal(first, {"reason": "Which group was it?"})
    assert_responded(declined, contains="Declined", ephemeral=True)
    edit = await w.alice.click(await _picked(w, row.id), label="Edit")
    saved = await w.alice.submit_modal(edit, {**TYPED, "group": "Thursday group, J. Lee"})
    await w.alice.click(saved.response.message, label="Ask for attestation")

    stale = await fiona.submit_modal(old, {"reason": "A reason typed for the old version"})
    assert stale.response is not None and stale.response.content.startswith("**Not saved.**")
    assert "A reason typed for the old version" in await _kept(stale)
    entry = await _entry(w, row.id)
    assert (entry.state, entry.declined_reason) == (Attestation.REQUESTED, "")
    assert_no_errors(w.env)


async def test_an_old_ask_button_asks_nothing_for_a_version_she_was_not_shown(
    world: World, facilitated: Any
) -> None:
    """alice's entry is shown with "Ask for attestation"; in another window she edits it.
    The old button would ask the facilitators to attest the new version from a message
    showing the old one: it asks nothing, says so and shows the entry as it is now, and
    from there she asks."""
    w, fiona = world, facilitated
    done = await add(w.alice, w.channel)
    (row,) = await rows(w)
    edit = await w.alice.click(await _picked(w, row.id), label="Edit")
    saved = await w.alice.submit_modal(edit, {**TYPED, "topic": "A different session"})
    assert_responded(saved, contains="Saved", ephemeral=True)

    stale = await w.alice.click(done.response.message, label="Ask for attestation")
    assert stale.acknowledged and stale.ephemeral and stale.response is not None
    assert stale.response.content.startswith("**Not asked.**")
    assert "A different session" in stale.response.content  # as it is now
    entry = await _entry(w, row.id)
    assert (entry.state, entry.attest_guild_id) == (Attestation.NONE, None)
    assert await bot_of(w.env).repos.audit.kinds("hours_attest_ask") == []
    nothing = await fiona.slash(w.channel, "hours pending")
    assert_responded(nothing, contains="Nothing is waiting for attestation", ephemeral=True)

    asked = await w.alice.click(stale.response.message, label="Ask for attestation")
    assert_responded(asked, contains="Asked this server's facilitators", ephemeral=True)
    entry = await _entry(w, row.id)
    assert (entry.state, entry.text("topic")) == (Attestation.REQUESTED, "A different session")
    assert w.channel.history() == []
    assert_no_errors(w.env)


async def test_an_ask_button_shown_before_a_decline_shows_the_reason_first(
    world: World, facilitated: Any
) -> None:
    """Asked, declined with a reason; the entry message from before the request still has
    its Ask button. Clicked, it asks nothing: she sees the decline's reason first."""
    w, fiona = world, facilitated
    done = await add(w.alice, w.channel)
    (row,) = await rows(w)
    picked = await _picked(w, row.id)
    asked = await w.alice.click(done.response.message, label="Ask for attestation")
    assert_responded(asked, contains="Asked this server's facilitators", ephemeral=True)
    review = await _review(fiona, w, row.id)
    shown = await fiona.click(review.response.message, label="Decline")
    declined = await fiona.submit_modal(shown, {"reason": "Which group was it?"})
    assert_responded(declined, contains="Declined", ephemeral=True)

    stale = await w.alice.click(picked, label="Ask for attestation")
    assert stale.response is not None and stale.response.content.startswith("**Not asked.**")
    assert "Which group was it?" in stale.response.content
    entry = await _entry(w, row.id)
    assert (entry.state, entry.declined_reason) == (Attestation.DECLINED, "Which group was it?")
    audit = bot_of(w.env).repos.audit
    assert [a for a, _, _ in await audit.kinds("hours_attest_ask")] == [w.alice.id]
    assert_no_errors(w.env)
