"""The member's DM about a facilitator's answer to her hours entry: stored with the answer,
sent after it, marked sent once Discord took it (see `HoursNotice`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from bot.hours.meeting import SendState
from bot.hours.model import Attestation
from storage.db import Database
from storage.repos.dm_queue import DmQueue
from storage.tables import HoursLog, HoursNotice


@dataclass(frozen=True)
class Notice:
    """One member's DM about one facilitator's answer, as stored."""

    id: int
    hours_id: int
    user_id: int
    guild_id: int
    answer: Attestation
    state: SendState
    attempts: int
    next_try_at: datetime | None
    created_at: datetime


def _notice(row: Any) -> Notice:
    return Notice(
        row.id,
        row.hours_id,
        row.user_id,
        row.guild_id,
        Attestation(row.answer),
        SendState(row.state),
        row.attempts,
        row.next_try_at,
        row.created_at,
    )


def notice_in(
    conn: Connection, hours_id: int, guild_id: int, answer: Attestation, now: datetime
) -> None:
    """Store the DM telling the entry's author of the answer, in the answer's transaction."""
    author = conn.execute(select(HoursLog.author_id).where(HoursLog.id == hours_id)).scalar()
    if author is None:
        return
    conn.execute(
        insert(HoursNotice).values(
            hours_id=hours_id,
            user_id=author,
            guild_id=guild_id,
            answer=answer.value,
            state=SendState.PENDING.value,
            attempts=0,
            next_try_at=now,
            created_at=now,
        )
    )


class NoticeRepository(DmQueue[Notice]):
    """The hours-answer DMs' send queue (`DmQueue`), and what the member's data shows of it."""

    def __init__(self, db: Database) -> None:
        super().__init__(db, HoursNotice, _notice)

    async def latest(self, hours_id: int) -> Notice | None:
        """The entry's newest notice (the one an answer just stored)."""

        def work(conn: Connection) -> Notice | None:
            row = conn.execute(
                select(HoursNotice)
                .where(HoursNotice.hours_id == hours_id)
                .order_by(HoursNotice.id.desc())
                .limit(1)
            ).first()
            return None if row is None else _notice(row)

        return await self._db.run_read(work)

    async def of(self, user_id: int) -> list[dict[str, Any]]:
        """The member's notices, for her export: which entry, which answer, what became of it."""

        def work(conn: Connection) -> list[dict[str, Any]]:
            rows = conn.execute(
                select(HoursNotice).where(HoursNotice.user_id == user_id).order_by(HoursNotice.id)
            ).all()
            return [
                {
                    "hours_entry": r.hours_id,
                    "server_id": r.guild_id,
                    "answer": r.answer,
                    "state": r.state,
                    "created_at": r.created_at,
                }
                for r in rows
            ]

        return await self._db.run_read(work)
