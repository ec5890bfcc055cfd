"""Per-user settings: for now, whether the first-use notice was seen."""

from __future__ import annotations

from sqlalchemy import insert, select, update

from storage.db import Database
from storage.tables import Practitioner


class PractitionerRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def notice_seen(self, user_id: int) -> bool:
        async with self._db.read() as session:
            seen = (
                await session.execute(
                    select(Practitioner.notice_seen_at).where(Practitioner.user_id == user_id)
                )
            ).scalar()
        return seen is not None

    async def mark_notice_seen(self, user_id: int) -> None:
        now = self._db.clock()
        async with self._db.write() as conn:
            updated = await conn.execute(
                update(Practitioner)
                .where(Practitioner.user_id == user_id)
                .values(notice_seen_at=now)
            )
            if updated.rowcount == 0:
                await conn.execute(
                    insert(Practitioner).values(user_id=user_id, created_at=now, notice_seen_at=now)
                )
