"""The fingerprint of the slash commands last synced to Discord, kept in the `meta` table.

Syncing on every start costs a round trip per scope and counts against Discord's daily limit
on command changes; comparing fingerprints lets a restart skip it when nothing changed.
"""

from __future__ import annotations

from sqlalchemy import select

from storage.db import Database
from storage.tables import Meta
from storage.upsert import upsert

COMMANDS_KEY = "commands_synced"


async def synced_fingerprint(db: Database) -> str | None:
    async with db.reader.connect() as conn:
        stored = (await conn.execute(select(Meta.value).where(Meta.key == COMMANDS_KEY))).scalar()
    return stored.decode() if stored is not None else None


async def remember_fingerprint(db: Database, fingerprint: str) -> None:
    """One upsert, so that two processes starting together cannot collide on the key."""
    async with db.write() as conn:
        await conn.execute(
            upsert(conn.dialect.name, Meta, {"key": COMMANDS_KEY}, {"value": fingerprint.encode()})
        )
