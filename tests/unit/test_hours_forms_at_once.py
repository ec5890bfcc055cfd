"""Two /hours Edit forms opened on the same version of an entry and submitted at the same moment
(two windows, a double click): one stores its values, the other is a stale form and stores
nothing. The row is read under a lock until the update, so on PostgreSQL the second compare waits
for the first write; run on every backend under test."""

from __future__ import annotations

import asyncio
from datetime import date

from bot.hours.model import Format, HoursDraft, Kind, Part, StaleForm, When
from storage.repos import Repositories

ALICE = 2001


def _draft(topic: str) -> HoursDraft:
    return HoursDraft(
        when=When(date(2026, 1, 5), "14:00", "15:30", 90),
        own_minutes=90,
        format=Format.VIDEO,
        kind=Kind.PEER_GROUP,
        part=Part.PRESENTER,
        texts={"topic": topic},
    )


async def test_two_edit_forms_at_once_store_one(repos: Repositories) -> None:
    entry = await repos.hours.add(ALICE, None, _draft("Pacing"))
    shown = entry.digest()
    results = await asyncio.gather(
        repos.hours.edit(entry.id, ALICE, _draft("First window"), form=(shown, "form-one")),
        repos.hours.edit(entry.id, ALICE, _draft("Second window"), form=(shown, "form-two")),
        return_exceptions=True,
    )
    stale = [r for r in results if isinstance(r, StaleForm)]
    stored = [r for r in results if not isinstance(r, BaseException)]
    assert len(stale) == 1 and len(stored) == 1
    after = await repos.hours.get(entry.id, ALICE)
    assert after is not None and stored[0] is not None
    assert after.texts["topic"] == stored[0].texts["topic"]
    assert after.texts["topic"] in ("First window", "Second window")


async def test_the_same_edit_form_twice_at_once_stores_once(repos: Repositories) -> None:
    entry = await repos.hours.add(ALICE, None, _draft("Pacing"))
    shown = entry.digest()
    form = (shown, "one-form")
    results = await asyncio.gather(
        repos.hours.edit(entry.id, ALICE, _draft("Edited"), form=form),
        repos.hours.edit(entry.id, ALICE, _draft("Edited"), form=form),
        return_exceptions=True,
    )
    names = sorted(type(r).__name__ for r in results)
    assert names == ["AlreadySaved", "HoursEntry"]
