"""Server settings, and the claim that makes each weekly summary post happen once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError

from bot.models import SCHEDULE_SETTINGS, ServerSettings
from storage.db import Database
from storage.repos.audit import audit_event
from storage.tables import Server, SummaryPost
from storage.upsert import upsert

_FIELDS = (
    "consultation_channel_id",
    "summary_channel_id",
    "facilitator_role_id",
    "timezone",
    "summary_day",
    "summary_time",
    "min_contributors",
)


def _settings(row: Server) -> ServerSettings:
    values = {f: getattr(row, f) for f in _FIELDS}
    return ServerSettings(
        guild_id=row.guild_id,
        updated_at=row.updated_at,
        schedule_set_at=row.schedule_set_at,
        **values,
    )


# A further write in the transaction of a server's change (`ServerRepository.update(along=)`).
Along = Callable[[Connection], object]


def together(*writes: Along) -> Along:
    """Several writes to go with a server's change, in that order, in its transaction."""

    def work(conn: Connection) -> None:
        for write in writes:
            write(conn)

    return work


class ServerRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, guild_id: int) -> ServerSettings:
        """The server's settings; defaults when it has never been set up."""
        async with self._db.read() as session:
            row = (
                await session.execute(select(Server).where(Server.guild_id == guild_id))
            ).scalar()
        if row is None:
            return ServerSettings(guild_id=guild_id)
        return _settings(row)

    async def update(
        self,
        guild_id: int,
        *,
        audited_by: int | None = None,
        along: Along | None = None,
        schedule_set_at: datetime | None = None,
        **changes: Any,
    ) -> ServerSettings:
        """Change settings; with ``audited_by``, the "setup" audit event naming which settings
        changed is written in the same transaction, so a failure leaves neither. ``along`` is
        a further write that goes with the change, in that transaction too (the meeting's
        next end moved to a new time zone: `MeetingRepository.rezoned`; several: `together`).
        A change of the schedule itself counts as made now, or at ``schedule_set_at`` (earlier:
        a new time zone that jumped over a week's moment still to come in the old one)."""
        unknown = set(changes) - set(_FIELDS)
        if unknown:
            raise ValueError(f"unknown server settings: {sorted(unknown)}")
        now = self._db.clock()
        defaults = ServerSettings(guild_id=guild_id).model_dump(
            exclude={"updated_at", "schedule_set_at", "guild_id"}
        )
        stamps = {"updated_at": now}
        if SCHEDULE_SETTINGS & set(changes):  # the schedule itself is set
            stamps["schedule_set_at"] = schedule_set_at or now
        async with self._db.write(holding=[audited_by]) as conn:
            await conn.execute(
                upsert(
                    conn.dialect.name,
                    Server,
                    {"guild_id": guild_id},
                    {**stamps, **changes},
                    on_insert=defaults,
                )
            )
            if audited_by is not None:
                subject = ",".join(sorted(changes))[:64]
                await conn.execute(
                    audit_event(
                        "setup", at=now, actor_id=audited_by, guild_id=guild_id, subject=subject
                    )
                )
            if along is not None:
                await conn.run_sync(along)
        return await self.get(guild_id)

    async def scheduled(self) -> list[ServerSettings]:
        """Servers with a weekly schedule and a summary channel."""
        async with self._db.read() as session:
            rows = (
                await session.execute(
                    select(Server).where(
                        Server.summary_day.is_not(None),
                        Server.summary_time.is_not(None),
                        Server.summary_channel_id.is_not(None),
                    )
                )
            ).scalars()
            return [_settings(r) for r in rows]

    async def claim_summary(
        self, guild_id: int, week_start: date, *, lease: timedelta = timedelta(minutes=10)
    ) -> bool:
        """Take the (server, week) slot; False when another run or process already has it.

        The primary key makes the claim atomic across processes. A claim that never got its
        message recorded (its process died mid-post) may be taken over after `lease`.
        """
        now = self._db.clock()
        try:
            async with self._db.write() as conn:
                await conn.execute(
                    insert(SummaryPost).values(
                        guild_id=guild_id, week_start=week_start, claimed_at=now
                    )
                )
            return True
        except IntegrityError:
            pass
        taken = await self._db.apply(
            update(SummaryPost)
            .where(
                SummaryPost.guild_id == guild_id,
                SummaryPost.week_start == week_start,
                SummaryPost.message_id.is_(None),
                SummaryPost.claimed_at < now - lease,
            )
            .values(claimed_at=now)
        )
        return taken == 1

    async def record_summary_post(
        self, guild_id: int, week_start: date, channel_id: int, message_id: int
    ) -> None:
        await self._db.apply(
            update(SummaryPost)
            .where(SummaryPost.guild_id == guild_id, SummaryPost.week_start == week_start)
            .values(channel_id=channel_id, message_id=message_id)
        )

    async def summary_posted(self, guild_id: int, week_start: date) -> bool:
        async with self._db.read() as session:
            found = (
                await session.execute(
                    select(SummaryPost.guild_id).where(
                        SummaryPost.guild_id == guild_id, SummaryPost.week_start == week_start
                    )
                )
            ).first()
        return found is not None
