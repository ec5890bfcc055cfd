"""Per-user settings: the first-use notice, and the weekly reminder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, select, update

from bot.models import ReminderSettings
from storage.db import Database
from storage.tables import Practitioner
from storage.upsert import upsert

# Built once: every /sparkle and /exception asks (see storage/repos/entries.py).
_NOTICE_SEEN = select(Practitioner.notice_seen_at).where(
    Practitioner.user_id == bindparam("p_user")
)


class PractitionerRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def notice_seen(self, user_id: int) -> bool:
        def work(conn: Connection) -> object:
            return conn.execute(_NOTICE_SEEN, {"p_user": user_id}).scalar()

        return await self._db.run_read(work) is not None

    async def _upsert(self, user_id: int, **values: Any) -> None:
        now = self._db.clock()

        def work(conn: Connection) -> None:
            conn.execute(
                upsert(
                    conn.dialect.name,
                    Practitioner,
                    {"user_id": user_id},
                    values,
                    on_insert={"created_at": now},
                )
            )

        await self._db.run_write(work)

    async def mark_notice_seen(self, user_id: int) -> None:
        await self._upsert(user_id, notice_seen_at=self._db.clock())

    async def set_reminder(
        self,
        user_id: int,
        *,
        day: int,
        time: str,
        timezone: str,
        next_at: datetime,
        follows_guild: int | None = None,
    ) -> None:
        """Set the weekly reminder; `follows_guild`: the server whose zone `timezone` is and
        which it follows (`rezoned`), None when the zone is her own."""
        await self._upsert(
            user_id,
            remind_day=day,
            remind_time=time,
            remind_tz=timezone,
            remind_next_at=next_at,
            remind_failed_at=None,
            remind_follows_guild=follows_guild,
        )

    async def clear_reminder(self, user_id: int) -> None:
        await self._upsert(
            user_id,
            remind_day=None,
            remind_time=None,
            remind_tz=None,
            remind_next_at=None,
            remind_follows_guild=None,
        )

    def rezoned(
        self,
        guild_id: int,
        zone: str,
        next_at: Callable[[ReminderSettings], datetime],
        moved_to: list[int] | None = None,
    ) -> Callable[[Connection], int]:
        """The write that moves every reminder following the server's zone to `zone`, next
        due at `next_at(reminder)`, to run in the same transaction as the server's change
        (`ServerRepository.update(along=...)`). Each row is moved only as it was read (a
        reminder being sent meanwhile keeps what its send gives it). How many moved, also
        put in `moved_to[0]`."""

        def work(conn: Connection) -> int:
            rows = conn.execute(
                select(
                    Practitioner.user_id,
                    Practitioner.remind_day,
                    Practitioner.remind_time,
                    Practitioner.remind_tz,
                    Practitioner.remind_next_at,
                ).where(
                    Practitioner.remind_follows_guild == guild_id,
                    Practitioner.remind_next_at.is_not(None),
                )
            ).all()
            moved = 0
            for user_id, day, time, tz, due in rows:
                if day is None or time is None or due is None:
                    continue
                reminder = ReminderSettings(
                    user_id=user_id,
                    day=day,
                    time=time,
                    timezone=tz or "UTC",
                    next_at=due,
                    follows_guild=guild_id,
                )
                moved += conn.execute(
                    update(Practitioner)
                    .where(
                        Practitioner.user_id == reminder.user_id,
                        Practitioner.remind_follows_guild == guild_id,
                        Practitioner.remind_next_at == reminder.next_at,
                    )
                    .values(remind_tz=zone, remind_next_at=next_at(reminder))
                ).rowcount
            if moved_to is not None:
                moved_to[0] = moved
            return moved

        return work

    async def reminder(self, user_id: int) -> ReminderSettings | None:
        async with self._db.read() as session:
            row = (
                await session.execute(select(Practitioner).where(Practitioner.user_id == user_id))
            ).scalar()
        return None if row is None else _reminder(row)

    async def due_reminders(self, now: datetime) -> list[ReminderSettings]:
        async with self._db.read() as session:
            rows = (
                await session.execute(
                    select(Practitioner)
                    .where(Practitioner.remind_next_at <= now)
                    .order_by(Practitioner.remind_next_at)
                )
            ).scalars()
            return [r for row in rows if (r := _reminder(row)) is not None]

    async def next_reminder_at(self) -> datetime | None:
        async with self._db.read() as session:
            return (
                await session.execute(
                    select(Practitioner.remind_next_at)
                    .where(Practitioner.remind_next_at.is_not(None))
                    .order_by(Practitioner.remind_next_at)
                    .limit(1)
                )
            ).scalar()

    async def claim_reminder(self, user_id: int, due: datetime, following: datetime) -> bool:
        """Move a due reminder on to its next week; only one process wins each occurrence."""
        moved = await self._db.apply(
            update(Practitioner)
            .where(Practitioner.user_id == user_id, Practitioner.remind_next_at == due)
            .values(remind_next_at=following)
        )
        return moved == 1

    async def finish_reminder(
        self, user_id: int, held: datetime, then: Callable[[str], datetime]
    ) -> bool:
        """Move a reminder held while it was sent (`claim_reminder` to `held`) on to
        `then(zone)`, reckoned in the zone it has now, compare-and-set on both: an admin's
        /setup timezone that moved it meanwhile (`rezoned` keeps a held reminder's moment,
        and changes its zone) has the next one come at that week's time in the new zone."""

        def work(conn: Connection) -> bool:
            for _ in range(3):  # the zone changed between the read and the write: again
                zone = conn.execute(
                    select(Practitioner.remind_tz).where(
                        Practitioner.user_id == user_id, Practitioner.remind_next_at == held
                    )
                ).first()
                if zone is None:  # turned off or set afresh meanwhile: that stands
                    return False
                if conn.execute(
                    update(Practitioner)
                    .where(
                        Practitioner.user_id == user_id,
                        Practitioner.remind_next_at == held,
                        Practitioner.remind_tz == zone[0]
                        if zone[0] is not None
                        else Practitioner.remind_tz.is_(None),
                    )
                    .values(remind_next_at=then(zone[0] or "UTC"))
                ).rowcount:
                    return True
            return False

        return await self._db.run_write(work, holding=[user_id])

    async def mark_reminder_failed(self, user_id: int) -> None:
        await self._upsert(user_id, remind_failed_at=self._db.clock())

    async def reminder_failure(self, user_id: int) -> datetime | None:
        """When a reminder last could not be delivered, if the user was not told of it yet."""

        def work(conn: Connection) -> datetime | None:
            query = select(Practitioner.remind_failed_at).where(Practitioner.user_id == user_id)
            return conn.execute(query).scalar()

        return await self._db.run_read(work)

    async def told_reminder_failure(self, user_id: int, failed_at: datetime) -> None:
        """The user was told of the failure `reminder_failure` gave (a later one stays)."""
        await self._db.apply(
            update(Practitioner)
            .where(Practitioner.user_id == user_id, Practitioner.remind_failed_at == failed_at)
            .values(remind_failed_at=None)
        )


def _reminder(row: Practitioner) -> ReminderSettings | None:
    if row.remind_day is None or row.remind_time is None or row.remind_next_at is None:
        return None
    return ReminderSettings(
        user_id=row.user_id,
        day=row.remind_day,
        time=row.remind_time,
        timezone=row.remind_tz or "UTC",
        next_at=row.remind_next_at,
        follows_guild=row.remind_follows_guild,
    )
