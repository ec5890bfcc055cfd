"""A queue of DMs, one row each, stored before they are sent and marked once Discord took them.

Two tables hold one: `meeting_sends` (meeting prompts) and `hours_notices` (hours-answer DMs).
Both have the queue's columns: `id`, `state` (a `SendState`), `attempts` and `next_try_at`
(when the row is due: None once it is final). `DmQueue` is their one set of statements; what
a row says, and how it is sent, belong to its own repository and cog (see `bot.dm_queue`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, select, update

from bot.hours.meeting import Queued, SendState
from storage.db import Database
from storage.tables import HoursNotice, MeetingSend

Q = TypeVar("Q", bound=Queued)


class DmQueue(Generic[Q]):
    """The send queue kept in `table`; `row` turns a stored row into the caller's record."""

    def __init__(
        self,
        db: Database,
        table: type[MeetingSend] | type[HoursNotice],
        row: Callable[[Any], Q],
    ) -> None:
        self._db = db
        self._table = table
        self._row = row

    async def due(self, now: datetime) -> list[Q]:
        """Rows waiting to be sent (or tried again) by `now`, oldest first."""
        t = self._table

        def work(conn: Connection) -> list[Q]:
            rows = conn.execute(
                select(t).where(t.next_try_at <= now).order_by(t.next_try_at, t.id)
            ).all()
            return [self._row(r) for r in rows]

        return await self._db.run_read(work)

    async def take(self, item: Q, until: datetime) -> bool:
        """Count one try and hold the row until `until` (a process that stops while sending
        leaves it to be tried again then); False if another sender took it first."""
        t = self._table
        return bool(
            await self._db.apply(
                update(t)
                .where(
                    t.id == item.id,
                    t.state == SendState.PENDING.value,
                    t.next_try_at == item.next_try_at,
                )
                .values(attempts=item.attempts + 1, next_try_at=until)
            )
        )

    async def finish(self, item_id: int, state: SendState) -> bool:
        """Sent (Discord took it), or given up (closed DMs, refused, kept failing); False if
        the row is gone (erased with her data, or with what it was about, while it was sent)."""
        t = self._table
        return bool(
            await self._db.apply(
                update(t).where(t.id == item_id).values(state=state.value, next_try_at=None)
            )
        )

    async def retry_at(self, item_id: int, at: datetime) -> None:
        """Discord failed to take it for now: try again at `at`."""
        t = self._table
        await self._db.apply(
            update(t)
            .where(t.id == item_id, t.state == SendState.PENDING.value)
            .values(next_try_at=at)
        )

    async def next_at(self) -> datetime | None:
        """When the earliest waiting row is due."""
        t = self._table

        def work(conn: Connection) -> datetime | None:
            return conn.execute(
                select(t.next_try_at)
                .where(t.next_try_at.is_not(None))
                .order_by(t.next_try_at)
                .limit(1)
            ).scalar()

        return await self._db.run_read(work)
