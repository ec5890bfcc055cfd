"""Servers' weekly meetings and the members prompted to log them: the group's members (who
accepted its agreement or logged hours there) unless they turned prompts off, and anyone who
turned them on."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, insert, select, text, update

from bot.hours.meeting import MeetingPlan, PromptSend, SendState
from bot.hours.model import Format
from storage.db import Database
from storage.repos.audit import AuditNote
from storage.repos.dm_queue import DmQueue
from storage.tables import (
    AgreementAcceptance,
    HoursLog,
    Meeting,
    MeetingPrompt,
    MeetingSend,
)
from storage.upsert import upsert

# How long a member's prompt rows are kept after their meeting (the facilitators' view of who
# missed one reads them); older ones go when a later meeting is claimed.
KEEP_SENDS = timedelta(days=28)


# A write that moves a server's meeting, run in the transaction of its time zone's change.
MeetingMove = Callable[[Connection], bool]

MISSED = (SendState.CLOSED.value, SendState.REFUSED.value, SendState.FAILED.value)


# On PostgreSQL, every change of a meeting (set, moved, cleared) is notified on this channel, in
# its transaction (so at its commit): the prompt loops of the other processes sharing the
# database wake for it. A claim is not: the process that claims a meeting sends its prompts.
CHANGED = "sparkle_meetings"


def _notify(conn: Connection, token: str) -> None:
    """Tell the other processes (PostgreSQL), naming this one (`Database.token`)."""
    if conn.dialect.name == "postgresql":
        conn.execute(
            text("SELECT pg_notify(:channel, :token)"), {"channel": CHANGED, "token": token}
        )


def _send(row: Any) -> PromptSend:
    return PromptSend(
        row.id,
        row.guild_id,
        row.ended_at,
        row.user_id,
        row.once,
        SendState(row.state),
        row.attempts,
        row.next_try_at,
    )


def _asking(
    conn: Connection, guild_id: int, among: Sequence[int] | None = None, *, hold: bool = False
) -> set[int]:
    """Who is prompted after the server's meetings (of `among`, if given): a member of its
    group, having accepted its agreement or logged hours there (for it, or asking its
    facilitators to attest them), unless she turned prompts off there, and anyone who turned
    them on. `hold` (PostgreSQL): the rows read are held until the transaction ends, so that
    a change of her choice waits for it."""

    def read(query: Any) -> list[Any]:
        if among is not None:
            query = query.where(query.selected_columns[0].in_(among))
        return list(conn.execute(query.with_for_update(read=True) if hold else query))

    chosen = {
        row.user_id: row.wanted
        for row in read(
            select(MeetingPrompt.user_id, MeetingPrompt.wanted).where(
                MeetingPrompt.guild_id == guild_id
            )
        )
    }
    accepted = read(
        select(AgreementAcceptance.user_id).where(AgreementAcceptance.guild_id == guild_id)
    )
    logged = read(
        select(HoursLog.author_id).where(
            (HoursLog.guild_id == guild_id) | (HoursLog.attest_guild_id == guild_id)
        )
    )
    group = {row[0] for row in (*accepted, *logged)}
    return {user for user in group if chosen.get(user, True)} | {
        user for user, wanted in chosen.items() if wanted
    }


def _plan(row: Any) -> MeetingPlan:
    return MeetingPlan(row.guild_id, row.day, row.start, row.minutes, Format(row.format))


class MeetingRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        # Each member's prompt: stored by `claim`, sent by the prompt loop (`bot.dm_queue`).
        self.sends: DmQueue[PromptSend] = DmQueue(db, MeetingSend, _send)
        # Called when a meeting changes, so that the prompt loop computes its next wake afresh.
        self.on_change: list[Callable[[], None]] = []

    async def set(
        self, plan: MeetingPlan, next_end_at: datetime, *, audit: AuditNote | None = None
    ) -> bool:
        """Store the server's meeting; with `audit`, its record in the same transaction (a
        failure leaves neither, and a retry makes both). False, writing nothing, when the
        meeting is already exactly that one (the same plan, ending next at `next_end_at`):
        the database decides that as it writes, so of two identical submissions at once one
        is saved and audited, and the other changes nothing."""
        now = self._db.clock()
        values = {
            "day": plan.day,
            "start": plan.start,
            "minutes": plan.minutes,
            "format": plan.format.value,
            "next_end_at": next_end_at,
            "updated_at": now,
        }
        key = {"guild_id": plan.guild_id}
        compared = [name for name in values if name != "updated_at"]

        def work(conn: Connection) -> bool:
            stored = upsert(conn.dialect.name, Meeting, key, values, changed_in=compared)
            if conn.execute(stored.returning(Meeting.guild_id)).first() is None:
                return False
            if audit is not None:
                conn.execute(audit.insert(now))
            _notify(conn, self._db.token)
            return True

        changed = await self._db.run_write(work, holding=[AuditNote.actor(audit)])
        if changed:
            self._changed()
        return changed

    async def listen(
        self, heard: Callable[[], None], lost: Callable[[], None]
    ) -> Callable[[], Awaitable[None]] | None:
        """Call `heard` when another process changes a meeting (PostgreSQL's notifications;
        `lost`: the listening connection was lost); the closer, or None on SQLite."""
        return await self._db.listen(CHANGED, heard, lost)

    def _changed(self) -> None:
        for notify in list(self.on_change):
            notify()

    def rezoned(
        self, guild_id: int, next_end: Callable[[MeetingPlan, datetime], datetime]
    ) -> MeetingMove:
        """The write that moves the server's meeting to end next at `next_end(plan, the end
        it had)` (which may have passed: the prompt loop then prompts for it at once), for a
        change of the server's time zone, to run in the same transaction as that change
        (`ServerRepository.update(along=...)`); then `moved()`. A meeting already due is left
        to the prompt loop, which prompts for it and works out the next one in the new zone.
        Whether a meeting was moved."""
        now = self._db.clock()

        def work(conn: Connection) -> bool:
            row = conn.execute(select(Meeting).where(Meeting.guild_id == guild_id)).first()
            if row is None or row.next_end_at <= now:
                return False
            moved_to = next_end(_plan(row), row.next_end_at)
            conn.execute(
                update(Meeting)
                .where(Meeting.guild_id == guild_id, Meeting.next_end_at == row.next_end_at)
                .values(next_end_at=moved_to, updated_at=now)
            )
            _notify(conn, self._db.token)
            return True

        return work

    def moved(self) -> None:
        """Tell the prompt loop that a meeting moved (`rezoned`), so that it wakes for it."""
        self._changed()

    async def clear(self, guild_id: int, *, audit: AuditNote | None = None) -> bool:
        """No regular meeting; with `audit`, its record in the same transaction, written only
        when there was a meeting to clear. Whether there was one."""
        now = self._db.clock()

        def work(conn: Connection) -> bool:
            gone = conn.execute(delete(Meeting).where(Meeting.guild_id == guild_id)).rowcount
            if gone and audit is not None:
                conn.execute(audit.insert(now))
            if gone:
                _notify(conn, self._db.token)
            return bool(gone)

        cleared = await self._db.run_write(work, holding=[AuditNote.actor(audit)])
        self._changed()
        return cleared

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

    async def claim(
        self,
        guild_id: int,
        ended: datetime,
        following: datetime,
        members: Sequence[tuple[int, str]] = (),
    ) -> bool:
        """Move on to the next meeting and store one pending prompt per member (user id,
        one-time id) who still asks for them, in one transaction; False if another process
        already did (no double DM). A restart after this loses no prompt: the pending rows
        are in `sends`."""
        now = self._db.clock()

        def work(conn: Connection) -> bool:
            moved = conn.execute(
                update(Meeting)
                .where(Meeting.guild_id == guild_id, Meeting.next_end_at == ended)
                .values(next_end_at=following)
            ).rowcount
            if not moved:
                return False
            conn.execute(
                delete(MeetingSend).where(
                    MeetingSend.guild_id == guild_id, MeetingSend.ended_at < now - KEEP_SENDS
                )
            )
            # Only members who are still prompted, read here (and held, on PostgreSQL, until
            # this commits): one who turned prompts off since `members` was read gets none; an
            # erasure deletes (or locks) the rows read here first, so it waits for this, and
            # her prompt queued here goes with the rest of her rows.
            asking = _asking(conn, guild_id, [user_id for user_id, _ in members], hold=True)
            rows = [
                {
                    "guild_id": guild_id,
                    "ended_at": ended,
                    "user_id": user_id,
                    "once": once,
                    "state": SendState.PENDING.value,
                    "attempts": 0,
                    "next_try_at": ended,
                    "created_at": now,
                }
                for user_id, once in members
                if user_id in asking
            ]
            if rows:
                conn.execute(insert(MeetingSend), rows)
            return True

        return await self._db.run_write(work)

    async def missed(self, guild_id: int) -> list[PromptSend]:
        """The prompts of the server's latest prompted meeting that did not reach their member
        (closed DMs, or Discord kept failing), for its facilitators."""

        def work(conn: Connection) -> list[PromptSend]:
            latest = conn.execute(
                select(MeetingSend.ended_at)
                .where(MeetingSend.guild_id == guild_id)
                .order_by(MeetingSend.ended_at.desc())
                .limit(1)
            ).scalar()
            if latest is None:
                return []
            rows = conn.execute(
                select(MeetingSend)
                .where(
                    MeetingSend.guild_id == guild_id,
                    MeetingSend.ended_at == latest,
                    MeetingSend.state.in_(MISSED),
                )
                .order_by(MeetingSend.user_id)
            ).all()
            return [_send(r) for r in rows]

        return await self._db.run_read(work)

    async def sends_of(self, user_id: int) -> list[dict[str, Any]]:
        """The member's prompts, for their export: which meeting, and what became of it."""

        def work(conn: Connection) -> list[dict[str, Any]]:
            rows = conn.execute(
                select(MeetingSend)
                .where(MeetingSend.user_id == user_id)
                .order_by(MeetingSend.ended_at, MeetingSend.guild_id)
            ).all()
            return [
                {"server_id": r.guild_id, "meeting_ended_at": r.ended_at, "state": r.state}
                for r in rows
            ]

        return await self._db.run_read(work)

    async def next_end_at(self) -> datetime | None:
        def work(conn: Connection) -> datetime | None:
            return conn.execute(
                select(Meeting.next_end_at).order_by(Meeting.next_end_at).limit(1)
            ).scalar()

        return await self._db.run_read(work)

    async def set_prompt(self, guild_id: int, user_id: int, on: bool) -> None:
        """The member's own choice of prompts after the server's meetings, kept either way (off
        by a member of the group, who gets them by default, is what stops them); off also drops
        her prompts not yet delivered (one waiting for a retry after a Discord error would
        otherwise still come)."""
        now = self._db.clock()
        member = {"guild_id": guild_id, "user_id": user_id}

        def work(conn: Connection) -> None:
            conn.execute(
                upsert(conn.dialect.name, MeetingPrompt, member, {"created_at": now, "wanted": on})
            )
            if on:
                return
            conn.execute(
                delete(MeetingSend).where(
                    MeetingSend.guild_id == guild_id,
                    MeetingSend.user_id == user_id,
                    MeetingSend.state == SendState.PENDING,
                )
            )

        await self._db.run_write(work)

    async def prompted(self, guild_id: int) -> list[int]:
        """Who is prompted after the server's meetings (see `_asking`)."""
        return await self._db.run_read(lambda conn: sorted(_asking(conn, guild_id)))

    async def once_owner(self, once: str) -> int | None:
        """Whose prompt carries this one-time id (None: no stored prompt does, any more)."""
        query = select(MeetingSend.user_id).where(MeetingSend.once == once).limit(1)
        return await self._db.run_read(lambda conn: conn.execute(query).scalar())

    async def asks(self, guild_id: int, user_id: int) -> bool:
        """Whether the member is prompted after the server's meetings."""
        return await self._db.run_read(lambda conn: bool(_asking(conn, guild_id, [user_id])))
