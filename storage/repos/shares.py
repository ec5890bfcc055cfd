"""Posts made for authors, kept so that they can be deleted when asked."""

from __future__ import annotations

from sqlalchemy import delete, insert, select

from bot.models import ShareRecord
from storage.db import Database
from storage.tables import Share

SHARE_COLUMNS = (
    Share.id,
    Share.entry_id,
    Share.author_id,
    Share.guild_id,
    Share.channel_id,
    Share.message_id,
    Share.thread_id,
    Share.anonymous,
    Share.created_at,
)


class ShareRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(
        self,
        *,
        entry_id: int,
        author_id: int,
        guild_id: int,
        channel_id: int,
        message_id: int,
        thread_id: int | None,
        anonymous: bool,
    ) -> ShareRecord:
        async with self._db.write() as conn:
            row = (
                await conn.execute(
                    insert(Share)
                    .values(
                        entry_id=entry_id,
                        author_id=author_id,
                        guild_id=guild_id,
                        channel_id=channel_id,
                        message_id=message_id,
                        thread_id=thread_id,
                        anonymous=anonymous,
                        created_at=self._db.clock(),
                    )
                    .returning(*SHARE_COLUMNS)
                )
            ).one()
        return ShareRecord.model_validate(dict(row._mapping))

    async def for_author(self, author_id: int) -> list[ShareRecord]:
        async with self._db.read() as session:
            rows = (
                await session.execute(
                    select(*SHARE_COLUMNS).where(Share.author_id == author_id).order_by(Share.id)
                )
            ).all()
        return [ShareRecord.model_validate(dict(r._mapping)) for r in rows]

    async def for_entry(self, entry_id: int, author_id: int) -> list[ShareRecord]:
        async with self._db.read() as session:
            rows = (
                await session.execute(
                    select(*SHARE_COLUMNS)
                    .where(Share.entry_id == entry_id, Share.author_id == author_id)
                    .order_by(Share.id)
                )
            ).all()
        return [ShareRecord.model_validate(dict(r._mapping)) for r in rows]

    async def remove(self, share_id: int, author_id: int) -> bool:
        done = await self._db.apply(
            delete(Share).where(Share.id == share_id, Share.author_id == author_id)
        )
        return done > 0
