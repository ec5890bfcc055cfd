"""Two /hours or excerpt Edit forms opened on the same version and submitted at the same
moment (two windows, a double click): one stores its values, the other is a stale form and
stores nothing. The row is read under a lock until the write, so on PostgreSQL the second
compare waits for the first write; run on every backend under test."""

from __future__ import annotations

import asyncio
from datetime import date

from bot.hours.model import Format, HoursDraft, Kind, Part, StaleForm, When
from bot.summary.highlights import excerpts_digest
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


async def test_two_excerpt_edit_forms_at_once_store_one(repos: Repositories) -> None:
    header = await repos.entries.save_page(
        entry_id=None,
        author_id=ALICE,
        kind="sparkle",
        guild_id=31,
        answers={"moment": "The client laughed for the first time in weeks."},
        advance_to=3,
        complete=True,
    )
    assert header is not None
    assert await repos.entries.set_consent(header.id, ALICE, True)
    shown_excerpts = {"moment": "The client laughed for the first time in weeks."}
    assert await repos.entries.show_excerpts(header.id, ALICE, shown_excerpts)
    shown = excerpts_digest(shown_excerpts)
    results = await asyncio.gather(
        repos.entries.edit_excerpts(
            header.id, ALICE, {"moment": "First window."}, shown=shown, form_token="form-one"
        ),
        repos.entries.edit_excerpts(
            header.id, ALICE, {"moment": "Second window."}, shown=shown, form_token="form-two"
        ),
    )
    assert sorted(results, key=str) == [None, True]  # one stored, one stale
