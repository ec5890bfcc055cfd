"""The outbox: every post recorded before it is sent, and deletions kept until they succeed.

Shares name their author only by a keyed HMAC of their id (`author_key`), derived from the
data key with HKDF, so the table alone cannot tie an anonymous post to anyone. After an
erasure, the deletion jobs left of her posts carry another tag instead (`erased_key`, under a
key of its own): no longer hers (no export, no edit, no "my shares"), but a later `/forget` of
hers still finds them, so that it never says "everything is erased" while one is still up.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Collection, Iterable, Sequence
from datetime import datetime, timedelta
from typing import cast
from zoneinfo import ZoneInfo

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import (
    ColumnElement,
    Connection,
    delete,
    false,
    func,
    insert,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.models import ShareRecord
from bot.outbox import (
    REPAIR_AFTER,
    Landed,
    PostKind,
    PostRecord,
    PostState,
    SharedMeanwhile,
    affirmation_prefix,
    summary_slot,
    summary_slots,
)
from bot.schedule import week_monday
from storage.crypto import Cipher, WrongKeyError
from storage.db import Database
from storage.keys import Keyring
from storage.records import record_from_row
from storage.repos.audit import AuditNote
from storage.tables import Entry, Post, Practitioner, Round, Server, UserKey


def _derived(data_key: bytes, purpose: bytes) -> bytes:
    """A key for one purpose only: HKDF-SHA256 of the data key."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(data_key)


def author_hmac_key(data_key: bytes) -> bytes:
    """The HMAC key for author tags."""
    return _derived(data_key, b"sparkle author tag v1")


def erased_hmac_key(data_key: bytes) -> bytes:
    """The HMAC key for the tags of an erased user's deletion jobs, apart from author tags."""
    return _derived(data_key, b"sparkle erased deletion tag v1")


def _tag(tag_key: bytes, user_id: int) -> bytes:
    return hmac.new(tag_key, str(user_id).encode(), hashlib.sha256).digest()


def _aad(post_id: int) -> bytes:
    return f"post:{post_id}".encode()


def new_claim() -> str:
    """The token of one claim (a row taken for sending): only its holder may end the send."""
    return secrets.token_hex(8)


def _claim_is(claim: str | None) -> ColumnElement[bool]:
    return Post.claim.is_(None) if claim is None else Post.claim == claim


def claimed(post_id: int, claim: str | None) -> tuple[ColumnElement[bool], ...]:
    """The conditions that pick post `post_id` while it is being sent under this claim."""
    return (Post.id == post_id, Post.state == PostState.SENDING, _claim_is(claim))


_TO_CORRECT = (PostState.POSTED, PostState.REFRESHING, PostState.SENDING)


def summaries_of_weeks(
    conn: Connection,
    contributions: Iterable[tuple[int, datetime]],
    *,
    early: bool = True,
    lock: bool = True,
) -> list[int]:
    """The weekly summaries that may hold these contributions ((server, created) of an entry):
    those of the week each falls in, in its server's time zone, posted, waiting to be rebuilt
    or being sent right now. Read in the caller's transaction, so that what it then changes
    and what it marks are one. `early=False` leaves out mid-week posts (snapshots of a week
    not over yet), which only a removal must correct. `lock=False` only reads (no change
    follows): the rows found are those a change in its own transaction marked."""
    wanted = list(contributions)
    if not wanted:
        return []
    guilds = sorted({guild_id for guild_id, _ in wanted})
    # Locked (PostgreSQL), as `claim_summary` locks it: a summary claimed at this instant is
    # either seen below or claimed (and so built) only after this transaction commits.
    servers = (
        select(Server.guild_id, Server.timezone)
        .where(Server.guild_id.in_(guilds))
        .order_by(Server.guild_id)
    )
    zones: dict[int, str] = {
        row.guild_id: row.timezone
        for row in conn.execute(servers.with_for_update() if lock else servers)
    }
    slots: set[str] = set()
    for guild_id, created in wanted:
        week = week_monday(created, ZoneInfo(zones.get(guild_id, "UTC")))
        slots.update(summary_slots(guild_id, week) if early else (summary_slot(guild_id, week),))
    found = conn.execute(
        select(Post.id)
        .where(Post.kind == PostKind.SUMMARY, Post.slot.in_(slots), Post.state.in_(_TO_CORRECT))
        .order_by(Post.id)
    )
    return list(found.scalars())


def mark_refresh_rows(conn: Connection, post_ids: Sequence[int], now: datetime) -> None:
    """Mark these summaries for a rebuild from what is stored now, in the caller's transaction:
    a posted one is a rebuild job due at once; one being sent right now (built, maybe, before
    this change) is marked too, and recording it makes it a rebuild job."""
    if not post_ids:
        return
    ids = list(post_ids)
    conn.execute(
        update(Post)
        .where(Post.id.in_(ids), Post.kind == PostKind.SUMMARY, Post.state == PostState.SENDING)
        .values(refresh_after_send=True)
    )
    conn.execute(
        update(Post)
        .where(Post.id.in_(ids), Post.state.in_((PostState.POSTED, PostState.REFRESHING)))
        .values(
            state=PostState.REFRESHING,
            # A new mark: a rebuild under way (built before it) cannot clear it.
            claim=new_claim(),
            attempts=0,
            problem=None,
            next_try_at=now,
            updated_at=now,
        )
    )


