"""The outbox under real concurrency: two actors on the same post at the same moment.

SimCord runs one click at a time, so these overlap two coroutines on the real repositories
(on every backend under test): an Event holds the first actor inside its send (after its
claim, before its message is recorded) while the second acts. The promise kept: every message
the bot posted is recorded, and deletable by its author; a send in flight is never released,
re-claimed or deleted under its sender.
"""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from bot.outbox import REPAIR_AFTER, Landed, PostRecord, PostState, summary_slot
from bot.round.models import Closing, NotSaved
from bot.round.phases import Phase
from storage.repos import Repositories
from storage.repos.outbox import mark_refresh_rows
from tests.clocks import Clock
from tests.pages import save_sparkle_page

ALICE, BOB, GUILD, CHANNEL, THREAD = 1001, 1002, 9, 77, 78


async def _draft(repos: Repositories) -> PostRecord:
    header = await save_sparkle_page(repos.entries, ALICE, {"moment": "A moment."})
    assert header is not None
    return await repos.outbox.draft_share(
        author_id=ALICE, entry_id=header.id, guild_id=GUILD, title="T", text="Shared words."
    )


async def _posted_round(repos: Repositories) -> int:
    """A posted share whose round is in its affirmations phase."""
    share = await _draft(repos)
    claim = await repos.outbox.claim_share(share.id, ALICE, channel_id=CHANNEL, anonymous=True)
    assert claim is not None
    assert await repos.outbox.record_sent(share.id, claim, CHANNEL, 500) is Landed.RECORDED
    await repos.round.start(share.id)
    assert await repos.round.advance(share.id, Phase.CLARIFYING, Phase.AFFIRMATIONS)
    return share.id


async def _stored(repos: Repositories, post_id: int) -> PostRecord | None:
    return await repos.outbox.get(post_id)


def _repair_before(repos: Repositories) -> datetime:
    return repos.db.clock() - REPAIR_AFTER


async def test_two_clicks_at_once_make_one_claim(repos: Repositories) -> None:
    share = await _draft(repos)
    claims = await asyncio.gather(
        *(
            repos.outbox.claim_share(share.id, ALICE, channel_id=CHANNEL, anonymous=True)
            for _ in range(2)
        )
    )
    assert len([c for c in claims if c is not None]) == 1


async def test_a_named_share_keeps_the_name_it_is_signed_with_until_it_is_deleted(
    repos: Repositories,
) -> None:
    """**Post with my name**: the name goes with the share's text (under the author's key), so
    that its post can be made again without reading it; an anonymous claim keeps none (not
    even one a refused named click left), and deleting the share erases it with the text."""
    share = await _draft(repos)
    claim = await repos.outbox.claim_share(
        share.id, ALICE, channel_id=CHANNEL, anonymous=False, signer="Alice ✨"
    )
    assert claim is not None
    stored = await _stored(repos, share.id)
    assert stored is not None and (stored.signer, stored.text) == ("Alice ✨", "Shared words.")
    assert await repos.outbox.record_sent(share.id, claim, CHANNEL, 500) is Landed.RECORDED
    await repos.outbox.request_deletion([share.id])
    gone = await _stored(repos, share.id)
    assert gone is not None and gone.signer is None and gone.text == ""
    # a named click Discord refused (the preview released), then **Post anonymously**
    other = await _draft(repos)
    refused = await repos.outbox.claim_share(
        other.id, ALICE, channel_id=CHANNEL, anonymous=False, signer="Alice ✨"
    )
    assert refused is not None
    await repos.outbox.release(other.id, refused)
    assert await repos.outbox.claim_share(
        other.id, ALICE, channel_id=CHANNEL, anonymous=True, signer="Alice ✨"
    )
    anonymous = await _stored(repos, other.id)
    assert anonymous is not None and anonymous.signer is None
    assert anonymous.text == "Shared words." and anonymous.anonymous


