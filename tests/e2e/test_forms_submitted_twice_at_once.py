"""Forms the permission matrix does not forge, submitted twice at the same moment (a double
click on Submit): a new entry's first page, an entry's next page, and the add form of
/hours. Both submits are answered privately, and one entry (one row of hours) is stored."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import InteractionResult
from sqlalchemy import func, select

from storage.tables import Entry, HoursLog
from tests.e2e.conftest import World
from tests.e2e.fault_sweeps import delivered_twice
from tests.e2e.helpers import SPARKLE_PAGES, bot_of, open_first_page
from tests.e2e.test_hours import TYPED


def _said(result: InteractionResult) -> str:
    assert result.acknowledged and result.ephemeral, result
    shown = [m for m in [result.response, *result.followups] if m is not None]
    return "\n".join(m.content for m in shown)


async def _count(w: World, table: Any) -> int:
    async with bot_of(w.env).repos.db.read() as session:
        return (await session.execute(select(func.count()).select_from(table))).scalar() or 0


@pytest.mark.postgres_too
async def test_a_first_page_submitted_twice_at_once_makes_one_entry(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = world
    shown = await open_first_page(w.alice, w.channel)
    with delivered_twice(monkeypatch, w.env, "sk:pagenew") as twins:
        one = await w.alice.submit_modal(shown, SPARKLE_PAGES[0])
    (other,) = twins
    told = [_said(one), _said(other)]
    assert all("1 of 3 pages done" in t or "Already saved" in t for t in told), told
    assert sum("Already saved" in t for t in told) <= 1, told
    assert await _count(w, Entry) == 1
    assert w.env.errors == []


async def test_a_next_page_submitted_twice_at_once_is_saved_once(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = world
    first = await w.alice.submit_modal(await open_first_page(w.alice, w.channel), SPARKLE_PAGES[0])
    assert first.response is not None
    page2 = await w.alice.click(first.response.message, label="Continue")
    with delivered_twice(monkeypatch, w.env, "sk:page") as twins:
        one = await w.alice.submit_modal(page2, SPARKLE_PAGES[1])
    (other,) = twins
    told = [_said(one), _said(other)]
    assert all("2 of 3 pages done" in t or "Already saved" in t for t in told), told
    async with bot_of(w.env).repos.db.read() as session:
        (entry,) = (await session.execute(select(Entry))).scalars().all()
    assert entry.next_page == 2
    assert w.env.errors == []


@pytest.mark.postgres_too
async def test_hours_submitted_twice_at_once_are_logged_once(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = world
    shown = await w.alice.slash(
        w.channel, "hours add", format="video", type="peer_group", role="presenter"
    )
    assert shown.modal is not None
    with delivered_twice(monkeypatch, w.env, "sk:hnew") as twins:
        one = await w.alice.submit_modal(shown, TYPED)
    (other,) = twins
    told = [_said(one), _said(other)]
    assert all("Logged" in t or "Already logged" in t for t in told), told
    assert await _count(w, HoursLog) == 1
    assert w.env.errors == []
