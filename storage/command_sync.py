"""The fingerprint of the slash commands last synced to Discord, kept in the `meta` table.

Syncing on every start costs a round trip per scope and counts against Discord's daily limit
on command changes; comparing fingerprints lets a restart skip it when nothing changed.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from storage.db import Database
from storage.tables import Meta

COMMANDS_KEY = "commands_synced"


async def synced_fingerprint(db: Database) -> str | None:
    async with db.reader.connect() as conn:
        stored = (await conn.execute(select(Meta.value).where(Meta.key == COMMANDS_KEY))).scalar()
    return stored.decode() if stored is not None else None


async def remember_fingerprint(db: Database, fingerprint: str) -> None:
    """One upsert, so that two processes starting together cannot collide on the key."""
    async with db.write() as conn:
        insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
        stmt = insert(Meta).values(key=COMMANDS_KEY, value=fingerprint.encode())
        await conn.execute(
            stmt.on_conflict_do_update(index_elements=["key"], set_={"value": stmt.excluded.value})
        )