async def test_a_second_reveal_leaves_an_affirmation_in_flight_to_its_sender(
    repos: Repositories,
) -> None:
    """The presenter and a facilitator reveal at the same instant: the second finds the
    first's affirmation being sent; it neither releases nor re-claims it, and the first
    records the message it posted."""
    share_id = await _posted_round(repos)
    aff = await repos.round.write_affirmation(
        share_id, BOB, title="Affirmation", text="Well done.", anonymous=True
    )
    assert isinstance(aff, PostRecord), aff
    assert await repos.round.advance(share_id, Phase.AFFIRMATIONS, Phase.REFLECTIONS)
    in_send, landed = asyncio.Event(), asyncio.Event()

    async def first() -> Landed:
        claim = await repos.round.claim(aff.id, THREAD)
        assert claim is not None
        in_send.set()
        await landed.wait()  # Discord is taking the message
        return await repos.outbox.record_sent(aff.id, claim, THREAD, 5001)

    async def second() -> None:
        await in_send.wait()
        (seen,) = await repos.round.unrevealed(share_id)
        assert seen.state is PostState.SENDING
        assert await repos.round.claim(aff.id, THREAD) is None
        assert await repos.outbox.take_over(seen.id, seen.claim, _repair_before(repos)) is None
        await repos.outbox.release(seen.id, None)  # no claim: releases nothing
        await repos.outbox.release(seen.id, "a guessed claim")
        still = await _stored(repos, aff.id)
        assert still is not None and still.state is PostState.SENDING
        landed.set()

    result, _ = await asyncio.gather(first(), second())
    assert result is Landed.RECORDED
    stored = await _stored(repos, aff.id)
    assert stored is not None and stored.state is PostState.POSTED
    assert stored.message_id == 5001 and stored.claim is None
    assert await repos.round.unrevealed(share_id) == []


async def test_a_share_deleted_during_its_send_is_deleted_once_it_lands(
    repos: Repositories,
) -> None:
    """Delete share (or /forget, or deleting the entry) while the send is in flight: the row
    is not deleted under the sender; the message that lands is recorded as a deletion job."""
    share = await _draft(repos)
    in_send, landed = asyncio.Event(), asyncio.Event()

    async def sender() -> Landed:
        claim = await repos.outbox.claim_share(share.id, ALICE, channel_id=CHANNEL, anonymous=True)
        assert claim is not None
        in_send.set()
        assert await repos.outbox.proceed(share.id, claim)  # not deleted yet: it sends
        await landed.wait()
        return await repos.outbox.record_sent(share.id, claim, CHANNEL, 6001)

    async def deleter() -> None:
        await in_send.wait()
        await asyncio.sleep(0)
        await repos.outbox.request_deletion([share.id])
        # What the deletion pass would take and drop: nothing, while the send is in flight.
        assert await repos.outbox.deletions_due(repos.db.clock(), [share.id]) == []
        (waiting,) = await repos.outbox.in_flight([share.id])
        assert waiting.state is PostState.SENDING and waiting.text == ""  # its text is gone
        landed.set()

    result, _ = await asyncio.gather(sender(), deleter())
    assert result is Landed.DELETE
    (job,) = await repos.outbox.deletions_due(repos.db.clock(), [share.id])
    assert job.state is PostState.DELETING and job.message_id == 6001
    assert job.channel_id == CHANNEL and job.entry_id is None


async def test_a_share_deleted_before_its_send_is_never_sent(repos: Repositories) -> None:
    share = await _draft(repos)
    claim = await repos.outbox.claim_share(share.id, ALICE, channel_id=CHANNEL, anonymous=True)
    assert claim is not None
    await repos.outbox.request_deletion([share.id])
    assert not await repos.outbox.proceed(share.id, claim)
    assert await _stored(repos, share.id) is None


async def test_a_failed_send_of_a_deleted_share_leaves_nothing(repos: Repositories) -> None:
    share = await _draft(repos)
    claim = await repos.outbox.claim_share(share.id, ALICE, channel_id=CHANNEL, anonymous=True)
    await repos.outbox.request_deletion([share.id])
    await repos.outbox.release(share.id, claim, "Discord refused")
    assert await _stored(repos, share.id) is None


