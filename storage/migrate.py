"""Alembic, driven programmatically over our own connection (no alembic.ini needed at run time)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, insert, select

from storage.crypto import Cipher
from storage.db import Database
from storage.tables import Meta

MIGRATIONS = Path(__file__).with_name("migrations")
KEY_CHECK = "key_check"


def alembic_config(url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


@dataclass(frozen=True)
class MigrationState:
    current: str | None
    head: str | None

    @property
    def at_head(self) -> bool:
        return self.current == self.head


def _state(connection: Connection) -> MigrationState:
    current = MigrationContext.configure(connection).get_current_revision()
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    return MigrationState(current=current, head=head)


MIGRATION_LOCK = 7_351_001  # any fixed number: the advisory lock's name


def _upgrade(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        # Several bot processes may start together: one migrates, the others wait and then
        # find the schema at head. (SQLite's BEGIN IMMEDIATE already serialises this.)
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
    if _state(connection).at_head:
        return
    cfg = alembic_config()
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, "head")


async def migration_state(db: Database) -> MigrationState:
    async with db.writer.connect() as conn:
        return await conn.run_sync(_state)


async def upgrade(db: Database, cipher: Cipher) -> None:
    """Bring the schema to head and store, or verify, the key check value.

    Raises `storage.crypto.WrongKeyError` when the configured key is not the one the
    stored answers were written with.
    """
    async with db.write() as conn:
        await conn.run_sync(_upgrade)
    await ensure_key_check(db, cipher)


async def ensure_key_check(db: Database, cipher: Cipher) -> bool:
    """Verify the stored key check; store one first if there is none. True if newly stored."""
    async with db.write() as conn:
        stored = (await conn.execute(select(Meta.value).where(Meta.key == KEY_CHECK))).scalar()
        if stored is None:
            await conn.execute(insert(Meta).values(key=KEY_CHECK, value=cipher.make_check()))
            return True
    cipher.verify_check(stored)
    return False


async def verify_key_check(db: Database, cipher: Cipher) -> bool:
    """Verify the stored key check without writing; False when none is stored yet."""
    async with db.reader.connect() as conn:
        result = await conn.execute(select(Meta.value).where(Meta.key == KEY_CHECK))
        stored = result.scalar()
    if stored is None:
        return False
    cipher.verify_check(stored)
    return True
