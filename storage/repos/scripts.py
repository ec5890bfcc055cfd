"""Per-server script versions: TOML text kept for ever, the newest one in use."""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from storage.db import Database
from storage.repos.audit import audit_event
from storage.tables import ServerScript


class ScriptRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def latest(self, guild_id: int, script_id: str) -> tuple[int, str] | None:
        """(version, source) of the server's newest version, or None: it uses the default."""
        async with self._db.read() as session:
            row = (
                await session.execute(
                    select(ServerScript.version, ServerScript.source)
                    .where(ServerScript.guild_id == guild_id, ServerScript.script_id == script_id)
                    .order_by(ServerScript.version.desc())
                    .limit(1)
                )
            ).first()
        return None if row is None else (row.version, row.source)

    async def get(self, guild_id: int, script_id: str, version: int) -> str | None:
        async with self._db.read() as session:
            return (
                await session.execute(
                    select(ServerScript.source).where(
                        ServerScript.guild_id == guild_id,
                        ServerScript.script_id == script_id,
                        ServerScript.version == version,
                    )
                )
            ).scalar_one_or_none()

    async def add(
        self,
        guild_id: int,
        script_id: str,
        source: str,
        *,
        after: int,
        audit: tuple[str, int] | None = None,
    ) -> int:
        """Store `source` as the server's next version (above `after` and any stored one).

        `audit` is (what, who): the audit record of the change ("reset:sparkle:v3"), written
        in the same transaction, so a version is never stored without it or it without one.
        The same text as the newest stored version (one upload sent twice at once) is that
        version: nothing is stored or audited again."""
        for _ in range(3):  # two admins uploading at once: the loser takes the next number
            try:
                async with self._db.write(holding=[None if audit is None else audit[1]]) as conn:
                    newest = (
                        await conn.execute(
                            select(ServerScript.version, ServerScript.source)
                            .where(
                                ServerScript.guild_id == guild_id,
                                ServerScript.script_id == script_id,
                            )
                            .order_by(ServerScript.version.desc())
                            .limit(1)
                        )
                    ).first()
                    if newest is not None and newest.version > after and newest.source == source:
                        return newest.version  # stored this moment by its twin: kept once
                    version = max(newest.version if newest is not None else 0, after) + 1
                    await conn.execute(
                        insert(ServerScript).values(
                            guild_id=guild_id,
                            script_id=script_id,
                            version=version,
                            source=source,
                            created_at=self._db.clock(),
                        )
                    )
                    if audit is not None:
                        what, actor_id = audit
                        await conn.execute(
                            audit_event(
                                "script",
                                at=self._db.clock(),
                                actor_id=actor_id,
                                guild_id=guild_id,
                                subject=f"{what}:{script_id}:v{version}",
                            )
                        )
                return version
            except IntegrityError:
                continue
        raise RuntimeError("could not store the script version")
