"""A member's /forget reaches the affirmations a presenter kept from her round: her words (and
her name, when she signed) go from the presenter's entry card, /export and the stored row,
as they go from the thread; the other members' affirmations stay kept, and the copy that held
hers is left neither in the SQLite file nor in its `-wal`. Before, the presenter's copy kept
them for ever, readable by the presenter after their writer had erased everything, named or
not.

As in test_erasure_keys, every bot connection first gets SQLite's build default
(`secure_delete=0`), so that the disk search proves what the bot itself sets and does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from storage.tables import KeptAffirmations
from tests.e2e.helpers import bot_of, erase_everything, said, texts
from tests.e2e.test_erasure_keys import _found  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_erasure_keys import simcord_bot as simcord_bot  # the fixture
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    affirm,
    the_post,
    thread_of,
)
from tests.e2e.test_round import group as group  # the fixture
from tests.e2e.test_round import said as said_in

BOBS = "You stayed curious all the way through."
DAVES = "You trusted the client's pace."


async def _kept_bodies(g: Group) -> list[bytes]:
    async with bot_of(g.w.env).repos.db.read() as session:
        return [r.body for r in (await session.execute(select(KeptAffirmations))).scalars()]


async def _card(g: Group, entry_id: int) -> str:
    w = g.w
    listing = await w.alice.slash(w.channel, "entries")
    card = await w.alice.select(listing.response.message, [str(entry_id)])
    assert card.acknowledged and card.ephemeral
    return "\n".join(texts(card))


async def _exported_kept(g: Group) -> list[tuple[str, str]]:
    result = await g.w.alice.slash(g.w.channel, "export")
    files = {a.filename: await a.read() for a in result.response.attachments}
    document = json.loads(files["sparkle-export.json"])
    return sorted((k["title"], k["text"]) for k in document["round"]["affirmations_kept"])


async def _kept_by_alice(g: Group) -> int:
    """Bob (named) and dave write affirmations; alice reveals and keeps them: her entry."""
    w = g.w
    repos = await _at_affirmations(g)
    await affirm(w.bob, w, BOBS, sign="named")
    await affirm(g.dave, w, DAVES)
    revealed = await w.alice.click(the_post(w), label="Reveal affirmations")
    (offer,) = [m for m in revealed.followups if "keep them with your entry" in m.content]
    kept = await w.alice.click(offer.message, label="Keep them with my entry")
    assert "Kept: 2 affirmations" in said(kept)
    (entry,) = (await repos.entries.list_for_author(w.alice.id)).items
    return entry.id


@pytest.mark.postgres_too
async def test_a_writers_forget_takes_her_affirmation_from_the_presenters_kept_copy(
    group: Group,
) -> None:
    g, w = group, group.w
    repos = bot_of(w.env).repos
    entry = await repos.entries.get(await _kept_by_alice(g), w.alice.id)
    assert entry is not None
    card = await _card(g, entry.id)
    assert BOBS in card and DAVES in card
    assert await _exported_kept(g) == [("Affirmation", DAVES), ("Affirmation from bob", BOBS)]
    (before,) = await _kept_bodies(g)

    done = await erase_everything(w.bob, w.channel)
    assert "erased" in said(done)
    assert [m.embeds[0].description for m in said_in(thread_of(w))] == [DAVES]

    # Her words and name are gone from the presenter's copy; dave's stay, as they were posted.
    card = await _card(g, entry.id)
    assert BOBS not in card and "bob" not in card and DAVES in card
    assert await _exported_kept(g) == [("Affirmation", DAVES)]
    kept_now = await repos.round.kept(w.alice.id)
    assert [(k.title, k.text) for k in kept_now[entry.id]] == [("Affirmation", DAVES)]
    (after,) = await _kept_bodies(g)
    assert after != before  # sealed again without hers, under the presenter's key

    # dave's /forget too: nothing of the round is left kept.
    await erase_everything(g.dave, w.channel)
    assert await _kept_bodies(g) == []
    assert await _exported_kept(g) == []
    assert "Affirmations from the group" not in await _card(g, entry.id)


async def test_the_copy_that_held_her_affirmation_is_gone_from_disk(
    group: Group, sqlite_database_url: str
) -> None:
    g, w = group, group.w
    await _kept_by_alice(g)
    (before,) = await _kept_bodies(g)
    path = Path(sqlite_database_url.split(":///", 1)[1])
    assert _found(path, [before]) == 1
    await erase_everything(w.bob, w.channel)
    (after,) = await _kept_bodies(g)
    assert after != before and _found(path, [after]) == 1
    assert _found(path, [before]) == 0


@pytest.mark.postgres_too
async def test_a_writer_erased_while_the_presenter_keeps_them_is_not_kept(
    group: Group, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bob's erasure lands after the Keep click read the revealed affirmations and before it
    stored them: the copy is made without his (read again where it is written)."""
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await affirm(w.bob, w, BOBS, sign="named")
    await affirm(g.dave, w, DAVES)
    revealed = await w.alice.click(the_post(w), label="Reveal affirmations")
    (offer,) = [m for m in revealed.followups if "keep them with your entry" in m.content]
    outbox = repos.round._outbox  # pyright: ignore[reportPrivateUsage]
    read = outbox.records

    async def read_then_erase(*where: Any) -> Any:
        found = await read(*where)
        monkeypatch.setattr(outbox, "records", read)
        await repos.userdata.forget(w.bob.id)  # his /forget, at that very moment
        return found

    monkeypatch.setattr(outbox, "records", read_then_erase)
    kept = await w.alice.click(offer.message, label="Keep them with my entry")
    assert kept.acknowledged and kept.ephemeral
    (entry,) = (await repos.entries.list_for_author(w.alice.id)).items
    kept_now = await repos.round.kept(w.alice.id)
    assert [(k.title, k.text) for k in kept_now[entry.id]] == [("Affirmation", DAVES)]
    assert await _exported_kept(g) == [("Affirmation", DAVES)]
