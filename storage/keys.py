"""Per-user data keys: the unit of erasure.

Each practitioner gets a random 32-byte data key the first time the bot stores their text.
It is kept only wrapped: AES-256-GCM under the installation key (`SPARKLE_DATA_KEY`), with the
user id as associated data, in `user_keys`. Every answer and flag list of that user is
encrypted under it. Erasure deletes the wrapped key in the same transaction as the user's rows,
so any copy of their ciphertexts left in a WAL, a heap page or a backup can no longer be opened
by anyone holding the installation key. Rotating the installation key rewraps these keys;
answers are never re-encrypted.

Unwrapped keys are cached in memory by their id, and always looked up again before a write,
so a key erased by another process is never written under.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Connection, bindparam, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from storage.crypto import Cipher, WrongKeyError, blob_key_id, user_key_aad
from storage.tables import UserKey

# The namespace of the per-user advisory locks that order a user's writes against her
# erasure (PostgreSQL; migrate.py's one-number lock is another key).
ERASURE_LOCKS = 7_351_002
_HOLD = {
    True: text("SELECT pg_advisory_xact_lock(:space, :user)"),
    False: text("SELECT pg_advisory_xact_lock_shared(:space, :user)"),
}


def _lock_of(user_id: int) -> dict[str, int]:
    return {"space": ERASURE_LOCKS, "user": user_id % 2**31}


async def hold_user(conn: AsyncConnection, user_id: int, *, erasing: bool = False) -> None:
    """First thing in a write transaction that stores the user's data (writes name her in
    `Database.write`/`run_write`/`apply(holding=...)`, which takes it), or, `erasing`, in her
    erasure: until it ends, an erasure of hers waits for it, or it waits for her erasure
    (PostgreSQL; SQLite's writes run one at a time). Without it an erasure would not see a
    row she was saving at that very moment, and delete her key from under it: a row that no
    one can read and that no erasure of hers finds any more would stay."""
    if conn.dialect.name == "postgresql":
        await conn.execute(_HOLD[erasing], _lock_of(user_id))


def hold_users_in(conn: Connection, users: Iterable[int | None]) -> None:
    """`hold_user` for each of `users`, in the one order every write takes them in, for a
    write run as one synchronous function (`Database.run_write`)."""
    if conn.dialect.name == "postgresql":
        for user in held(users):
            conn.execute(_HOLD[False], _lock_of(user))


def held(users: Iterable[int | None]) -> list[int]:
    """The users a write stores data of (`Database.write(holding=...)`), in the one order
    every write takes their locks in (so that two writes never wait for each other)."""
    return sorted({u % 2**31 for u in users if u is not None})  # the lock's key range


# Built once: read before every write and on reads of a key not open yet.
_STORED = select(UserKey.wrapped).where(UserKey.user_id == bindparam("p_user"))


def new_wrapped_key(master: Cipher, user_id: int) -> tuple[bytes, bytes, Cipher]:
    """A fresh data key: (its id, the key wrapped by `master`, a cipher over it)."""
    raw = os.urandom(32)
    cipher = Cipher(raw)
    return cipher.key_id, master.seal(raw, user_key_aad(user_id)), cipher


def unwrap(master: Cipher, user_id: int, wrapped: bytes) -> Cipher:
    """The data key a wrapped key holds; `WrongKeyError` if `master` cannot open it."""
    return Cipher(master.open(wrapped, user_key_aad(user_id)))


class Keyring:
    """Opens users' data keys with the installation key, and decrypts their blobs."""

    def __init__(self, master: Cipher) -> None:
        self.master = master
        self._by_wrapped: dict[bytes, Cipher] = {}
        self._by_id: dict[bytes, dict[int, Cipher]] = {}
        self._wrapped_of: dict[int, set[bytes]] = {}  # a rotation adds a second wrapping

    def _remember(self, user_id: int, wrapped: bytes) -> Cipher:
        cipher = self._by_wrapped.get(wrapped)
        if cipher is None:
            cipher = unwrap(self.master, user_id, wrapped)
            self._by_wrapped[wrapped] = cipher
            self._by_id.setdefault(cipher.key_id, {})[user_id] = cipher
            self._wrapped_of.setdefault(user_id, set()).add(wrapped)
        return cipher

    def user_cipher(self, conn: Connection, user_id: int, now: datetime) -> Cipher:
        """The user's data key, created (inside `conn`'s transaction) on first use."""
        wrapped = self._stored(conn, user_id)
        if wrapped is None:
            key_id, wrapped, _ = new_wrapped_key(self.master, user_id)
            insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
            conn.execute(
                insert(UserKey)
                .values(user_id=user_id, key_id=key_id, wrapped=wrapped, created_at=now)
                .on_conflict_do_nothing(index_elements=["user_id"])
            )
            wrapped = self._stored(conn, user_id)
            assert wrapped is not None  # just inserted, or inserted by a concurrent writer
        return self._remember(user_id, wrapped)

    def load_user(self, conn: Connection, user_id: int, blobs: Iterable[bytes] = ()) -> None:
        """Make the user's stored key (if any) available to `decrypt`.

        With `blobs` (the user's ciphertexts just read in `conn`'s transaction), no query when
        every one of them names a key already open for this user: a key erased since is
        erased with its ciphertexts, so rows that are still there are still the user's.
        """
        names = {blob_key_id(b) for b in blobs if b}
        if names and all(user_id in self._by_id.get(name, {}) for name in names):
            return
        wrapped = self._stored(conn, user_id)
        if wrapped is not None:
            self._remember(user_id, wrapped)

    @staticmethod
    def _stored(conn: Connection, user_id: int) -> bytes | None:
        return conn.execute(_STORED, {"p_user": user_id}).scalar()

    async def load(self, session: AsyncSession | AsyncConnection, blobs: Iterable[bytes]) -> None:
        """Make the keys that these blobs name available to `decrypt`, in one query."""
        wanted = {blob_key_id(b) for b in blobs if b} - set(self._by_id)
        wanted -= {k for k in wanted if self.master.opens(b"\x01" + k)}
        if not wanted:
            return
        rows = (
            await session.execute(
                select(UserKey.user_id, UserKey.wrapped).where(UserKey.key_id.in_(wanted))
            )
        ).all()
        for row in rows:
            self._remember(row.user_id, row.wrapped)

    def decrypt(self, blob: bytes, aad: bytes) -> str:
        """Decrypt a blob under the user key it names (or, before migration 0003, the
        installation key). Same signature as `Cipher.decrypt`."""
        candidates = self._by_id.get(blob_key_id(blob))
        if not candidates:
            # Rows written before per-user keys, during an upgrade only.
            return self.master.decrypt(blob, aad)
        error: WrongKeyError | None = None
        for cipher in list(candidates.values()):  # two keys may share a 4-byte id
            try:
                return cipher.decrypt(blob, aad)
            except WrongKeyError as exc:
                error = exc
        assert error is not None
        raise error

    def forget(self, user_id: int) -> None:
        """Drop a user's key from memory once it is deleted from storage."""
        for wrapped in self._wrapped_of.pop(user_id, set()):
            cipher = self._by_wrapped.pop(wrapped, None)
            if cipher is None:
                continue
            users = self._by_id.get(cipher.key_id, {})
            users.pop(user_id, None)
            if not users:
                self._by_id.pop(cipher.key_id, None)
