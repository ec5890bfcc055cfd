"""What the weekly summary may read: complete, consented entries of one server, in a window."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from bot.models import EntryRecord, EntryStatus, QuoteStatus
from storage.answers import answer_rows, entry_record, excerpt_rows, open_answers, open_excerpts
from storage.db import Database
from storage.keys import Keyring
from storage.tables import Entry


class SummaryRepository:
    def __init__(self, db: Database, cipher: Keyring) -> None:
        self._db = db
        self._cipher = cipher

    async def consented_entries(
        self, guild_id: int, start: datetime, end: datetime
    ) -> list[EntryRecord]:
        """Entries created in [start, end) whose authors agreed to the group summary, each with
        the excerpts its author approved for quoting (none unless approved)."""
        conditions = (
            Entry.guild_id == guild_id,
            Entry.consent_summary.is_(True),
            Entry.status == EntryStatus.COMPLETE,
            Entry.created_at >= start,
            Entry.created_at < end,
        )
        async with self._db.read() as session:
            entries = (await session.execute(select(Entry).where(*conditions))).scalars().all()
            answers = await answer_rows(session, conditions)
            approved = await excerpt_rows(
                session, (*conditions, Entry.quote_status == QuoteStatus.APPROVED)
            )
            blobs = [a.ciphertext for a in answers] + [x.ciphertext for x in approved]
            await self._cipher.load(session, blobs)
        by_entry = open_answers(self._cipher, answers).answers
        quotes = open_excerpts(self._cipher, approved)
        return [entry_record(e, by_entry.get(e.id, {}), quotes.get(e.id, {})) for e in entries]

    async def contributions_of(self, author_id: int) -> list[tuple[int, datetime]]:
        """(server, created) of the author's consented entries: the summaries they are in."""
        async with self._db.read() as session:
            rows = (
                await session.execute(
                    select(Entry.guild_id, Entry.created_at).where(
                        Entry.author_id == author_id,
                        Entry.consent_summary.is_(True),
                        Entry.status == EntryStatus.COMPLETE,
                        Entry.guild_id.is_not(None),
                    )
                )
            ).all()
        return [(r.guild_id, r.created_at) for r in rows]
