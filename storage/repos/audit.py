"""Audit events: what happened, by whom, about which week or server; never free text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Insert, insert, select

from storage.db import Database
from storage.tables import AuditEvent


def audit_event(
    kind: str,
    *,
    at: datetime,
    actor_id: int | None = None,
    guild_id: int | None = None,
    subject: str | None = None,
) -> Insert:
    """The insert of one audit event, for a repository that writes it in the same
    transaction as the change it records."""
    return insert(AuditEvent).values(
        kind=kind, actor_id=actor_id, guild_id=guild_id, subject=subject, created_at=at
    )


@dataclass(frozen=True)
class AuditNote:
    """An audit event to write in the same transaction as the change it records."""

    kind: str
    actor_id: int | None = None
    guild_id: int | None = None
    subject: str | None = None

    @staticmethod
    def actor(audit: AuditNote | None) -> int | None:
        """Whose id an optional note stores (a write holds her lock: `Database.write`)."""
        return None if audit is None else audit.actor_id

    def insert(self, at: datetime) -> Insert:
        return audit_event(
            self.kind, at=at, actor_id=self.actor_id, guild_id=self.guild_id, subject=self.subject
        )


class AuditRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def record(
        self,
        kind: str,
        *,
        actor_id: int | None = None,
        guild_id: int | None = None,
        subject: str | None = None,
    ) -> None:
        await self._db.apply(
            audit_event(
                kind, at=self._db.clock(), actor_id=actor_id, guild_id=guild_id, subject=subject
            ),
            holding=[actor_id],
        )

    async def recorded(self, kind: str, guild_id: int, subjects: list[str]) -> bool:
        """Whether an event of `kind` in this server is on record for any of `subjects`."""
        async with self._db.read() as session:
            found = (
                await session.execute(
                    select(AuditEvent.id)
                    .where(
                        AuditEvent.kind == kind,
                        AuditEvent.guild_id == guild_id,
                        AuditEvent.subject.in_(subjects),
                    )
                    .limit(1)
                )
            ).scalar()
        return found is not None

    async def kinds(self, kind: str) -> list[tuple[int | None, int | None, str | None]]:
        """(actor, guild, subject) of every event of one kind, oldest first."""
        async with self._db.read() as session:
            rows = (
                await session.execute(
                    select(AuditEvent.actor_id, AuditEvent.guild_id, AuditEvent.subject)
                    .where(AuditEvent.kind == kind)
                    .order_by(AuditEvent.id)
                )
            ).all()
        return [(r.actor_id, r.guild_id, r.subject) for r in rows]

    async def trail(self, kind: str) -> list[tuple[int | str | None, int | None, str | None]]:
        """Like `kinds`, with an actor who has since erased their data shown as "erased"."""
        async with self._db.read() as session:
            rows = (
                await session.execute(
                    select(
                        AuditEvent.actor_id,
                        AuditEvent.actor_erased,
                        AuditEvent.guild_id,
                        AuditEvent.subject,
                    )
                    .where(AuditEvent.kind == kind)
                    .order_by(AuditEvent.id)
                )
            ).all()
        return [("erased" if r.actor_erased else r.actor_id, r.guild_id, r.subject) for r in rows]
