"""The presenter withdraws her share (/forget, **Delete share**, or deleting its entry) at the
moment a member's affirmation for its round is being saved or revealed. Before, the save that
checked the round before the withdrawal and wrote after it stored the affirmation for a share
that no longer existed (told "Saved"; left in her /export, and in the database, for good), and
one being revealed landed in the thread. Now nothing of the round's affirmations is left
stored or posted, and the writer is told plainly that the share was withdrawn.

The withdrawal is driven to land at the store, through the repositories the commands use: between
the form's check and its save, while the save's transaction is open, or between a reveal's claim
of an affirmation and its send."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.outbox import affirmation_prefix
from cogs._posts import take_down, take_down_erased
from cogs._round_affirmations import ERASED_WITH_SHARE, SHARE_WITHDRAWN
from storage.tables import Post
from tests.e2e.helpers import bot_of, erase_everything, said
from tests.e2e.test_affirm_step_out_race import (
    _submitted_while,  # pyright: ignore[reportPrivateUsage]
    _told,  # pyright: ignore[reportPrivateUsage]
)
from tests.e2e.test_erasure_keys import _found  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_erasure_keys import simcord_bot as simcord_bot  # the fixture
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    affirm,
    exported,
    posts,
    the_post,
    thread_of,
)
from tests.e2e.test_round import group as group  # the fixture
from tests.e2e.test_round_presenter_erased import (
    _shared_at_affirmations,  # pyright: ignore[reportPrivateUsage]
)

TYPED = "You kept the door open for the client. @everyone"
CAROLS = "You trusted the client's pace."
HOW = ["forget", "delete share", "delete entry"]


def _withdrawal(g: Group, how: str) -> Callable[[], Awaitable[Any]]:
    """Alice's withdrawal of her share as the command `how` makes it, stored and taken down."""
    bot = bot_of(g.w.env)
    repos = bot.repos

    async def withdraw() -> None:
        if how == "forget":
            posts_left = await repos.userdata.forget(g.w.alice.id)
            await take_down_erased(bot, posts_left, [], actor_id=None)
        elif how == "delete share":
            share = await repos.outbox.get(g.share_id)
            assert share is not None
            await take_down(bot, [share], actor_id=g.w.alice.id)
        else:
            share = await repos.outbox.get(g.share_id)
            assert share is not None and share.entry_id is not None
            gone = await repos.userdata.forget_entry(share.entry_id, g.w.alice.id)
            assert gone is not None
            await take_down_erased(bot, gone, [], actor_id=g.w.alice.id)

    return withdraw


async def _bodies(g: Group) -> list[bytes | None]:
    """Every stored row of the round's affirmations (its sealed body), whatever its state."""
    async with bot_of(g.w.env).repos.db.read() as session:
        rows = await session.execute(
            select(Post.body).where(Post.slot.like(affirmation_prefix(g.share_id) + "%"))
        )
        return list(rows.scalars())


async def _nothing_left(g: Group) -> None:
    """What the member and the database show once the share is withdrawn."""
    w = g.w
    assert posts(w) == [] and w.channel.threads == []  # the share and its thread are gone
    assert await _bodies(g) == []
    for writer in (w.bob, g.carol):
        assert (await exported(w, writer))["round"]["affirmations_and_closings"] == []


@pytest.mark.parametrize("how", HOW)
@pytest.mark.postgres_too
async def test_a_share_withdrawn_between_the_forms_check_and_its_save(
    group: Group, how: str
) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await affirm(g.carol, w, CAROLS)
    opened = await w.bob.click(the_post(w), label="Add an affirmation")
    assert opened.modal is not None

    real_write = repos.round.write_affirmation
    withdraw = _withdrawal(g, how)

    async def withdrawn_first(*args: Any, **kwargs: Any) -> Any:
        await withdraw()  # the form found the round open; the share goes now, before the save
        return await real_write(*args, **kwargs)

    repos.round.write_affirmation = withdrawn_first  # type: ignore[method-assign]
    try:
        done = await w.bob.submit_modal(opened, {"text": TYPED, "sign": ["anonymous"]})
    finally:
        repos.round.write_affirmation = real_write  # type: ignore[method-assign]

    assert done.acknowledged and done.ephemeral
    told = _told(done)
    assert SHARE_WITHDRAWN in told and "Saved" not in told
    assert TYPED in told  # what he typed comes back to him, privately
    assert not any(m.ephemeral is False for m in done.followups)
    await _nothing_left(g)


@pytest.mark.postgres_too
@pytest.mark.parametrize("how", HOW)
async def test_a_share_withdrawn_right_after_the_save_before_its_answer(
    group: Group, how: str
) -> None:
    """The save is stored, then the share goes (and the affirmation with it) before the
    writer is answered: she is told it was erased with the share, not "Saved"."""
    g, w = group, group.w
    repos = await _at_affirmations(g)
    opened = await w.bob.click(the_post(w), label="Add an affirmation")
    assert opened.modal is not None

    real_write = repos.round.write_affirmation
    withdraw = _withdrawal(g, how)

    async def withdrawn_after(*args: Any, **kwargs: Any) -> Any:
        saved = await real_write(*args, **kwargs)
        assert len(await _bodies(g)) == 1  # stored
        await withdraw()
        return saved

    repos.round.write_affirmation = withdrawn_after  # type: ignore[method-assign]
    try:
        done = await w.bob.submit_modal(opened, {"text": TYPED, "sign": ["anonymous"]})
    finally:
        repos.round.write_affirmation = real_write  # type: ignore[method-assign]

    assert done.acknowledged and done.ephemeral
    told = _told(done)
    assert ERASED_WITH_SHARE in told and "Saved" not in told
    assert TYPED in told  # what he typed comes back to him, privately
    assert not any(m.ephemeral is False for m in done.followups)
    await _nothing_left(g)


