"""Servers' weekly meetings and the members who want a prompt to log them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from bot.hours.meeting import MeetingPlan
from bot.hours.model import Format
from storage.db import Database
from storage.tables import Meeting, MeetingPrompt


def _plan(row: Any) -> MeetingPlan:
    return MeetingPlan(row.guild_id, row.day, row.start, row.minutes, Format(row.format))


class MeetingRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        # Called when a meeting changes, so that the prompt loop computes its next wake afresh.
        self.on_change: list[Callable[[], None]] = []

    async def set(self, plan: MeetingPlan, next_end_at: datetime) -> None:
        now = self._db.clock()
        values = {
            "day": plan.day,
            "start": plan.start,
            "minutes": plan.minutes,
            "format": plan.format.value,
            "next_end_at": next_end_at,
            "updated_at": now,
        }

        def work(conn: Connection) -> None:
            done = conn.execute(
                update(Meeting).where(Meeting.guild_id == plan.guild_id).values(**values)
            )
            if done.rowcount == 0:
                conn.execute(insert(Meeting).values(guild_id=plan.guild_id, **values))

        await self._db.run_write(work)
        self._changed()

    def _changed(self) -> None:
        for notify in list(self.on_change):
            notify()

    async def clear(self, guild_id: int) -> None:
        def work(conn: Connection) -> None:
            conn.execute(delete(Meeting).where(Meeting.guild_id == guild_id))

        await self._db.run_write(work)
        self._changed()

    async def get(self, guild_id: int) -> MeetingPlan | None:
        def work(conn: Connection) -> MeetingPlan | None:
            row = conn.execute(select(Meeting).where(Meeting.guild_id == guild_id)).first()
            return None if row is None else _plan(row)

        return await self._db.run_read(work)

    async def due(self, now: datetime) -> list[tuple[MeetingPlan, datetime]]:
        """Meetings that have ended and not been prompted for: (plan, when it ended)."""

        def work(conn: Connection) -> list[tuple[MeetingPlan, datetime]]:
            rows = conn.execute(select(Meeting).where(Meeting.next_end_at <= now)).all()
            return [(_plan(r), r.next_end_at) for r in rows]

        return await self._db.run_read(work)

    async def claim(self, guild_id: int, ended: datetime, following: datetime) -> bool:
        """Move on to the next meeting; False if another process already did (no double DM)."""

        def work(conn: Connection) -> bool:
            return bool(
                conn.execute(
                    update(Meeting)
                    .where(Meeting.guild_id == guild_id, Meeting.next_end_at == ended)
                    .values(next_end_at=following)
                ).rowcount
            )

        return await self._db.run_write(work)

    async def next_end_at(self) -> datetime | None:
        def work(conn: Connection) -> datetime | None:
            return conn.execute(
                select(Meeting.next_end_at).order_by(Meeting.next_end_at).limit(1)
            ).scalar()

        return await self._db.run_read(work)

    async def set_prompt(self, guild_id: int, user_id: int, on: bool) -> None:
        now = self._db.clock()

        def work(conn: Connection) -> None:
            conn.execute(
                delete(MeetingPrompt).where(
                    MeetingPrompt.guild_id == guild_id, MeetingPrompt.user_id == user_id
                )
            )
            if on:
                conn.execute(
                    insert(MeetingPrompt).values(guild_id=guild_id, user_id=user_id, created_at=now)
                )

        await self._db.run_write(work)

    async def prompted(self, guild_id: int) -> list[int]:
        def work(conn: Connection) -> list[int]:
            query = select(MeetingPrompt.user_id).where(MeetingPrompt.guild_id == guild_id)
            return list(conn.execute(query.order_by(MeetingPrompt.user_id)).scalars())

        return await self._db.run_read(work)