async def test_a_deleted_share_found_in_its_channel_is_a_deletion_job_at_once(
    repos: Repositories,
) -> None:
    """Its message landed but the sender has not recorded it (or never will): a deletion
    finds it by its ref and takes it; the sender's late record finds it recorded."""
    share = await _draft(repos)
    claim = await repos.outbox.claim_share(share.id, ALICE, channel_id=CHANNEL, anonymous=True)
    await repos.outbox.request_deletion([share.id])
    assert await repos.outbox.landed_meanwhile(share.id, claim, CHANNEL, 6002)
    (job,) = await repos.outbox.deletions_due(repos.db.clock(), [share.id])
    assert job.message_id == 6002
    assert await repos.outbox.record_sent(share.id, claim, CHANNEL, 6002) is Landed.RECORDED


async def test_a_send_that_outlived_its_claim_deletes_its_own_message(
    repos: Repositories,
) -> None:
    """A send stalled past the repair delay: the repair takes the claim over and, finding
    nothing, makes it a preview again. The stalled message then lands: no row holds it, so
    its sender is told to delete it (never an unrecorded post)."""
    share = await _draft(repos)
    claim = await repos.outbox.claim_share(share.id, ALICE, channel_id=CHANNEL, anonymous=True)
    (stuck,) = await repos.outbox.stuck(repos.db.clock() + timedelta(seconds=1))
    assert await repos.outbox.take_over(stuck.id, stuck.claim, _repair_before(repos)) is None
    repos.db.clock.now += REPAIR_AFTER * 2  # pyright: ignore[reportAttributeAccessIssue]
    taken = await repos.outbox.take_over(stuck.id, stuck.claim, _repair_before(repos))
    assert taken is not None
    await repos.outbox.release(stuck.id, claim)  # the stalled sender's claim is spent
    assert (await _stored(repos, share.id)).state is PostState.SENDING  # pyright: ignore[reportOptionalMemberAccess]
    await repos.outbox.release(stuck.id, taken)
    assert (await _stored(repos, share.id)).state is PostState.DRAFT  # pyright: ignore[reportOptionalMemberAccess]
    assert await repos.outbox.record_sent(share.id, claim, CHANNEL, 6003) is Landed.ORPHAN
    assert (await _stored(repos, share.id)).state is PostState.DRAFT  # pyright: ignore[reportOptionalMemberAccess]


async def test_a_send_recorded_by_the_repair_is_not_an_orphan(repos: Repositories) -> None:
    share = await _draft(repos)
    claim = await repos.outbox.claim_share(share.id, ALICE, channel_id=CHANNEL, anonymous=True)
    repos.db.clock.now += REPAIR_AFTER * 2  # pyright: ignore[reportAttributeAccessIssue]
    taken = await repos.outbox.take_over(share.id, claim, _repair_before(repos))
    assert await repos.outbox.record_sent(share.id, taken, CHANNEL, 6004) is Landed.RECORDED
    assert await repos.outbox.record_sent(share.id, claim, CHANNEL, 6004) is Landed.RECORDED


async def test_forget_during_a_send_leaves_the_send_to_delete_what_lands(
    repos: Repositories,
) -> None:
    """/forget while her share is being sent: the erasure commits (nothing of hers readable,
    the row no longer names her) and the message that lands becomes a deletion job."""
    share = await _draft(repos)
    in_send, landed = asyncio.Event(), asyncio.Event()

    async def sender() -> Landed:
        claim = await repos.outbox.claim_share(share.id, ALICE, channel_id=CHANNEL, anonymous=True)
        assert claim is not None
        in_send.set()
        await landed.wait()
        return await repos.outbox.record_sent(share.id, claim, CHANNEL, 6005)

    async def erasure() -> None:
        await in_send.wait()
        assert await repos.userdata.forget(ALICE) == [share.id]
        assert await repos.outbox.records(repos.outbox.mine(ALICE)) == []
        (waiting,) = await repos.outbox.in_flight([share.id])
        assert waiting.text == "" and waiting.entry_id is None
        landed.set()

    result, _ = await asyncio.gather(sender(), erasure())
    assert result is Landed.DELETE
    (job,) = await repos.outbox.deletions_due(repos.db.clock(), [share.id])
    assert job.message_id == 6005


async def _mark_refresh(repos: Repositories, post_id: int) -> None:
    """What an erasure's transaction does to a summary holding her words."""
    async with repos.db.write() as conn:
        await conn.run_sync(mark_refresh_rows, [post_id], repos.db.clock())