@pytest.mark.postgres_too
@pytest.mark.parametrize("how", HOW)
async def test_a_share_withdrawn_while_the_save_is_being_written(group: Group, how: str) -> None:
    """The withdrawal arrives while the save's transaction is open: it comes wholly after it
    (and erases what was saved) or wholly before it (and the save is refused)."""
    g, w = group, group.w
    await _at_affirmations(g)
    await affirm(g.carol, w, CAROLS)
    opened = await w.bob.click(the_post(w), label="Add an affirmation")
    assert opened.modal is not None

    done, _ = await _submitted_while(g, opened, _withdrawal(g, how))

    assert done.acknowledged and done.ephemeral
    told = _told(done)
    outcomes = ("Saved", SHARE_WITHDRAWN, ERASED_WITH_SHARE)
    assert [o in told for o in outcomes].count(True) == 1, told
    await _nothing_left(g)


@pytest.mark.parametrize("how", HOW)
@pytest.mark.postgres_too
async def test_a_share_withdrawn_while_its_affirmations_are_revealed(
    group: Group, how: str
) -> None:
    """The withdrawal lands after the reveal claimed an affirmation and before it is sent:
    nothing is posted in the thread, nothing is kept."""
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await affirm(w.bob, w, TYPED)
    await affirm(g.carol, w, CAROLS)

    real_claim = repos.round.claim
    withdraw = _withdrawal(g, how)
    withdrawn: list[bool] = []

    async def withdrawn_after_claim(*args: Any, **kwargs: Any) -> Any:
        claim = await real_claim(*args, **kwargs)
        if not withdrawn:
            withdrawn.append(True)
            await withdraw()
        return claim

    repos.round.claim = withdrawn_after_claim  # type: ignore[method-assign]
    in_thread = f"/channels/{thread_of(w).id}/messages"
    before = _posted_to(g, in_thread)
    try:
        await g.fiona.click(the_post(w), label="Reveal affirmations")
    finally:
        repos.round.claim = real_claim  # type: ignore[method-assign]
    assert withdrawn == [True]
    assert _posted_to(g, in_thread) == before  # no affirmation was sent to the thread
    await _nothing_left(g)


def _posted_to(g: Group, path: str) -> int:
    return sum(r.method == "POST" and r.path == path for r in g.w.env.http_requests)


async def test_revealed_affirmations_go_with_the_presenters_erased_share(group: Group) -> None:
    """Posted ones too: their messages were in the share's thread, deleted with it, and
    their rows no longer say (in their writers' /export) that they are posted."""
    g, w = group, group.w
    await _at_affirmations(g)
    await affirm(w.bob, w, TYPED)
    await affirm(g.carol, w, CAROLS)
    await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert [a["state"] for a in (await exported(w, w.bob))["round"]["affirmations_and_closings"]]
    assert len(await _bodies(g)) == 2

    assert "erased" in said(await erase_everything(w.alice, w.channel))

    await _nothing_left(g)


@pytest.mark.sqlite_only
async def test_a_save_raced_by_a_withdrawal_leaves_neither_the_file_nor_its_wal(
    group: Group, sqlite_database_url: str
) -> None:
    g, w = group, group.w
    await _at_affirmations(g)
    await affirm(g.carol, w, CAROLS)
    bodies = [b for b in await _bodies(g) if b]
    path = Path(sqlite_database_url.split(":///", 1)[1])
    assert _found(path, bodies) == 1
    opened = await w.bob.click(the_post(w), label="Add an affirmation")
    done, _ = await _submitted_while(g, opened, _withdrawal(g, "forget"))
    told = _told(done)  # SQLite's writes run one at a time: the save came first
    assert ("Saved" in told) != (ERASED_WITH_SHARE in told), told
    await _nothing_left(g)
    assert _found(path, bodies) == 0


async def test_an_affirmation_for_a_share_whose_deletion_waits_is_not_kept(group: Group) -> None:
    """Discord refuses the deletion of the withdrawn share's thread for now: the post is still
    up, its job retried. An affirmation submitted meanwhile is for a share that no longer
    exists: it is not stored, and its writer is told so (and given back what he typed)."""
    g, w = group, group.w
    posted = await _shared_at_affirmations(g)
    assert posted.response is not None
    opened = await w.bob.click(the_post(w), label="Add an affirmation")
    assert opened.modal is not None
    w.env.inject_error("DELETE", f"/channels/{thread_of(w).id}", status=500, times=1)
    gone = await w.alice.click(posted.response.message, label="Delete share")
    assert "not fully deleted" in _told(gone)
    assert len(posts(w)) == 1  # still up on Discord: its deletion is retried

    done = await w.bob.submit_modal(opened, {"text": TYPED, "sign": ["anonymous"]})

    told = _told(done)
    assert done.ephemeral and SHARE_WITHDRAWN in told and "Saved" not in told
    assert TYPED in told
    assert await _bodies(g) == []
    assert (await exported(w, w.bob))["round"]["affirmations_and_closings"] == []
    again = await w.bob.click(the_post(w), label="Add an affirmation")
    assert again.modal is None and SHARE_WITHDRAWN in _told(again)
    await w.env.advance_time(3600)  # the outbox retries the deletion
    await _nothing_left(g)
