"""One practitioner's own complete entries with their answers, for /whatworks."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from bot.models import EntryRecord, EntryStatus
from storage.answers import entry_record, open_answers
from storage.db import Database
from storage.keys import Keyring
from storage.tables import Answer, Entry

LIMIT = 1000  # the newest this many: plenty for a chart, bounded in memory


class PracticeRepository:
    def __init__(self, db: Database, keys: Keyring) -> None:
        self._db = db
        self._keys = keys

    async def complete_entries(
        self, author_id: int, since: datetime | None, limit: int = LIMIT
    ) -> list[EntryRecord]:
        """The author's complete entries created since `since` (all when None), newest first,
        at most `limit` of them."""
        conditions = [Entry.author_id == author_id, Entry.status == EntryStatus.COMPLETE]
        if since is not None:
            conditions.append(Entry.created_at >= since)
        async with self._db.read() as session:
            entries = (
                (
                    await session.execute(
                        select(Entry)
                        .where(*conditions)
                        .order_by(Entry.created_at.desc(), Entry.id.desc())
                        .limit(min(limit, LIMIT))
                    )
                )
                .scalars()
                .all()
            )
            ids = [e.id for e in entries]
            answers = (
                await session.execute(
                    select(Answer.entry_id, Answer.question_id, Answer.ciphertext).where(
                        Answer.entry_id.in_(ids)
                    )
                )
            ).all()
            await self._keys.load(session, [a.ciphertext for a in answers])
        by_entry = open_answers(self._keys, answers).answers
        return [entry_record(e, by_entry.get(e.id, {})) for e in entries]