async def test_a_rebuild_asked_for_again_during_a_rebuild_is_not_lost(
    repos: Repositories,
) -> None:
    """A posted summary is being rebuilt after one erasure when a second member erases: the
    first rebuild, built before the second erasure, must not mark the post rebuilt."""
    post = await repos.outbox.claim_summary("summary:9:2025-12-29", GUILD)
    assert post is not None
    assert await repos.outbox.record_sent(post.id, post.claim, CHANNEL, 7001) is Landed.RECORDED
    await _mark_refresh(repos, post.id)
    (first,) = await repos.outbox.refreshes_due(repos.db.clock())
    await _mark_refresh(repos, post.id)  # the second erasure, mid-rebuild
    await repos.outbox.refreshed(first.id, first.claim)  # the first rebuild ends
    (again,) = await repos.outbox.refreshes_due(repos.db.clock())
    assert again.state is PostState.REFRESHING
    await repos.outbox.refreshed(again.id, again.claim)
    assert await repos.outbox.refreshes_due(repos.db.clock()) == []


async def test_an_affirmation_claimed_while_it_is_saved_keeps_the_text_being_posted(
    repos: Repositories, backend: str, database_url: str
) -> None:
    """Her edit is read as a draft, then a reveal claims it before the edit is written (on
    PostgreSQL the read takes no lock; SQLite runs the two writes one after the other): the
    edit is refused, and the row keeps the text its sender is posting."""
    if backend != "postgres":
        pytest.skip("SQLite's writes cannot interleave: they run one at a time")
    share_id = await _posted_round(repos)
    aff = await repos.round.write_affirmation(
        share_id, BOB, title="Affirmation", text="First words.", anonymous=True
    )
    assert isinstance(aff, PostRecord), aff
    seal = repos.outbox.seal

    def claimed_meanwhile(*args: object) -> bytes:
        def reveal() -> None:
            async def claim() -> None:
                other = Repositories.open(database_url, b"k" * 32, clock=Clock())
                try:
                    assert await other.round.claim(aff.id, THREAD) is not None
                finally:
                    await other.close()

            asyncio.run(claim())

        worker = threading.Thread(target=reveal)
        worker.start()
        worker.join()
        return seal(*args)  # pyright: ignore[reportArgumentType]

    repos.outbox.seal = claimed_meanwhile  # pyright: ignore[reportAttributeAccessIssue]
    edited = await repos.round.write_affirmation(
        share_id, BOB, title="Affirmation", text="Second words.", anonymous=True
    )
    del repos.outbox.seal
    assert edited is NotSaved.PHASE_OVER
    stored = await _stored(repos, aff.id)
    assert stored is not None and stored.state is PostState.SENDING
    assert stored.text == "First words."


async def _counted_entry_of_alice(repos: Repositories) -> None:
    """The server's row, and Alice's entry that counts in its summary of the week of 29 Dec."""
    await repos.servers.update(GUILD, timezone="UTC")
    header = await repos.entries.save_page(
        entry_id=None,
        author_id=ALICE,
        kind="sparkle",
        guild_id=GUILD,
        answers={"moment": "Her quotable moment."},
        advance_to=3,
        complete=True,
    )
    assert header is not None and await repos.entries.set_consent(header.id, ALICE, True)


WEEK_OF_ALICE = date(2025, 12, 29)


async def _claim_and_build(repos: Repositories) -> tuple[PostRecord, set[int]]:
    """A summary's claim of that week, then its build's read: whose entries it counts."""
    post = await repos.outbox.claim_summary(summary_slot(GUILD, WEEK_OF_ALICE), GUILD)
    assert post is not None
    start = datetime.combine(WEEK_OF_ALICE, datetime.min.time(), tzinfo=UTC)
    read = await repos.summaries.consented_entries(GUILD, start, start + timedelta(days=7))
    return post, {e.author_id for e in read}


def _hold_erasure_at(repos: Repositories, point: str) -> tuple[asyncio.Event, asyncio.Event]:
    """(held, go): the next erasure stops at `point` of its transaction until `go` is set."""
    held, go = asyncio.Event(), asyncio.Event()

    async def hold(at: str) -> None:
        if at == point:
            held.set()
            await go.wait()

    repos.userdata.pause_in_erasure = hold
    return held, go


