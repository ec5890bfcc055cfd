"""One practitioner's own complete entries with their answers, and the next steps of the
closings of their rounds, for /whatworks and the step review."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, select

from bot.models import EntryRecord, EntryStatus
from bot.round.models import Closing
from storage.answers import entry_record, open_answers
from storage.crypto import WrongKeyError
from storage.db import Database
from storage.keys import Keyring
from storage.repos.round import closing_aad
from storage.tables import Answer, Entry, Round

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
        return await self.with_closing_steps(await self._records(conditions, limit))

    async def closed_since(
        self, author_id: int, since: datetime, limit: int = LIMIT
    ) -> list[EntryRecord]:
        """The author's complete entries created before `since` whose latest round's closing
        was written since then (its next step is in the period though the entry is not),
        newest first, at most `limit` of them."""
        closed = select(Round.entry_id).where(Round.closing.is_not(None), Round.closing_at >= since)
        conditions = [
            Entry.author_id == author_id,
            Entry.status == EntryStatus.COMPLETE,
            Entry.created_at < since,
            Entry.id.in_(closed),
        ]
        entries = await self.with_closing_steps(await self._records(conditions, limit))
        return [e for e in entries if e.closing_step_at is not None and e.closing_step_at >= since]

    async def _records(
        self, conditions: list[ColumnElement[bool]], limit: int
    ) -> list[EntryRecord]:
        """The entries meeting `conditions` with their answers, newest first."""
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

    async def with_closing_steps(self, entries: list[EntryRecord]) -> list[EntryRecord]:
        """`entries`, each with the next step of its latest round's closing (DESIGN: the
        presenter's closing is saved to their entry) and when that closing was written."""
        ids = [e.id for e in entries]
        if not ids:
            return entries
        async with self._db.read() as session:
            rows = (
                await session.execute(
                    select(Round.post_id, Round.entry_id, Round.closing, Round.closing_at)
                    .where(Round.entry_id.in_(ids), Round.closing.is_not(None))
                    .order_by(Round.created_at, Round.post_id)
                )
            ).all()
            await self._keys.load(session, [r.closing for r in rows])
        steps: dict[int, dict[str, object]] = {}
        for row in rows:  # oldest first: the latest round's closing stays
            try:
                opened = self._keys.decrypt(row.closing, closing_aad(row.post_id))
            except WrongKeyError:  # its writer was erased
                continue
            step = Closing.model_validate_json(opened).next_step
            steps[row.entry_id] = {"closing_step": step, "closing_step_at": row.closing_at}
        return [e.model_copy(update=steps[e.id]) if e.id in steps else e for e in entries]
