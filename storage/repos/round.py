"""The consultation round: its phase, key question and closing, affirmations and step-outs.

Affirmations and closings are outbox rows (kinds ``affirmation`` and ``closing``), so they are
sealed under their writer's own data key, named only by a keyed tag, deleted by `/forget` with
every other post, and posted once per slot. An affirmation stays a draft until its round's
reveal; a phase only moves by compare-and-set, so of two clicks exactly one moves it.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import ColumnElement, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql.dml import Insert

from bot.outbox import PostKind, PostRecord, PostState, affirmation_prefix
from bot.round.models import (
    OWED_CLAIM_HOLD,
    Closing,
    KeptAffirmation,
    NotSaved,
    OwedClaim,
    RoundRecord,
)
from bot.round.phases import Phase
from storage.crypto import Cipher, WrongKeyError
from storage.db import Database
from storage.keys import Keyring
from storage.repos.audit import audit_event
from storage.repos.outbox import OutboxRepository, new_claim
from storage.tables import (
    AgreementAcceptance,
    Entry,
    KeptAffirmations,
    Post,
    Round,
    RoundSettings,
    RoundStepOut,
)
from storage.upsert import upsert

LIVE = (PostState.DRAFT, PostState.SENDING, PostState.POSTED)


def _aad(post_id: int, part: str) -> bytes:
    return f"round:{post_id}:{part}".encode()


def closing_aad(post_id: int) -> bytes:
    """What a round's closing is sealed with (bound to its round)."""
    return _aad(post_id, "closing")


def _kept_aad(entry_id: int, post_id: int) -> bytes:
    return f"kept:{entry_id}:{post_id}".encode()


_KEPT = TypeAdapter(list[KeptAffirmation])

# A posted affirmation or closing whose thread a moderator deleted (`thread_deleted`): kept,
# as its writer's own words, for her /export, which says so.
NO_LONGER_ON_DISCORD = "no longer on Discord"


def _exported_state(post: PostRecord) -> str:
    if post.state is PostState.POSTED and post.message_id is None:
        return NO_LONGER_ON_DISCORD
    return post.state.value


def _closing_text(stored: str | None) -> str | None:
    if stored is None:
        return None
    closing = Closing.model_validate_json(stored)
    return f"What I'm taking away: {closing.takeaway}\nMy next step: {closing.next_step}"


async def _phase(conn: AsyncConnection, post_id: int) -> str | None:
    """The round's phase as stored, read inside the caller's write transaction, whose round
    row it holds until that ends (PostgreSQL; SQLite's writes run one at a time): writes to
    one round that check its state (a save, a step-out, a withdrawal, a closing) then run one
    after the other, each seeing what the one before it committed, never interleaved."""
    locked = select(Round.phase).where(Round.post_id == post_id).with_for_update()
    return (await conn.execute(locked)).scalar()


def _round_upsert(
    conn: AsyncConnection, post_id: int, share: Any, now: datetime, **values: Any
) -> Insert:
    """Set `values` on the round row of a share (with `entry_id` and `guild_id`), creating it
    in its first phase if it is not there yet."""
    first = {
        "entry_id": share.entry_id,
        "guild_id": share.guild_id,
        "phase": Phase.CLARIFYING,
        "phase_since": now,
        "created_at": now,
    }
    return upsert(conn.dialect.name, Round, {"post_id": post_id}, values, on_insert=first)