def mark_summaries_of(
    conn: Connection,
    contributions: Iterable[tuple[int, datetime]],
    now: datetime,
    *,
    early: bool = True,
) -> list[int]:
    """`summaries_of_weeks` marked for a rebuild (`mark_refresh_rows`), in the caller's
    transaction: the change that makes them stale and the stored job that corrects them
    commit together, so no restart in between can leave old words up. Their ids."""
    found = summaries_of_weeks(conn, contributions, early=early)
    mark_refresh_rows(conn, found, now)
    return found


async def _lock_server(conn: AsyncConnection, guild_id: int) -> None:
    """Hold the server's row until this transaction ends (PostgreSQL; SQLite's writes run one
    at a time): a summary's claim and a change that marks the summaries of its server for a
    rebuild (`summaries_of_weeks`) then happen one after the other, never interleaved, and so
    do two claims of share previews of one entry (`claim_share`). A server without a row has
    no summary or consultation channel, so nothing of it is ever posted."""
    await conn.execute(select(Server.guild_id).where(Server.guild_id == guild_id).with_for_update())


# The states the outbox's loop acts on: every other post is a draft or done with.
AT_WORK = (PostState.SENDING, PostState.DELETING, PostState.FAILED, PostState.REFRESHING)


class OutboxRepository:
    def __init__(
        self, db: Database, keys: Keyring, data_key: bytes, old_keys: Sequence[bytes] = ()
    ) -> None:
        self._db = db
        self._keys = keys
        self._cipher = keys.master
        self._tag_key = author_hmac_key(data_key)
        # Tags written under keys being rotated away still find their author until retagged.
        self._old_tag_keys = tuple(author_hmac_key(k) for k in old_keys)
        self._erased_keys = tuple(erased_hmac_key(k) for k in (data_key, *old_keys))

    def author_key(self, user_id: int) -> bytes:
        """The tag new rows get: under the current data key."""
        return _tag(self._tag_key, user_id)

    def author_tags(self, user_id: int) -> list[bytes]:
        """Every tag the author's rows may carry: under the current key and any old one still
        being rotated away."""
        return self._author_keys(user_id)

    def _author_keys(self, user_id: int) -> list[bytes]:
        return [_tag(k, user_id) for k in (self._tag_key, *self._old_tag_keys)]

    def _mine(self, user_id: int) -> ColumnElement[bool]:
        """Rows tagged as this author's, under the current or a not yet retagged old key."""
        return Post.author_key.in_(self._author_keys(user_id))

    def _erased(self, user_id: int) -> ColumnElement[bool]:
        """The deletion jobs an erasure of this user left (see `forget_in`)."""
        return Post.author_key.in_([_tag(k, user_id) for k in self._erased_keys])

    async def rotate(self) -> int:
        """Move author tags made under an old data key to the current one (rotate-key).

        Tags cannot be reversed, so each known user's old tags are recomputed and replaced;
        the deletion jobs an erasure left keep their erased tag under the key it was made
        with (found while that key is an old one, `_erased`). Share texts need nothing: they
        are sealed under their author's own key, which rotate-key rewraps. Returns rows changed.
        """

        def transaction(conn: Connection) -> int:
            changed = 0
            if self._old_tag_keys:
                users = {
                    uid
                    for column in (Practitioner.user_id, Entry.author_id, UserKey.user_id)
                    for (uid,) in conn.execute(select(column).distinct()).all()
                }
                for uid in users:
                    old = [_tag(k, uid) for k in self._old_tag_keys]
                    changed += conn.execute(
                        update(Post)
                        .where(Post.author_key.in_(old))
                        .values(author_key=self.author_key(uid))
                    ).rowcount
            return changed

        return await self._db.run_write(transaction)

    def _record(self, row: Post) -> PostRecord:
        title = text = ""
        signer = None
        if row.body is not None:
            try:
                stored = json.loads(self._keys.decrypt(row.body, _aad(row.id)))
            except WrongKeyError:  # its author's key was erased: nothing left to read
                stored = {"title": "", "text": ""}
            title, text, signer = stored["title"], stored["text"], stored.get("signer")
        return record_from_row(
            PostRecord,
            row,
            kind=PostKind(row.kind),
            state=PostState(row.state),
            title=title,
            text=text,
            signer=signer,
        )

    async def _rows(self, *where: object) -> list[PostRecord]:
        async with self._db.read() as session:
            rows = (
                (await session.execute(select(Post).where(*where).order_by(Post.id)))  # pyright: ignore[reportArgumentType]
                .scalars()
                .all()
            )
            await self._keys.load(session, [r.body for r in rows if r.body is not None])
        return [self._record(r) for r in rows]

    async def record_in(self, conn: AsyncConnection, post_id: int) -> PostRecord | None:
        """Within `conn`'s transaction: the post as it stands there, decrypted (its author's
        key was opened in that same transaction)."""
        row = (await conn.execute(select(*Post.__table__.c).where(Post.id == post_id))).first()
        return None if row is None else self._record(cast(Post, row))

    async def records(self, *where: object) -> list[PostRecord]:
        """Rows matching `where`, decrypted: for repositories that build on the outbox."""
        return await self._rows(*where)

    def mine(self, user_id: int) -> ColumnElement[bool]:
        return self._mine(user_id)

    def _my_draft(self, post_id: int, author_id: int) -> tuple[ColumnElement[bool], ...]:
        """The conditions that pick post `post_id` if it is this author's and still a draft."""
        return (Post.id == post_id, self._mine(author_id), Post.state == PostState.DRAFT)

    def seal(self, key: Cipher, post_id: int, title: str, text: str) -> bytes:
        return self._seal(key, post_id, title, text)

    async def get(self, post_id: int) -> PostRecord | None:
        found = await self._rows(Post.id == post_id)
        return found[0] if found else None

    async def by_slot(self, slot: str) -> PostRecord | None:
        found = await self._rows(Post.slot == slot)
        return found[0] if found else None

    async def owned(self, post_id: int, author_id: int) -> PostRecord | None:
        found = await self._rows(Post.id == post_id, self._mine(author_id))
        return found[0] if found else None

    # -- shares: a draft per preview, claimed once ---------------------------------------------

    async def draft_share(
        self, *, author_id: int, entry_id: int, guild_id: int, title: str, text: str
    ) -> PostRecord:
        """A preview's intent: the exact text that a confirm will post, stored encrypted."""
        ref = secrets.token_hex(4)
        async with self._db.write(holding=[author_id]) as conn:
            key = await self._author_cipher(conn, author_id)
            post_id = await self.insert_draft(
                conn,
                kind=PostKind.SHARE,
                slot=f"share:{ref}:{secrets.token_hex(8)}",
                ref=ref,
                author_id=author_id,
                guild_id=guild_id,
                anonymous=True,
                now=self._db.clock(),
                entry_id=entry_id,
            )
            await conn.execute(
                update(Post)
                .where(Post.id == post_id)
                .values(body=self._seal(key, post_id, title, text))
            )
        record = await self.get(post_id)
        assert record is not None
        return record

    async def insert_draft(
        self,
        conn: AsyncConnection,
        *,
        kind: PostKind,
        slot: str,
        author_id: int,
        guild_id: int,
        anonymous: bool,
        now: datetime,
        ref: str | None = None,
        entry_id: int | None = None,
    ) -> int:
        """A new draft row, with no body yet (a body is sealed to its post's id); its id."""
        return (
            await conn.execute(
                insert(Post)
                .values(
                    kind=kind,
                    slot=slot,
                    ref=ref or secrets.token_hex(4),
                    state=PostState.DRAFT,
                    author_key=self.author_key(author_id),
                    entry_id=entry_id,
                    guild_id=guild_id,
                    anonymous=anonymous,
                    attempts=0,
                    created_at=now,
                    updated_at=now,
                )
                .returning(Post.id)
            )
        ).scalar_one()

    async def _author_cipher(self, conn: AsyncConnection, author_id: int) -> Cipher:
        """The author's own data key, so erasing them leaves a share's text unreadable."""
        now = self._db.clock()
        return await conn.run_sync(lambda c: self._keys.user_cipher(c, author_id, now))

    @staticmethod
    def _seal(key: Cipher, post_id: int, title: str, text: str, signer: str | None = None) -> bytes:
        """The body: title and text, and for a share posted with its author's name the name
        it is signed with (`PostRecord.signer`), under the author's own key."""
        body = {"title": title, "text": text} | ({"signer": signer} if signer else {})
        return key.encrypt(json.dumps(body), _aad(post_id))

    async def edit_draft(self, post_id: int, author_id: int, title: str, text: str) -> bool:
        mine = self._my_draft(post_id, author_id)
        async with self._db.write(holding=[author_id]) as conn:
            # A stale Edit (the draft confirmed, discarded or erased meanwhile) stores nothing,
            # not even a new data key under her id.
            if (await conn.execute(select(Post.id).where(*mine))).first() is None:
                return False
            key = await self._author_cipher(conn, author_id)
            done = await conn.execute(
                update(Post)
                .where(*mine)
                .values(body=self._seal(key, post_id, title, text), updated_at=self._db.clock())
            )
        if done.rowcount:
            await self._db.checkpoint()  # the replaced text's old pages leave the `-wal` too
        return done.rowcount == 1

    async def discard_draft(self, post_id: int, author_id: int) -> bool:
        done = await self._db.apply(delete(Post).where(*self._my_draft(post_id, author_id)))
        if done:
            await self._db.checkpoint()  # its text's old pages leave the `-wal` too
        return done == 1

    async def claim_share(
        self,
        post_id: int,
        author_id: int,
        *,
        channel_id: int,
        anonymous: bool,
        known: Collection[int] | None = None,
        signer: str | None = None,
    ) -> str | SharedMeanwhile | None:
        """Draft → sending, atomically: of any number of clicks, exactly one wins and gets the
        claim (a token) that alone may end the send; None for every other click.

        With `known` (the entry's posts in this server the click's preview was checked
        against), it is refused with `SharedMeanwhile` when another preview of the same entry
        was claimed for this server (being posted, or posted) that is not among them: two
        previews confirmed at the same instant put the entry up once. Such claims of one
        entry run one after the other (`_lock_server`), so the second sees the first's.

        `signer` (posted with her name): the name the post is signed with, kept with its text
        under her key, so that the post can be made again as posted (`PostRecord.signer`)."""
        claim = new_claim()
        named = signer if not anonymous else None
        async with self._db.write(holding=[author_id]) as conn:
            if known is not None:
                other = await self._claimed_meanwhile(conn, post_id, author_id, known)
                if other is not None:
                    return SharedMeanwhile(other)
            done = await conn.execute(
                update(Post)
                .where(*self._my_draft(post_id, author_id))
                .values(
                    state=PostState.SENDING,
                    claim=claim,
                    delete_after_send=False,
                    channel_id=channel_id,
                    anonymous=anonymous,
                    updated_at=self._db.clock(),
                )
            )
            if done.rowcount == 1:
                await self._sign(conn, post_id, author_id, named)
        return claim if done.rowcount == 1 else None

    async def _sign(
        self, conn: AsyncConnection, post_id: int, author_id: int, signer: str | None
    ) -> None:
        """Within `conn`'s transaction: the post's body sealed again with the name it is
        signed with, or without one (an anonymous claim of a preview whose earlier named
        click was refused by Discord keeps no name); nothing written when it holds that."""
        body = (await conn.execute(select(Post.body).where(Post.id == post_id))).scalar()
        if body is None:
            return
        await self._keys.load(conn, [body])
        stored = json.loads(self._keys.decrypt(body, _aad(post_id)))
        if stored.get("signer") == signer:
            return
        key = await self._author_cipher(conn, author_id)
        await conn.execute(
            update(Post)
            .where(Post.id == post_id)
            .values(body=self._seal(key, post_id, stored["title"], stored["text"], signer))
        )

    async def _claimed_meanwhile(
        self, conn: AsyncConnection, post_id: int, author_id: int, known: Collection[int]
    ) -> int | None:
        """The latest other share of this draft's entry in its server, being posted or
        posted, that is not in `known`; None when there is none (or no such draft)."""
        draft = (
            await conn.execute(
                select(Post.entry_id, Post.guild_id).where(*self._my_draft(post_id, author_id))
            )
        ).first()
        if draft is None or draft.entry_id is None:
            return None
        await _lock_server(conn, draft.guild_id)  # claims in this server, one after the other
        others = await conn.execute(
            select(Post.id)
            .where(
                self._mine(author_id),
                Post.entry_id == draft.entry_id,
                Post.guild_id == draft.guild_id,
                Post.kind == PostKind.SHARE,
                Post.state.in_((PostState.SENDING, PostState.POSTED)),
                Post.id != post_id,
            )
            .order_by(Post.id)
        )
        new = [i for i in others.scalars() if i not in known]
        return new[-1] if new else None

    async def take_over(self, post_id: int, claim: str | None, before: datetime) -> str | None:
        """Take a send whose claim (`claim`, as read) was made before `before` and never ended:
        its sender is presumed gone (a crash, a restart). A new claim, or None when the send
        is recent (still in flight), has ended, or someone took it over first."""
        taken = new_claim()
        done = await self._db.apply(
            update(Post)
            .where(*claimed(post_id, claim), Post.updated_at < before)
            .values(claim=taken, updated_at=self._db.clock())
        )
        return taken if done == 1 else None

    async def proceed(self, post_id: int, claim: str) -> bool:
        """Whether a claimed send may go ahead: False when its author deleted the post (or
        erased her data) since the claim, and then the row is gone, as nothing was posted;
        False too when the claim is no longer this sender's."""
        async with self._db.write() as conn:
            gone = await conn.execute(
                delete(Post).where(*claimed(post_id, claim), Post.delete_after_send.is_(true()))
            )
            if gone.rowcount:
                return False
            still = await conn.execute(select(Post.id).where(*claimed(post_id, claim)))
            return still.first() is not None

    async def release(self, post_id: int, claim: str | None, problem: str | None = None) -> None:
        """A send that certainly failed, by the holder of its claim: the post goes back to
        being a draft, or, deleted by its author during the send, is gone (nothing posted)."""
        async with self._db.write() as conn:
            gone = await conn.execute(
                delete(Post).where(*claimed(post_id, claim), Post.delete_after_send.is_(true()))
            )
            if gone.rowcount:
                return
            await conn.execute(
                update(Post)
                .where(*claimed(post_id, claim))
                .values(
                    state=PostState.DRAFT,
                    claim=None,
                    problem=problem,
                    updated_at=self._db.clock(),
                )
            )

    async def record_sent(
        self, post_id: int, claim: str | None, channel_id: int, message_id: int
    ) -> Landed:
        """Record the message a claimed send posted. `Landed.DELETE` when its author deleted
        it during the send (it is a deletion job now: run it); `Landed.ORPHAN` when the claim
        was taken over and no row holds this message (delete it: nothing else will)."""
        now = self._db.clock()
        mine = (
            Post.id == post_id,
            Post.state.in_((PostState.SENDING, PostState.FAILED)),
            _claim_is(claim),
        )
        ids = {"channel_id": channel_id, "message_id": message_id, "claim": None}
        kept = (Post.delete_after_send.is_(false()),)
        async with self._db.write() as conn:
            posted = await conn.execute(
                update(Post)
                .where(*mine, *kept, Post.refresh_after_send.is_(false()))
                .values(
                    state=PostState.POSTED,
                    problem=None,
                    next_try_at=None,
                    updated_at=now,
                    **ids,
                )
            )
            if posted.rowcount:
                return Landed.RECORDED
            # A summary built before an erasure that came during its send: its message is
            # recorded as a rebuild job, due now, with a new mark of its own.
            stale = await conn.execute(
                update(Post)
                .where(*mine, *kept, Post.refresh_after_send.is_(true()))
                .values(
                    state=PostState.REFRESHING,
                    refresh_after_send=False,
                    attempts=0,
                    problem=None,
                    next_try_at=now,
                    updated_at=now,
                    **(ids | {"claim": new_claim()}),
                )
            )
            if stale.rowcount:
                return Landed.REFRESH
            doomed = await conn.execute(
                update(Post)
                .where(*mine, Post.delete_after_send.is_(true()))
                .values(
                    state=PostState.DELETING,
                    delete_after_send=False,
                    attempts=0,
                    problem=None,
                    next_try_at=now,
                    updated_at=now,
                    **ids,
                )
            )
            if doomed.rowcount:
                return Landed.DELETE
            held = (await conn.execute(select(Post.message_id).where(Post.id == post_id))).scalar()
        # Found by its ref and recorded by whoever took the claim over: nothing to do.
        return Landed.RECORDED if held == message_id else Landed.ORPHAN

    async def landed_meanwhile(
        self, post_id: int, claim: str | None, channel_id: int, message_id: int
    ) -> bool:
        """A post deleted during its send, found already in its channel (by its ref): it is
        a deletion job now, whatever its sender still does (recording it finds it recorded)."""
        now = self._db.clock()
        done = await self._db.apply(
            update(Post)
            .where(*claimed(post_id, claim), Post.delete_after_send.is_(true()))
            .values(
                state=PostState.DELETING,
                delete_after_send=False,
                channel_id=channel_id,
                message_id=message_id,
                attempts=0,
                problem=None,
                next_try_at=now,
                updated_at=now,
            )
        )
        return done == 1

    async def adopt_orphan(self, post: PostRecord, channel_id: int, message_id: int) -> int:
        """A message its sender posted after losing its claim (no row holds it): a deletion
        job of its own, due now, naming no author. Its id."""
        now = self._db.clock()
        async with self._db.write() as conn:
            return (
                await conn.execute(
                    insert(Post)
                    .values(
                        kind=post.kind,
                        slot=f"orphan:{post.id}:{secrets.token_hex(8)}",
                        ref=post.ref,
                        state=PostState.DELETING,
                        guild_id=post.guild_id,
                        channel_id=channel_id,
                        message_id=message_id,
                        anonymous=True,
                        attempts=0,
                        next_try_at=now,
                        created_at=now,
                        updated_at=now,
                    )
                    .returning(Post.id)
                )
            ).scalar_one()

    async def record_thread(self, post_id: int, thread_id: int) -> bool:
        """Note the thread opened on a posted share; False (nothing noted) when the share is no
        longer posted (deleted meanwhile): the caller deletes the thread it just opened."""
        done = await self._db.apply(
            update(Post)
            .where(Post.id == post_id, Post.state == PostState.POSTED)
            .values(thread_id=thread_id)
        )
        return done == 1

    async def shares_of(self, author_id: int) -> list[PostRecord]:
        """The author's posted (or being posted) shares; drafts are not posts."""
        return await self._rows(
            self._mine(author_id),
            Post.state.in_((PostState.SENDING, PostState.POSTED)),
        )

    async def shares_of_entry(self, entry_id: int, author_id: int) -> list[PostRecord]:
        return await self._rows(
            self._mine(author_id),
            Post.entry_id == entry_id,
            Post.state.in_((PostState.SENDING, PostState.POSTED)),
        )

    async def drafts_of_entry(self, entry_id: int, author_id: int) -> list[PostRecord]:
        """Previews of an entry that were never posted (they hold its text)."""
        return await self._rows(
            self._mine(author_id),
            Post.entry_id == entry_id,
            Post.state == PostState.DRAFT,
        )

    async def pending_of(self, author_id: int) -> list[PostRecord]:
        """The author's deletions that have not succeeded yet."""
        return await self._rows(self._mine(author_id), Post.state == PostState.DELETING)

    # -- summaries: one slot per server and week ------------------------------------------------

    async def claim_summary(
        self, slot: str, guild_id: int, *, force: bool = False
    ) -> PostRecord | None:
        """Take a summary slot for posting: new, or failed and due again (or failed at all, when
        a facilitator asks again: `force`). None when it is posted or being posted."""
        now = self._db.clock()
        try:
            async with self._db.write() as conn:
                await _lock_server(conn, guild_id)
                await conn.execute(
                    insert(Post).values(
                        kind=PostKind.SUMMARY,
                        slot=slot,
                        ref=secrets.token_hex(4),
                        state=PostState.SENDING,
                        claim=new_claim(),
                        guild_id=guild_id,
                        anonymous=True,
                        attempts=0,
                        created_at=now,
                        updated_at=now,
                    )
                )
            return await self.by_slot(slot)
        except IntegrityError:
            pass
        where = [Post.slot == slot, Post.state == PostState.FAILED]
        if not force:
            where.append(Post.next_try_at <= now)
        async with self._db.write() as conn:
            await _lock_server(conn, guild_id)
            taken = await conn.execute(
                update(Post)
                .where(*where)
                .values(
                    state=PostState.SENDING,
                    claim=new_claim(),
                    refresh_after_send=False,  # it is built after this claim
                    updated_at=now,
                )
            )
        return await self.by_slot(slot) if taken.rowcount == 1 else None

    async def unclaim_summary(self, post_id: int, claim: str | None) -> None:
        """A claimed summary that is not posted after all (too few contributors once built):
        nothing was sent, so nothing of it is kept."""
        await self._db.apply(delete(Post).where(*claimed(post_id, claim)))

    async def give_back_summary(self, post_id: int, claim: str | None) -> None:
        """A claimed summary not posted after all because it changed since the facilitator's
        preview: a slot taken new is let go, one that had failed is left failed as it was,
        waiting for its retry."""
        async with self._db.write() as conn:
            await conn.execute(delete(Post).where(*claimed(post_id, claim), Post.attempts == 0))
            await conn.execute(
                update(Post)
                .where(*claimed(post_id, claim))
                .values(state=PostState.FAILED, claim=None, updated_at=self._db.clock())
            )

    async def may_claim_summary(self, slot: str, now: datetime) -> bool:
        """Whether `claim_summary` would take this slot at `now`: not taken yet, or failed and
        due again. Asked before a week's summary is built, so that the loop does not build it
        at every wake after its post only for the claim to refuse it; the claim still decides,
        atomically."""
        post = await self.by_slot(slot)
        if post is None:
            return True
        due = post.next_try_at is not None and post.next_try_at <= now
        return post.state is PostState.FAILED and due

    async def failed(
        self, post_id: int, claim: str | None, problem: str, next_try_at: datetime
    ) -> None:
        """A summary post that failed, by the holder of its claim: kept, with why, until the
        loop retries it."""
        await self._db.apply(
            update(Post)
            .where(*claimed(post_id, claim))
            .values(
                state=PostState.FAILED,
                claim=None,
                problem=problem[:200],
                attempts=Post.attempts + 1,
                next_try_at=next_try_at,
                updated_at=self._db.clock(),
            )
        )

    async def summary_retries_due(self, now: datetime) -> list[PostRecord]:
        return await self._rows(
            Post.kind == PostKind.SUMMARY, Post.state == PostState.FAILED, Post.next_try_at <= now
        )

    async def problems_in(self, guild_id: int) -> list[PostRecord]:
        """Posts in a server that are failing: shown to its facilitators."""
        return await self._rows(
            Post.guild_id == guild_id,
            Post.state.in_((PostState.FAILED, PostState.DELETING, PostState.REFRESHING)),
            Post.problem.is_not(None),
        )

    # -- repair and deletion -------------------------------------------------------------------

    async def stuck(self, before: datetime) -> list[PostRecord]:
        """Posts claimed before `before` and never recorded: sent or not, we must find out."""
        return await self._rows(Post.state == PostState.SENDING, Post.updated_at < before)

    async def aim(self, post_id: int, claim: str | None, channel_id: int) -> bool:
        """The channel a claimed post is about to be sent to: where a repair will look for it.
        False when the claim is no longer this sender's: it must not send."""
        done = await self._db.apply(
            update(Post)
            .where(*claimed(post_id, claim))
            .values(channel_id=channel_id, updated_at=self._db.clock())
        )
        return done == 1

    async def summaries_of(self, guild_id: int) -> list[PostRecord]:
        """The server's posted weekly summaries (including any waiting to be rebuilt)."""
        return await self._rows(
            Post.kind == PostKind.SUMMARY,
            Post.guild_id == guild_id,
            Post.state.in_((PostState.POSTED, PostState.REFRESHING)),
        )

    async def summaries_holding(self, contributions: Sequence[tuple[int, datetime]]) -> list[int]:
        """The ids of the weekly summaries that may hold these contributions (`summaries_of_weeks`,
        read only): after a change that marked them in its own transaction, those to rebuild."""
        if not contributions:
            return []
        async with self._db.read() as session:
            conn = await session.connection()
            return await conn.run_sync(
                lambda sync: summaries_of_weeks(sync, contributions, lock=False)
            )

    async def summaries_to_correct(self, guild_id: int) -> list[PostRecord]:
        """The server's summaries an erasure must correct: posted, waiting to be rebuilt, or
        being sent right now (built, maybe, before the erasure)."""
        return await self._rows(
            Post.kind == PostKind.SUMMARY,
            Post.guild_id == guild_id,
            Post.state.in_((PostState.POSTED, PostState.REFRESHING, PostState.SENDING)),
        )

    # -- summaries rebuilt after an erasure: a durable job on the posted row ---------------------

    async def refreshes_due(
        self, now: datetime, ids: Sequence[int] | None = None
    ) -> list[PostRecord]:
        where = [Post.state == PostState.REFRESHING, Post.next_try_at <= now]
        if ids is not None:
            where.append(Post.id.in_(ids))
        return await self._rows(*where)

    async def refreshed(self, post_id: int, claim: str | None) -> None:
        """The rebuild marked `claim` (as read before building it) is posted. A post marked
        again since (another erasure while this rebuild was built) stays to be rebuilt."""
        await self._db.apply(
            update(Post)
            .where(Post.id == post_id, Post.state == PostState.REFRESHING, _claim_is(claim))
            .values(
                state=PostState.POSTED,
                claim=None,
                attempts=0,
                problem=None,
                next_try_at=None,
                updated_at=self._db.clock(),
            )
        )

    async def refresh_failed(
        self, post_id: int, attempts: int, problem: str, next_try_at: datetime
    ) -> None:
        await self._attempt_failed(post_id, PostState.REFRESHING, attempts, problem, next_try_at)

    async def _attempt_failed(
        self, post_id: int, state: PostState, attempts: int, problem: str, next_try_at: datetime
    ) -> None:
        """A retried job (a deletion or a rebuild) failed once more: why, and when to retry.
        `attempts` is the count this attempt read before it began: compare-and-set, so that
        several processes failing the same attempt at once count it once (the back-off then
        keeps its spacing); a count moved meanwhile (another process counted this attempt, or
        the job was asked for again) is left as it is."""
        await self._db.apply(
            update(Post)
            .where(Post.id == post_id, Post.state == state, Post.attempts == attempts)
            .values(
                problem=problem[:200],
                attempts=attempts + 1,
                next_try_at=next_try_at,
                updated_at=self._db.clock(),
            )
        )

    async def touch(self, post_id: int) -> None:
        await self._db.apply(
            update(Post).where(Post.id == post_id).values(updated_at=self._db.clock())
        )

    async def request_deletion(self, post_ids: Sequence[int]) -> None:
        """Make each post a deletion job, due now; its text and entry link go at once. A post
        being sent is left to its sender, marked: the message that lands is deleted."""
        if post_ids:
            async with self._db.write() as conn:
                await self.request_deletion_in(conn, post_ids)
            await self._db.checkpoint()  # the texts' old pages leave the `-wal` too

    async def request_deletion_in(self, conn: AsyncConnection, post_ids: Sequence[int]) -> None:
        """`request_deletion` inside the caller's transaction. A share's round closing (a
        post of its own in the share's thread, holding the presenter's words) goes with it,
        and so does every affirmation of its round (`_affirmations_go`)."""
        ids = list(post_ids)
        now = self._db.clock()
        shares = list(
            (
                await conn.execute(
                    select(Post.id).where(Post.id.in_(ids), Post.kind == PostKind.SHARE)
                )
            ).scalars()
        )
        closings = [f"closing:{share_id}" for share_id in shares]
        if shares:
            # Her key question and closing, kept on the round until the share is gone. The
            # round rows are taken first: a save of an affirmation holds its round row while
            # it checks the share (`RoundRepository.write_affirmation`), so one saved just
            # before is seen here, and one after sees the share withdrawn.
            await conn.execute(
                update(Round)
                .where(Round.post_id.in_(shares))
                .values(key_question=None, closing=None, closing_at=None)
            )
            ids += await self._affirmations_go(conn, shares)
            ids += (
                await conn.execute(
                    select(Post.id).where(Post.slot.in_(closings), Post.id.not_in(ids))
                )
            ).scalars()
        await conn.execute(
            update(Post)
            .where(Post.id.in_(ids), Post.state == PostState.SENDING)
            .values(delete_after_send=True, body=None, entry_id=None)
        )
        await conn.execute(
            update(Post)
            .where(Post.id.in_(ids), Post.state != PostState.SENDING)
            .values(
                state=PostState.DELETING,
                body=None,
                entry_id=None,
                attempts=0,
                problem=None,
                next_try_at=now,
                updated_at=now,
            )
        )

    @staticmethod
    async def _affirmations_go(conn: AsyncConnection, shares: Sequence[int]) -> list[int]:
        """Every affirmation of these shares' rounds goes with them. Hidden ones are deleted:
        none will ever be posted, and their writers could no longer withdraw them. The ids
        of the others, to delete like the share: posted ones (their messages are in its
        thread, which should go with it, but are deleted each all the same) and one being
        posted right now (it goes as it lands, or is never sent)."""
        theirs = (
            Post.kind == PostKind.AFFIRMATION,
            or_(*(Post.slot.like(affirmation_prefix(share_id) + "%") for share_id in shares)),
        )
        # Deleted first: a reveal's claim of a draft committed meanwhile is then seen by the
        # read after it (each statement reads what was committed before it began).
        await conn.execute(delete(Post).where(*theirs, Post.state == PostState.DRAFT))
        return list(
            (
                await conn.execute(select(Post.id).where(*theirs, Post.state != PostState.DELETING))
            ).scalars()
        )

    async def in_flight(self, post_ids: Sequence[int]) -> list[PostRecord]:
        """Of these posts, those deleted during their send: gone as soon as the send lands."""
        return await self._rows(
            Post.id.in_(list(post_ids)),
            Post.state == PostState.SENDING,
            Post.delete_after_send.is_(true()),
        )

    async def forget_in(self, conn: AsyncConnection, author_id: int) -> list[int]:
        """In an erasure's transaction: drop the author's drafts, make every other post of
        hers a deletion job (or, being sent, marked to go as it lands), and unlink them all
        from her: each keeps only the erased tag, which makes it no post of hers but lets a
        later erasure of hers find it while it waits. The ids of the posts to delete on
        Discord: these, and those an earlier erasure of hers left still to delete."""
        await conn.execute(delete(Post).where(self._mine(author_id), Post.state == PostState.DRAFT))
        ids = list((await conn.execute(select(Post.id).where(self._mine(author_id)))).scalars())
        await self.request_deletion_in(conn, ids)
        await conn.execute(
            update(Post)
            .where(self._mine(author_id))
            .values(author_key=_tag(self._erased_keys[0], author_id))
        )
        earlier = await conn.execute(
            select(Post.id).where(
                self._erased(author_id),
                Post.state.in_([PostState.DELETING, PostState.SENDING]),
                Post.id.not_in(ids),
            )
        )
        return sorted({*ids, *earlier.scalars()})

    async def by_ids(self, post_ids: Sequence[int]) -> list[PostRecord]:
        return await self._rows(Post.id.in_(list(post_ids))) if post_ids else []

    async def deletions_due(
        self, now: datetime, ids: Sequence[int] | None = None
    ) -> list[PostRecord]:
        where = [Post.state == PostState.DELETING]
        if ids is not None:
            where.append(Post.id.in_(list(ids)))
        else:
            where.append(Post.next_try_at <= now)
        return await self._rows(*where)

    async def deleted(self, post_id: int, audit: AuditNote | None = None) -> None:
        """The post and its thread are gone: nothing of it is kept. With `audit`, its record
        is written in the same transaction: neither without the other, and only by the one
        that closed the job (several processes' loops may finish the same job at once)."""
        async with self._db.write(holding=[AuditNote.actor(audit)]) as conn:
            gone = await conn.execute(delete(Post).where(Post.id == post_id))
            if audit is not None and gone.rowcount:
                await conn.execute(audit.insert(self._db.clock()))

    async def thread_deleted(self, thread_id: int) -> int:
        """A round's thread was deleted on Discord (by a moderator): the messages posted in it
        (affirmations, closings) went with it. Their rows stay, for their writers' /export,
        but no longer name a message: how many were changed."""
        return await self._db.apply(
            update(Post)
            .where(
                Post.channel_id == thread_id,
                Post.kind.in_((PostKind.AFFIRMATION, PostKind.CLOSING)),
                Post.state == PostState.POSTED,
            )
            .values(channel_id=None, message_id=None, updated_at=self._db.clock())
        )

    async def round_threads_posted_in(self, *, most: int = 200) -> list[tuple[int, int]]:
        """(server, thread) of the round threads holding a message the bot posted there, the
        `most` most recently posted in first: each is one request to Discord at start-up, and
        a thread deleted while the bot was down is nearly always a recent one."""
        async with self._db.read() as session:
            rows = await session.execute(
                select(Post.guild_id, Post.channel_id)
                .where(
                    Post.kind.in_((PostKind.AFFIRMATION, PostKind.CLOSING)),
                    Post.state == PostState.POSTED,
                    Post.channel_id.is_not(None),
                )
                .group_by(Post.guild_id, Post.channel_id)
                .order_by(func.max(Post.id).desc())
                .limit(most)
            )
            return [(r.guild_id, r.channel_id) for r in rows]

    async def thread_gone(self, post_id: int) -> None:
        await self._db.apply(update(Post).where(Post.id == post_id).values(thread_id=None))

    async def deletion_failed(
        self, post_id: int, attempts: int, problem: str, next_try_at: datetime
    ) -> None:
        await self._attempt_failed(post_id, PostState.DELETING, attempts, problem, next_try_at)

    async def any_at_work(self) -> bool:
        """Whether any post is being sent, deleted, retried or corrected: when none is, the
        outbox's pass has nothing to do, found with one query instead of its six."""
        async with self._db.read() as session:
            found = (
                await session.execute(select(Post.id).where(Post.state.in_(AT_WORK)).limit(1))
            ).first()
        return found is not None

    async def next_due(self) -> datetime | None:
        """When the loop should next look: the earliest retry, or the earliest repair."""
        async with self._db.read() as session:
            retry = (
                await session.execute(
                    select(func.min(Post.next_try_at)).where(
                        Post.state.in_((PostState.DELETING, PostState.FAILED, PostState.REFRESHING))
                    )
                )
            ).scalar()
            claimed = (
                await session.execute(
                    select(func.min(Post.updated_at)).where(Post.state == PostState.SENDING)
                )
            ).scalar()
        repair = None if claimed is None else claimed + REPAIR_AFTER + timedelta(seconds=1)
        return min((t for t in (retry, repair) if t is not None), default=None)

    async def adopt_legacy_in(
        self, conn: AsyncConnection, shares: Sequence[ShareRecord]
    ) -> list[int]:
        """Shares recorded before the outbox existed become deletion jobs here, inside the
        caller's transaction (an entry's deletion or an erasure)."""
        now = self._db.clock()
        ids: list[int] = []
        if shares:
            for share in shares:
                ids.append(
                    (
                        await conn.execute(
                            insert(Post)
                            .values(
                                kind=PostKind.SHARE,
                                slot=f"legacy-share:{share.id}",
                                ref=secrets.token_hex(4),
                                state=PostState.DELETING,
                                author_key=self.author_key(share.author_id),
                                guild_id=share.guild_id,
                                channel_id=share.channel_id,
                                message_id=share.message_id,
                                thread_id=share.thread_id,
                                anonymous=share.anonymous,
                                attempts=0,
                                next_try_at=now,
                                created_at=share.created_at,
                                updated_at=now,
                            )
                            .returning(Post.id)
                        )
                    ).scalar_one()
                )
        return ids
