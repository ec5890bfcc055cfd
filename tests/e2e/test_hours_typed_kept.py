"""/hours under faults: what a refused form held is offered back in the form it was typed in,
and in no other (a new entry's refused form never fills the Edit form of an entry already
logged, whose submit would then overwrite it with the other text; one entry's refused edit
never fills another's); and an attestation change is made with its audit record or not at
all."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from simcord import assert_responded
from sqlalchemy.exc import OperationalError

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, failing_statements, modal_defaults
from tests.e2e.test_hours import TYPED, _ask, _review, add, rows  # pyright: ignore[reportPrivateUsage]

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


@pytest.fixture
def audit_refused(world: World) -> Iterator[list[bool]]:
    """While the list holds True, every INSERT of an audit record fails (SQLite locked)."""
    on = [False]

    def fault(statement: str) -> OperationalError | None:
        if on[0] and statement.lstrip().upper().startswith("INSERT INTO AUDIT_EVENTS"):
            return OperationalError(statement, {}, Exception("database is locked"))
        return None

    with failing_statements(world.env, fault):
        yield on


@pytest.mark.postgres_too
async def test_an_attestation_and_a_reopening_are_made_with_their_audit_record_or_not_at_all(
    world: World, facilitated: Any, audit_refused: list[bool]
) -> None:
    """The audit record of an attestation change is written with it: when it cannot be
    written, nothing changes and the click can be made again (before, the entry was attested
    or reopened without its record, the facilitator was told something went wrong, and a
    second click then said the entry 'isn't available'; a reopening left without its record
    was not recognised as one)."""
    w, fiona = world, facilitated
    entry_id, _done = await _ask(w)
    review = await _review(fiona, w, entry_id)
    shown = await fiona.click(review.response.message, label="Attest")
    audit_refused[0] = True
    failed = await fiona.submit_modal(shown, {"name": "Dr Fiona Lee", "credential": "LMFT 1"})
    audit_refused[0] = False
    assert failed.response is not None and "something went wrong" in failed.response.content
    w.env.errors.clear()  # answered with its reference
    (row,) = await rows(w)
    assert row.state == "requested"  # nothing changed: no attestation without its record
    again = await fiona.click(review.response.message, label="Attest")
    attested = await fiona.submit_modal(again, {"name": "Dr Fiona Lee", "credential": "LMFT 1"})
    assert_responded(attested, contains="Attested as Dr Fiona Lee, LMFT 1", ephemeral=True)
    audit = bot_of(w.env).repos.audit
    assert [a for a, _, _ in await audit.kinds("hours_attest")] == [fiona.id]

    listing = await w.alice.slash(w.channel, "hours list")
    picked = await w.alice.select(listing.response.message, [str(entry_id)])
    await w.alice.click(picked.response.message, label="Ask to reopen")
    review = await _review(fiona, w, entry_id)
    audit_refused[0] = True
    await fiona.click(review.response.message, label="Reopen it")
    audit_refused[0] = False
    w.env.errors.clear()
    assert (await rows(w))[0].state == "reopen_asked"
    granted = await fiona.click(review.response.message, label="Reopen it")
    assert_responded(granted, contains="Reopened", ephemeral=True)
    twice = await fiona.click(review.response.message, label="Reopen it")
    assert_responded(
        twice, content="This entry has already been reopened. Nothing changed.", ephemeral=True
    )
    assert [a for a, _, _ in await audit.kinds("hours_reopen")] == [fiona.id]