class RoundRepository:
    def __init__(self, db: Database, keys: Keyring, outbox: OutboxRepository) -> None:
        self._db = db
        self._keys = keys
        self._outbox = outbox

    async def _cipher(self, conn: AsyncConnection, user_id: int) -> Cipher:
        now = self._db.clock()
        return await conn.run_sync(lambda c: self._keys.user_cipher(c, user_id, now))

    def _open(self, blob: bytes | None, aad: bytes) -> str | None:
        if blob is None:
            return None
        try:
            return self._keys.decrypt(blob, aad)
        except WrongKeyError:  # its writer was erased
            return None

    # -- the round itself -------------------------------------------------------------------

    async def _owned_share(
        self, conn: AsyncConnection, post_id: int, user_id: int, *states: PostState
    ) -> Any:
        return (
            await conn.execute(
                select(Post.guild_id, Post.entry_id).where(
                    Post.id == post_id,
                    Post.kind == PostKind.SHARE,
                    self._outbox.mine(user_id),
                    Post.state.in_(states),
                )
            )
        ).first()

    async def set_key_question(self, post_id: int, presenter_id: int, text: str) -> bool:
        """The presenter's key question, on their preview (before it is posted). Replacing one
        checkpoints the WAL once that commits, so that the replaced text leaves the `-wal` too."""
        now = self._db.clock()
        async with self._db.write(holding=[presenter_id]) as conn:
            share = await self._owned_share(conn, post_id, presenter_id, PostState.DRAFT)
            if share is None:
                return False
            replaced = (
                await conn.execute(
                    select(Round.key_question).where(
                        Round.post_id == post_id, Round.key_question.is_not(None)
                    )
                )
            ).first() is not None
            blob = (await self._cipher(conn, presenter_id)).encrypt(text, _aad(post_id, "key"))
            await conn.execute(_round_upsert(conn, post_id, share, now, key_question=blob))
        if replaced:
            await self._db.checkpoint()  # the replaced text's old pages leave the `-wal` too
        return True

    async def start(self, post_id: int) -> None:
        """The round of a share being posted: its first phase starts now (idempotent)."""
        now = self._db.clock()
        async with self._db.write() as conn:
            share = (
                await conn.execute(select(Post.guild_id, Post.entry_id).where(Post.id == post_id))
            ).first()
            if share is None:
                return
            await conn.execute(_round_upsert(conn, post_id, share, now, phase_since=now))

    async def get(self, post_id: int) -> RoundRecord | None:
        async with self._db.read() as session:
            row = (await session.execute(select(Round).where(Round.post_id == post_id))).scalar()
            if row is None:
                return None
            stepouts = (
                await session.execute(select(func.count()).where(RoundStepOut.post_id == post_id))
            ).scalar_one()
            affirmations = (
                await session.execute(
                    select(func.count()).where(
                        Post.slot.like(affirmation_prefix(post_id) + "%"), Post.state.in_(LIVE)
                    )
                )
            ).scalar_one()
            closing_posted = (
                await session.execute(
                    select(func.count()).where(
                        Post.slot == f"closing:{post_id}", Post.state == PostState.POSTED
                    )
                )
            ).scalar_one()
            await self._keys.load(session, [b for b in (row.key_question, row.closing) if b])
        return RoundRecord(
            post_id=row.post_id,
            guild_id=row.guild_id,
            entry_id=row.entry_id,
            phase=Phase(row.phase),
            key_question=self._open(row.key_question, _aad(post_id, "key")),
            phase_since=row.phase_since,
            stepouts=stepouts,
            affirmations=affirmations,
            has_closing=row.closing is not None,
            closing_posted=closing_posted > 0,
            keep_offer_owed=row.keep_offer_owed,
            controls_channel_id=row.controls_channel_id,
            controls_message_id=row.controls_message_id,
        )

    async def advance(self, post_id: int, current: Phase, to: Phase) -> bool:
        """Move the phase from `current` to `to`; False if someone moved it first."""
        done = await self._db.apply(
            update(Round)
            .where(Round.post_id == post_id, Round.phase == current)
            .values(phase=to, phase_since=self._db.clock())
        )
        return done == 1

    async def end(self, post_id: int) -> bool:
        """Close the round from whatever phase it is in (its share's post and thread are gone
        from Discord: nothing can be shown or posted for it any more); False if it was closed
        already, so that of two at once exactly one ends it (and tells its presenter)."""
        done = await self._db.apply(
            update(Round)
            .where(Round.post_id == post_id, Round.phase != Phase.CLOSED)
            .values(phase=Phase.CLOSED, phase_since=self._db.clock(), ended_untold=True)
        )
        return done == 1

    async def take_ended_notice(self, post_id: int) -> bool:
        """Claim the notice that the round ended (`end`) for one message to its presenter:
        True for exactly one caller (compare-and-set), which gives it back if not sent."""
        done = await self._db.apply(
            update(Round)
            .where(Round.post_id == post_id, Round.ended_untold.is_(True))
            .values(ended_untold=False)
        )
        return done == 1

    async def give_back_ended_notice(self, post_id: int) -> None:
        """Its message was not sent (her DMs closed): she is told at her next command."""
        await self._db.apply(
            update(Round).where(Round.post_id == post_id).values(ended_untold=True)
        )

    async def ended_untold(self, presenter_id: int) -> list[int]:
        """The presenter's rounds that ended (their post and thread deleted) without her
        being told yet."""
        async with self._db.read() as session:
            rows = await session.execute(
                select(Round.post_id)
                .join(Entry, Entry.id == Round.entry_id)
                .where(Entry.author_id == presenter_id, Round.ended_untold.is_(True))
                .order_by(Round.post_id)
            )
            return list(rows.scalars())

    async def move_controls(
        self, post_id: int, was: int | None, channel_id: int, message_id: int
    ) -> bool:
        """The round is shown from now on in `message_id` (of its thread `channel_id`), if it
        was still shown in `was` (None: its share's post); False, changing nothing, when
        another click moved it meanwhile (compare-and-set: the round is shown in one place)."""
        shown_in = (
            Round.controls_message_id.is_(None) if was is None else Round.controls_message_id == was
        )
        done = await self._db.apply(
            update(Round)
            .where(Round.post_id == post_id, shown_in)
            .values(controls_channel_id=channel_id, controls_message_id=message_id)
        )
        return done == 1

    async def in_thread(self, thread_id: int) -> int | None:
        """The round held in the thread `thread_id` (its share's outbox row), if any: the
        thread noted on the share, or, when noting it failed, the one Discord gives the id of
        the message it was opened on."""
        async with self._db.read() as session:
            return (
                await session.execute(
                    select(Round.post_id)
                    .join(Post, Post.id == Round.post_id)
                    .where(
                        Post.kind == PostKind.SHARE,
                        or_(
                            Post.thread_id == thread_id,
                            (Post.thread_id.is_(None)) & (Post.message_id == thread_id),
                        ),
                    )
                    .limit(1)
                )
            ).scalar()

    # -- affirmations -----------------------------------------------------------------------

    async def write_affirmation(
        self, post_id: int, author_id: int, *, title: str, text: str, anonymous: bool
    ) -> PostRecord | NotSaved:
        """Save (or replace) the member's affirmation draft; why not (storing nothing) once the
        phase has ended, or when she has stepped out of the round. Her step-out is checked in
        the write itself, with the round row held (`_phase`), so that of a save and a step-out
        at once exactly one wins: a step-out that comes first refuses the save, one that comes
        after it withdraws what was saved (`step_out`).

        Replacing a draft checkpoints the WAL once it commits, so that the replaced text's
        ciphertext leaves the `-wal` too."""
        now = self._db.clock()
        prefix = affirmation_prefix(post_id)
        async with self._db.write(holding=[author_id]) as conn:
            phase = await _phase(conn, post_id)
            if phase is None or await self._share_gone(conn, post_id):
                return NotSaved.SHARE_GONE
            if phase != Phase.AFFIRMATIONS:
                return NotSaved.PHASE_OVER
            if await self._has_stepped_out(conn, post_id, author_id):
                return NotSaved.STEPPED_OUT
            key = await self._cipher(conn, author_id)

            async def new() -> int:
                guild_id = (
                    await conn.execute(select(Round.guild_id).where(Round.post_id == post_id))
                ).scalar_one()
                return await self._outbox.insert_draft(
                    conn,
                    kind=PostKind.AFFIRMATION,
                    slot=prefix + self._outbox.author_key(author_id).hex()[:40],
                    author_id=author_id,
                    guild_id=guild_id,
                    anonymous=anonymous,
                    now=now,
                )

            saved = await self._save_draft(
                conn,
                (Post.slot.like(prefix + "%"), self._outbox.mine(author_id)),
                new,
                lambda draft_id: {
                    "body": self._outbox.seal(key, draft_id, title, text),
                    "anonymous": anonymous,
                    "updated_at": now,
                },
            )
            if saved is None:
                return NotSaved.PHASE_OVER
            aff_id, replaced = saved
            # As saved: a step-out or an erasure right after it may withdraw it at once.
            record = await self._outbox.record_in(conn, aff_id)
            assert record is not None  # written in this transaction
        if replaced:
            await self._db.checkpoint()  # the replaced text's old pages leave the `-wal` too
        return record

    @staticmethod
    async def _share_gone(conn: AsyncConnection, post_id: int) -> bool:
        """Whether the round's share is withdrawn (deleted, or its presenter erased): read
        with the round row held, which its withdrawal takes first, so of a save and the
        withdrawal at once the later one sees the other (`request_deletion_in`)."""
        share = (
            await conn.execute(select(Post.state, Post.delete_after_send).where(Post.id == post_id))
        ).first()
        return share is None or share.state == PostState.DELETING or share.delete_after_send

    @staticmethod
    async def _save_draft(
        conn: AsyncConnection,
        where: tuple[Any, ...],
        new: Callable[[], Awaitable[int]],
        values: Callable[[int], dict[str, Any]],
    ) -> tuple[int, bool] | None:
        """The draft post `where` picks (made by `new` if there is none) given `values` (of its
        id: a body is sealed to it), and whether it replaced an earlier draft's; None, changing
        nothing, once it is no longer a draft."""
        found = (await conn.execute(select(Post.id, Post.state).where(*where))).first()
        if found is not None and found.state != PostState.DRAFT:
            return None
        draft_id = found.id if found is not None else await new()
        # Still a draft as it is written: a reveal may have claimed it since it was read (on
        # PostgreSQL, where the read takes no lock), and a post being sent keeps its text.
        saved = await conn.execute(
            update(Post)
            .where(Post.id == draft_id, Post.state == PostState.DRAFT)
            .values(**values(draft_id))
        )
        return (draft_id, found is not None) if saved.rowcount == 1 else None

    async def my_affirmation(self, post_id: int, author_id: int) -> PostRecord | None:
        found = await self._outbox.records(
            Post.slot.like(affirmation_prefix(post_id) + "%"),
            self._outbox.mine(author_id),
            Post.state.in_(LIVE),
        )
        return found[0] if found else None

    async def withdraw(self, post_id: int, author_id: int) -> bool:
        """Delete the member's draft, only while the affirmations are still hidden."""
        async with self._db.write() as conn:
            withdrawn = await self._withdraw_draft(conn, post_id, author_id)
        if withdrawn:
            await self._db.checkpoint()  # its text's old pages leave the `-wal` too
        return withdrawn == 1

    async def _withdraw_draft(self, conn: AsyncConnection, post_id: int, author_id: int) -> int:
        """Within `conn`'s write: delete the member's draft affirmation while the affirmations
        are still hidden; how many rows went."""
        if await _phase(conn, post_id) != Phase.AFFIRMATIONS:
            return 0
        done = await conn.execute(
            delete(Post).where(
                Post.slot.like(affirmation_prefix(post_id) + "%"),
                self._outbox.mine(author_id),
                Post.state == PostState.DRAFT,
            )
        )
        return done.rowcount

    async def unrevealed(self, post_id: int) -> list[PostRecord]:
        """Affirmations not posted yet: drafts, and claims whose send never finished."""
        return await self._outbox.records(
            Post.slot.like(affirmation_prefix(post_id) + "%"),
            Post.state.in_((PostState.DRAFT, PostState.SENDING)),
        )

    async def claim(self, post_id: int, channel_id: int) -> str | None:
        """Draft → sending for one round post: of concurrent reveals, exactly one sends it,
        and gets the claim that alone may end the send; None for the others."""
        claim = new_claim()
        done = await self._db.apply(
            update(Post)
            .where(Post.id == post_id, Post.state == PostState.DRAFT)
            .values(
                state=PostState.SENDING,
                claim=claim,
                delete_after_send=False,
                channel_id=channel_id,
                updated_at=self._db.clock(),
            )
        )
        return claim if done == 1 else None

    # -- the closing ------------------------------------------------------------------------

    async def draft_closing(
        self, post_id: int, presenter_id: int, closing: Closing, *, text: str
    ) -> PostRecord | None:
        """The presenter's closing, saved with their entry and drafted as its post. Rewriting
        it checkpoints the WAL once that commits, so that the replaced text leaves the `-wal`
        too."""
        now = self._db.clock()
        slot = f"closing:{post_id}"
        async with self._db.write(holding=[presenter_id]) as conn:
            share = await self._owned_share(
                conn, post_id, presenter_id, PostState.POSTED, PostState.SENDING
            )
            phase = await _phase(conn, post_id)
            if share is None or phase != Phase.CLOSING:
                return None
            key = await self._cipher(conn, presenter_id)
            await conn.execute(
                update(Round)
                .where(Round.post_id == post_id)
                .values(
                    closing=key.encrypt(closing.model_dump_json(), _aad(post_id, "closing")),
                    closing_at=now,
                )
            )

            async def new() -> int:
                return await self._outbox.insert_draft(
                    conn,
                    kind=PostKind.CLOSING,
                    slot=slot,
                    author_id=presenter_id,
                    guild_id=share.guild_id,
                    anonymous=True,
                    now=now,
                )

            saved = await self._save_draft(
                conn,
                (Post.slot == slot,),
                new,
                lambda draft_id: {
                    "body": self._outbox.seal(key, draft_id, "Closing", text),
                    "updated_at": now,
                },
            )
            if saved is None:
                return None
        closing_id, replaced = saved
        if replaced:
            await self._db.checkpoint()  # the replaced text's old pages leave the `-wal` too
        return await self._outbox.get(closing_id)

    async def closed_by_their_closing(self) -> list[int]:
        """Rounds still in their closing whose closing is posted: the write that closes them
        failed after the post (the database went away); they are closed at the outbox's start."""
        async with self._db.read() as session:
            open_ids = (
                await session.execute(select(Round.post_id).where(Round.phase == Phase.CLOSING))
            ).scalars()
            slots = {f"closing:{post_id}": post_id for post_id in open_ids}
            if not slots:
                return []
            posted = await session.execute(
                select(Post.slot).where(Post.slot.in_(slots), Post.state == PostState.POSTED)
            )
            return sorted(slots[slot] for slot in posted.scalars())

    async def closing_post(self, post_id: int) -> PostRecord | None:
        found = await self._outbox.records(Post.slot == f"closing:{post_id}")
        return found[0] if found else None

    async def closing(self, post_id: int) -> Closing | None:
        async with self._db.read() as session:
            blob = (
                await session.execute(select(Round.closing).where(Round.post_id == post_id))
            ).scalar()
            if blob is None:
                return None
            await self._keys.load(session, [blob])
        opened = self._open(blob, _aad(post_id, "closing"))
        return None if opened is None else Closing.model_validate_json(opened)

    async def presenter_of(self, post_id: int) -> int | None:
        """Whom to tell privately about a step-out: the author of the shared entry."""
        async with self._db.read() as session:
            return (
                await session.execute(
                    select(Entry.author_id)
                    .join(Round, Round.entry_id == Entry.id)
                    .where(Round.post_id == post_id)
                )
            ).scalar()

    # -- kept with the presenter's entry ----------------------------------------------------

    async def keep(self, post_id: int, presenter_id: int) -> tuple[bool, int] | None:
        """Copy the round's posted affirmations to the presenter's entry, sealed under the
        presenter's key: (kept now, how many); (False, n) when kept already; None when the
        clicker is not the presenter or the round has no entry (or nothing was revealed)."""
        posted = (Post.slot.like(affirmation_prefix(post_id) + "%"), Post.state == PostState.POSTED)
        revealed = await self._outbox.records(*posted)
        try:
            async with self._db.write(holding=[presenter_id]) as conn:
                share = await self._owned_share(
                    conn, post_id, presenter_id, PostState.POSTED, PostState.SENDING
                )
                if share is None or share.entry_id is None:
                    return None
                # Read again in the write: one whose writer was erased meanwhile is not kept.
                tags = dict(
                    (await conn.execute(select(Post.id, Post.author_key).where(*posted))).all()
                )
                kept = [
                    KeptAffirmation(title=p.title, text=p.text, writer=(tags[p.id] or b"").hex())
                    for p in revealed
                    if p.id in tags
                ]
                before = (
                    await conn.execute(
                        select(KeptAffirmations.post_id).where(KeptAffirmations.post_id == post_id)
                    )
                ).first()
                if before is not None or not kept:
                    return (False, len(kept)) if before is not None else None
                key = await self._cipher(conn, presenter_id)
                body = key.encrypt(
                    _KEPT.dump_json(kept).decode(), _kept_aad(share.entry_id, post_id)
                )
                await conn.execute(
                    insert(KeptAffirmations).values(
                        post_id=post_id,
                        entry_id=share.entry_id,
                        author_id=presenter_id,
                        body=body,
                        created_at=self._db.clock(),
                    )
                )
        except IntegrityError:  # a concurrent click kept them first
            return False, len(revealed)
        return True, len(kept)

    async def keepable(self, post_id: int) -> bool:
        """Whether the round has posted affirmations that are not kept yet."""
        async with self._db.read() as session:
            kept = await session.execute(
                select(KeptAffirmations.post_id).where(KeptAffirmations.post_id == post_id)
            )
            if kept.first() is not None:
                return False
            posted = await session.execute(
                select(Post.id).where(
                    Post.slot.like(affirmation_prefix(post_id) + "%"),
                    Post.state == PostState.POSTED,
                )
            )
            return posted.first() is not None

    def _unclaimed(self, claimed_at: Any) -> ColumnElement[bool]:
        """Not claimed for sending, or claimed longer ago than `OWED_CLAIM_HOLD`: the process
        that claimed it stopped before its send, and never gave it back."""
        return or_(claimed_at.is_(None), claimed_at < self._db.clock() - OWED_CLAIM_HOLD)

    async def owe_keep_offer(self, post_id: int) -> datetime:
        """The presenter's offer to keep the affirmations is owed, and claimed for the private
        message about to be sent: a command of hers at that moment does not offer it too.
        Returns the claim's moment: `keep_offer_given` once it is sent, `give_back_keep_offer`
        with that moment if refused."""
        now = self._db.clock()
        await self._db.apply(
            update(Round)
            .where(Round.post_id == post_id)
            .values(keep_offer_owed=True, keep_offer_claimed_at=now)
        )
        return now

    async def take_keep_offer(self, post_id: int) -> datetime | None:
        """Claim the owed keep offer for giving, compare-and-set: its moment for the one caller
        that claims it (two of her commands at once offer it once), else None.
        `keep_offer_given` once it is sent; `give_back_keep_offer` with that moment when the
        send fails; a claim whose process stopped first lapses after `OWED_CLAIM_HOLD`."""
        now = self._db.clock()
        taken = await self._db.apply(
            update(Round)
            .where(
                Round.post_id == post_id,
                Round.keep_offer_owed.is_(True),
                self._unclaimed(Round.keep_offer_claimed_at),
            )
            .values(keep_offer_claimed_at=now)
        )
        return now if taken == 1 else None

    async def keep_offer_given(self, post_id: int) -> None:
        """The offer to keep reached the presenter: owed no more, for good. Not compared with
        any claim: it did reach her, whichever claim is held now (a later claim's send that
        fails then gives back nothing, so she is not offered it a third time)."""
        await self._db.apply(
            update(Round)
            .where(Round.post_id == post_id)
            .values(keep_offer_owed=False, keep_offer_claimed_at=None)
        )

    async def give_back_keep_offer(self, post_id: int, claimed_at: datetime) -> None:
        """A keep offer claimed at `claimed_at` was not sent: owed again, at once; only while
        that claim holds it (compare-and-set): a send slower than `OWED_CLAIM_HOLD` whose
        claim lapsed and was taken by another command gives back nothing, and that command's
        send in flight is not doubled by a third."""
        await self._db.apply(
            update(Round)
            .where(
                Round.post_id == post_id,
                Round.keep_offer_owed.is_(True),
                Round.keep_offer_claimed_at == claimed_at,
            )
            .values(keep_offer_claimed_at=None)
        )

    async def keep_offers_owed(self, presenter_id: int) -> list[int]:
        """The rounds on the presenter's shares whose keep offer never reached her."""
        async with self._db.read() as session:
            rows = await session.execute(
                select(Round.post_id)
                .join(Entry, Entry.id == Round.entry_id)
                .where(
                    Entry.author_id == presenter_id,
                    Round.keep_offer_owed.is_(True),
                    self._unclaimed(Round.keep_offer_claimed_at),
                )
                .order_by(Round.post_id)
            )
            return list(rows.scalars())

    async def kept(
        self, user_id: int, entry_id: int | None = None
    ) -> dict[int, list[KeptAffirmation]]:
        """The affirmations the user kept, by entry (only their own rows, ever)."""
        query = select(KeptAffirmations).where(KeptAffirmations.author_id == user_id)
        if entry_id is not None:
            query = query.where(KeptAffirmations.entry_id == entry_id)
        async with self._db.read() as session:
            rows = (
                (await session.execute(query.order_by(KeptAffirmations.created_at))).scalars().all()
            )
            await self._keys.load(session, [r.body for r in rows])
        found: dict[int, list[KeptAffirmation]] = {}
        for row in rows:
            opened = self._open(row.body, _kept_aad(row.entry_id, row.post_id))
            if opened is not None:
                found.setdefault(row.entry_id, []).extend(_KEPT.validate_json(opened))
        return found

    # -- stepping out -----------------------------------------------------------------------

    async def step_out(self, post_id: int, member_id: int) -> tuple[bool, bool]:
        """Count the member once and, in the same write, withdraw the affirmation she drafted
        while they are still hidden: (stepped out now, an affirmation withdrawn). Stepped out
        already: (False, whether one was withdrawn now, which only a step-out stored before
        the two were one write can leave)."""
        try:
            async with self._db.write(holding=[member_id]) as conn:
                # The round row held first (`_phase`): a save of hers in flight either
                # commits before this reads her draft, or sees this step-out and refuses.
                await _phase(conn, post_id)
                new = not await self._has_stepped_out(conn, post_id, member_id)
                if new:
                    await conn.execute(
                        insert(RoundStepOut).values(
                            post_id=post_id, member_key=self._outbox.author_key(member_id)
                        )
                    )
                withdrawn = await self._withdraw_draft(conn, post_id, member_id)
        except IntegrityError:  # a concurrent click counted her first, in its own write
            return False, False
        if withdrawn:
            await self._db.checkpoint()  # its text's old pages leave the `-wal` too
        return new, withdrawn == 1

    async def _has_stepped_out(self, conn: AsyncConnection, post_id: int, member_id: int) -> bool:
        """Within `conn`'s transaction: whether the member stepped out of this round."""
        found = await conn.execute(
            select(RoundStepOut.post_id).where(
                RoundStepOut.post_id == post_id,
                RoundStepOut.member_key == self._outbox.author_key(member_id),
            )
        )
        return found.first() is not None

    async def stepped_out(self, post_id: int, member_id: int) -> bool:
        """Whether the member said "I may know this client" on this round."""
        async with self._db.read() as session:
            found = await session.execute(
                select(RoundStepOut.post_id).where(
                    RoundStepOut.post_id == post_id,
                    RoundStepOut.member_key == self._outbox.author_key(member_id),
                )
            )
            return found.first() is not None

    async def take_for_dm(self, post_id: int, member_id: int) -> OwedClaim | None:
        """Claim this member's step-out for the presenter's private message, compare-and-set
        (`take_untold`): None when she was told of it meanwhile (with a command of hers)."""
        return await self.take_untold(post_id, [self._outbox.author_key(member_id)])

    async def told_member(self, post_id: int, member_id: int) -> None:
        """The private message about this member's step-out reached her: told for good."""
        await self.told(post_id, [self._outbox.author_key(member_id)])

    async def untell_member(self, post_id: int, member_id: int, claimed_at: datetime) -> None:
        """The private message about this member's step-out (claimed at `claimed_at`) did not
        reach her: owed again, if that claim still holds it (`untell`)."""
        await self.untell(post_id, [self._outbox.author_key(member_id)], claimed_at)

    async def untold(self, post_id: int) -> list[bytes]:
        """The step-outs the presenter was not told of yet (her DMs refused, or the bot
        stopped before it told her) and that no send holds, as opaque tags for `take_untold`."""
        async with self._db.read() as session:
            rows = await session.execute(
                select(RoundStepOut.member_key).where(
                    RoundStepOut.post_id == post_id,
                    RoundStepOut.told.is_(False),
                    self._unclaimed(RoundStepOut.claimed_at),
                )
            )
            return list(rows.scalars())

    async def untold_of_presenter(self, presenter_id: int) -> dict[int, list[bytes]]:
        """Every step-out on the presenter's shares she was not told of yet, by share."""
        async with self._db.read() as session:
            rows = await session.execute(
                select(RoundStepOut.post_id, RoundStepOut.member_key)
                .join(Round, Round.post_id == RoundStepOut.post_id)
                .join(Entry, Entry.id == Round.entry_id)
                .where(
                    Entry.author_id == presenter_id,
                    RoundStepOut.told.is_(False),
                    self._unclaimed(RoundStepOut.claimed_at),
                )
                .order_by(RoundStepOut.post_id)
            )
            found: dict[int, list[bytes]] = {}
            for post_id, tag in rows:
                found.setdefault(post_id, []).append(tag)
            return found

    async def take_untold(self, post_id: int, tags: list[bytes]) -> OwedClaim | None:
        """Of these step-outs (tags from `untold`), those this caller claims for its notice,
        each compare-and-set: two of her commands at once tell her of each once. None when it
        claims none. `told` once the notice is sent; `untell` with the claim's moment gives
        them back when it is not; a claim whose process stopped first lapses after
        `OWED_CLAIM_HOLD`."""
        now = self._db.clock()
        taken: list[bytes] = []
        for tag in tags:
            if await self._db.apply(
                update(RoundStepOut)
                .where(
                    RoundStepOut.post_id == post_id,
                    RoundStepOut.member_key == tag,
                    RoundStepOut.told.is_(False),
                    self._unclaimed(RoundStepOut.claimed_at),
                )
                .values(claimed_at=now)
            ):
                taken.append(tag)
        return OwedClaim(at=now, tags=taken) if taken else None

    async def told(self, post_id: int, tags: list[bytes]) -> None:
        """Step-outs claimed by `take_untold` whose notice was sent: told for good. Not
        compared with the claim: she was told, whichever claim holds them now (a later claim's
        send that fails then gives back nothing, so she is not told a third time)."""
        if tags:
            await self._db.apply(
                update(RoundStepOut)
                .where(RoundStepOut.post_id == post_id, RoundStepOut.member_key.in_(tags))
                .values(told=True, claimed_at=None)
            )

    async def untell(self, post_id: int, tags: list[bytes], claimed_at: datetime) -> None:
        """Step-outs claimed by `take_untold` at `claimed_at` whose notice was not sent: owed
        again, at once; only those that claim still holds (compare-and-set): a send slower
        than `OWED_CLAIM_HOLD` whose claim lapsed and was taken by another command gives
        back nothing, and that command's send in flight is not doubled by a third."""
        if tags:
            await self._db.apply(
                update(RoundStepOut)
                .where(
                    RoundStepOut.post_id == post_id,
                    RoundStepOut.member_key.in_(tags),
                    RoundStepOut.told.is_(False),
                    RoundStepOut.claimed_at == claimed_at,
                )
                .values(claimed_at=None)
            )

    async def forget_in(self, conn: AsyncConnection, user_id: int) -> None:
        """In the erasure's transaction: an erased member's step-outs no longer carry their
        tag: each gets a random one, so that the count stays, and a presenter not yet told of
        one is still told; her affirmations go from every presenter's kept copy."""
        await self._unkeep_writer_in(conn, user_id)
        tag = self._outbox.author_key(user_id)
        rows = await conn.execute(
            select(RoundStepOut.post_id).where(RoundStepOut.member_key == tag)
        )
        for post_id in rows.scalars().all():
            await conn.execute(
                update(RoundStepOut)
                .where(RoundStepOut.post_id == post_id, RoundStepOut.member_key == tag)
                .values(member_key=secrets.token_bytes(32))
            )

    async def _unkeep_writer_in(self, conn: AsyncConnection, user_id: int) -> None:
        """Take the erased member's affirmations out of every kept copy: each copy holding one
        is sealed again without it under its presenter's key, or deleted when none is left.
        Every copy is opened to look, since only the sealed body names its writers (an
        erasure is rare; a copy kept before writers were recorded names none)."""
        tags = {tag.hex() for tag in self._outbox.author_tags(user_id)}
        k = KeptAffirmations
        rows = (await conn.execute(select(k.post_id, k.entry_id, k.author_id, k.body))).all()
        for row in rows:
            aad = _kept_aad(row.entry_id, row.post_id)
            key = await self._cipher(conn, row.author_id)
            try:
                kept = _KEPT.validate_json(key.decrypt(row.body, aad))
            except WrongKeyError:
                continue
            left = [k for k in kept if k.writer not in tags]
            if len(left) == len(kept):
                continue
            where = KeptAffirmations.post_id == row.post_id
            if left:
                body = key.encrypt(_KEPT.dump_json(left).decode(), aad)
                await conn.execute(update(KeptAffirmations).where(where).values(body=body))
            else:
                await conn.execute(delete(KeptAffirmations).where(where))

    # -- a server's agreement and timings, and who accepted it ---------------------------------

    async def _settings(self, guild_id: int) -> RoundSettings | None:
        async with self._db.read() as session:
            return (
                await session.execute(
                    select(RoundSettings).where(RoundSettings.guild_id == guild_id)
                )
            ).scalar()

    async def agreement(self, guild_id: int) -> str | None:
        row = await self._settings(guild_id)
        return None if row is None else row.agreement

    async def minutes(self, guild_id: int) -> dict[str, int]:
        row = await self._settings(guild_id)
        return {} if row is None or not row.minutes else dict(json.loads(row.minutes))

    async def _save_settings(
        self, guild_id: int, audited_by: int | None, subject: str, **values: Any
    ) -> None:
        """Save round settings; with ``audited_by``, the "setup" audit event is written in the
        same transaction, so a failure leaves neither."""
        now = self._db.clock()
        async with self._db.write(holding=[audited_by]) as conn:
            await conn.execute(
                upsert(
                    conn.dialect.name,
                    RoundSettings,
                    {"guild_id": guild_id},
                    {"updated_at": now, **values},
                )
            )
            if audited_by is not None:
                await conn.execute(
                    audit_event(
                        "setup", at=now, actor_id=audited_by, guild_id=guild_id, subject=subject
                    )
                )

    async def set_agreement(
        self, guild_id: int, text: str | None, *, audited_by: int | None = None
    ) -> None:
        await self._save_settings(guild_id, audited_by, "agreement", agreement=text)

    async def set_minutes(
        self, guild_id: int, minutes: dict[str, int], *, audited_by: int | None = None
    ) -> None:
        await self._save_settings(
            guild_id, audited_by, "round", minutes=json.dumps(minutes, sort_keys=True)
        )

    async def accepted(self, guild_id: int, user_id: int, version: str) -> bool:
        async with self._db.read() as session:
            found = (
                await session.execute(
                    select(AgreementAcceptance.version).where(
                        AgreementAcceptance.guild_id == guild_id,
                        AgreementAcceptance.user_id == user_id,
                    )
                )
            ).scalar()
        return found == version

    async def accept(self, guild_id: int, user_id: int, version: str) -> None:
        now = self._db.clock()
        async with self._db.write(holding=[user_id]) as conn:
            await conn.execute(
                upsert(
                    conn.dialect.name,
                    AgreementAcceptance,
                    {"guild_id": guild_id, "user_id": user_id},
                    {"version": version, "accepted_at": now},
                )
            )

    async def acceptances(self, user_id: int) -> list[tuple[int, datetime]]:
        async with self._db.read() as session:
            rows = (
                await session.execute(
                    select(AgreementAcceptance.guild_id, AgreementAcceptance.accepted_at)
                    .where(AgreementAcceptance.user_id == user_id)
                    .order_by(AgreementAcceptance.guild_id)
                )
            ).all()
        return [(r.guild_id, r.accepted_at) for r in rows]

    # -- export -----------------------------------------------------------------------------

    async def export(self, user_id: int) -> dict[str, Any]:
        """What the user wrote in rounds: affirmations, and their key questions and closings."""
        written = await self._outbox.records(
            self._outbox.mine(user_id),
            Post.kind.in_((PostKind.AFFIRMATION, PostKind.CLOSING)),
            Post.state.in_(LIVE),
        )
        async with self._db.read() as session:
            rows = (
                (
                    await session.execute(
                        select(Round)
                        .join(Post, Post.id == Round.post_id)
                        .where(self._outbox.mine(user_id))
                        .order_by(Round.post_id)
                    )
                )
                .scalars()
                .all()
            )
            await self._keys.load(
                session, [b for r in rows for b in (r.key_question, r.closing) if b]
            )
        return {
            "affirmations_and_closings": [
                {
                    "kind": p.kind.value,
                    "state": _exported_state(p),
                    "anonymous": p.anonymous,
                    "text": p.text,
                    "created_at": p.created_at,
                }
                for p in written
            ],
            "rounds_presented": [
                {
                    "entry_id": r.entry_id,
                    "server_id": r.guild_id,
                    "phase": r.phase,
                    "key_question": self._open(r.key_question, _aad(r.post_id, "key")),
                    "closing": _closing_text(self._open(r.closing, _aad(r.post_id, "closing"))),
                }
                for r in rows
            ],
            "agreements_accepted": [
                {"server_id": g, "accepted_at": at} for g, at in await self.acceptances(user_id)
            ],
            "affirmations_kept": [
                {"entry_id": entry_id, "title": a.title, "text": a.text}
                for entry_id, items in (await self.kept(user_id)).items()
                for a in items
            ],
        }
