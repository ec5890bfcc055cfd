"""Everything held about one user: exported in full, or erased in full.

`forget` walks the schema rather than a hand-kept list where it can: any table with a user
column (`author_id`, `user_id`, `actor_id`) is emptied of that user's rows, and rows that hang
off their entries go with them. The user's wrapped data key (`user_keys`) goes in the same
transaction, so copies of their ciphertexts left anywhere can no longer be decrypted. Audit
events are the server's record, not the user's data: those they acted in stay, with the actor
shown as erased. `USER_COLUMNS` and `NO_USER_DATA` are checked by a test that
fails when a new table is added without deciding which it is.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.models import EntryStatus, ShareRecord
from bot.outbox import PostState, share_row
from storage.answers import answer_rows, excerpt_rows, open_answers, open_excerpts
from storage.db import Database
from storage.erasures import ledger_of, listed, record
from storage.keys import Keyring, hold_user
from storage.repos.hours import HoursRepository, withdrawn_in
from storage.repos.meetings import MeetingRepository
from storage.repos.notices import NoticeRepository
from storage.repos.outbox import OutboxRepository, mark_summaries_of
from storage.repos.round import RoundRepository
from storage.repos.shares import SHARE_COLUMNS as _SHARE_COLUMNS
from storage.tables import (
    AgreementAcceptance,
    AuditEvent,
    Base,
    Entry,
    HoursLog,
    MeetingPrompt,
    Post,
    Practitioner,
    Share,
    UserKey,
)

USER_COLUMNS = ("author_id", "user_id", "actor_id")
NO_USER_DATA = frozenset(
    {
        "meta",
        "servers",
        "summary_posts",
        "server_scripts",
        "meetings",
        "round_settings",
        "round_stepouts",
    }
)


class UserDataRepository:
    def __init__(
        self,
        db: Database,
        keys: Keyring,
        outbox: OutboxRepository,
        round_: RoundRepository,
        *,
        erasure_record: Path | None = None,
    ) -> None:
        self._db = db
        # where erased keys are recorded (`storage.erasures`): beside a SQLite database, or
        # where the settings say (SPARKLE_ERASURE_RECORD) for PostgreSQL
        self._erasures = erasure_record or ledger_of(db.url)
        self._keys = keys
        self._outbox = outbox
        self._round = round_
        # Called inside an erasure's transaction with "read" once it has read what the user
        # contributed (before it locks and marks the summaries holding it) and with "marked"
        # after: tests hold it there with an Event to run a summary's claim and build at that
        # very instant.
        self.pause_in_erasure: Callable[[str], Awaitable[None]] | None = None

    def _counted_in(self, user_id: int, entry_id: int | None = None) -> Any:
        """(server, created) of the user's entries that count in a weekly summary."""
        where = [
            Entry.author_id == user_id,
            Entry.consent_summary.is_(True),
            Entry.status == EntryStatus.COMPLETE,
            Entry.guild_id.is_not(None),
        ]
        if entry_id is not None:
            where.append(Entry.id == entry_id)
        return select(Entry.guild_id, Entry.created_at).where(*where)

    async def _mark_summaries(
        self, conn: AsyncConnection, user_id: int, entry_id: int | None = None
    ) -> None:
        """Mark, in the erasure's own transaction, the weekly summaries that may hold what it
        erases: read there, after the server's row is locked, so that a summary claimed at
        the same instant is either marked here or built after the erasure commits."""
        counted = [
            (r.guild_id, r.created_at)
            for r in await conn.execute(self._counted_in(user_id, entry_id))
        ]
        if self.pause_in_erasure is not None:
            await self.pause_in_erasure("read")
        if counted:
            now = self._db.clock()

            def mark(sync: Connection) -> None:
                mark_summaries_of(sync, counted, now)

            await conn.run_sync(mark)
        if self.pause_in_erasure is not None:
            await self.pause_in_erasure("marked")

    async def export(self, user_id: int) -> dict[str, Any]:
        """The user's settings, entries with every answer verbatim, and shares."""
        async with self._db.read() as session:
            person = (
                await session.execute(select(Practitioner).where(Practitioner.user_id == user_id))
            ).scalar()
            entries = (
                (
                    await session.execute(
                        select(Entry).where(Entry.author_id == user_id).order_by(Entry.id)
                    )
                )
                .scalars()
                .all()
            )
            mine = [Entry.author_id == user_id]
            answers = await answer_rows(session, mine, flagged=True)
            shown = await excerpt_rows(session, mine)
            shares = (
                (await session.execute(select(Share).where(Share.author_id == user_id)))
                .scalars()
                .all()
            )
            await self._keys.load(
                session, [a.ciphertext for a in answers] + [x.ciphertext for x in shown]
            )
        opened = open_answers(self._keys, answers)
        by_entry = opened.answers
        flags = {
            entry_id: {qid: list(kinds) for qid, kinds in by_question.items()}
            for entry_id, by_question in opened.flagged.items()
        }
        excerpts = open_excerpts(self._keys, shown)
        hours = await HoursRepository(self._db, self._keys).all_of(user_id)
        async with self._db.read() as session:
            chosen = (
                await session.execute(
                    select(MeetingPrompt.guild_id, MeetingPrompt.wanted).where(
                        MeetingPrompt.user_id == user_id
                    )
                )
            ).all()
            meeting_prompts = sorted(g for g, wanted in chosen if wanted)
            meeting_prompts_off = sorted(g for g, wanted in chosen if not wanted)
        return {
            "settings": None
            if person is None
            else {
                "notice_seen_at": person.notice_seen_at,
                "reminder": None
                if person.remind_day is None
                else {
                    "day": person.remind_day,
                    "time": person.remind_time,
                    "timezone": person.remind_tz,
                    "follows_time_zone_of_server": person.remind_follows_guild,
                },
                "cpd_year_start_month": person.cpd_start_month,
            },
            "entries": [
                {
                    "id": e.id,
                    "kind": e.kind,
                    "script_version": e.script_version,
                    "status": e.status,
                    "server_id": e.guild_id,
                    "next_page": e.next_page,
                    "include_in_group_summary": e.consent_summary,
                    "created_at": e.created_at,
                    "updated_at": e.updated_at,
                    "completed_at": e.completed_at,
                    "answers": by_entry.get(e.id, {}),
                    "flagged": flags.get(e.id, {}),
                    "quote_status": e.quote_status,
                    "excerpts": excerpts.get(e.id, {}),
                    "reviews_next_step_of_entry": e.reviewed_step_id,
                }
                for e in entries
            ],
            "shares": [share_row(s) for s in shares],
            "hours": [HoursRepository.exported(h) for h in hours],
            "meeting_prompts": meeting_prompts,
            "meeting_prompts_off": meeting_prompts_off,
            "meeting_prompts_sent": await MeetingRepository(self._db).sends_of(user_id),
            "hours_answer_dms": await NoticeRepository(self._db).of(user_id),
        }

    async def forget_entry(self, entry_id: int, author_id: int) -> list[int] | None:
        """Delete one entry of the author's in one transaction: its answers, excerpts and kept
        affirmations; its previews (drafts); its shares, legacy ones adopted first, become
        deletion jobs with their rounds' closings; the weekly summaries of its week (looked up
        here, `_mark_summaries`) are marked for a rebuild. None (nothing changed) when the
        entry is not hers or is gone.

        All or nothing, like `forget`: what remains is Discord's part, stored jobs that the
        outbox loop finishes across restarts. The ids returned are the posts to delete there
        (with her deletions still pending from before).
        """
        outbox = self._outbox
        async with self._db.write() as conn:
            found = await conn.execute(
                select(Entry.id).where(Entry.id == entry_id, Entry.author_id == author_id)
            )
            if found.first() is None:
                return None
            await self._mark_summaries(conn, author_id, entry_id)
            legacy = (
                await conn.execute(
                    select(*_SHARE_COLUMNS)
                    .where(Share.entry_id == entry_id, Share.author_id == author_id)
                    .order_by(Share.id)
                )
            ).all()
            adopted = await outbox.adopt_legacy_in(
                conn, [ShareRecord.model_validate(dict(r._mapping)) for r in legacy]
            )
            await conn.execute(
                delete(Share).where(Share.entry_id == entry_id, Share.author_id == author_id)
            )
            of_entry = (outbox.mine(author_id), Post.entry_id == entry_id)
            await conn.execute(delete(Post).where(*of_entry, Post.state == PostState.DRAFT))
            shares = list((await conn.execute(select(Post.id).where(*of_entry))).scalars())
            await outbox.request_deletion_in(conn, shares)
            for table in reversed(Base.metadata.sorted_tables):
                if "entry_id" in table.c and table.name != "entries":
                    await conn.execute(delete(table).where(table.c.entry_id == entry_id))
            await conn.execute(
                delete(Entry).where(Entry.id == entry_id, Entry.author_id == author_id)
            )
            pending = await conn.execute(
                select(Post.id).where(outbox.mine(author_id), Post.state == PostState.DELETING)
            )
            posts = sorted({*adopted, *shares, *pending.scalars()})
        await self._db.checkpoint()
        return posts

    async def forget(self, user_id: int) -> list[int]:
        """Erase the user in one transaction: every row holding their data and their data
        key; their posts become deletion jobs (drafts go; legacy share rows are adopted first)
        and no longer name them; their step-outs keep their count under a random tag; the
        weekly summaries of the weeks they took part in (looked up here, `_mark_summaries`) are
        marked for a rebuild; one erasure is recorded with no identity (others' audit records
        keep the event, not the identity).

        All or nothing: a failure or a crash part-way leaves everything as it was, and once it
        commits nothing readable of theirs is left. What remains is Discord's part, every piece
        of it a stored job that the outbox loop finishes, across restarts: the ids returned are
        the posts to delete there.
        """
        async with self._db.write() as conn:
            await hold_user(conn, user_id, erasing=True)  # her saves in flight land first
            erased_keys = (
                await conn.scalars(select(UserKey.key_id).where(UserKey.user_id == user_id))
            ).all()
            # What makes her prompted after a group's meetings goes (or is locked) first: her
            # choice of prompts, the agreements she accepted, her hours. A meeting's claim
            # holds those rows (FOR SHARE) while it queues her prompt, so this waits for that
            # claim, and the prompt it queued is then deleted below with the rest of her
            # rows; a claim after this finds her no longer in the group.
            await conn.execute(delete(MeetingPrompt).where(MeetingPrompt.user_id == user_id))
            await conn.execute(
                delete(AgreementAcceptance).where(AgreementAcceptance.user_id == user_id)
            )
            await conn.execute(
                select(HoursLog.id).where(HoursLog.author_id == user_id).with_for_update()
            )
            await self._mark_summaries(conn, user_id)
            legacy = (
                await conn.execute(
                    select(*_SHARE_COLUMNS).where(Share.author_id == user_id).order_by(Share.id)
                )
            ).all()
            await self._outbox.adopt_legacy_in(
                conn, [ShareRecord.model_validate(dict(r._mapping)) for r in legacy]
            )
            posts = await self._outbox.forget_in(conn, user_id)
            await self._round.forget_in(conn, user_id)
            await conn.execute(
                update(AuditEvent)
                .where(AuditEvent.actor_id == user_id)
                .values(actor_id=None, actor_erased=True)
            )
            # Her requests for attestation go with her hours: their servers are told so.
            now = self._db.clock()
            await conn.run_sync(
                lambda c: withdrawn_in(c, now, HoursLog.author_id == user_id, actor_id=None)
            )
            # Hours they attested stay their authors' evidence, as the attester signed them.
            await conn.execute(
                update(HoursLog).where(HoursLog.attester_id == user_id).values(attester_id=None)
            )
            entry_ids = select(Entry.id).where(Entry.author_id == user_id).scalar_subquery()
            for table in reversed(Base.metadata.sorted_tables):
                if "entry_id" in table.c and table.name != "entries":
                    await conn.execute(delete(table).where(table.c.entry_id.in_(entry_ids)))
            for table in reversed(Base.metadata.sorted_tables):
                for column in USER_COLUMNS:
                    if column in table.c:
                        await conn.execute(delete(table).where(table.c[column] == user_id))
            await conn.execute(
                insert(AuditEvent).values(kind="erasure", created_at=self._db.clock())
            )
        self._keys.forget(user_id)
        if self._erasures is not None:
            await asyncio.to_thread(record, self._erasures, erased_keys)
        await self._db.checkpoint()
        return posts

    async def erase_restored(self) -> int:
        """Erase again every member whose data key the erasure record lists: a backup made
        before her erasure was restored (`storage.erasures`). Returns how many."""
        if self._erasures is None:  # PostgreSQL without SPARKLE_ERASURE_RECORD, or in memory
            return 0
        erased = await asyncio.to_thread(listed, self._erasures)
        if not erased:
            return 0
        async with self._db.read() as session:
            users = sorted(
                (
                    await session.scalars(
                        select(UserKey.user_id).where(UserKey.key_id.in_(list(erased)))
                    )
                ).all()
            )
        for user_id in users:
            await self.forget(user_id)
        return len(users)
