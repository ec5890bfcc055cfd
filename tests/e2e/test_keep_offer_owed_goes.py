"""A keep offer owed to a presenter whose DMs were closed leaves no state behind once there is
nothing left to keep: her entry deleted, or she erased, takes the round's owed flag with it,
and her next commands offer nothing."""

from __future__ import annotations

from simcord import assert_responded
from sqlalchemy import select

from storage.tables import KeptAffirmations, Round
from tests.e2e.helpers import bot_of, erase_everything
from tests.e2e.test_keep_offer_dms_closed import OFFER, _revealed_by_the_facilitator
from tests.e2e.test_round import Group, group

__all__ = ["group"]  # the fixture, used by name


async def _owed_rounds(g: Group) -> list[int]:
    async with bot_of(g.w.env).repos.db.read() as session:
        rows = await session.execute(select(Round.post_id).where(Round.keep_offer_owed.is_(True)))
        return list(rows.scalars())


async def _kept_rows(g: Group) -> int:
    async with bot_of(g.w.env).repos.db.read() as session:
        return len((await session.execute(select(KeptAffirmations))).all())


async def _her_entry(g: Group) -> int:
    record = await bot_of(g.w.env).repos.round.get(g.share_id)
    assert record is not None and record.entry_id is not None
    return record.entry_id


async def test_deleting_her_entry_takes_the_owed_offer_with_it(group: Group) -> None:
    g, w = group, group.w
    await _revealed_by_the_facilitator(g)
    entry_id = await _her_entry(g)
    assert await _owed_rounds(g) == [g.share_id]

    listed = await w.alice.slash(w.channel, "entries")
    opened = await w.alice.select(listed.response.message, [str(entry_id)])
    ask = await w.alice.click(opened.response.message, label="Delete")
    gone = await w.alice.click(ask.response.message, label="Delete entry")
    assert_responded(gone, contains=f"Entry #{entry_id} deleted.", ephemeral=True)
    assert OFFER not in gone.response.content
    assert await _owed_rounds(g) == []  # no dangling flag
    assert await bot_of(w.env).repos.round.keep_offers_owed(w.alice.id) == []

    after = await w.alice.slash(w.channel, "entries")
    assert [m for m in after.followups if OFFER in m.content] == []
    assert await _kept_rows(g) == 0


async def test_erasing_her_takes_the_owed_offer_with_it(group: Group) -> None:
    g, w = group, group.w
    await _revealed_by_the_facilitator(g)
    assert await _owed_rounds(g) == [g.share_id]

    erased = await erase_everything(w.alice, w.channel)
    assert_responded(erased, contains="Everything Sparkle held about you is erased.")
    assert await _owed_rounds(g) == []
    async with bot_of(w.env).repos.db.read() as session:
        left = (await session.execute(select(Round).where(Round.post_id == g.share_id))).all()
    assert left == []  # her round's state went with her entry
    after = await w.alice.slash(w.channel, "entries")
    assert [m for m in after.followups if OFFER in m.content] == []
    assert await _kept_rows(g) == 0
