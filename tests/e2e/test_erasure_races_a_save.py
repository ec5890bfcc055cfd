"""/forget at the very moment a member's new row is being saved, from another window (or the
other instance): the erasure comes wholly before the save or wholly after it. Never a row of
hers left behind under the key the erasure destroyed: unreadable, yet still hers, and out of
reach of every later /forget.

PostgreSQL only: SQLite's writes run one at a time, so they cannot interleave. The erasure
runs from a second instance (its own connections, on a thread) while the save's transaction
is open, as two processes sharing one database do."""

from __future__ import annotations

import asyncio
import base64
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import pytest
from simcord import assert_responded
from sqlalchemy import select

from bot.hours.model import WITHDRAWN
from storage.keys import Keyring
from storage.repos import Repositories
from storage.repos.audit import AuditNote
from storage.tables import (
    AuditEvent,
    Entry,
    Excerpt,
    HoursLog,
    KeptAffirmations,
    MeetingPrompt,
    MeetingSend,
    Post,
    Round,
    RoundStepOut,
    UserKey,
)
from tests.conftest import TEST_KEY
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, engine_hooks, first_page_saved
from tests.e2e.test_excerpts import (
    _include,  # pyright: ignore[reportPrivateUsage]
    _write,  # pyright: ignore[reportPrivateUsage]
)
from tests.e2e.test_hours import TYPED, add
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    _entry,  # pyright: ignore[reportPrivateUsage]
    affirm,
    posts,
    said,
    share_with_question,
    the_post,
    thread_of,
)
from tests.e2e.test_round import group as group  # the fixture


