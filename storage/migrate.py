"""Alembic, driven programmatically over our own connection (no alembic.ini needed at run time).

Alembic (with Mako and, where installed, Pygments) is imported only when a migration has to
run: a start against a database already at head reads the version table with one query and
finds the head by reading the revision files, which keeps a restart light and fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, inspect, select, text

from storage.crypto import Cipher, answer_aad
from storage.db import Clock, Database
from storage.keys import unwrap
from storage.tables import Answer, Meta, UserKey

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
KEY_CHECK = "key_check"
_REVISION = re.compile(r"^revision(?:\s*:\s*str)?\s*=\s*[\"']([^\"']+)[\"']", re.M)
_DOWN = re.compile(r"^down_revision[^=\n]*=\s*(.+)$", re.M)


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

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


@cache
def head_revision() -> str | None:
    """The one head revision, read from the revision files (alembic only if they branch)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for file in (MIGRATIONS / "versions").glob("*.py"):
        source = file.read_text(encoding="utf-8")
        found, down = _REVISION.search(source), _DOWN.search(source)
        if found is None or down is None:
            return _alembic_head()
        revisions.add(found[1])
        parents.update(re.findall(r"[\"']([^\"']+)[\"']", down[1]))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else _alembic_head()


@cache
def known_revisions() -> frozenset[str]:
    """Every schema revision this version's migrations know (a database at another one was
    upgraded by a newer version)."""
    found = (
        _REVISION.search(file.read_text(encoding="utf-8"))
        for file in (MIGRATIONS / "versions").glob("*.py")
    )
    return frozenset(match[1] for match in found if match is not None)


def _alembic_head() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _state(connection: Connection) -> MigrationState:
    return MigrationState(current=_current_revision(connection), head=head_revision())


MIGRATION_LOCK = 7_351_001  # any fixed number: the advisory lock's name


def _upgrade(
    connection: Connection, cipher: Cipher | None = None, clock: Clock | None = None
) -> None:
    if connection.dialect.name == "postgresql":
        # Several bot processes may start together: one migrates, the others wait and then
        # find the schema at head. (SQLite's BEGIN IMMEDIATE already serialises this.)
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
    if _state(connection).at_head:
        return
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = connection
    # Migration 0003 re-encrypts existing answers under new per-user keys.
    cfg.attributes["cipher"] = cipher
    cfg.attributes["clock"] = clock
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
        await conn.run_sync(_upgrade, cipher, db.clock)
    await ensure_key_check(db, cipher)


async def ensure_key_check(db: Database, cipher: Cipher) -> bool:
    """Verify the stored key check; store one first if there is none. True if newly stored.

    Without a check value (deleted, or lost in a partial restore) the key must still open
    something already stored, a wrapped user key or an answer, before a new check is written:
    only an empty database takes a key on trust.
    """
    async with db.write() as conn:
        if conn.dialect.name == "postgresql":
            # Processes starting together on an empty database: one writes the check.
            await conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        stored = (await conn.execute(select(Meta.value).where(Meta.key == KEY_CHECK))).scalar()
        if stored is None:
            await conn.run_sync(_verify_against_stored_data, cipher)
            await conn.execute(insert(Meta).values(key=KEY_CHECK, value=cipher.make_check()))
            return True
    cipher.verify_check(stored)
    return False


def _verify_against_stored_data(conn: Connection, cipher: Cipher) -> None:
    """Raise `WrongKeyError` unless `cipher` opens a stored user key (or, failing that, answer)."""
    wrapped = conn.execute(select(UserKey.user_id, UserKey.wrapped).limit(1)).first()
    if wrapped is not None:
        unwrap(cipher, wrapped.user_id, wrapped.wrapped)
        return
    answer = conn.execute(
        select(Answer.entry_id, Answer.question_id, Answer.ciphertext).limit(1)
    ).first()
    if answer is not None:
        cipher.decrypt(answer.ciphertext, answer_aad(answer.entry_id, answer.question_id))


async def verify_key_check(db: Database, cipher: Cipher) -> bool:
    """Verify the stored key check without writing; False when none is stored yet."""
    async with db.reader.connect() as conn:
        result = await conn.execute(select(Meta.value).where(Meta.key == KEY_CHECK))
        stored = result.scalar()
        if stored is None:
            # No check stored yet: the key must still open what is stored, if anything.
            await conn.run_sync(_verify_against_stored_data, cipher)
            return False
    cipher.verify_check(stored)
    return True