async def test_a_summary_claimed_during_an_erasure_is_rebuilt_or_built_without_her(
    repos: Repositories, backend: str
) -> None:
    """A weekly summary is claimed and built at the very instant Alice's erasure runs (held,
    by an Event, after it read what she contributed and before it marked any summary). On
    PostgreSQL (READ COMMITTED) the build still reads her entry: the erasure, which looks the
    summaries up in its own transaction, marks it, so its record makes it a rebuild job. On
    SQLite the claim waits for the erasure to commit, and the build no longer finds her."""
    await _counted_entry_of_alice(repos)
    held, go = _hold_erasure_at(repos, "read")
    erasure = asyncio.create_task(repos.userdata.forget(ALICE))
    await held.wait()
    summary = asyncio.create_task(_claim_and_build(repos))
    if backend == "postgres":
        post, authors = await summary  # claimed and built while the erasure is under way
        assert ALICE in authors
        go.set()
        await erasure
        landed = await repos.outbox.record_sent(post.id, post.claim, CHANNEL, 7002)
        assert landed is Landed.REFRESH
        (job,) = await repos.outbox.refreshes_due(repos.db.clock())
        assert job.id == post.id and job.message_id == 7002
    else:
        go.set()
        await erasure
        post, authors = await summary  # its claim waited for the erasure's commit
        assert ALICE not in authors
        landed = await repos.outbox.record_sent(post.id, post.claim, CHANNEL, 7002)
        assert landed is Landed.RECORDED
    assert await repos.summaries.contributions_of(ALICE) == []


async def _a_session_waits_on_a_lock(repos: Repositories) -> None:
    """Returns once another session of this database waits on a lock (a row lock here)."""
    query = text(
        "SELECT count(*) FROM pg_stat_activity"
        " WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    while True:
        async with repos.db.read() as session:
            if (await session.execute(query)).scalar_one():
                return


async def test_a_summary_claimed_after_an_erasure_looked_waits_for_it(
    repos: Repositories, postgres_database_url: str
) -> None:
    """The erasure has looked for the week's summaries (none yet) and is held before its
    commit when a summary is claimed: on PostgreSQL the claim waits on the server's row, which
    the erasure locked, so the build runs after the commit and no longer finds her (without
    the lock it would build with her entry, and nothing would mark it)."""
    del postgres_database_url  # PostgreSQL only: SQLite's writes never interleave
    await _counted_entry_of_alice(repos)
    held, go = _hold_erasure_at(repos, "marked")
    erasure = asyncio.create_task(repos.userdata.forget(ALICE))
    await held.wait()
    summary = asyncio.create_task(_claim_and_build(repos))
    waiting = asyncio.create_task(_a_session_waits_on_a_lock(repos))
    await asyncio.wait({summary, waiting}, return_when=asyncio.FIRST_COMPLETED)
    go.set()
    await erasure
    post, authors = await summary
    waiting.cancel()
    await asyncio.gather(waiting, return_exceptions=True)
    landed = await repos.outbox.record_sent(post.id, post.claim, CHANNEL, 7003)
    assert ALICE not in authors  # the claim waited on the server's row
    assert landed is Landed.RECORDED


async def test_a_round_whose_closing_is_posted_but_not_closed_is_found_to_close(
    repos: Repositories,
) -> None:
    """The closing's post is recorded and the write that closes its round failed: the round
    is listed to be closed (and no longer once closed); a closing only drafted or being
    sent is not listed."""
    post_id = await _posted_round(repos)
    assert await repos.round.advance(post_id, Phase.AFFIRMATIONS, Phase.CLOSING)
    closing = await repos.round.draft_closing(
        post_id, ALICE, Closing(takeaway="Slow down.", next_step="Pause."), text="Closing."
    )
    assert closing is not None
    assert await repos.round.closed_by_their_closing() == []  # a draft
    claim = await repos.round.claim(closing.id, THREAD)
    assert claim is not None
    assert await repos.round.closed_by_their_closing() == []  # being sent
    assert await repos.outbox.record_sent(closing.id, claim, THREAD, 600) is Landed.RECORDED
    assert await repos.round.closed_by_their_closing() == [post_id]
    assert await repos.round.advance(post_id, Phase.CLOSING, Phase.CLOSED)
    assert await repos.round.closed_by_their_closing() == []