class _ErasureElsewhere:
    """/forget of one member from a second instance (its own connections, on a thread),
    started once, from inside a save of hers (`start`, `before`); `done` waits for it to end
    and checks that it ran."""

    def __init__(self, url: str, user_id: int) -> None:
        self._url, self._user_id = url, user_id
        self._thread: threading.Thread | None = None
        self._outcome: list[Any] = []

    def start(self) -> None:
        """Start the erasure (once), giving it every chance to finish before the save goes
        on: a second after which the save goes on anyway (the erasure waits for it)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run)
            self._thread.start()
            self._thread.join(timeout=1.0)

    def before(self, real: Callable[..., Any]) -> Callable[..., Any]:
        """`real`, with the erasure started first."""

        def started_first(*args: Any, **kwargs: Any) -> Any:
            self.start()
            return real(*args, **kwargs)

        return started_first

    @asynccontextmanager
    async def sealing(self, keys: Keyring) -> AsyncIterator[None]:
        """Within: the erasure starts as a save seals her data under her key (`user_cipher`,
        inside the save's transaction); after: it has ended, checked by `done`."""
        keys.user_cipher = self.before(keys.user_cipher)  # type: ignore[method-assign]
        try:
            yield
        finally:
            del keys.user_cipher
        await self.done()

    async def done(self) -> None:
        assert self._thread is not None, "the erasure never started"
        await asyncio.to_thread(self._thread.join)
        assert len(self._outcome) == 1 and isinstance(self._outcome[0], list), self._outcome

    def _run(self) -> None:
        async def erase() -> None:
            other = Repositories.open(
                self._url,
                base64.urlsafe_b64decode(TEST_KEY),
                clock=lambda: datetime(2026, 1, 1, tzinfo=UTC),
            )
            try:
                self._outcome.append(await other.userdata.forget(self._user_id))
            finally:
                await other.close()

        try:
            asyncio.run(erase())
        except Exception as error:  # pragma: no cover - the assertion names it
            self._outcome.append(error)


@pytest.mark.postgres_too
async def test_forget_while_her_hours_are_being_saved_leaves_nothing_of_hers(
    world: World, postgres_database_url: str
) -> None:
    w = world
    repos = bot_of(w.env).repos
    # Something of hers stored already: she has a data key for the erasure to destroy.
    first = await add(w.alice, w.channel)
    assert first.ephemeral and first.response is not None

    hours = repos.hours
    eraser = _ErasureElsewhere(postgres_database_url, w.alice.id)
    # inside the save's transaction, its row inserted, about to be sealed: the erasure starts
    hours._seal = eraser.before(hours._seal)  # type: ignore[method-assign]  # pyright: ignore[reportPrivateUsage]
    try:
        done = await add(w.alice, w.channel, TYPED | {"reflection": "Second session, typed now."})
    finally:
        del hours._seal
    await eraser.done()
    assert done.ephemeral and done.response is not None

    async with repos.db.read() as session:
        left = (
            await session.execute(select(HoursLog.id).where(HoursLog.author_id == w.alice.id))
        ).all()
        keys = (await session.execute(select(UserKey).where(UserKey.user_id == w.alice.id))).all()
    # Her save came first (the erasure waited for it) and was erased with the rest.
    assert left == [] and keys == []


@pytest.mark.postgres_too
async def test_forget_while_her_first_sparkle_page_is_being_saved_leaves_nothing_of_hers(
    world: World, postgres_database_url: str
) -> None:
    w = world
    repos = bot_of(w.env).repos
    first = await add(w.alice, w.channel)  # something of hers stored already: a data key
    assert first.ephemeral and first.response is not None

    keys = repos.keys
    eraser = _ErasureElsewhere(postgres_database_url, w.alice.id)
    # inside the page's transaction, its entry inserted, its answers about to be sealed.
    async with eraser.sealing(keys):
        done = await first_page_saved(w.alice, w.channel)
    assert done.acknowledged and done.ephemeral

    async with repos.db.read() as session:
        entries = (
            await session.execute(select(Entry.id).where(Entry.author_id == w.alice.id))
        ).all()
        hours = (
            await session.execute(select(HoursLog.id).where(HoursLog.author_id == w.alice.id))
        ).all()
        stored = (await session.execute(select(UserKey).where(UserKey.user_id == w.alice.id))).all()
    assert entries == [] and hours == [] and stored == []


@pytest.mark.postgres_too
async def test_forget_while_her_share_preview_is_being_stored_leaves_nothing_of_hers(
    group: Group, postgres_database_url: str
) -> None:
    """The preview's exact text is stored as a draft post (named by a keyed tag of hers, not
    her id): one stored at the moment of her erasure is erased with the rest, and never
    posted; and she is shown her preview, not a failure (its entry gone from under it)."""
    g, w = group, group.w
    repos = bot_of(w.env).repos
    entry = await _entry(g)

    keys = repos.keys
    eraser = _ErasureElsewhere(postgres_database_url, w.alice.id)
    # inside the preview's transaction, about to seal its text under her key
    async with eraser.sealing(keys):
        preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    # Her preview was stored first (the erasure waited for it): she sees it, not a failure.
    assert preview.acknowledged and preview.ephemeral and preview.response is not None
    assert "Preview" in preview.response.content and "went wrong" not in preview.response.content

    async with repos.db.read() as session:
        drafts = (await session.execute(select(Post.id, Post.state))).all()
        stored = (await session.execute(select(UserKey).where(UserKey.user_id == w.alice.id))).all()
    assert drafts == [] and stored == []  # no preview of hers is left to post
    assert await repos.outbox.shares_of(w.alice.id) == []


@pytest.mark.postgres_too
async def test_forget_while_her_step_out_is_being_stored_leaves_no_tag_of_hers(
    group: Group, postgres_database_url: str
) -> None:
    """A step-out is counted under a keyed tag of the member; her erasure replaces it with a
    random one (the count stays, the presenter is still told). One stored at the moment of
    her erasure is no exception."""
    g, w = group, group.w
    await share_with_question(g, "What else could I try?")
    repos = bot_of(w.env).repos
    await _bob_has_a_key(w)

    rounds = repos.round
    real_withdraw = rounds._withdraw_draft  # pyright: ignore[reportPrivateUsage]
    eraser = _ErasureElsewhere(postgres_database_url, w.bob.id)

    async def erase_meanwhile(*args: Any, **kwargs: Any) -> Any:
        # Inside the step-out's transaction, her step-out inserted.
        await asyncio.to_thread(eraser.start)
        return await real_withdraw(*args, **kwargs)

    rounds._withdraw_draft = erase_meanwhile  # type: ignore[method-assign]
    try:
        out = await w.bob.click(the_post(w), label="I may know this client")
    finally:
        del rounds._withdraw_draft
    await eraser.done()
    assert out.acknowledged and out.ephemeral

    async with repos.db.read() as session:
        tags = list(
            (
                await session.execute(
                    select(RoundStepOut.member_key).where(RoundStepOut.post_id == g.share_id)
                )
            ).scalars()
        )
    assert len(tags) == 1  # still counted
    assert repos.outbox.author_key(w.bob.id) not in tags  # but no longer as hers
    assert not await repos.round.stepped_out(g.share_id, w.bob.id)


async def _bob_has_a_key(w: World) -> None:
    """Bob has something stored (hours), so that his erasure has a key to destroy."""
    done = await add(w.bob, w.channel)
    assert done.ephemeral


@pytest.mark.postgres_too
async def test_forget_while_her_request_for_attestation_is_being_stored_leaves_no_id_of_hers(
    world: World, facilitated: Any, postgres_database_url: str, monkeypatch: Any
) -> None:
    """Asking for attestation stores the request and its audit event (naming her) in one
    transaction. Her erasure at that very moment comes wholly after it: the event stays, the
    server's record, but no longer names her; and the request goes with her hours, recorded
    as withdrawn for the server it was waiting in (its facilitators are told why)."""
    w = world
    repos = bot_of(w.env).repos
    done = await add(w.alice, w.channel, TYPED)
    assert done.response is not None
    (entry_id,) = [r.id for r in await _hours_of(w)]

    real_insert = AuditNote.insert
    eraser = _ErasureElsewhere(postgres_database_url, w.alice.id)

    def erase_meanwhile(note: AuditNote, at: datetime) -> Any:
        # Inside the request's transaction, her entry moved to "requested", its audit event
        # about to be written: the erasure starts now.
        if note.kind == "hours_attest_ask":
            eraser.start()
        return real_insert(note, at)

    monkeypatch.setattr(AuditNote, "insert", erase_meanwhile)
    asked = await w.alice.click(done.response.message, label="Ask for attestation")
    monkeypatch.undo()
    await eraser.done()
    # The request was stored first (the erasure waited for it): she is told so truly.
    assert_responded(asked, contains="Asked this server's facilitators", ephemeral=True)

    assert await _hours_of(w) == []
    async with repos.db.read() as session:
        named = (
            await session.execute(select(AuditEvent.kind).where(AuditEvent.actor_id == w.alice.id))
        ).all()
    assert named == []  # no event names her any more
    assert await repos.audit.trail("hours_attest_ask") == [
        ("erased", w.guild.id, f"hours:{entry_id}")
    ]
    assert await repos.audit.trail(WITHDRAWN) == [("erased", w.guild.id, f"hours:{entry_id}")]


async def _hours_of(w: World) -> list[Any]:
    async with bot_of(w.env).repos.db.read() as session:
        return list(
            (
                await session.execute(select(HoursLog.id).where(HoursLog.author_id == w.alice.id))
            ).all()
        )


@pytest.mark.postgres_too
async def test_forget_while_her_key_question_is_being_stored_leaves_nothing_of_hers(
    group: Group, postgres_database_url: str
) -> None:
    """The key question is sealed under the presenter's key on her preview's round: one being
    stored at the moment of her erasure is erased with the preview, never left sealed under
    her destroyed key on a round row (unreadable, and out of reach of a later /forget)."""
    g, w = group, group.w
    repos = bot_of(w.env).repos
    entry = await _entry(g)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert preview.response is not None
    asked = await w.alice.click(preview.response.message, label="Add a key question")
    assert asked.modal is not None

    keys = repos.keys
    eraser = _ErasureElsewhere(postgres_database_url, w.alice.id)
    # inside the key question's transaction, about to seal it under her key.
    async with eraser.sealing(keys):
        shown = await w.alice.submit_modal(asked, {"question": "What else could I try?"})
    assert shown.acknowledged and shown.ephemeral and shown.response is not None
    assert "went wrong" not in shown.response.content

    async with repos.db.read() as session:
        rounds = (await session.execute(select(Round.post_id, Round.key_question))).all()
        drafts = (await session.execute(select(Post.id))).all()
        stored = (await session.execute(select(UserKey).where(UserKey.user_id == w.alice.id))).all()
    assert rounds == [] and drafts == [] and stored == []
    assert posts(w) == []  # nothing of hers was posted


@pytest.mark.postgres_too
async def test_forget_while_her_meeting_prompt_is_being_queued_leaves_none_of_hers(
    world: World, facilitated: Any, postgres_database_url: str
) -> None:
    """After the group's meeting the bot queues a prompt (a pending DM, under her id) for each
    member who asked for them, reading her choice in that transaction. Her erasure at that
    very moment comes wholly after it: the queued prompt goes with her choice (before, it
    stayed, under her id, to be sent and retried after her erasure)."""
    w, fiona = world, facilitated
    repos = bot_of(w.env).repos
    await fiona.slash(w.channel, "hours meeting", day="3", time="01:00", minutes=30)
    on = await w.alice.slash(w.channel, "hours prompts", on=True)
    assert_responded(on, contains="Prompts are on", ephemeral=True)
    eraser = _ErasureElsewhere(postgres_database_url, w.alice.id)

    def erase_meanwhile(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        # Inside the meeting's claim, her prompt just queued: the erasure starts now.
        if statement.lstrip().upper().startswith("INSERT INTO MEETING_SENDS"):
            eraser.start()

    with engine_hooks(w.env, after_cursor_execute=erase_meanwhile):
        await w.env.advance_time(2 * 3600)  # the meeting ended at 01:30
    await eraser.done()
    # The queued prompt may have gone out before the erasure committed (the claim came
    # first); none is sent after it, retries included.
    sent = [m for m in w.alice.user.dm_channel.history() if "meeting in" in m.content]
    assert len(sent) <= 1
    await w.env.advance_time(3600)

    async with repos.db.read() as session:
        queued = (
            await session.execute(select(MeetingSend.id).where(MeetingSend.user_id == w.alice.id))
        ).all()
        asked = (
            await session.execute(
                select(MeetingPrompt.guild_id).where(MeetingPrompt.user_id == w.alice.id)
            )
        ).all()
    assert queued == [] and asked == []
    assert [m for m in w.alice.user.dm_channel.history() if "meeting in" in m.content] == sent


async def _her_key(w: World) -> list[Any]:
    async with bot_of(w.env).repos.db.read() as session:
        return list(
            (await session.execute(select(UserKey).where(UserKey.user_id == w.alice.id))).all()
        )


@pytest.mark.postgres_too
async def test_forget_while_her_closing_is_being_stored_leaves_nothing_of_hers(
    group: Group, postgres_database_url: str
) -> None:
    """The presenter's closing is sealed under her key on the round and drafted as its post:
    one being stored at the moment of her erasure is erased with the rest (never a closing or
    a draft of it left sealed under her destroyed key, for a click to post), and she is not
    shown a failure."""
    g, w = group, group.w
    repos = bot_of(w.env).repos
    await _at_affirmations(g)
    await w.alice.click(the_post(w), label="Reveal affirmations")
    await w.alice.click(the_post(w), label="Next phase")
    opened = await w.alice.click(the_post(w), label="Write my closing")
    assert opened.modal is not None

    keys = repos.keys
    eraser = _ErasureElsewhere(postgres_database_url, w.alice.id)
    # inside the closing's transaction, the round row held, about to seal it under her key.
    async with eraser.sealing(keys):
        shown = await w.alice.submit_modal(
            opened, {"takeaway": "Slowing down works for me.", "step": "Pause before I answer."}
        )
    assert shown.acknowledged and shown.ephemeral and shown.response is not None
    assert "went wrong" not in shown.response.content

    async with repos.db.read() as session:
        closings = (
            await session.execute(select(Round.post_id).where(Round.closing.is_not(None)))
        ).all()
        drafts = (
            await session.execute(select(Post.id).where(Post.slot == f"closing:{g.share_id}"))
        ).all()
    assert closings == [] and drafts == [] and await _her_key(w) == []
    assert [m for m in said(thread_of(w)) if m.embeds and m.embeds[0].title == "Closing"] == []


@pytest.mark.postgres_too
async def test_forget_while_her_kept_affirmations_are_being_stored_leaves_none_of_them(
    group: Group, postgres_database_url: str
) -> None:
    """Kept affirmations are copied to the presenter's entry, sealed under her key: a keep
    click at the moment of her erasure stores them wholly before it (and they are erased with
    her entry), never a copy left under her destroyed key."""
    g, w = group, group.w
    repos = bot_of(w.env).repos
    await _at_affirmations(g)
    await affirm(w.bob, w, "You stayed with the silence.")
    revealed = await w.alice.click(the_post(w), label="Reveal affirmations")
    (offer,) = [m for m in revealed.followups if "keep them with your entry" in m.content]

    keys = repos.keys
    eraser = _ErasureElsewhere(postgres_database_url, w.alice.id)
    # inside the keep's transaction, her share checked, about to seal the copy under her key.
    async with eraser.sealing(keys):
        kept = await w.alice.click(offer.message, label="Keep them with my entry")
    # The keep came first (the erasure waited for it): she is told so truly.
    assert_responded(kept, contains="Kept: 1 affirmation", ephemeral=True)

    async with repos.db.read() as session:
        copies = (await session.execute(select(KeptAffirmations.post_id))).all()
        entries = (
            await session.execute(select(Entry.id).where(Entry.author_id == w.alice.id))
        ).all()
    assert copies == [] and entries == [] and await _her_key(w) == []


@pytest.mark.postgres_too
async def test_forget_while_her_excerpts_are_being_stored_leaves_none_of_them(
    world: World, postgres_database_url: str
) -> None:
    """The excerpts an author is asked to approve for the weekly summary are sealed under her
    key: ones being stored at the moment of her erasure are stored wholly before it and erased
    with her entry (she is shown them, not a failure), never left under her destroyed key for
    a summary to quote."""
    w = world
    repos = bot_of(w.env).repos
    _, recap = await _write(w, w.alice, "The client laughed for the first time in weeks.")
    eraser = _ErasureElsewhere(postgres_database_url, w.alice.id)

    def erase_meanwhile(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        # Inside the excerpts' transaction, her entry read but not yet written: the erasure
        # starts now.
        if statement.startswith("UPDATE entries SET") and "quote_status=" in statement:
            eraser.start()

    with engine_hooks(w.env, before_cursor_execute=erase_meanwhile):
        review = await _include(w.alice, recap)
    await eraser.done()
    assert "went wrong" not in review.content

    async with repos.db.read() as session:
        excerpts = (await session.execute(select(Excerpt.entry_id))).all()
        entries = (
            await session.execute(select(Entry.id).where(Entry.author_id == w.alice.id))
        ).all()
    assert excerpts == [] and entries == [] and await _her_key(w) == []
