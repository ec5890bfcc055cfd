"""/forget as one unit: the database part is one transaction, all or nothing; Discord's part
comes after it, every piece a stored job that a restart finishes.

Faults are injected between steps: inside the transaction (nothing is erased, she is told so)
and right after it commits (the bot stops before deleting her post on Discord).
"""

from __future__ import annotations

from simcord import assert_responded

from bot.app import create_bot
from bot.outbox import PostState
from cogs import _services
from tests.e2e.conftest import World
from tests.e2e.helpers import assert_nothing_stored_of, bot_of, erase_everything
from tests.e2e.test_share_and_setup import _preview, posts


async def _alice_shared(w: World) -> None:
    preview = await _preview(w)
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert_responded(posted, contains="Shared in", ephemeral=True)
    assert len(posts(w)) == 1


async def _stopped_here(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError("the bot stopped here")


async def test_a_fault_inside_the_erasure_erases_nothing_and_forget_again_erases_all(
    configured: World,
) -> None:
    w = configured
    await _alice_shared(w)
    repos = bot_of(w.env).repos
    # Between the erasure's steps: her posts are deletion jobs, her rows not yet deleted.
    repos.round.forget_in = _stopped_here  # pyright: ignore[reportAttributeAccessIssue]
    cut = await erase_everything(w.alice, w.channel)
    assert "Nothing was erased" in cut.followups[0].content
    # All of it rolled back: her entry, and her share still posted and still hers.
    assert len((await repos.entries.list_for_author(w.alice.id, limit=10)).items) == 1
    (share,) = await repos.outbox.shares_of(w.alice.id)
    assert share.state is PostState.POSTED and share.text
    assert len(posts(w)) == 1

    await w.env.restart_bot(create_bot())
    again = await erase_everything(w.alice, w.channel)
    assert "Everything Sparkle held about you is erased" in again.response.content
    assert posts(w) == []
    await assert_nothing_stored_of(bot_of(w.env).repos, w.alice.id)


async def test_a_stop_after_the_erasure_commits_is_finished_by_a_restart(
    configured: World,
) -> None:
    w = configured
    await _alice_shared(w)
    outbox = _services.find(bot_of(w.env), _services.Outbox)
    assert outbox is not None
    # The bot stops once the transaction commits: neither /forget nor the outbox loop
    # deletes anything on Discord before the restart.
    outbox.delete_now = _stopped_here  # pyright: ignore[reportAttributeAccessIssue]
    outbox.run_deletions = _stopped_here  # pyright: ignore[reportAttributeAccessIssue]
    cut = await erase_everything(w.alice, w.channel)
    told = cut.response.content
    assert "Your entries, answers and settings are erased" in told
    assert "1 post is still on Discord" in told
    await assert_nothing_stored_of(bot_of(w.env).repos, w.alice.id)  # nothing of hers
    assert len(posts(w)) == 1  # only Discord's part is left, as a stored job

    await w.env.restart_bot(create_bot())
    await w.env.advance_time(1)
    assert posts(w) == []
    assert await bot_of(w.env).repos.outbox.deletions_due(w.env.now(), None) == []
    await assert_nothing_stored_of(bot_of(w.env).repos, w.alice.id)
